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
    """A valid small register: the corpus base, with copies of the project's schemas and of
    the reference data it needs (copies: schemas and reference are never read through a
    link)."""
    root = tmp_path / "repo"
    shutil.copytree(CORPUS / "base", root)
    copy_shared(root)
    return root


def copy_shared(root: Path) -> None:
    """Copies of the project's schemas and of the reference data the validator reads."""
    shutil.copytree(PROJECT / "schemas", root / "schemas")
    (root / "reference/classifier").mkdir(parents=True)
    shutil.copy(PROJECT / "reference/classifier/occupations.csv", root / "reference/classifier")
    shutil.copy(PROJECT / "reference/regions.csv", root / "reference")


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A Git repository in tmp_path: the corpus base committed on main, on branch proposal."""
    from tests.git_support import make_repository

    return make_repository(tmp_path / "repo")
