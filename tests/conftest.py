"""Shared fixtures: a throwaway register repository built from the test corpus."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"
# The date every corpus expectation is written for.
AS_OF = dt.date(2025, 1, 15)


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
