"""The register's past as plain values: what each change did to an entry, each entry's
revisions, and each council decision's edition. Built from the file history (history.py);
nothing here reads Git.

An edition is the register as formed after a council recommendation (Rules 11). Its parts
may come in several merges (each body's proposal names the decision when the council has
recommended it): the edition is the last main-line merge that adds the decision's file or
makes an entry name it. Its date is the day of that merge, which completes the publication;
the state after it is "the register as of the edition" only when no later decision was
already recorded in the same tree (a register imported at once has one).

The first commit of the history brings the register into Git: what it adds was published
before, so its entries are "imported" rather than added, and its decisions' editions are not
measured against the deadline of Rules 11.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from nqs import dates
from nqs.entries import Center, Profession
from nqs.history import FileRevision, log
from nqs.law import decisions_named, status
from nqs.layout import ENTRY_KINDS, Kind, classify
from nqs.legal_calendar import publication_deadline
from nqs.loader import parse
from nqs.messages import Term
from nqs.problem import Severity

Data = dict[str, Any]
# What a change did, by the status it leaves an entry in (else amended, added, ...).
_STATUS_ACTIONS = ("excluded", "revoked", "renewed", "terminated")


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class EntryRevision:
    """One change to one entry: when it was merged, what it did, the council decisions it
    named for the first time, and the fields it changed."""

    date: dt.date
    action: str
    decisions: list[str]
    fields: list[FieldChange]


@dataclass(frozen=True, slots=True)
class Edition:
    decision: str
    commit: str
    recorded: dt.date
    due: dt.date  # Rules 11: published within 10 working days of the recommendation
    snapshot: bool  # the commit's tree is the register as of this edition
    imported: bool  # recorded by the first commit, with the register brought into Git

    @property
    def late(self) -> bool:
        return not self.imported and self.recorded > self.due


# Why a file or a tree of the history was left out when Python's own error stopped it: that
# error means nothing to the reader (it is kept as the exception's cause for --debug).
UNEXPECTED = Term("history-unexpected")
DECISION_NAME = Term("history-decision-name")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A change left out of the history because a side of it cannot be read: the commit,
    the file, and why."""

    commit: str
    path: str
    reason: str | Term


@dataclass(frozen=True, slots=True)
class Chronicle:
    revisions: dict[tuple[str, str], list[EntryRevision]]  # (kind, code) -> oldest first
    editions: dict[str, Edition]
    skipped: list[Skipped] = field(default_factory=list)


def action(status: str, kind: Kind, old: Data | None, new: Data | None) -> str:
    """What a file change did to an entry: added, deleted, renamed, changed (a decision),
    amended, or the status it moved to (excluded, revoked, renewed, terminated)."""
    if status == "D":
        return "deleted"
    if status == "A" or old is None:
        return "added"
    if status == "R":
        return "renamed"
    if new is not None and kind in (Kind.PROFESSION, Kind.CENTER):
        before, after = _status(kind, old), _status(kind, new)
        if before != after and after in _STATUS_ACTIONS:
            return str(after)
    return "changed" if kind is Kind.DECISION else "amended"


def _status(kind: Kind, data: Data) -> object:
    """A profession's recorded status; a center's, derived from its latest certificate (a
    revision written before centers had a history recorded it as `status`)."""
    if kind is Kind.CENTER and "certificates" in data:
        return status(cast(Center, data))
    return data.get("status")


def changed_fields(done: str, old: Data | None, new: Data | None) -> list[FieldChange]:
    """The top-level fields whose values differ, in the order they are written, for a change
    that keeps the entry (an addition or a deletion is told whole, not by field)."""
    if done in ("added", "imported", "deleted"):
        return []
    old, new = old or {}, new or {}
    return [
        FieldChange(key, old.get(key), new.get(key))
        for key in dict.fromkeys([*old, *new])
        if old.get(key) != new.get(key)
    ]


def plain(value: Any, lang: str) -> str | None:
    """A field's value as one line in a language: "—" when absent, a {kk, ru} text in that
    language, a list of codes or numbers joined, a scalar; None for a nested structure, which
    a line cannot show."""
    if value is None:
        return "—"
    if isinstance(value, dict) and isinstance(value.get(lang), str):
        return str(value[lang])
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return ", ".join(map(str, value))
    return None if isinstance(value, dict | list) else str(value)


class Unreadable(Exception):
    """A file of an earlier commit cannot be read as data: why (a rule id, what the file is,
    or the error met), shown when the change is left out."""

    def __init__(self, reason: str | Term) -> None:
        super().__init__(str(reason))
        self.reason = reason


def read_data(raw: bytes | None, path: str, kind: Kind) -> Data | None:
    """A file's content in an earlier commit as data, None when it is absent. Every byte of
    history is untrusted: whatever stops it from being read (a problem, or any error while
    parsing it) is Unreadable, never a crash."""
    if raw is None:
        return None
    try:
        doc, problems = parse(raw, path, kind)
    except Exception as exc:  # history is never trusted: the reason is told
        raise Unreadable(UNEXPECTED) from exc
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if doc is None or errors or not isinstance(doc.data, dict) or not _is_entry(doc.data, kind):
        raise Unreadable(
            f"{errors[0].rule} {errors[0].line}:{errors[0].column}" if errors else "schema"
        )
    return doc.data


def _is_entry(data: Data, kind: Kind) -> bool:
    """An entry of history has at least its key (a profession's code, a center's BIN …): a
    file without it is no entry of that register, whatever else it holds."""
    return kind not in ENTRY_KINDS or isinstance(data.get(kind.key_field), str)


def data_of(raw: bytes | None, path: str, kind: Kind) -> Data | None:
    """A file's content as data, or None when it is absent or cannot be read."""
    try:
        return read_data(raw, path, kind)
    except Unreadable:
        return None


def read_chronicle(root: Path) -> Chronicle | None:
    """The chronicle of the repository at root; None when it is not a Git repository (a
    shallow clone raises history.HistoryError)."""
    revisions = log(root)
    return None if revisions is None else chronicle(revisions)


def chronicle(history: list[FileRevision]) -> Chronicle:
    revisions: dict[tuple[str, str], list[EntryRevision]] = defaultdict(list)
    decided: dict[str, dt.date] = {}  # decision id -> the day of the recommendation
    # decision id -> the merges that recorded it: its file, or an entry newly naming it
    merges: dict[str, list[tuple[str, dt.date]]] = defaultdict(list)
    latest_at: dict[str, str] = {}  # commit -> the latest decision in its tree
    latest = ""
    first = history[0].commit if history else ""
    skipped: list[Skipped] = []
    # entry -> its data after its last revision read; a revision left out is not the before
    # of the next one, which is read from this (the number too long, then its fix)
    last: dict[tuple[str, str], Data | None] = {}
    for item in history:
        change = item.change
        placement = classify(change.path) or classify(change.old_path)
        if placement is None:
            continue
        entry = (placement.kind.value, placement.stem)
        if placement.kind is Kind.DECISION and dates.decision_day(placement.stem) is None:
            # A decision is an edition by its file's name: a name that is no decision id
            # (an old commit's `x\n::error::…`) would be a folder of the site, a tag and a
            # line of `nqs editions` (in the publishing workflow's log).
            skipped.append(Skipped(item.commit, change.path, DECISION_NAME))
            continue
        try:
            revision, day, last[entry] = _revision(
                item, placement.kind, item.commit == first, last.get(entry)
            )
        except Unreadable as exc:
            skipped.append(Skipped(item.commit, change.path, exc.reason))
            continue
        revisions[entry].append(revision)
        named = list(revision.decisions)
        if day is not None and placement.stem not in decided:
            decided[placement.stem] = day
            latest = max(latest, placement.stem)
            named.append(placement.stem)
        for decision in named:
            if not merges[decision] or merges[decision][-1][0] != item.commit:
                merges[decision].append((item.commit, item.date))
        latest_at[item.commit] = latest
    editions = {}
    for decision, day in decided.items():
        # The register as formed after the recommendation is there once its last part is.
        commit, date = merges[decision][-1]
        editions[decision] = Edition(
            decision,
            commit,
            date,
            publication_deadline(day),
            snapshot=latest_at[commit] == decision,
            imported=all(merged == first for merged, _ in merges[decision]),
        )
    return Chronicle(dict(revisions), editions, skipped)


def _revision(
    item: FileRevision, kind: Kind, imported: bool, known: Data | None
) -> tuple[EntryRevision, dt.date | None, Data | None]:
    """What one change did to its entry, the day of the decision it records (for a
    decision's file), and the entry's data after it. The one place where a change of the
    history is read and modelled: a side that is a link or cannot be read, or any error met,
    is Unreadable; an old side that cannot be read is the entry as last read (`known`), if
    any (the revision that wrote it was left out and told)."""
    if item.refused is not None:
        raise Unreadable(Term(f"file-is-{item.refused}"))
    try:
        try:
            old = read_data(item.old, item.change.old_path, kind)
        except Unreadable:
            if known is None:
                raise
            old = known
        new = read_data(item.new, item.change.path, kind)
        done = action(item.change.status, kind, old, new)
        if done == "added" and imported:
            done = "imported"
        named = sorted(
            # Read as a profession: data that is not one is caught below, as Unreadable.
            decisions_named(cast(Profession, new))
            - (decisions_named(cast(Profession, old)) if old else set())
            if kind is Kind.PROFESSION and new
            else set()
        )
        day = _date(new) if kind is Kind.DECISION and new else None
        return EntryRevision(item.date, done, named, changed_fields(done, old, new)), day, new
    except Unreadable:
        raise
    except Exception as exc:  # history is never trusted: the reason is told
        raise Unreadable(UNEXPECTED) from exc


def _date(data: Data) -> dt.date | None:
    """A decision's date, if it is one the register can hold (old commits are not checked)."""
    return dates.parse(data.get("date"))
