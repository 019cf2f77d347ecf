"""Every council decision is named by at least one entry (warning).

A decision that no profession names as `included_by`, `amended_by` or `excluded_by` records
nothing in the register: usually an entry forgot to name it.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Reads, Stage
from nqs.law import decisions_named
from nqs.layout import Kind
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check(
    "decision-unused",
    Severity.WARNING,
    Stage.REGISTER,
    __doc__ or "",
    reads=(Reads(Kind.PROFESSION, Kind.DECISION, ("id",)),),
)


def check(register: Register) -> Iterator[Finding]:
    named: set[str] = set()
    for profession in register.professions:
        named |= decisions_named(profession.data)
    for doc in register.decisions:
        if doc.data["id"] not in named:
            yield finding(doc, ("id",), "decision-unused", id=doc.data["id"])
