"""Shared fixtures: a throwaway register repository built from the test corpus, and one
fixed environment for every test, whatever the caller's."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from subprocess import PIPE
from types import FrameType
from typing import IO, Any

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


def corpus_file(path: str, *edits: tuple[str, str]) -> bytes:
    """The bytes of the corpus base's file at path, with each (old, new) replaced once."""
    text = (CORPUS / "base" / path).read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text.encode("utf-8")


# The corpus base center's one certificate, and the events a test may give it (Law 26), in
# the flow style of that file.
REVOKED = (
    "{revocation: {ground: monitoring, detected: 2024-08-26, date: 2024-09-02, "
    "copy_sent: 2024-09-03, health_life_safety: false}}"
)
RENEWED = (
    "{renewal: {date: 2024-11-01, violations_removed: "
    "{kk: Бұзушылықтар жойылды, ru: Нарушения устранены}}}"
)
TERMINATED = "{termination: {ground: liquidation, date: 2025-01-10}}"
_CERTIFICATE_END = "date: 2024-05-03}}"


def certificate_events(*events: str, after: str = "") -> str:
    """The end of the base center's certificate with these events (none: as it is), and
    after it more text (another certificate)."""
    if not events:
        return _CERTIFICATE_END + after
    return f"date: 2024-05-03}},\n     events: [{', '.join(events)}]}}{after}"


def center_events(*events: str, after: str = "") -> tuple[str, str]:
    """The (old, new) edit of the base center that gives its certificate these events."""
    return _CERTIFICATE_END, certificate_events(*events, after=after)


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
    The one way the tests start nqs: run_nqs waits for it. In a session (or a process group)
    of its own, so that stop() ends it with every process it started, and none outlives the
    test run."""
    if "process_group" not in popen:  # a group of its own is enough for stop() too
        popen.setdefault("start_new_session", True)
    process = subprocess.Popen(
        [*wrapper, NQS, *args], cwd=cwd, env=neutral(os.environ) | dict(env or {}), **popen
    )
    STARTED.append(process)
    return process


STARTED: list[subprocess.Popen[Any]] = []


def end(process: subprocess.Popen[Any]) -> None:
    """process killed with every process it started (its session, start_nqs): a child left
    holding its pipe would make a read of it wait forever."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(60)


def stop(process: subprocess.Popen[Any]) -> None:
    """process ended (end()), its pipes then read to their end."""
    end(process)
    process.communicate(timeout=60)


@pytest.fixture(autouse=True, scope="session")
def no_process_outlives_the_tests() -> Iterator[None]:
    """A server a failed test left running (nqs serve, nqs edit and its decap-server) would
    keep the run's output open after the last test: each is stopped at the end."""
    yield
    for process in STARTED:
        end(process)


class Output:
    """A running process's output read line by line in a thread of its own: a test waits for
    a line with a bound (a process that never prints it fails that test, not the whole run),
    and the process never blocks on a full pipe that nobody reads."""

    def __init__(self, stream: IO[str]) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[str]) -> None:
        with stream:
            for line in stream:
                self._lines.put(line)
        self._lines.put(None)

    def until(self, wanted: Callable[[str], object], timeout: float = 300) -> str:
        """The first line from here on that is wanted; fails when none comes in timeout
        seconds or the output ends, quoting what was printed."""
        ends = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, ends - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"not printed in {timeout} s:\n{self._tail()}") from None
            if line is None:
                self._lines.put(None)
                raise AssertionError(f"the output ended:\n{self._tail()}")
            self.seen.append(line)
            if wanted(line):
                return line

    def rest(self, timeout: float = 60) -> str:
        """What is printed from here on to the end (the process ending in timeout seconds)."""
        self._thread.join(timeout)
        assert not self._thread.is_alive(), f"the output did not end:\n{self._tail()}"
        rest = []
        while (line := self._lines.get_nowait()) is not None:
            rest.append(line)
        self._lines.put(None)
        self.seen.extend(rest)
        return "".join(rest)

    @property
    def printed(self) -> str:
        """Every line read so far."""
        return "".join(self.seen)

    def _tail(self) -> str:
        return self.printed[-4000:]


def run_nqs(
    cwd: Path,
    *args: str,
    wrapper: Sequence[str] = (),
    timeout: float = 600,
    in_process: bool = False,
    **env: str,
) -> subprocess.CompletedProcess[str]:
    """The nqs command run to its end (start_nqs), its output as text. A command that hangs
    fails its test (subprocess.TimeoutExpired after timeout seconds) instead of the whole run.

    in_process: cli.main called in this process instead, with the same arguments, folder
    and (neutral) environment, and the same exit code and output; for the commands that only
    read and print (validate, diff, editions, calendar, codeowners), where starting Python
    and importing nqs would be most of the time. A wrapper or extra variables need a process
    of their own; build and serve always get one (workers, signal handlers)."""
    if not in_process:
        popen = {"stdout": PIPE, "stderr": PIPE, "text": True}
        with start_nqs(cwd, *args, wrapper=wrapper, env=env, **popen) as process:
            try:
                out, err = process.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                stop(process)
                raise
        return subprocess.CompletedProcess(process.args, process.returncode, out, err)
    assert not wrapper and not env, "a wrapper or variables need a process of their own"
    assert not {"build", "serve"} & set(args), "build and serve run in a process of their own"
    from nqs import cli

    # Encoded as a process's own streams are under C.UTF-8: text that UTF-8 cannot encode
    # (a lone surrogate from a file name) fails on stdout as it would there.
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace")
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        with (
            contextlib.chdir(cwd),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            code = cli.main(list(args))
    except SystemExit as exit:  # argparse's own end (--help)
        code = exit.code if isinstance(exit.code, int) else 2
    except _Hung:
        raise subprocess.TimeoutExpired([NQS, *args], timeout) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return subprocess.CompletedProcess([NQS, *args], code, _written(out), _written(err))


def _written(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]


class _Hung(BaseException):
    """The time limit of a command run in this process came: a BaseException, so that the
    CLI does not take it for a fault of its own (exit 3)."""


def _hung(signum: int, frame: FrameType | None) -> None:
    raise _Hung


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
    shutil.copy(PROJECT / "reference/law-scope.csv", root / "reference")
    shutil.copy(PROJECT / "reference/corrections.csv", root / "reference")


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A Git repository in tmp_path: the corpus base committed on main, on branch proposal."""
    from tests.git_support import make_repository

    return make_repository(tmp_path / "repo")
