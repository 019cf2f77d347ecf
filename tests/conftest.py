"""Shared fixtures: a throwaway register repository built from the test corpus, and one
fixed environment for every test, whatever the caller's."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"
# The date every corpus expectation is written for.
AS_OF = dt.date(2025, 1, 15)
NQS = str(Path(sys.executable).parent / "nqs")
# What the tests run in: no CI (GITHUB_ACTIONS picks the output format), no language chosen
# (NQS_LANG and the locale pick it: Russian is the default), UTC for "today".
NEUTRAL = {"LANG": "C.UTF-8", "TZ": "UTC"}
SCRUBBED = ("GITHUB_ACTIONS", "NQS_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "PYTHONIOENCODING")


def neutral(environ: Mapping[str, str]) -> dict[str, str]:
    """environ without what changes nqs's output, and with NEUTRAL."""
    return {k: v for k, v in environ.items() if k not in SCRUBBED} | NEUTRAL


@pytest.fixture(autouse=True, scope="session")
def neutral_environment() -> Iterator[None]:
    """The code run in this process sees the neutral environment (module-wide fixtures too,
    hence the session scope); run_nqs passes it on to every nqs it runs."""
    with pytest.MonkeyPatch.context() as patch:
        for name in SCRUBBED:
            patch.delenv(name, raising=False)
        for name, value in NEUTRAL.items():
            patch.setenv(name, value)
        time.tzset()
        yield
    time.tzset()


def run_nqs(
    cwd: Path, *args: str, wrapper: Sequence[str] = (), **env: str
) -> subprocess.CompletedProcess[str]:
    """The nqs command, run in cwd as a user would (through wrapper, a command that runs
    another, when given), in the neutral environment whatever the caller's, with extra
    environment variables. A command that hangs fails its test instead of the whole run."""
    return subprocess.run(
        [*wrapper, NQS, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env=neutral(os.environ) | env,
        timeout=600,
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
