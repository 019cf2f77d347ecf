"""A change is checked by reading the changed files and the files they relate to
(nqs.context): for each relation, an unchanged file whose content decides a problem of the
selected one, and the same problems as a check of the whole register.

(Every corpus case is also compared in both ways: tests/test_corpus.py.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from nqs.context import Contents
from nqs.validate import validate
from tests.conftest import AS_OF

CENTER = "register/centers/090140001235.yml"
PROFESSION = "register/professions/energy/7411-0-004.yml"


def replace(root: Path, path: str, old: str, new: str) -> None:
    text = (root / path).read_text(encoding="utf-8")
    assert old in text
    (root / path).write_text(text.replace(old, new), encoding="utf-8")


def copy(root: Path, source: str, target: str, old: str, new: str) -> None:
    (root / target).parent.mkdir(parents=True, exist_ok=True)
    text = (root / source).read_text(encoding="utf-8")
    (root / target).write_text(text.replace(old, new), encoding="utf-8")


def no_change(root: Path) -> None:
    del root


def repeal_the_standard(root: Path) -> None:
    path = "standards/health/PS-3221-001.yml"
    replace(
        root,
        path,
        "status: in-force",
        "status: repealed\nrepealed: {order_number: '2', date: 2024-12-01, "
        "issuer: {kk: Қазақстан Республикасы Денсаулық сақтау министрінің, "
        "ru: Министра здравоохранения Республики Казахстан}}",
    )


def exclude_the_profession(root: Path) -> None:
    replace(root, PROFESSION, "status: included", "status: excluded\nexcluded_by: 2024-10-30")


def second_center_with_the_certificate(root: Path) -> None:
    copy(root, CENTER, "register/centers/011240000070.yml", "090140001235", "011240000070")


def same_code_written_with_escapes(root: Path) -> None:
    target = "register/professions/health/7411-0-004.yml"
    copy(root, PROFESSION, target, "body: energy", "body: health")
    replace(root, target, "code: 7411-0-004", 'code: "7411-0-\\x30\\x304"')


def same_code_in_another_folder(root: Path) -> None:
    copy(
        root,
        PROFESSION,
        "register/professions/health/7411-0-004.yml",
        "body: energy",
        "body: health",
    )


CHANGES = [
    # a decision named only by unchanged professions is in use (decision-unused)
    ("register/decisions/2024-10-30.yml", no_change, None),
    # an unchanged standard, repealed, under a profession (profession-standards)
    ("register/professions/health/3221-0-002.yml", repeal_the_standard, "profession-standards"),
    # an unchanged profession, excluded, under a center (center-professions)
    (CENTER, exclude_the_profession, "center-professions"),
    # an unchanged center with the same certificate number (unique-code)
    (CENTER, second_center_with_the_certificate, "unique-code"),
    # an unchanged profession with the same code in another body's folder (unique-code)
    (PROFESSION, same_code_in_another_folder, "unique-code"),
    # the same code, written with YAML escapes that a byte search cannot see
    (PROFESSION, same_code_written_with_escapes, "unique-code"),
]
IDS = ["decision-in-use", "standard", "profession", "certificate", "code", "escaped-code"]


@pytest.mark.parametrize(("selected", "change", "rule"), CHANGES, ids=IDS)
def test_a_change_reads_what_its_rules_need(
    repo: Path, selected: str, change: Callable[[Path], None], rule: str | None
) -> None:
    change(repo)
    whole = validate(repo, AS_OF, [selected])
    scoped = validate(repo, AS_OF, [selected], whole=False)
    assert scoped.problems == whole.problems
    assert [p.rule for p in scoped.problems if p.rule == rule] == ([rule] if rule else [])
    assert scoped.register is not None
    read = sum(len(docs) for docs in scoped.register.documents.values())
    assert read < sum(len(docs) for docs in whole.register.documents.values())  # type: ignore[union-attr]


def code_taken_by_another_file(root: Path) -> None:
    """An unchanged file that did not hold the code comes to hold it."""
    replace(
        root, "register/professions/health/3221-0-001.yml", "code: 3221-0-001", "code: 7411-0-004"
    )


@pytest.mark.parametrize(
    ("selected", "change", "rule"),
    [*CHANGES, (PROFESSION, code_taken_by_another_file, "unique-code")],
    ids=[*IDS, "code-taken"],
)
def test_the_bytes_kept_between_checks_follow_the_files(
    repo: Path, selected: str, change: Callable[[Path], None], rule: str | None
) -> None:
    """nqs serve keeps the files' bytes between its checks (Contents): a file changed since
    the last check (or added) is read again, and the check finds what a check of the whole
    register finds."""
    contents = Contents(repo)
    validate(repo, AS_OF, [selected], False, None, contents)
    change(repo)
    whole = validate(repo, AS_OF, [selected])
    assert validate(repo, AS_OF, [selected], False, None, contents).problems == whole.problems
    assert [p.rule for p in whole.problems if p.rule == rule] == ([rule] if rule else [])


def test_the_bytes_kept_are_never_those_behind_a_link(repo: Path, tmp_path: Path) -> None:
    """A link put in a data file's place is no file of the repository: none of its bytes,
    whatever was kept before."""
    contents = Contents(repo)
    assert b"7411-0-004" in contents(PROFESSION)
    (tmp_path / "elsewhere.yml").write_bytes((repo / PROFESSION).read_bytes())
    (repo / PROFESSION).unlink()
    (repo / PROFESSION).symlink_to(tmp_path / "elsewhere.yml")
    assert contents(PROFESSION) == b""
    contents.forget([PROFESSION])
    assert contents(PROFESSION) == b""
