"""The National Council has decided within the last six months (warning).

The Law (10.3) has the information on the National Council's activity updated at least
once every six months. The register shows that activity only through its decisions: when
the latest recorded decision (`register/decisions`) is more than six months older than the
date of the check (`--as-of`, by default today), the council has recommended nothing for
longer than that, or a decision is missing from the register. The warning is on the latest
decision's date. The six months are calendar months: the end of the term is not moved past
a day off here (`nqs validate` does not load the holiday calendar), so the warning may come
a day or two before the Civil Code's end of the term.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Reads, Stage
from nqs.dates import add_months, read
from nqs.formatting import Day
from nqs.layout import Kind
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

ACTIVITY_MONTHS = 6  # Law 10.3

CHECK = Check(
    "council-activity",
    Severity.WARNING,
    Stage.REGISTER,
    __doc__ or "",
    reads=(Reads(Kind.DECISION),),
)


def check(register: Register) -> Iterator[Finding]:
    if not register.decisions:
        return
    latest = max(register.decisions, key=lambda doc: (doc.data["date"], doc.data["id"]))
    due = add_months(read(latest.data["date"]), ACTIVITY_MONTHS)
    if due is not None and register.as_of > due:
        yield finding(
            latest,
            ("date",),
            "council-activity",
            id=latest.data["id"],
            due=Day(due),
            as_of=Day(register.as_of),
        )
