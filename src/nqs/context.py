"""What the rules on some files read from other files: so that a change is checked by reading
the changed files and only the files they relate to, not the whole register.

Each relation names the kind of the other files and a text they must contain: a file of that
kind is read when its bytes contain the text, or a backslash (the only way YAML lets a value
differ from its bytes here: escapes and line continuations in double quotes; anchors, tags
and non-NFC text are refused by the loader). A few extra files cost time, not accuracy.
The bodies and the council decisions are few and always read. The relations follow the rules:

- a profession: professions with the same code (unique-code), the standards it rests on
  (profession-standards);
- a standard: standards with the same code (unique-code);
- a center: centers with the same certificate number (unique-code), the professions it
  covers (center-professions);
- a decision: the professions that name it (decision-unused).

Problems of the related files are not reported: they are read as context. A rule that comes
to read another file must add its relation here; tests/test_context.py compares the scoped
check with a check of the whole register.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from nqs.files import read_regular
from nqs.layout import Kind, Placement
from nqs.loader import MAX_FILE_BYTES, Document

ALWAYS_READ = (Kind.BODIES, Kind.DECISION)


def relations(doc: Document) -> Iterator[tuple[Kind, str]]:
    """(kind of the related files, a text each of them contains) for a schema-valid file."""
    data = doc.data
    if doc.kind is Kind.PROFESSION:
        yield Kind.PROFESSION, data["code"]
        for code in data["grounds"].get("standards", []):
            yield Kind.STANDARD, code
    elif doc.kind is Kind.STANDARD:
        yield Kind.STANDARD, data["code"]
    elif doc.kind is Kind.CENTER:
        yield Kind.CENTER, data["certificate"]["number"]
        for item in data["professions"]:
            yield Kind.PROFESSION, item["code"]
    elif doc.kind is Kind.DECISION:
        yield Kind.PROFESSION, data["id"]


def related(
    root: Path, files: Iterable[tuple[str, Placement]], docs: Iterable[Document]
) -> list[str]:
    """The files among `files` (placed data files) that the rules on `docs` read."""
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
            raw = _bytes(root, path)
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
