"""Shared fixtures: a throwaway register repository built from the test corpus."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"
# The date every corpus expectation is written for.
AS_OF = dt.date(2025, 1, 15)
NQS = str(Path(sys.executable).parent / "nqs")


def run_nqs(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The nqs command, run in cwd as a user would, with extra environment variables."""
    return subprocess.run(
        [NQS, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **env},
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A valid small register: the corpus base, with the project's schemas and reference."""
    root = tmp_path / "repo"
    shutil.copytree(CORPUS / "base", root)
    for shared in ("schemas", "reference"):
        (root / shared).symlink_to(PROJECT / shared, target_is_directory=True)
    return root


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A Git repository in tmp_path: the corpus base committed on main, on branch proposal."""
    from tests.git_support import make_repository

    return make_repository(tmp_path / "repo")
