"""The National Council's recommendation recorded on a cycle branch (`nqs record-decision`).

After the council meets (Rules 10–11) the authorized body records its recommendation on the
cycle branch: the decision's file `register/decisions/<date>.yml` with what it recommends and
what it rejects, each rejected proposal reverted to its state at the cycle's fork from main
(a new file removed), and the decision named in every other profession the cycle changed:
`included_by` for a new one (or one returning to the register), `excluded_by` for one leaving
it, appended to `amended_by` for one amended. The files are edited as text (yamltext.py), so
the clerks' comments and order stay; the edit is checked by parsing it back.

Plain values in (the cycle's change as history.between reads it), a plan out; the CLI writes
and commits it (history.commit_files). A path given to reject is hostile: it must name a
profession the cycle changed, as the repository holds it, and nothing else.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from nqs.chronicle import action, data_of
from nqs.cycle import Cycle
from nqs.entries import Text
from nqs.history import Revision
from nqs.layout import Kind, classify, modeline
from nqs.loader import parse
from nqs.messages import render
from nqs.proposals import named_in
from nqs.yamltext import Unwritable, append_item, quote, set_scalar

DECISIONS = "register/decisions"
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Where a new naming goes when the key is absent: after the first of these keys found.
_AFTER = {
    "included_by": ("status",),
    "amended_by": ("included_by", "status"),
    "excluded_by": ("amended_by", "included_by", "status"),
}
_RECOMMENDS = {"included_by": "included", "amended_by": "amended", "excluded_by": "excluded"}


class RecordError(Exception):
    """The decision cannot be recorded as asked (worded by the CLI: a key and its values)."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True, slots=True)
class Reject:
    path: str  # as given on the command line, checked by plan()
    reason: Text


@dataclass
class Plan:
    """What to write: the rejected files as they were at the fork (None: remove), then the
    decision's file and the professions naming it (their new text)."""

    decision: str
    reverted: dict[str, bytes | None] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)
    recommends: dict[str, list[str]] = field(default_factory=dict)


def rejected_path(root: Path, given: str, changed: set[str]) -> str:
    """The repository path of a proposal to reject: relative, without '..', no link on the
    way, and a profession the cycle changed (written as a shell completes it, ./register/…,
    it is the same path)."""
    pure = PurePosixPath(given)
    if pure.is_absolute() or ".." in pure.parts:
        raise RecordError("record-reject-path", path=given)
    relpath = pure.as_posix()
    placement = classify(relpath)
    if placement is None or placement.kind is not Kind.PROFESSION or relpath not in changed:
        raise RecordError("record-reject-unchanged", path=given)
    here = root
    for part in pure.parts:
        here = here / part
        if os.path.islink(here):
            raise RecordError("record-reject-path", path=given)
    return relpath


def plan(
    root: Path,
    revision: Revision,
    day: dt.date,
    protocol: str,
    cycle: Cycle,
    rejects: list[Reject],
) -> Plan:
    """The files that record the decision of `day` on the cycle's change since main."""
    decision = day.isoformat()
    path = f"{DECISIONS}/{decision}.yml"
    if (root / path).exists() or os.path.islink(root / path):
        raise RecordError("record-decision-exists", path=path)
    # By their names (a decision's file is named by its date, rule file-name): never read.
    recorded = sorted(p.stem for p in (root / DECISIONS).glob("*.yml") if _DAY.fullmatch(p.stem))
    if recorded and decision < recorded[-1]:  # decision-backdated would refuse it in main
        raise RecordError("record-decision-backdated", decision=decision, latest=recorded[-1])
    professions = {
        c.path: c
        for c in revision.changes
        if (p := classify(c.path)) is not None and p.kind is Kind.PROFESSION and c.status in "AM"
    }
    result = Plan(decision)
    rejected = []
    for reject in rejects:
        relpath = rejected_path(root, reject.path, set(professions))
        if relpath in result.reverted:
            raise RecordError("record-reject-twice", path=relpath)
        change = professions[relpath]
        before = revision.old.get(change.old_path)  # None: a link or a submodule at the fork
        if change.status != "A" and before is None:
            raise RecordError("record-unreadable", path=relpath)
        result.reverted[relpath] = before
        body = classify(relpath).folder  # type: ignore[union-attr]  # a profession's: checked
        rejected.append(
            {"code": PurePosixPath(relpath).stem, "body": body, "reason": reject.reason}
        )
    for relpath, change in sorted(professions.items()):
        if relpath in result.reverted:
            continue
        old = data_of(revision.old.get(change.old_path), change.old_path, Kind.PROFESSION)
        new = data_of(revision.new.get(relpath), relpath, Kind.PROFESSION)
        if new is None:
            raise RecordError("record-unreadable", path=relpath)
        key = _naming_key(change.status, old, new)
        if key is None:
            continue  # nothing the council decides (a change back to what it was)
        early = sorted(named_in(new) - named_in(old or {}))
        # Named by hand where the text could not be edited (record-cannot-edit says so):
        # this decision, in the field it goes to, is what the command would have written.
        by_hand = early == [decision] and decision in _listed(new.get(key))
        if early and not by_hand:  # proposal-decision reports it on the cycle branch
            raise RecordError("record-names-decision", path=relpath, decision=early[0])
        if not by_hand:
            text = revision.new[relpath].decode("utf-8")
            result.written[relpath] = _named(relpath, text, new, key, decision)
        result.recommends.setdefault(_RECOMMENDS[key], []).append(str(new["code"]))
    try:
        text = _decision_text(path, day, protocol, cycle, result.recommends, rejected)
    except Unwritable as exc:  # a reason given on the command line
        raise RecordError("record-bad-reason", detail=str(exc)) from None
    result.written[path] = text
    return result


def _listed(value: object) -> list[object]:
    """A naming field's decisions: amended_by's list, or the one of a scalar field."""
    return value if isinstance(value, list) else [value]


def _naming_key(status: str, old: dict[str, Any] | None, new: dict[str, Any]) -> str | None:
    """Which field names the decision: included_by (new, or back in the register),
    excluded_by (leaving it), amended_by (any other change); None when nothing changed."""
    if old == new:
        return None
    if status == "A" or old is None:
        return "included_by"
    done = action(status, Kind.PROFESSION, old, new)
    if done == "excluded":
        return "excluded_by"
    if old.get("status") == "excluded" and new.get("status") == "included":
        return "included_by"
    return "amended_by"


def _named(relpath: str, text: str, data: dict[str, Any], key: str, decision: str) -> str:
    """The profession's text naming the decision, checked by parsing it back."""
    expected = dict(data)
    try:
        if key == "amended_by":
            edited = append_item(text, key, quote(decision), _AFTER[key])
            expected[key] = [*data.get("amended_by", []), decision]
        else:
            edited = set_scalar(text, key, quote(decision), _AFTER[key])
            expected[key] = decision
    except Unwritable as exc:
        raise RecordError("record-cannot-edit", path=relpath, field=key, detail=str(exc)) from None
    doc, _ = parse(edited.encode("utf-8"), relpath, Kind.PROFESSION)
    if doc is None or doc.data != expected:
        raise RecordError("record-cannot-edit", path=relpath, field=key, detail="—")
    return edited


def _decision_text(
    path: str,
    day: dt.date,
    protocol: str,
    cycle: Cycle,
    recommends: dict[str, list[str]],
    rejected: list[dict[str, Any]],
) -> str:
    """The decision's file in the house style (single-quoted strings, block lists)."""
    title = {
        lang: render(f"decision-title-{cycle.half}", {"year": cycle.year}, lang)
        for lang in ("kk", "ru")
    }
    lines = [
        modeline(path, Kind.DECISION),
        f"id: {quote(day.isoformat())}",
        f"date: {day.isoformat()}",
        f"protocol: {quote(protocol)}",
        "title:",
        *(f"  {lang}: {quote(text)}" for lang, text in title.items()),
    ]
    if recommends:
        lines.append("recommends:")
        for what in ("included", "amended", "excluded"):
            if what in recommends:
                lines += [f"  {what}:", *(f"    - {quote(c)}" for c in sorted(recommends[what]))]
    if rejected:
        lines.append("rejected:")
        for item in rejected:
            lines += [
                f"  - code: {quote(item['code'])}",
                f"    body: {quote(item['body'])}",
                "    reason:",
                *(f"      {lang}: {quote(item['reason'][lang])}" for lang in ("kk", "ru")),
            ]
    return "\n".join(lines) + "\n"
