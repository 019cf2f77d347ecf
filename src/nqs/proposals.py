"""The proposals of a cycle and the state each is in (`nqs cycle status`).

A cycle's proposal moves through the states of the Rules: proposed (a branch with commits the
cycle branch has not taken, Rules 7), in the draft register (merged into the cycle branch,
Rules 9–10), recommended (it names the council decision `nqs record-decision` wrote, Rules 11)
or rejected (reverted, and listed with its reason in that decision). Each state has its
deadline: the proposal deadline, the submission to the council, the publication of the
register. Plain values from history.py in, plain values out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from nqs.chronicle import Data, data_of
from nqs.cycle import Cycle
from nqs.history import Revision, Unmerged
from nqs.layout import Kind, classify
from nqs.legal_calendar import publication_deadline


class State(StrEnum):
    PROPOSED = "proposed"
    DRAFT = "draft"
    RECOMMENDED = "recommended"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True, order=True)
class Item:
    """A file of a body's proposal in its state; `where` is the branch of a proposal not yet
    merged or the decision that recommended or rejected it, `late` a proposal begun after
    the proposal deadline."""

    body: str
    path: str
    state: State
    due: dt.date | None
    where: str = ""
    late: bool = False


def decision_date(decision: str) -> dt.date:
    """The day of a decision from its id (YYYY-MM-DD, with -2 ... for a second one)."""
    return dt.date.fromisoformat(decision[:10])


def merged(revision: Revision, cycle: Cycle) -> list[Item]:
    """The proposals the cycle branch holds (its change since main): in the draft register,
    recommended by the decision they name, or rejected by a decision that lists them."""
    items = []
    for change in revision.changes:
        placement = classify(change.path)
        if placement is None or change.status == "D":
            continue
        new = data_of(revision.new.get(change.path), change.path, placement.kind)
        if new is None:
            continue
        if placement.kind is Kind.DECISION and change.status == "A":
            items += [
                Item(
                    str(r.get("body", "")), str(r.get("code", "")), State.REJECTED, None, new["id"]
                )
                for r in new.get("rejected", [])
            ]
            continue
        if placement.folder is None:
            continue
        old = data_of(revision.old.get(change.old_path), change.old_path, placement.kind)
        named = named_in(new) - named_in(old or {})
        if placement.kind is Kind.PROFESSION and named:
            decision = max(named)
            due = publication_deadline(decision_date(decision))
            items.append(Item(placement.folder, change.path, State.RECOMMENDED, due, decision))
        else:
            items.append(Item(placement.folder, change.path, State.DRAFT, cycle.council_due))
    return items


def named_in(data: Data) -> set[str]:
    """The decisions a profession's data names: law.decisions_named for data that no schema
    has checked (a branch's files are read as they are), so anything not a text is passed."""
    amended = data.get("amended_by")
    found = [data.get("included_by"), data.get("excluded_by")]
    found += amended if isinstance(amended, list) else []
    return {d for d in found if isinstance(d, str)}


def pending(branches: list[Unmerged], cycle: Cycle) -> list[Item]:
    """The proposals on branches not yet merged into the cycle branch."""
    items = []
    for branch in branches:
        for path in branch.paths:
            placement = classify(path)
            folder = placement.folder if placement is not None else None
            items.append(
                Item(
                    folder or "—",
                    path,
                    State.PROPOSED,
                    cycle.proposals_due,
                    branch.branch,
                    branch.began > cycle.proposals_due,
                )
            )
    return items


def by_body(items: list[Item]) -> dict[str, list[Item]]:
    grouped: dict[str, list[Item]] = defaultdict(list)
    for item in sorted(items):
        grouped[item.body].append(item)
    return dict(sorted(grouped.items()))
