"""A center covers professions that are in the register, at their levels (Law 24.1(3)).

Each profession a center lists must be a profession of the register that has not been
excluded, listed once, and its levels must be levels of that profession.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Reads, Stage
from nqs.layout import Kind
from nqs.problem import Finding, Severity, finding
from nqs.register import Register, by_key

CHECK = Check(
    "center-professions",
    Severity.ERROR,
    Stage.REGISTER,
    __doc__ or "",
    reads=(Reads(Kind.PROFESSION, Kind.CENTER, ("professions", "*", "code")),),
)


def check(register: Register) -> Iterator[Finding]:
    professions = by_key(register.professions)
    existing = register.stems[Kind.PROFESSION]
    for doc in register.centers:
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
            if profession.data["status"] == "excluded":
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
