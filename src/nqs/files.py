"""Reading a file of the repository: only a regular file inside it, never through a link.

File names and file types are part of a proposal, so they are hostile too: a data file that
is a symbolic link (to /etc/passwd, to a folder), a named pipe (whose reading would wait
forever), a device or a socket is refused without being opened, and its target is never
read or shown. Each folder on the way is opened without following links, so a link to a
folder cannot lead a read out of the repository either.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from nqs.messages import Term
from nqs.problem import Problem, Severity

RULE = "file-type"
_OPEN_FOLDER = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_OPEN_FILE = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC


class NotRegular(OSError):
    """The path, or a folder on its way, is not what it should be: `what` says what it is
    (symlink, folder-link, fifo, device, socket, folder, other)."""

    def __init__(self, relpath: str, what: str) -> None:
        super().__init__(f"{relpath}: {what}")
        self.relpath = relpath
        self.what = what


def what_is(mode: int, *, folder_expected: bool = False) -> str | None:
    """What a file mode (from lstat) is, None when it is what is expected: a regular file,
    or a real folder when a folder is expected."""
    if stat.S_ISREG(mode) and not folder_expected:
        return None
    if stat.S_ISDIR(mode):
        return None if folder_expected else "folder"
    if stat.S_ISLNK(mode):
        return "folder-link" if folder_expected else "symlink"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def walk(root: Path, tops: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """Every entry under the folders `tops` of root that is not a folder to look into, with
    what it is (None for a regular file): links, to a file or a folder, are listed, never
    followed; hidden folders are looked into like any other. A top that is a link is listed
    itself."""
    folders = []
    for top in tops:
        what = kind_of(root, top)
        if what == "folder":
            folders.append(top)
        elif os.path.lexists(root / top):
            yield top, what
    while folders:
        folder = folders.pop()
        with os.scandir(root / folder) as entries:
            for entry in entries:
                relpath = f"{folder}/{entry.name}"
                # The folder listing tells folders and files apart without a look at each.
                if entry.is_dir(follow_symlinks=False):
                    folders.append(relpath)
                elif entry.is_file(follow_symlinks=False):
                    yield relpath, None
                else:
                    yield relpath, kind_of(root, relpath)


def kind_of(root: Path, relpath: str) -> str | None:
    """What a repository-relative path is, None for a regular file (nothing is followed)."""
    try:
        what = what_is(os.lstat(root / relpath).st_mode)
    except OSError:
        return None  # absent or unreadable: reading it says why
    return "folder-link" if what == "symlink" and (root / relpath).is_dir() else what


def read_regular(root: Path, relpath: str, limit: int) -> bytes:
    """At most `limit` bytes of a regular file at a repository-relative POSIX path. Raises
    NotRegular for a link, a named pipe, a device, a socket or a folder (the path itself or
    any folder on its way), OSError when it cannot be read."""
    *folders, name = relpath.split("/")
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        for depth, folder in enumerate(folders):
            try:
                inner = os.open(folder, _OPEN_FOLDER, dir_fd=fd)
            except OSError:
                found = os.stat(folder, dir_fd=fd, follow_symlinks=False).st_mode
                what = what_is(found, folder_expected=True)
                if what is None:
                    raise
                raise NotRegular("/".join(folders[: depth + 1]), what) from None
            os.close(fd)
            fd = inner
        what = what_is(os.stat(name, dir_fd=fd, follow_symlinks=False).st_mode)
        if what is not None:
            raise NotRegular(relpath, kind_of(root, relpath) or what)
        handle = os.open(name, _OPEN_FILE, dir_fd=fd)
    finally:
        os.close(fd)
    with os.fdopen(handle, "rb") as file:
        # Checked again on the open file: it may have been replaced since it was looked at.
        what = what_is(os.fstat(file.fileno()).st_mode)
        if what is not None:
            raise NotRegular(relpath, what)
        return file.read(limit)


def refused(relpath: str, what: str) -> Problem:
    """The problem of a path that is not a regular file: named, never read."""
    return Problem(relpath, 1, 1, RULE, Severity.ERROR, RULE, {"found": Term(f"file-is-{what}")})
