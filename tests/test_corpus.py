"""The corpus: every invalid example is reported at its (line, column, rule), every valid one
passes. A case is a file whose comment lines say where it goes and what it must raise:

    # path: register/centers/210540007771.yml
    # expect: 14:5 certificate-validity

The case is written into the valid base register at that path and validated there, as of
AS_OF or of the day a `# as-of: YYYY-MM-DD` line names (for a rule about time passing).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from nqs.checks import Stage
from nqs.registry import CHECKS, of_stage
from nqs.validate import validate
from tests.conftest import AS_OF, CORPUS

INVALID = sorted((CORPUS / "invalid").iterdir())
VALID = sorted((CORPUS / "valid").iterdir())


def _header(raw: bytes) -> tuple[str, list[tuple[int, int, str]]]:
    text = raw.decode("utf-8", "replace")
    path = re.search(r"^# path: (\S+)", text, re.MULTILINE)
    assert path, "a corpus case names its path"
    expected = [
        (int(line), int(col), rule)
        for line, col, rule in re.findall(r"^# expect: (\d+):(\d+) (\S+)", text, re.M)
    ]
    return path[1], sorted(expected)


def _found(repo: Path, case: Path) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    raw = case.read_bytes()
    target, expected = _header(raw)
    (repo / target).parent.mkdir(parents=True, exist_ok=True)
    (repo / target).write_bytes(raw)
    named = re.search(r"^# as-of: (\S+)", raw.decode("utf-8", "replace"), re.MULTILINE)
    as_of = AS_OF if named is None else dt.date.fromisoformat(named[1])
    outcome = validate(repo, as_of, [target])
    # A change is checked by reading only the files it relates to (context.py): the same
    # problems, message parameters included.
    assert validate(repo, as_of, [target], whole=False).problems == outcome.problems
    return sorted((p.line, p.column, p.rule) for p in outcome.problems), expected


def test_base_register_is_clean(repo: Path) -> None:
    outcome = validate(repo, AS_OF)
    assert [(p.path, p.line, p.column, p.rule) for p in outcome.problems] == []
    assert outcome.checked == len(list((CORPUS / "base").rglob("*.yml")))


@pytest.mark.parametrize("case", INVALID, ids=lambda p: p.name)
def test_invalid_case(repo: Path, case: Path) -> None:
    found, expected = _found(repo, case)
    assert expected, "an invalid case expects at least one problem"
    assert found == expected


@pytest.mark.parametrize("case", VALID, ids=lambda p: p.name)
def test_valid_case(repo: Path, case: Path) -> None:
    found, expected = _found(repo, case)
    assert expected == []
    assert found == []


def test_every_rule_has_an_invalid_case() -> None:
    covered = {rule for case in INVALID for *_, rule in _header(case.read_bytes())[1]}
    covered |= GENERATED
    rule_ids = {check.id for check in of_stage(Stage.FILE) + of_stage(Stage.REGISTER)}
    assert rule_ids - covered == set()


def test_every_expected_rule_is_declared_once() -> None:
    """Each id a case expects is declared in the registry (checks found while parsing, which
    are located by the parser itself, included)."""
    expected = {rule for case in INVALID for *_, rule in _header(case.read_bytes())[1]}
    declared = [check.id for check in CHECKS]
    assert expected - set(declared) == set()
    assert len(declared) == len(set(declared))


# Rules whose invalid examples are made in tests/test_loader.py and tests/test_files.py
# (bytes a file cannot hold readably, sizes not worth keeping in the repository, links and
# named pipes).
GENERATED = {"file-size", "encoding", "file-read", "file-type"}


def test_a_center_cannot_cover_a_profession_only_proposed(repo: Path) -> None:
    """A proposal's new profession names no decision yet (the proposal stage): it is not in
    the register, so no center may cover it (Law 24.1(3)); told, not a crash."""
    path = repo / "register/professions/health/3221-0-002.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("included_by: 2024-03-29\n", ""),
        encoding="utf-8",
    )
    found = [(str(p.path), p.rule) for p in validate(repo, AS_OF).problems if p.rule != "schema"]
    assert ("register/centers/090140001235.yml", "center-professions") in found


def test_a_name_correction_lapses_when_the_classifier_changes(repo: Path) -> None:
    """A correction in reference/corrections.csv is made to the classifier's wording: once the
    classifier's name changes, the corrected name is warned again, to be looked at anew."""
    case = CORPUS / "valid/classifier-name-corrected-with-a-reason.yml"
    target, _ = _header(case.read_bytes())
    (repo / target).write_bytes(case.read_bytes())
    assert validate(repo, AS_OF, [target]).problems == []
    occupations = repo / "reference/classifier/occupations.csv"
    occupations.write_text(
        occupations.read_text(encoding="utf-8").replace(
            "МЕЙІРГЕР (ЖАЛПЫ БЕЙІН)", "ЖАЛПЫ БЕЙІНДЕГІ МЕЙІРГЕР"
        ),
        encoding="utf-8",
    )
    found = [(p.line, p.rule) for p in validate(repo, AS_OF, [target]).problems]
    assert found == [(9, "classifier-name")]
