"""HTML to PDF with Chromium's headless print (the draft register, draft.py).

Chromium rather than WeasyPrint: the project already installs Chromium (Debian's) for its
browser tests, and GitHub's runners carry Google Chrome, so printing adds no package to the
lock; WeasyPrint would add a dozen Python packages and Pango to every install, and a second
HTML engine whose layout of Kazakh text and tables could differ from the browser's that the
pages are tested in. Chromium prints what a reader of the HTML sees.

The page printed is the tool's own escaped, self-contained HTML (no scripts, styles inline,
a Content-Security-Policy that allows nothing else, so no script runs and nothing is
fetched; turning JavaScript off by Chromium's settings stops it from printing at all);
Chromium runs with a fresh profile, without background requests, and in a process group of
its own that is ended when it takes too long: printing never hangs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

# The browsers tried, in order, when NQS_CHROMIUM does not name one.
BROWSERS = ("chromium", "chromium-browser", "google-chrome-stable", "google-chrome")
TIMEOUT_SECONDS = 120
FLAGS = (
    "--headless",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-pdf-header-footer",
)


class PrintError(Exception):
    """The PDF cannot be made: a catalog key and its parameters, worded by the CLI."""

    def __init__(self, key: str, params: dict[str, object]) -> None:
        super().__init__(key, params)
        self.key = key
        self.params = params


def browser() -> str:
    """The Chromium to print with: NQS_CHROMIUM, else the first of BROWSERS on PATH."""
    named = os.environ.get("NQS_CHROMIUM")
    found = shutil.which(named) if named else next(filter(None, map(shutil.which, BROWSERS)), None)
    if found is None:
        raise PrintError("print-no-browser", {"named": named or ", ".join(BROWSERS)})
    return found


def print_pdf(html: Path, pdf: Path) -> None:
    """Print the HTML file to pdf (replaced), or raise PrintError saying why not."""
    executable = browser()
    pdf.unlink(missing_ok=True)  # a stale file is never taken for the new one
    with tempfile.TemporaryDirectory(prefix="nqs-chromium-") as profile:
        # As root Chromium's sandbox cannot start (it refuses to run without --no-sandbox).
        sandbox = ("--no-sandbox",) if os.geteuid() == 0 else ()
        command = [
            executable,
            *FLAGS,
            *sandbox,
            f"--user-data-dir={profile}",
            f"--print-to-pdf={pdf.resolve()}",
            html.resolve().as_uri(),
        ]
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its renderer and GPU processes are ended with it
        )
        try:
            _, errors = process.communicate(timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            _end(process)
            raise PrintError("print-timeout", {"path": html, "seconds": TIMEOUT_SECONDS}) from None
        except BaseException:  # Ctrl+C, a signal: no browser is left behind
            _end(process)
            raise
    if process.returncode != 0 or not _is_pdf(pdf):
        lines = errors.decode("utf-8", "replace").strip().splitlines()
        detail = lines[-1] if lines else f"exit {process.returncode}"
        raise PrintError("print-failed", {"path": html, "detail": detail})


def _end(process: subprocess.Popen[bytes]) -> None:
    """End Chromium and every process it started (its own process group)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _is_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(5) == b"%PDF-"
    except OSError:
        return False
