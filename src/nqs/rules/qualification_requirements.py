"""The qualification requirements are a ground only where no professional standard exists
(Rules 8(3)).

Rules 8(3) names the approved professional standards as the ground and the qualification
requirements under the Labour Code only "in their absence" (а при их отсутствии): a
condition, not a matter of weighing, so a profession in the register that cites the
qualification requirements while a standard in force (`standards/`) covers its occupation
code is an error: it must cite the standard. A standard approved after the latest decision
that set the entry (its inclusion or latest amendment) did not exist when the council
decided, so it is not reported: the sectoral body proposes the update in the next cycle.
An excluded profession's record is history and is not checked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from nqs.checks import Check, Reads, Stage
from nqs.entries import Standard
from nqs.law import setting_decisions
from nqs.layout import Kind
from nqs.loader import Document
from nqs.problem import Finding, Severity, finding
from nqs.register import Register, by_key

CHECK = Check(
    "qualification-requirements",
    Severity.ERROR,
    Stage.REGISTER,
    __doc__ or "",
    reads=(Reads(Kind.STANDARD, Kind.PROFESSION, ("code",)), Reads(Kind.DECISION)),
)


def check(register: Register) -> Iterator[Finding]:
    covering: dict[str, list[Document[Standard]]] = defaultdict(list)
    for standard in register.standards:
        if standard.data["status"] == "in-force":
            for code in standard.data["occupations"]:
                covering[code].append(standard)
    decisions = by_key(register.decisions)
    for doc in register.professions:
        grounds = doc.data["grounds"]
        if doc.data["status"] != "included" or "qualification_requirements" not in grounds:
            continue
        dates = [decisions[d].data["date"] for d in setting_decisions(doc.data) if d in decisions]
        if not dates:
            continue  # decision-reference reports the unknown decision
        for standard in covering.get(doc.data["code"], []):
            if standard.data["approval"]["date"] <= max(dates):
                yield finding(
                    doc,
                    ("grounds", "qualification_requirements"),
                    "qualification-requirements-standard",
                    at_key=True,
                    code=doc.data["code"],
                    standard=standard.data["code"],
                    approved=standard.data["approval"]["date"],
                )
                break
