"""What the rules on some files read from other files: so that a change is checked by reading
the changed files and only the files they relate to, not the whole register.

Each rule declares the files it reads (`reads` of its `Check`, nqs.checks); the relations are
derived from these declarations (registry.READS). A relation names the kind of the other files
and a text they must contain: a file of that kind is read when its bytes contain the text, or a
backslash (the only way YAML lets a value differ from its bytes here: escapes and line
continuations in double quotes; anchors, tags and non-NFC text are refused by the loader). A
few extra files cost time, not accuracy. A relation without a text (the bodies, the council
decisions: few) reads every file of its kind.

Problems of the related files are not reported: they are read as context. A rule that comes
to read another file must declare it; tests/test_context.py compares the scoped check with a
check of the whole register.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from nqs.files import read_regular
from nqs.layout import Kind, Placement
from nqs.loader import MAX_FILE_BYTES, Document
from nqs.registry import READS

ALWAYS_READ = frozenset(read.kind for read in READS if read.of is None)


def relations(doc: Document) -> Iterator[tuple[Kind, str]]:
    """(kind of the related files, a text each of them contains) for a schema-valid file."""
    for read in READS:
        if read.of is doc.kind:
            for value in _values(doc.data, read.at):
                yield read.kind, value


def _values(node: Any, at: tuple[str, ...]) -> Iterator[Any]:
    """The values at a data path ("*" for each item of a list); none where a key is absent."""
    if not at:
        yield node
        return
    step, rest = at[0], at[1:]
    if step == "*":
        for item in node:
            yield from _values(item, rest)
    elif step in node:
        yield from _values(node[step], rest)


class Contents:
    """The bytes of root's data files for the search of related(), kept between checks: a
    file is read again only when its status (lstat: inode, size, times, type) changed, or when
    forgotten. nqs serve checks each edit against the same 6,000 files; their status costs
    about a tenth of reading them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._known: dict[str, tuple[tuple[int, ...], bytes]] = {}

    def __call__(self, path: str) -> bytes:
        try:
            found = os.lstat(os.path.join(self.root, path))
        except OSError:
            return _bytes(self.root, path)  # gone or unreadable: nothing kept
        status = (found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_mode)
        known = self._known.get(path)
        if known is not None and known[0] == status:
            return known[1]
        raw = _bytes(self.root, path)  # changed after lstat: its status differs next time
        self._known[path] = (status, raw)
        return raw

    def forget(self, paths: Iterable[str]) -> None:
        """Read these again next time whatever their status says (a file rewritten within
        the resolution of its file system's clock, with the same size, keeps its times)."""
        for path in paths:
            self._known.pop(path, None)


def related(
    root: Path,
    files: Iterable[tuple[str, Placement]],
    docs: Iterable[Document],
    contents: Contents | None = None,
) -> list[str]:
    """The files among `files` (placed data files) that the rules on `docs` read (their bytes
    from contents when given)."""
    texts: dict[Kind, set[str]] = defaultdict(set)
    for doc in docs:
        for kind, text in relations(doc):
            texts[kind].add(text)
    wanted = {kind: [t.encode() for t in sorted(found)] for kind, found in texts.items()}
    chosen = []
    for path, placement in files:
        if placement.kind in ALWAYS_READ:
            chosen.append(path)
            continue
        keys = wanted.get(placement.kind)
        if keys:
            raw = contents(path) if contents is not None else _bytes(root, path)
            # A backslash may be an escape in a double-quoted value ("\x33" for "3"), or a
            # line continuation: such a file may hold a code that a byte search misses.
            if b"\\" in raw or any(key in raw for key in keys):
                chosen.append(path)
    return chosen


def _bytes(root: Path, path: str) -> bytes:
    try:
        return read_regular(root, path, MAX_FILE_BYTES + 1)
    except OSError:  # unreadable or not a regular file: known by name only, never read
        return b""
