"""The pre-commit hooks: `.pre-commit-hooks.yaml` for repositories in nqs's layout and
`.pre-commit-config.yaml` for this one, run as pre-commit would run them on a real commit."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import git
import pytest
import yaml

from tests.conftest import NQS, PROJECT, run_nqs
from tests.git_support import edit

NURSE = "register/professions/health/3221-0-002.yml"


def _offered() -> dict[str, Any]:
    (hook,) = yaml.safe_load((PROJECT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return dict(hook)


def _own() -> dict[str, Any]:
    config = yaml.safe_load((PROJECT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (repo,) = config["repos"]
    assert repo["repo"] == "local"
    (hook,) = repo["hooks"]
    return dict(hook)


def test_both_hooks_run_nqs_validate_on_the_data_files() -> None:
    scripts = tomllib.loads((PROJECT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    offered, own = _offered(), _own()
    assert offered["id"] == own["id"] == "nqs-validate"
    assert offered["language"] == "python" and offered["entry"].split()[0] in scripts
    assert own["language"] == "system" and own["entry"] == ".venv/bin/nqs validate"
    for hook in (offered, own):
        assert hook["files"] == "^(register|standards)/"
        assert hook["pass_filenames"] is True and hook["require_serial"] is True


def _committed(repository: Path) -> list[str]:
    """The files pre-commit would pass to the hook for the staged change: the added, copied,
    modified and renamed files (`git diff --cached --diff-filter=ACMR`) its pattern matches."""
    with git.Repo(repository) as repo:
        repo.git.add(A=True)
        names = repo.git.diff("--cached", "--name-only", "--diff-filter=ACMR", "-z").split("\0")
    return [name for name in names if name and re.search(_offered()["files"], name)]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (("document_validity_years: 5", "document_validity_years: 3"), 0),
        (("document_validity_years: 5", "document_validity_years: 0"), 1),
    ],
)
def test_the_hook_checks_what_a_commit_changes(
    repository: Path, change: tuple[str, str], code: int
) -> None:
    edit(repository, NURSE, *change)
    (repository / "README.md").write_text("not data\n", encoding="utf-8")
    files = _committed(repository)
    assert files == [NURSE]  # README.md is not the hook's business
    entry = _offered()["entry"].split()
    assert Path(NQS).name == entry[0]
    result = run_nqs(repository, *entry[1:], *files, "--as-of", "2025-01-15")
    assert result.returncode == code, result.stdout + result.stderr
    assert (NURSE in result.stdout) == bool(code)


def test_a_file_off_the_layout_stops_the_commit(repository: Path) -> None:
    (repository / "register/professions/health/notes.txt").write_text("x\n", encoding="utf-8")
    files = _committed(repository)
    assert files == ["register/professions/health/notes.txt"]
    result = run_nqs(repository, "validate", *files, "--lang", "en")
    assert result.returncode == 1
    assert "[file-layout]" in result.stdout
