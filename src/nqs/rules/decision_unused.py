"""Every council decision is named by at least one entry (warning).

A decision that no profession names as `included_by`, `amended_by` or `excluded_by` records
nothing in the register: usually an entry forgot to name it.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.law import decisions_named
from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "decision-unused"
SEVERITY = Severity.WARNING


def check(register: Register) -> Iterator[Problem]:
    named: set[str] = set()
    for profession in register.professions:
        named |= decisions_named(profession.data)
    for doc in register.decisions:
        if doc.data["id"] not in named:
            yield doc.problem(("id",), ID, "decision-unused", id=doc.data["id"])
