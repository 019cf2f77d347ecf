"""When a change comes, measured on the legal calendar (legal_calendar.py): warnings of
`nqs validate --base`, since only the date of a proposal or of a merge can break these rules.

- proposal-cycle (Rules 7, 10): a proposal opened after a proposal deadline (1 February,
  1 September) and before the register goes to the council (1 April, 1 November) cannot be
  in this cycle's submission: it belongs to the next one. A deadline on a day off ends on
  the next working day (legal_calendar.term_end, the Civil Code).
- council-submission (Rules 10): the pull request that brings a cycle's recommendation into
  main is the register's submission to the council, due by 1 April or 1 November of the
  cycle the decision belongs to; measured on the day the pull request was opened (--opened),
  when that day comes before the recommendation (opened after it, it was not the submission).
- decision-published (Rules 11): a merge that records a council decision (adds its file, or
  makes an entry name it) publishes the register it recommends; it is due within 10 working
  days of the recommendation. The check runs before the merge, so it measures the day of the
  check (--as-of, today by default). A change that records a decision is the authorized
  body's, not a proposal: it has no proposal deadline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from nqs.checks import Check, Found, Stage
from nqs.cycle import of_decision
from nqs.formatting import Day
from nqs.law import decisions_named, naming
from nqs.layout import Kind, classify
from nqs.legal_calendar import missed_deadline, next_cycle, publication_deadline
from nqs.loader import Document
from nqs.problem import Finding, Severity, finding

if TYPE_CHECKING:  # GitPython is loaded by the callers that read a history only
    from nqs.history import Change

PROPOSAL_CYCLE = Check(
    "proposal-cycle",
    Severity.WARNING,
    Stage.CHANGE,
    "A proposal opened after a proposal deadline (1 February, 1 September) "
    "and before the submission to the council (1 April, 1 November) belongs to the next cycle "
    "(warning, Rules 7 and 10; not for a change that records a decision).",
)
DECISION_PUBLISHED = Check(
    "decision-published",
    Severity.WARNING,
    Stage.CHANGE,
    "A merge that records a council decision (adds its file, or makes an "
    "entry name it) publishes the register, within 10 working days of the recommendation "
    "(warning, Rules 11).",
)
COUNCIL_SUBMISSION = Check(
    "council-submission",
    Severity.WARNING,
    Stage.CHANGE,
    "The register goes to the National Council by 1 April and 1 November (Rules 10): the "
    "pull request from the cycle branch into main, opened (--opened) after that cycle's "
    "deadline and before the council's recommendation, was submitted late (warning).",
)
CHECKS = (PROPOSAL_CYCLE, DECISION_PUBLISHED, COUNCIL_SUBMISSION)


def proposal(changes: list[Change], opened: dt.date) -> Iterator[Found]:
    """A warning on each changed profession when the proposal misses this cycle."""
    cycle = next_cycle(opened)
    if cycle is None:
        return
    deadline, council = cycle
    for path in (change.path for change in changes if change.status != "D"):
        placement = classify(path)
        if placement is not None and placement.kind is Kind.PROFESSION:
            yield (
                PROPOSAL_CYCLE,
                Finding(
                    path,
                    None,
                    "proposal-next-cycle",
                    {
                        "opened": Day(opened),
                        "missed": Day(missed_deadline(opened)),
                        "deadline": Day(deadline),
                        "council": Day(council),
                    },
                ),
            )


def recorded(old: Document | None, new: Document) -> list[tuple[str, tuple[str | int, ...]]]:
    """The council decisions a change records in a file, and where: a decision's file added
    (old is None), or a profession naming a decision it did not name before. Such a change
    publishes the council's recommendation: it is the authorized body's, not a proposal."""
    if new.kind is Kind.DECISION:
        return [] if old is not None else [(new.data["id"], ("date",))]
    if new.kind is not Kind.PROFESSION:
        return []
    before = decisions_named(old.data) if old is not None else set()
    return [(decision, where) for decision, where in naming(new.data) if decision not in before]


def late(
    doc: Document, where: tuple[str | int, ...], decision: Document, published: dt.date
) -> Iterator[Found]:
    """A warning when a decision is published (merged) after its deadline."""
    due = publication_deadline(dt.date.fromisoformat(decision.data["date"]))
    if published > due:
        yield (
            DECISION_PUBLISHED,
            finding(
                doc,
                where,
                "decision-late",
                decision=decision.data["id"],
                published=Day(published),
                due=Day(due),
            ),
        )


def submitted(
    doc: Document, where: tuple[str | int, ...], decision: Document, opened: dt.date
) -> Iterator[Found]:
    """A warning when the pull request that brings a decision into main (the cycle's
    submission to the council) was opened after its cycle's deadline (Rules 10)."""
    decided = dt.date.fromisoformat(decision.data["date"])
    cycle = of_decision(decided)
    # opened after the recommendation, the pull request was not the submission: not judged
    if cycle.council_due < opened <= decided:
        yield (
            COUNCIL_SUBMISSION,
            finding(
                doc,
                where,
                "council-submission-late",
                opened=Day(opened),
                cycle=cycle.name,
                due=Day(cycle.council_due),
            ),
        )
