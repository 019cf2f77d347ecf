"""Shared fixtures: a throwaway register repository built from the test corpus, and one
fixed environment for every test, whatever the caller's."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from subprocess import PIPE
from typing import Any

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


def start_nqs(
    cwd: Path,
    *args: str,
    wrapper: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    **popen: Any,
) -> subprocess.Popen[Any]:
    """The nqs command started in cwd as a user would (through wrapper, a command that runs
    another, when given), in the neutral environment whatever the caller's, with extra
    environment variables; popen: how its output is taken (subprocess.Popen's arguments).
    The one way the tests start nqs: run_nqs waits for it."""
    return subprocess.Popen(
        [*wrapper, NQS, *args], cwd=cwd, env=neutral(os.environ) | dict(env or {}), **popen
    )


def run_nqs(
    cwd: Path,
    *args: str,
    wrapper: Sequence[str] = (),
    timeout: float = 600,
    in_process: bool = False,
    **env: str,
) -> subprocess.CompletedProcess[str]:
    """The nqs command run to its end (start_nqs), its output as text. A command that hangs
    fails its test (after timeout seconds) instead of the whole run.

    in_process: cli.main called in this process instead, which sees the neutral environment
    too (neutral_environment) but no wrapper or extra variables; for many runs of one command
    where starting a process would be most of the time (the fuzzer). Its exceptions reach
    the caller as they are."""
    if in_process:
        assert not wrapper and not env, "a wrapper or variables need a process of their own"
        from nqs import cli

        out, err = io.StringIO(), io.StringIO()
        with (
            contextlib.chdir(cwd),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            code = cli.main(list(args))
        return subprocess.CompletedProcess([NQS, *args], code, out.getvalue(), err.getvalue())
    with start_nqs(
        cwd, *args, wrapper=wrapper, env=env, stdout=PIPE, stderr=PIPE, text=True
    ) as process:
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


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
