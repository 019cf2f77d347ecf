"""When a change comes, measured on the legal calendar (legal_calendar.py): warnings of
`nqs validate --base`, since only the date of a proposal or of a merge can break these rules.

- proposal-cycle (Rules 7, 10): a proposal opened after a proposal deadline (1 February,
  1 September) and before the register goes to the council (1 April, 1 November) cannot be
  in this cycle's submission: it belongs to the next one.
- decision-published (Rules 11): the merge of a council decision publishes the register it
  recommends; it is due within 10 working days of the recommendation. The check runs before
  the merge, so it measures the day of the check (--as-of, today by default).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from nqs.history import Change
from nqs.layout import Kind, classify
from nqs.legal_calendar import next_cycle, publication_deadline
from nqs.loader import Document
from nqs.problem import Problem, Severity

RULES = {
    "proposal-cycle": "A proposal opened after a proposal deadline (1 February, 1 September) "
    "and before the submission to the council (1 April, 1 November) belongs to the next cycle "
    "(warning, Rules 7 and 10).",
    "decision-published": "A council decision is merged, and so the register published, within "
    "10 working days of the recommendation (warning, Rules 11).",
}


def proposal(changes: list[Change], opened: dt.date) -> Iterator[Problem]:
    """A warning on each changed profession when the proposal misses this cycle. A change
    that adds a council decision records the council's recommendation: it is the authorized
    body's, not a proposal, and has no deadline of Rules 7."""
    cycle = next_cycle(opened)
    if cycle is None or any(_records_decision(change) for change in changes):
        return
    deadline, council = cycle
    for path in (change.path for change in changes if change.status != "D"):
        placement = classify(path)
        if placement is not None and placement.kind is Kind.PROFESSION:
            yield Problem(
                path,
                1,
                1,
                "proposal-cycle",
                Severity.WARNING,
                "proposal-next-cycle",
                {
                    "opened": opened.isoformat(),
                    "deadline": deadline.isoformat(),
                    "council": council.isoformat(),
                },
            )


def _records_decision(change: Change) -> bool:
    placement = classify(change.path)
    return change.status == "A" and placement is not None and placement.kind is Kind.DECISION


def decision(doc: Document, published: dt.date) -> Iterator[Problem]:
    """A warning when a newly recorded decision is published after its deadline."""
    due = publication_deadline(dt.date.fromisoformat(doc.data["date"]))
    if published > due:
        yield doc.problem(
            ("date",),
            "decision-published",
            "decision-late",
            Severity.WARNING,
            published=published.isoformat(),
            due=due.isoformat(),
        )
