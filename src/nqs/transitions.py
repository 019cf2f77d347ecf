"""What a change may do to the register: checked on each changed file against its state at
the base of the change (`nqs validate --base`). Plain values in, findings out; the Git side
is history.py.

- history-keep: nothing is lost. An entry file is never deleted or renamed and its code never
  changes; a profession leaves the register by `status: excluded` with the decision.
- decision-immutable: a recorded council decision never changes.
- lawful-transition (Law 23.5, 26): a center's history is only added to: its past
  certificates and their events stay as they were (so a terminated certificate stays
  terminated and a revoked one works again only through a recorded renewal); new certificates
  and events are appended. An excluded profession returns only by a new inclusion decision.
- change-decision: against main (the council stage), every change to a profession names a
  council decision it did not name before.
- proposal-decision: against a cycle branch (the proposal stage), a change names no council
  decision it did not name before: the council has not decided yet (cycle.py).
- decision-awaited: against a cycle branch, a change to a profession that names no new
  decision is told, not reported: it awaits the National Council.
- legal-act-change (Rules 8-1): a change that sets or replaces a profession's legal act names
  a decision dated on or after the act.
- inclusion-backdated (Rules 11): a new profession does not name a decision the register
  recorded before, in any stage.
- decision-backdated (Rules 10-11): a decision the change adds is dated after every decision
  the register recorded before it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from nqs.checks import Check, Found, Stage
from nqs.cycle import CycleStage
from nqs.entries import Center, Decision, Profession
from nqs.law import decisions_named, setting_decisions
from nqs.layout import ENTRY_KINDS, Kind, classify
from nqs.loader import Document
from nqs.problem import Finding, Severity, finding
from nqs.rules.legal_act import act_too_new

HISTORY_KEEP = Check(
    "history-keep",
    Severity.ERROR,
    Stage.CHANGE,
    "An entry file is never deleted or renamed, and its code never changes.",
)
DECISION_IMMUTABLE = Check(
    "decision-immutable", Severity.ERROR, Stage.CHANGE, "A recorded council decision never changes."
)
LAWFUL_TRANSITION = Check(
    "lawful-transition",
    Severity.ERROR,
    Stage.CHANGE,
    "Status changes follow Law 26 and the Rules: a center's certificates and "
    "their events are only added to (terminated stays terminated, revoked returns only through "
    "a renewal), an excluded profession returns only by a new decision.",
)
CHANGE_DECISION = Check(
    "change-decision",
    Severity.ERROR,
    Stage.CHANGE,
    "Against main (the council stage): every change to a profession names a decision it did "
    "not name before; a new profession names its inclusion (`nqs record-decision` writes them "
    "on the cycle branch).",
)
PROPOSAL_DECISION = Check(
    "proposal-decision",
    Severity.ERROR,
    Stage.CHANGE,
    "Against a cycle branch `cycle/<year>-<1 or 2>` (the proposal stage, Rules 7): a proposal "
    "names no council decision it did not name before and adds no decision file; the council "
    "has not decided yet.",
)
DECISION_AWAITED = Check(
    "decision-awaited",
    Severity.INFO,
    Stage.CHANGE,
    "Against a cycle branch (the proposal stage): a change to a profession that names no new "
    "decision is correct and awaits the National Council (information, not a problem).",
)
SINGLE_BODY = Check(
    "single-body",
    Severity.WARNING,
    Stage.CHANGE,
    "A proposal (a change into a cycle branch) changes the entries of one sectoral body only "
    "(warning: each body proposes for its own sector, Rules 7; the cycle's own merge into main "
    "carries every body's proposals).",
)
LEGAL_ACT_CHANGE = Check(
    "legal-act-change",
    Severity.ERROR,
    Stage.CHANGE,
    "A change that sets or replaces a profession's legal act names a council "
    "decision dated on or after the act (Rules 8-1): the decision that last changed the act, "
    "read from the history, where the rule legal-act can only take the entry's latest decision.",
)
INCLUSION_BACKDATED = Check(
    "inclusion-backdated",
    Severity.ERROR,
    Stage.CHANGE,
    "A new profession does not name as its inclusion a council decision that the register "
    "recorded before the change, in any stage (Rules 11): a profession is included by the "
    "recommendation that includes it, which the cycle's merge into main records and publishes "
    "with it, not added later under an older one.",
)
DECISION_BACKDATED = Check(
    "decision-backdated",
    Severity.ERROR,
    Stage.CHANGE,
    "A council decision that a change adds is dated after every decision the register "
    "recorded before the change (Rules 10-11): the council recommends on the register submitted "
    "to it, and a recommendation recorded later under an earlier date would rewrite the "
    "editions already published and include under it what they did not hold.",
)
CHECKS = (
    HISTORY_KEEP,
    DECISION_IMMUTABLE,
    LAWFUL_TRANSITION,
    CHANGE_DECISION,
    PROPOSAL_DECISION,
    DECISION_AWAITED,
    SINGLE_BODY,
    LEGAL_ACT_CHANGE,
    INCLUSION_BACKDATED,
    DECISION_BACKDATED,
)


def deleted(path: str) -> Iterator[Found]:
    yield HISTORY_KEEP, Finding(path, None, "history-deleted")


def renamed(path: str, old_path: str) -> Iterator[Found]:
    yield HISTORY_KEEP, Finding(path, None, "history-renamed", {"old": old_path})


def bodies_touched(paths: list[str]) -> Iterator[Found]:
    """A warning on each changed entry when the change spans several bodies' folders."""
    owners = {
        path: placement.folder
        for path in paths
        if (placement := classify(path)) is not None and placement.folder is not None
    }
    bodies = sorted(set(owners.values()))
    if len(bodies) > 1:
        for path in sorted(owners):
            yield SINGLE_BODY, Finding(path, None, "change-several-bodies", {"bodies": bodies})


def changed(old: Document, new: Document) -> Iterator[Found]:
    """Problems of a file that exists at the base and now (both schema-valid)."""
    field = new.kind.key_field if new.kind in ENTRY_KINDS else None
    if field and old.data.get(field) != new.data.get(field):
        yield (
            HISTORY_KEEP,
            finding(
                new,
                (field,),
                "history-code-changed",
                old=old.data.get(field),
                new=new.data.get(field),
            ),
        )
    if new.kind is Kind.DECISION and old.data != new.data:
        yield DECISION_IMMUTABLE, finding(new, (), "history-decision-changed")
    if new.kind is Kind.CENTER:
        yield from _center(old.data, new)
    if new.kind is Kind.PROFESSION:
        yield from _profession(old.data, new)


def _center(old: Center, new: Document[Center]) -> Iterator[Found]:
    """Each certificate of the base is still there, the same, with its events first."""
    certificates = new.data["certificates"]
    for index, was in enumerate(old["certificates"]):
        if index >= len(certificates):
            yield (
                LAWFUL_TRANSITION,
                finding(new, ("certificates",), "transition-history", at_key=True),
            )
            return
        now = certificates[index]
        events, before = now.get("events", []), was.get("events", [])
        same = {k: v for k, v in now.items() if k != "events"} == {
            k: v for k, v in was.items() if k != "events"
        }
        if not same or events[: len(before)] != before:
            yield (
                LAWFUL_TRANSITION,
                finding(new, ("certificates", index), "transition-history", at_key=True),
            )


def _profession(old: Profession, new: Document[Profession]) -> Iterator[Found]:
    if (
        old["status"] == "excluded"
        and new.data["status"] == "included"
        and "included_by" in new.data
        and new.data["included_by"] == old.get("included_by")
    ):
        yield LAWFUL_TRANSITION, finding(new, ("included_by",), "transition-excluded")


def awaiting(
    old: Document | None, new: Document[Profession], named: list[str], stage: CycleStage
) -> Iterator[Found]:
    """A profession new or changed that names no new decision (`named`, from
    timeliness.recorded): an error against main, information against a cycle branch; a new
    decision named against a cycle branch is an error (proposal-decision)."""
    if old is not None and old.data == new.data:
        return
    where = next((k for k in ("amended_by", "included_by") if k in new.data), "code")
    if stage is CycleStage.PROPOSAL and not named:
        yield DECISION_AWAITED, finding(new, (where,), "decision-awaited", at_key=True)
    elif not named:
        key = "change-without-decision" if old is not None else "inclusion-without-decision"
        yield CHANGE_DECISION, finding(new, (where,), key, at_key=True)


def named_in_proposal(
    doc: Document, records: list[tuple[str, tuple[str | int, ...]]]
) -> Iterator[Found]:
    """Errors on each decision a proposal records (names or adds): the council has not
    decided yet."""
    for decision, where in records:
        yield PROPOSAL_DECISION, finding(doc, where, "proposal-names-decision", decision=decision)


def act_changed(
    old: Document, new: Document[Profession], decisions: Mapping[str, Document[Decision]]
) -> Iterator[Found]:
    """An error when the legal act this change sets is dated after the decisions it names."""
    act = new.data.get("legal_act")
    if act is None or act == old.data.get("legal_act"):
        return
    named = set(setting_decisions(new.data)) - decisions_named(old.data)
    known = [decisions[d] for d in sorted(named) if d in decisions]
    found = act_too_new(new, known)  # none known: change-decision or decision-reference
    if found is not None:
        yield LEGAL_ACT_CHANGE, found


def backdated(new: Document[Profession], decision: Document[Decision]) -> Iterator[Found]:
    """An error on a new profession included by a decision recorded before this change."""
    yield (
        INCLUSION_BACKDATED,
        finding(new, ("included_by",), "inclusion-backdated", decision=decision.data["id"]),
    )


def decision_backdated(
    new: Document[Decision], recorded: list[Document[Decision]]
) -> Iterator[Found]:
    """An error on a decision added with a date before the latest recorded one."""
    latest = max(recorded, key=lambda decision: decision.data["date"], default=None)
    if latest is not None and new.data["date"] < latest.data["date"]:
        yield (
            DECISION_BACKDATED,
            finding(
                new,
                ("date",),
                "decision-backdated",
                found=new.data["date"],
                latest=latest.data["id"],
            ),
        )
