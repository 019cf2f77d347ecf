"""Every decision an entry names exists, and they follow each other in time.

`included_by`, `amended_by` and `excluded_by` name files in `register/decisions/`; an
amendment or an exclusion cannot be dated before the inclusion it changes. A profession leaves
the register only by a council decision (Law 5.6): a proposal leaves `included_by` or
`excluded_by` out, since the council has not decided yet, and `nqs validate --base main`
requires them (change-decision) before the register takes the change.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Reads, Stage
from nqs.law import naming
from nqs.layout import Kind
from nqs.problem import Finding, Severity, finding
from nqs.register import Register, by_key

CHECK = Check(
    "decision-reference",
    Severity.ERROR,
    Stage.REGISTER,
    __doc__ or "",
    reads=(Reads(Kind.DECISION),),
)


def check(register: Register) -> Iterator[Finding]:
    decisions = by_key(register.decisions)
    existing = register.stems[Kind.DECISION]
    for doc in register.professions:
        named = naming(doc.data)
        for decision, where in named:
            if decision not in existing:
                yield finding(doc, where, "decision-unknown", id=decision)
        included = decisions.get(doc.data.get("included_by", ""))
        if included is None:
            continue
        for decision, where in named[1:]:
            later = decisions.get(decision)
            if later is not None and later.data["date"] < included.data["date"]:
                yield finding(
                    doc,
                    where,
                    "decision-order",
                    field=where[0],
                    id=decision,
                    date=later.data["date"],
                    included=included.data["id"],
                    included_date=included.data["date"],
                )
