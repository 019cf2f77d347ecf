"""The proposal cycle of the register (Rules 7, 9–11) as it is kept in Git.

Twice a year the sectoral bodies propose (by 1 February and 1 September, Rules 7) and the
authorized body submits the register to the National Council (by 1 April and 1 November,
Rules 10). Each half-year is a cycle, kept on its own branch `cycle/<year>-<1|2>`: the
proposals are pull requests into it (the proposal stage: a change names no council decision
yet, the clerk cannot know it), and the pull request from it into `main` carries the council's
recommendation (the council stage: every change names its decision).

Plain values in, plain values out; the branches themselves are read and written by
history.py, the dates come from legal_calendar.py. A cycle's name comes from the command line
or from a branch name, hostile text both: it is matched whole, by a pattern, before use.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from nqs.dates import LAST_YEAR as LAST_YEAR  # the last year of the register's dates
from nqs.legal_calendar import term_end

FIRST_YEAR = 2024  # the register opened in 2024
BRANCH_PREFIX = "cycle/"
_NAME = re.compile(r"([0-9]{4})-([12])")
# A branch as a ref names it: cycle/2027-1, refs/heads/cycle/2027-1, a remote-tracking
# origin/cycle/2027-1 or refs/remotes/origin/cycle/2027-1.
_REF = re.compile(r"(?:refs/heads/|refs/remotes/[A-Za-z0-9_.-]+/|[A-Za-z0-9_.-]+/)?cycle/(.+)")
# Rules 7 and 10: the months of the proposal deadline and of the submission to the council.
_MONTHS = {1: (2, 4), 2: (9, 11)}


class CycleStage(StrEnum):
    """Where a change is going: into a cycle branch (a proposal) or into main (the council's
    recommendation recorded)."""

    PROPOSAL = "proposal"
    COUNCIL = "council"


@dataclass(frozen=True, slots=True, order=True)
class Cycle:
    year: int
    half: int  # 1: spring (proposals by 1 February), 2: autumn (by 1 September)

    @property
    def name(self) -> str:
        return f"{self.year}-{self.half}"

    @property
    def branch(self) -> str:
        return BRANCH_PREFIX + self.name

    @property
    def proposals_due(self) -> dt.date:
        """Rules 7: the last day to propose (moved past a day off, legal_calendar.term_end)."""
        return term_end(dt.date(self.year, _MONTHS[self.half][0], 1))

    @property
    def council_due(self) -> dt.date:
        """Rules 10: the last day to submit the register to the National Council."""
        return term_end(dt.date(self.year, _MONTHS[self.half][1], 1))


def parse(text: str) -> Cycle | None:
    """A cycle named YEAR-N (N is 1 or 2, the year from 2024 to 2100), else None."""
    found = _NAME.fullmatch(text)
    if found is None or not FIRST_YEAR <= int(found[1]) <= LAST_YEAR:
        return None
    return Cycle(int(found[1]), int(found[2]))


def of_ref(ref: str) -> Cycle | None:
    """The cycle whose branch a ref names (local or remote-tracking), else None."""
    found = _REF.fullmatch(ref)
    return None if found is None else parse(found[1])


def stage_of(ref: str) -> CycleStage:
    """The stage of a change checked against ref: a proposal against a cycle branch, the
    council's recommendation against main or anything else."""
    return CycleStage.PROPOSAL if of_ref(ref) is not None else CycleStage.COUNCIL


def of_decision(decided: dt.date) -> Cycle:
    """The cycle a council recommendation belongs to: the latest whose proposals were due
    before it (the council decides on the proposals already made)."""
    for cycle in (Cycle(decided.year, 2), Cycle(decided.year, 1)):
        if decided > cycle.proposals_due:
            return cycle
    return Cycle(decided.year - 1, 2)


def current(today: dt.date) -> Cycle:
    """The cycle running on a day, or the next one: a cycle runs until its register goes to
    the council."""
    for cycle in (Cycle(today.year, 1), Cycle(today.year, 2)):
        if today <= cycle.council_due:
            return cycle
    return Cycle(today.year + 1, 1)
