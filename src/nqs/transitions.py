"""What a change may do to the register: checked on each changed file against its state at
the base of the change (`nqs validate --base`). Plain values in, problems out; the Git side
is history.py.

- history-keep: nothing is lost. An entry file is never deleted or renamed and its code never
  changes; a profession leaves the register by `status: excluded` with the decision.
- decision-immutable: a recorded council decision never changes.
- lawful-transition (Law 26): a terminated certificate stays terminated; a revoked one becomes
  active again only through `renewed` with its renewal; an excluded profession returns only by
  a new inclusion decision.
- change-decision: every change to a profession names a council decision it did not name
  before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from nqs.entries import Center, Profession
from nqs.law import decisions_named
from nqs.layout import ENTRY_KINDS, Kind, classify
from nqs.loader import Document
from nqs.problem import Problem, Severity

RULES = {
    "history-keep": "An entry file is never deleted or renamed, and its code never changes.",
    "decision-immutable": "A recorded council decision never changes.",
    "lawful-transition": "Status changes follow Law 26 and the Rules: terminated stays "
    "terminated, revoked returns only through renewal, an excluded "
    "profession returns only by a new decision.",
    "change-decision": "Every change to a profession names a decision it did not name before.",
    "single-body": "A proposal changes the entries of one sectoral body only (warning: each "
    "body proposes for its own sector, Rules 7).",
}


def _at(path: str, rule: str, key: str, **params: Any) -> Problem:
    return Problem(path, 1, 1, rule, Severity.ERROR, key, params)


def deleted(path: str) -> Iterator[Problem]:
    yield _at(path, "history-keep", "history-deleted")


def renamed(path: str, old_path: str) -> Iterator[Problem]:
    yield _at(path, "history-keep", "history-renamed", old=old_path)


def bodies_touched(paths: list[str]) -> Iterator[Problem]:
    """A warning on each changed entry when the change spans several bodies' folders."""
    owners = {
        path: placement.folder
        for path in paths
        if (placement := classify(path)) is not None and placement.folder is not None
    }
    bodies = sorted(set(owners.values()))
    if len(bodies) > 1:
        for path in sorted(owners):
            yield Problem(
                path,
                1,
                1,
                "single-body",
                Severity.WARNING,
                "change-several-bodies",
                {"bodies": bodies},
            )


def changed(old: Document, new: Document) -> Iterator[Problem]:
    """Problems of a file that exists at the base and now (both schema-valid)."""
    field = new.kind.key_field if new.kind in ENTRY_KINDS else None
    if field and old.data.get(field) != new.data.get(field):
        yield new.problem(
            (field,),
            "history-keep",
            "history-code-changed",
            old=old.data.get(field),
            new=new.data.get(field),
        )
    if new.kind is Kind.DECISION and old.data != new.data:
        yield new.problem((), "decision-immutable", "history-decision-changed")
    if new.kind is Kind.CENTER:
        yield from _center(old.data, new)
    if new.kind is Kind.PROFESSION:
        yield from _profession(old.data, new)


def _center(old: Center, new: Document[Center]) -> Iterator[Problem]:
    before, after = old["status"], new.data["status"]
    if before == "terminated" and after != "terminated":
        yield new.problem(("status",), "lawful-transition", "transition-terminated")
    if before == "revoked" and after == "active":
        yield new.problem(("status",), "lawful-transition", "transition-revoked-active")


def _profession(old: Profession, new: Document[Profession]) -> Iterator[Problem]:
    if (
        old["status"] == "excluded"
        and new.data["status"] == "included"
        and (new.data["included_by"] == old["included_by"])
    ):
        yield new.problem(("included_by",), "lawful-transition", "transition-excluded")
    if old != new.data and not decisions_named(new.data) - decisions_named(old):
        where = "amended_by" if "amended_by" in new.data else "included_by"
        yield new.problem((where,), "change-decision", "change-without-decision", at_key=True)
