"""What a change may do to the register (transitions.py), called directly: documents parsed
from YAML text, no Git and no process. tests/test_history.py runs the same checks through
`nqs validate --base` on real repositories, where the lines and columns are asserted."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from nqs import timeliness, transitions
from nqs.checks import Found
from nqs.cycle import CycleStage
from nqs.layout import Kind, classify
from nqs.loader import Document, parse
from tests.conftest import RENEWED, REVOKED, TERMINATED, center_events, corpus_file

CENTER = "register/centers/090140001235.yml"
PROFESSION = "register/professions/health/3221-0-002.yml"
EXCLUDED = "register/professions/health/3221-0-001.yml"
DECISION = "register/decisions/2024-10-30.yml"
STANDARD = "standards/health/PS-3221-001.yml"
ANEW = (
    "\n  - {number: KZ00012399, route: chamber, decision: 2025-09-01, issued: 2025-09-08, "
    "expires: 2028-09-08, agreement: {number: '16', date: 2025-09-10}}"
)


def document(path: str, *edits: tuple[str, str]) -> Document:
    """The corpus base's file at path, with each (old, new) replaced once, parsed."""
    placement = classify(path)
    assert placement is not None
    doc, problems = parse(corpus_file(path, *edits), path, placement.kind)
    assert doc is not None and problems == [], problems
    return doc


def told(found: Iterable[Found]) -> list[tuple[str, str, str, str, dict[str, Any]]]:
    """Each (check, finding) pair as (file, rule, severity, message key, parameters): the
    check's id and severity are what the runner stamps on the finding."""
    return [
        (finding.path, check.id, str(check.severity), finding.key, dict(finding.params))
        for check, finding in found
    ]


def test_deleting_an_entry_loses_history() -> None:
    assert told(transitions.deleted(PROFESSION)) == [
        (PROFESSION, "history-keep", "error", "history-deleted", {})
    ]


def test_renaming_an_entry_names_its_old_path() -> None:
    new = "register/centers/090140001236.yml"
    assert told(transitions.renamed(new, CENTER)) == [
        (new, "history-keep", "error", "history-renamed", {"old": CENTER})
    ]


@pytest.mark.parametrize("path", [CENTER, PROFESSION, DECISION, STANDARD])
def test_an_unchanged_file_is_clean(path: str) -> None:
    assert told(transitions.changed(document(path), document(path))) == []


@pytest.mark.parametrize(
    ("path", "edit", "field"),
    [
        (STANDARD, ("code: PS-3221-001", "code: PS-3221-009"), "code"),
        (CENTER, ("bin: '090140001235'", "bin: '090140001236'"), "bin"),
    ],
)
def test_a_code_never_changes(path: str, edit: tuple[str, str], field: str) -> None:
    old, new = document(path), document(path, edit)
    found = told(transitions.changed(old, new))
    expected = {"old": old.data[field], "new": new.data[field]}
    assert (path, "history-keep", "error", "history-code-changed", expected) in found


def test_a_recorded_decision_never_changes() -> None:
    found = told(transitions.changed(document(DECISION), document(DECISION, ("'2'", "'3'"))))
    assert found == [(DECISION, "decision-immutable", "error", "history-decision-changed", {})]


def test_a_terminated_certificate_stays_terminated() -> None:
    """Its events are kept; the same BIN may be accredited anew with a new certificate."""
    terminated = document(CENTER, center_events(TERMINATED))
    for after in (document(CENTER), document(CENTER, center_events(REVOKED))):
        assert told(transitions.changed(terminated, after)) == [
            (CENTER, "lawful-transition", "error", "transition-history", {})
        ]
    assert told(transitions.changed(terminated, terminated)) == []
    anew = document(CENTER, center_events(TERMINATED, after=ANEW))
    assert told(transitions.changed(terminated, anew)) == []
    # the past certificate is gone: the history was rewritten
    replaced = document(CENTER, ("KZ00012345", "KZ00012399"))
    assert told(transitions.changed(terminated, replaced)) == [
        (CENTER, "lawful-transition", "error", "transition-history", {})
    ]


def test_a_revoked_certificate_returns_only_through_renewal() -> None:
    revoked = document(CENTER, center_events(REVOKED))
    active = document(CENTER)
    renewed = document(CENTER, center_events(REVOKED, RENEWED))
    assert told(transitions.changed(revoked, active)) == [
        (CENTER, "lawful-transition", "error", "transition-history", {})
    ]
    assert told(transitions.changed(revoked, renewed)) == []
    # revoking is lawful: events are appended, the past stays
    assert told(transitions.changed(active, revoked)) == []


def test_an_excluded_profession_returns_only_by_a_new_decision() -> None:
    excluded = document(EXCLUDED)
    back = (
        "status: excluded\nincluded_by: 2024-03-29\nexcluded_by: 2024-10-30",
        "status: included\nincluded_by: 2024-03-29",
    )
    same_decision = document(EXCLUDED, back)
    found = told(transitions.changed(excluded, same_decision))
    assert (EXCLUDED, "lawful-transition", "error", "transition-excluded", {}) in found
    new_decision = document(EXCLUDED, (back[0], "status: included\nincluded_by: 2024-10-30"))
    assert [
        f for f in told(transitions.changed(excluded, new_decision)) if f[1] == "lawful-transition"
    ] == []


def awaiting(old: Document | None, new: Document, stage: CycleStage) -> list[Any]:
    """What the stage says of a change's decisions: awaited, missing or named too early."""
    recorded = timeliness.recorded(old, new)
    found = list(transitions.awaiting(old, new, [d for d, _ in recorded], stage))
    if stage is CycleStage.PROPOSAL:
        found += transitions.named_in_proposal(new, recorded)
    return told(found)


def test_every_change_to_a_profession_names_a_new_decision() -> None:
    old = document(PROFESSION)
    unnamed = document(PROFESSION, ("levels: [4, 5]", "levels: [4, 5, 6]"))
    assert awaiting(old, unnamed, CycleStage.COUNCIL) == [
        (PROFESSION, "change-decision", "error", "change-without-decision", {})
    ]
    named = document(PROFESSION, ("levels: [4, 5]", "levels: [4, 5, 6]\namended_by: [2024-10-30]"))
    assert awaiting(old, named, CycleStage.COUNCIL) == []
    # naming a decision already named is no new decision
    again = document(
        PROFESSION, ("levels: [4, 5]", "levels: [4, 5, 6, 7]\namended_by: [2024-10-30]")
    )
    assert [f[1] for f in awaiting(named, again, CycleStage.COUNCIL)] == ["change-decision"]
    # a new profession with no inclusion named
    new = document(PROFESSION, ("included_by: 2024-03-29\n", ""))
    assert awaiting(None, new, CycleStage.COUNCIL) == [
        (PROFESSION, "change-decision", "error", "inclusion-without-decision", {})
    ]


def test_a_proposal_names_no_decision_and_awaits_the_council() -> None:
    old = document(PROFESSION)
    unnamed = document(PROFESSION, ("levels: [4, 5]", "levels: [4, 5, 6]"))
    awaited = (PROFESSION, "decision-awaited", "info", "decision-awaited", {})
    assert awaiting(old, unnamed, CycleStage.PROPOSAL) == [awaited]
    assert awaiting(
        None, document(PROFESSION, ("included_by: 2024-03-29\n", "")), CycleStage.PROPOSAL
    ) == [awaited]
    # no change: nothing to tell
    assert awaiting(old, old, CycleStage.PROPOSAL) == []
    named = document(PROFESSION, ("levels: [4, 5]", "levels: [4, 5, 6]\namended_by: [2024-10-30]"))
    assert awaiting(old, named, CycleStage.PROPOSAL) == [
        (
            PROFESSION,
            "proposal-decision",
            "error",
            "proposal-names-decision",
            {"decision": "2024-10-30"},
        )
    ]


def test_a_change_across_bodies_is_a_warning_on_each_entry() -> None:
    energy = "register/professions/energy/7411-0-004.yml"
    found = told(transitions.bodies_touched([PROFESSION, CENTER, energy, EXCLUDED]))
    bodies = {"bodies": ["energy", "health"]}
    # centers and decisions belong to no body's folder
    assert found == [
        (path, "single-body", "warning", "change-several-bodies", bodies)
        for path in sorted([PROFESSION, energy, EXCLUDED])
    ]


def test_a_change_within_one_body_is_not_flagged() -> None:
    paths = [PROFESSION, EXCLUDED, STANDARD, CENTER, DECISION, "README.md"]
    assert told(transitions.bodies_touched(paths)) == []
    assert told(transitions.bodies_touched([])) == []


def test_every_kind_with_a_code_keeps_it() -> None:
    """Every entry kind a change can touch is covered by a code field (bodies.yml has none)."""
    kinds = {Kind.PROFESSION, Kind.STANDARD, Kind.CENTER, Kind.DECISION}
    changes = {
        Kind.PROFESSION: (PROFESSION, ("code: 3221-0-002", "code: 3221-0-003")),
        Kind.STANDARD: (STANDARD, ("code: PS-3221-001", "code: PS-3221-009")),
        Kind.CENTER: (CENTER, ("bin: '090140001235'", "bin: '090140001236'")),
        Kind.DECISION: (DECISION, ("id: 2024-10-30", "id: 2024-10-31")),
    }
    assert set(changes) == kinds
    for path, edit in changes.values():
        rules = [f[3] for f in told(transitions.changed(document(path), document(path, edit)))]
        assert "history-code-changed" in rules, path
