"""CODEOWNERS is generated from the bodies, and the committed one is current."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.conftest import PROJECT, run_nqs


def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_nqs(root, "codeowners", *args, "--lang", "en", in_process=True)


def test_committed_codeowners_is_current() -> None:
    result = run(PROJECT, "--check")
    assert (result.returncode, result.stdout) == (0, ".github/CODEOWNERS is up to date\n")


def test_each_body_owns_its_folders_and_the_check_sees_a_change(repo: Path) -> None:
    assert run(repo).returncode == 0
    lines = (repo / ".github/CODEOWNERS").read_text(encoding="utf-8").splitlines()
    assert lines[2] == "* @nqs-kz/mlsp"  # the catch-all first: the last match wins
    assert "/register/professions/health/ @nqs-kz/health" in lines
    assert "/standards/energy/ @nqs-kz/energy" in lines
    assert "/register/centers/ @nqs-kz/atameken" in lines
    assert lines[-1] == "/.github/ @nqs-kz/mlsp"
    bodies = repo / "register/bodies.yml"
    bodies.write_text(
        bodies.read_text(encoding="utf-8").replace("'@nqs-kz/health'", "'@nqs-kz/health-ministry'"),
        encoding="utf-8",
    )
    stale = run(repo, "--check")
    assert stale.returncode == 1 and "does not match" in stale.stdout
    assert run(repo).returncode == 0 and run(repo, "--check").returncode == 0


def test_an_invalid_bodies_file_is_reported_not_used(repo: Path) -> None:
    shutil.copy(repo / "register/bodies.yml", repo / "bodies.bak")
    (repo / "register/bodies.yml").write_text("bodies: 3\n", encoding="utf-8")
    result = run(repo)
    assert result.returncode == 1 and "[schema]" in result.stdout
    assert not (repo / ".github/CODEOWNERS").exists()
