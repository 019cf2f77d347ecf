"""nqs build shows its stages on stderr as it runs (site/progress.py): one plain line per
stage with its count where stderr is no terminal (a CI log), a live display on a terminal;
stdout stays the build's result, and the exit codes and a Ctrl+C ending stay as they were."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import termios
import time
from pathlib import Path

import pytest

from nqs.messages import render
from nqs.site.labels import SITE_LANGUAGES
from nqs.site.progress import STAGES
from tests.conftest import run_nqs, start_nqs
from tests.site_support import WRITTEN_FOR, copy_project

HIDE_CURSOR, SHOW_CURSOR = "\x1b[?25l", "\x1b[?25h"


def _stage_names(lang: str) -> list[str]:
    """The stages in the order a build ends them: each language's pages last."""
    names = [render(f"progress-{stage}", {}, lang) for stage in STAGES if stage != "pages"]
    return names + [render("progress-pages", {"site": site}, lang) for site in SITE_LANGUAGES]


def _files(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_build_says_each_stage_with_its_count_one_line_each(tmp_path: Path, lang: str) -> None:
    root = copy_project(tmp_path / "repo")
    out = tmp_path / "out"
    args = ("build", "--out", str(out), "--as-of", WRITTEN_FOR.isoformat(), "--lang", lang)
    result = run_nqs(root, *args)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    counts: dict[str, int] = {}
    for line, name in zip(lines, _stage_names(lang), strict=True):
        found = re.fullmatch(rf"nqs: {re.escape(name)}: (\d+)", line)
        assert found, (line, name)
        counts[name] = int(found[1])
    validation, editions, downloads, search, *pages = counts.values()
    # the counts are what the build did
    summary = render(
        "summary", {"errors": 0, "warnings": 2, "files": 2, "checked": validation}, lang
    )
    assert summary in result.stdout.splitlines()  # the two warnings the register shows on purpose
    written = out / "downloads/editions"
    assert editions == (len(list(written.iterdir())) if written.exists() else 0)
    assert downloads == _files(out / "downloads") + _files(out / "api") - _files(
        out / "downloads/editions"
    )
    assert search > 0 and pages[0] == pages[1] > 100  # each language has every page
    # stdout stays the result: the report of the warnings and where the site is
    assert "nqs:" not in result.stdout and str(out) in result.stdout.splitlines()[-1]


def test_a_refused_build_says_its_validation_and_keeps_its_exit_code(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "repo")
    path = root / "register/centers/080840000558.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("2027-04-22", "2026-04-22"), encoding="utf-8"
    )
    args = ("build", "--out", str(tmp_path / "out"), "--lang", "en")
    result = run_nqs(root, *args, "--as-of", WRITTEN_FOR.isoformat())
    assert result.returncode == 1
    assert re.fullmatch(
        r"nqs: validation of the register, files: \d+\nnqs: the register has errors: "
        r"the site was not built\n",
        result.stderr,
    )


def _on_a_terminal(root: Path, *args: str) -> tuple[subprocess.Popen[bytes], int]:
    """nqs started with stderr on a pseudo-terminal of 100 columns (stdout a pipe), in a
    process group of its own as a shell's job is; the terminal's reading end."""
    reader, writer = pty.openpty()
    fcntl.ioctl(writer, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = start_nqs(
        root,
        *args,
        stdout=subprocess.PIPE,
        stderr=writer,
        stdin=subprocess.DEVNULL,
        process_group=0,
    )
    os.close(writer)
    return process, reader


def _read(reader: int, until: str | None = None, timeout: float = 300) -> str:
    """What the terminal shows, until text `until` appears or the writer is gone."""
    shown, ends = b"", time.monotonic() + timeout
    while time.monotonic() < ends:
        if not select.select([reader], [], [], 1)[0]:
            continue
        try:
            chunk = os.read(reader, 65536)
        except OSError:  # EIO: every writer closed the terminal
            break
        if not chunk:
            break
        shown += chunk
        if until is not None and until in shown.decode("utf-8", "replace"):
            break
    return shown.decode("utf-8", "replace")


def test_on_a_terminal_the_stages_are_a_live_display_that_ends_cleanly(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "repo")
    args = ("build", "--out", str(tmp_path / "out"), "--lang", "kk")
    process, reader = _on_a_terminal(root, *args, "--as-of", WRITTEN_FOR.isoformat())
    try:
        shown = _read(reader)
        stdout = process.communicate(timeout=300)[0].decode("utf-8")
    finally:
        os.close(reader)
    assert process.returncode == 0, shown
    # drawn over and over in place (the cursor hidden meanwhile), then left whole
    assert shown.startswith(HIDE_CURSOR) and shown.rstrip().endswith(SHOW_CURSOR)
    assert shown.count("\x1b[2K") > len(_stage_names("kk"))  # lines redrawn: a live display
    final = shown.rsplit(HIDE_CURSOR, 1)[-1].rsplit("\x1b[2K", 1)[-1]
    for name in _stage_names("kk"):
        assert re.search(rf"✓ {re.escape(name)}: \d+", final), (name, final)
    assert "Traceback" not in shown
    # stdout (a pipe) stays the result: the report of the warnings, where the site is
    assert "nqs:" not in stdout and str(tmp_path / "out") in stdout
    assert stdout.count("[reaccreditation-window]") == 2
    assert "[reaccreditation-window]" not in shown


def test_ctrl_c_on_a_terminal_ends_the_build_with_130_and_the_cursor_shown(
    tmp_path: Path,
) -> None:
    root = copy_project(tmp_path / "repo")
    out = tmp_path / "out"
    args = ("build", "--out", str(out), "--lang", "ru", "--as-of", WRITTEN_FOR.isoformat())
    process, reader = _on_a_terminal(root, *args)
    try:
        # the workers are building the languages' pages
        shown = _read(reader, until=render("progress-pages", {"site": "ru"}, "ru"))
        # Ctrl+C to the whole job, while it is held still: the build cannot finish first
        os.killpg(process.pid, signal.SIGSTOP)
        os.killpg(process.pid, signal.SIGINT)
        os.killpg(process.pid, signal.SIGCONT)
        shown += _read(reader)
        process.communicate(timeout=300)
    finally:
        os.close(reader)
    assert process.returncode == 130, shown
    assert shown.rstrip().endswith(SHOW_CURSOR) and "Traceback" not in shown
    assert not out.exists()
