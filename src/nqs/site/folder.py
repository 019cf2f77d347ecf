"""The site folder: written beside, swapped in whole, by one build at a time.

A build of the site folder NAME writes into .NAME.building/ beside it, marks that complete
(SITE_MARKER) and only then swaps it in. On Linux the swap is one renameat2(RENAME_EXCHANGE):
a reader of NAME (a web server, the Pages upload) finds the old complete site or the new one,
never a gap, and a build killed at any instant leaves one of the two. Where the system cannot
exchange, the swap is two renames (NAME -> .NAME.old/, .NAME.building/ -> NAME): a build
killed between them leaves no NAME until the next build puts the old site back.

Each build starts and ends by clearing what an interrupted one left (_tidy), holding a lock
on .NAME.lock all along: a second build into NAME meanwhile is refused (SiteBusy).

nqs serve also updates a built site in place (updating): the new files are written into
.NAME.partial/ and each replaces its namesake in NAME in one rename, under the same lock; a
reader finds every file whole, old or new.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import signal
import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from nqs.lifeline import STOP_SIGNALS

# Written into every built site: a folder holding it may be replaced by the next build.
SITE_MARKER = ".nqs-site"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_NO_EXCHANGE = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP}


class SiteBusy(Exception):
    """Another build is writing the same site folder."""


def refusal(exc: OSError) -> str:
    """The system's name for why it refused (EROFS, EADDRINUSE…): the same in every
    language."""
    return errno.errorcode.get(exc.errno or 0, str(exc.errno))


@contextmanager
def replacing(out: Path) -> Iterator[Path]:
    """Within: the empty folder to write the new site into. Left without an exception, it is
    marked complete and replaces out; in any case nothing else stays beside out."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with _locked(out):
        _tidy(out)
        building = _beside(out, "building")
        building.mkdir()
        try:
            yield building
            (building / SITE_MARKER).write_text("built by nqs build\n", encoding="utf-8")
            with _uninterrupted():
                _swap(building, out)
        finally:
            with _uninterrupted():
                _tidy(out)


@contextmanager
def updating(out: Path, whole: Collection[str] = ()) -> Iterator[Path]:
    """Within: an empty folder to write files of the site out into. Left without an
    exception, each file written there replaces (or joins) its namesake in out, and each
    folder named in `whole` (below the site's root) replaces its namesake whole."""
    with _locked(out):
        partial = _beside(out, "partial")
        shutil.rmtree(partial, ignore_errors=True)  # what an update that was killed left
        partial.mkdir()
        try:
            yield partial
            for name in whole:
                if (partial / name).is_dir():
                    _swap(partial / name, out / name)  # the old one is now in partial
                    shutil.rmtree(_beside(out / name, "old"), ignore_errors=True)
            for path in sorted(partial.rglob("*")):
                target = out / path.relative_to(partial)
                swapped = any(target.is_relative_to(out / name) for name in whole)
                if path.is_file() and not swapped:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    path.replace(target)
        finally:
            shutil.rmtree(partial, ignore_errors=True)


@contextmanager
def _uninterrupted() -> Iterator[None]:
    """Stop signals wait until the swap or the clean-up is over: one cut halfway (inside
    shutil.rmtree, say) would leave what the clean-up was removing. This thread's mask holds
    them; and since the system may give a signal to another thread of the process (a display
    refresh, a feeder), whose Python handler then runs in this one all the same, a handler
    that only notes it stands in meanwhile. Those noted are raised again when it is over."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    came: list[int] = []
    previous: dict[signal.Signals, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for stop in STOP_SIGNALS:
            if signal.getsignal(stop) not in (signal.SIG_IGN, None):
                previous[stop] = signal.signal(stop, lambda signum, _: came.append(signum))
    try:
        yield
    finally:
        for stop, handler in previous.items():
            signal.signal(stop, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        for signum in came:
            signal.raise_signal(signum)


@contextmanager
def _locked(out: Path) -> Iterator[None]:
    # The lock file stays: removing it would let a third build lock another file.
    with _beside(out, "lock").open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SiteBusy(str(out)) from None
        yield


def _swap(new: Path, out: Path) -> None:
    if not out.exists():
        new.rename(out)
    elif not _exchange(new, out):
        out.rename(_beside(out, "old"))
        new.rename(out)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one step; False where the system or file system cannot."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    paths = os.fsencode(first), os.fsencode(second)
    if renameat2(_AT_FDCWD, paths[0], _AT_FDCWD, paths[1], _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in _NO_EXCHANGE:
        return False
    raise OSError(code, os.strerror(code), str(second))


def _tidy(out: Path) -> None:
    """Put the old site back if a swap was cut between its two renames; remove leftovers."""
    old = _beside(out, "old")
    if old.exists() and not out.exists():
        old.rename(out)
    for leftover in (old, _beside(out, "building"), _beside(out, "partial")):
        if leftover.exists():
            shutil.rmtree(leftover)


def written(out: Path) -> list[Path]:
    """Everything a build into out writes: out, and beside it the folders it passes through
    and its lock (as folders, a trailing slash: the lock is the last)."""
    folders = [out, *(_beside(out, role) for role in ("building", "partial", "old"))]
    return [*folders, _beside(out, "lock")]


def _beside(out: Path, role: str) -> Path:
    return out.with_name(f".{out.name}.{role}")
