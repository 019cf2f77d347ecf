"""A center covers professions that are in the register, at their levels (Law 24.1(3)).

Each profession a center lists (the scope of its latest certificate) must be a profession of
the register, listed once, and its levels must be levels of that profession. It must have
been in the register when the center was accredited in it: the council decision that
included it (`included_by`) is dated no later than the accreditation decision of the latest
certificate (`decision`). A center that is working (its latest certificate active or
renewed) must not list a profession the register has excluded since; a revoked or
terminated center keeps the professions it had, as its past record.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Reads, Stage
from nqs.law import current, working
from nqs.layout import Kind
from nqs.problem import Finding, Severity, finding
from nqs.register import Register, by_key

CHECK = Check(
    "center-professions",
    Severity.ERROR,
    Stage.REGISTER,
    __doc__ or "",
    reads=(
        Reads(Kind.PROFESSION, Kind.CENTER, ("professions", "*", "code")),
        Reads(Kind.DECISION),
    ),
)


def check(register: Register) -> Iterator[Finding]:
    professions = by_key(register.professions)
    existing = register.stems[Kind.PROFESSION]
    decided = {d.data["id"]: d.data["date"] for d in register.decisions}
    for doc in register.centers:
        accredited = current(doc.data)["decision"]
        active = working(doc.data)
        seen: set[str] = set()
        for index, item in enumerate(doc.data["professions"]):
            code = item["code"]
            where = ("professions", index, "code")
            if code in seen:
                yield finding(doc, where, "center-profession-duplicate", code=code)
            seen.add(code)
            profession = professions.get(code)
            if profession is None:
                if code not in existing:
                    yield finding(doc, where, "center-profession-unknown", code=code)
                continue
            inclusion = profession.data.get("included_by")
            if inclusion is None:  # proposed, not yet recommended: not in the register
                yield finding(doc, where, "center-profession-unknown", code=code)
                continue
            included = decided.get(inclusion)
            if included is not None and accredited < included:
                yield finding(
                    doc,
                    where,
                    "center-profession-before-inclusion",
                    code=code,
                    accredited=accredited,
                    included=included,
                    decision=inclusion,
                )
            if active and profession.data["status"] == "excluded":
                yield finding(
                    doc,
                    where,
                    "center-profession-excluded",
                    code=code,
                    decision=profession.data.get("excluded_by", "—"),
                )
            extra = sorted(set(item["levels"]) - set(profession.data["levels"]))
            if extra:
                yield finding(
                    doc,
                    ("professions", index, "levels"),
                    "center-profession-levels",
                    levels=extra,
                    code=code,
                    allowed=sorted(profession.data["levels"]),
                )
