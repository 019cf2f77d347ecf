"""The processes of a build end together: children die with the process that started them,
and a stop signal ends the build through its clean-up.

A build forks workers (one per language) and runs Pagefind. Killed with SIGKILL, it can clean
nothing up itself: on Linux the kernel then ends its children (PR_SET_PDEATHSIG), so none goes
on writing into a folder that the next build clears and reuses. SIGINT, SIGTERM and SIGHUP
raise Stopped, which unwinds through the build's clean-up (workers killed, the unfinished
folder removed, the lock released) and ends the process with 128 + the signal's number, the
status a shell reports for it.

Run as `python -m nqs.lifeline PID COMMAND...`, this module ties a command that is not Python
to the build PID: it asks to die with PID, then becomes the command (the tie survives exec).
It lives outside nqs.site so that this costs no import of the site's engine.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
_PR_SET_PDEATHSIG = 1


class Stopped(SystemExit):
    """A stop signal arrived; unwinds like SystemExit, with the status a shell reports."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)
        self.signum = signum


@contextmanager
def stopped_by_signals() -> Iterator[None]:
    """Within: a stop signal raises Stopped. Only the main thread receives signals, so
    elsewhere this changes nothing; a signal the caller ignores (nohup) stays ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise Stopped(signum)

    caught = [s for s in STOP_SIGNALS if signal.getsignal(s) is not signal.SIG_IGN]
    previous = {signum: signal.signal(signum, stop) for signum in caught}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def die_with(parent: int) -> None:
    """Make this child die when parent does (Linux), and leave the stop signals to parent:
    Ctrl+C reaches the whole process group, and parent ends its children itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    if sys.platform == "linux":
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code))
    if os.getppid() != parent:  # parent ended before the tie was made
        os._exit(1)


def tied(command: Sequence[str]) -> list[str]:
    """command, run so that it dies with this process."""
    return [sys.executable, "-m", "nqs.lifeline", str(os.getpid()), *command]


def end_children() -> None:
    """Kill this process's worker processes now: their unfinished work is thrown away."""
    for child in multiprocessing.active_children():
        child.kill()
        child.join()


if __name__ == "__main__":
    die_with(int(sys.argv[1]))
    os.execvp(sys.argv[2], sys.argv[2:])
