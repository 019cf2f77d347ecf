"""Bytes to documents: strict YAML that keeps every value's line and column.

Nothing that YAML would otherwise do silently reaches the data. The file is decoded as
UTF-8 only; control and invisible format characters and non-NFC text are reported; the YAML
is read as a stream of parser events (libyaml's parser is iterative, so deep nesting cannot
crash it, unlike the recursive composer) and turned into plain values here, so that:

- anchors, aliases, merge keys, tags and directives are reported, never expanded;
- a duplicate key is reported, not silently overwritten;
- a plain scalar keeps exactly the text that was written, except the unambiguous
  true/false, null and canonical integers; anything YAML 1.1 or 1.2 tools would read as a
  number, a boolean, a time or a date-time (0123, 1.10, NO, 1:30, 2024-01-05 10:00, ...)
  is reported and kept as text, so a code or a BIN can never silently change.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from nqs.layout import Kind
from nqs.problem import Problem, Severity

MAX_FILE_BYTES = 256 * 1024
MAX_DEPTH = 16
# At most this many character problems are reported per file; the rest repeat them.
MAX_CHAR_PROBLEMS = 5

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# C0 and C1 controls other than tab and line feed, a carriage return not before a line
# feed, and the invisible format characters that can hide or reorder text.
_BAD_CHAR = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|\r(?!\n)"
)
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
# What YAML 1.1 (PyYAML and most tools) or 1.2 would read as something other than text.
_AMBIGUOUS = re.compile(
    r"""(?x)(?:
      y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF
    | [-+]?(?:0[bB][01_]+|0[oOxX]?[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*)
    | [-+]?(?:\.[0-9]+|[0-9][0-9_]*(?::[0-5]?[0-9])*\.[0-9_]*)(?:[eE][-+]?[0-9]+)?
    | [-+]?[0-9]+[eE][-+]?[0-9]+
    | [-+]?\.(?:inf|Inf|INF) | \.(?:nan|NaN|NAN)
    | [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}
      (?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?
         (?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?
    | =
    )\Z"""
)
_MAYBE_TYPED_START = frozenset("0123456789+-.~=nNyYoOtTfF")

Path_ = tuple[Any, ...]


@dataclass(slots=True)
class Document:
    """A loaded data file: its plain data and where every value and key was written."""

    path: str
    kind: Kind
    data: Any
    first_line: str = ""
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def locate(self, where: Path_ = (), *, key: bool = False) -> tuple[int, int]:
        """Line and column of the value (or of its key) at a path, else of its nearest parent."""
        if key and where in self.key_positions:
            return self.key_positions[where]
        while where:
            if where in self.positions:
                return self.positions[where]
            where = where[:-1]
        return self.positions.get((), (1, 1))

    def problem(
        self,
        where: Path_,
        rule: str,
        key: str,
        severity: Severity = Severity.ERROR,
        *,
        at_key: bool = False,
        **params: Any,
    ) -> Problem:
        line, column = self.locate(tuple(where), key=at_key)
        return Problem(self.path, line, column, rule, severity, key, params)


def load(root: Path, relpath: str, kind: Kind) -> tuple[Document | None, list[Problem]]:
    """Read one data file. Returns the document, or None when it cannot be trusted at all."""
    problems: list[Problem] = []

    def report(line: int, column: int, rule: str, key: str, **params: Any) -> None:
        problems.append(Problem(relpath, line, column, rule, Severity.ERROR, key, params))

    with (root / relpath).open("rb") as handle:
        raw = handle.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        report(1, 1, "file-size", "file-size", limit=MAX_FILE_BYTES // 1024)
        return None, problems
    text = _decode(raw, report)
    if text is None:
        return None, problems
    if _check_characters(text, report):
        return None, problems
    doc = Document(relpath, kind, None, text.split("\n", 1)[0].rstrip("\r"))
    _build(text, doc, report)
    if problems and any(p.rule in _FATAL for p in problems):
        return None, problems
    return doc, problems


_FATAL = frozenset({"yaml-syntax", "nesting-depth", "yaml-document", "yaml-key"})


def _decode(raw: bytes, report: Any) -> str | None:
    if raw.startswith(b"\xef\xbb\xbf"):
        report(1, 1, "encoding", "encoding-bom")
        return None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in raw:
        report(1, 1, "encoding", "encoding-utf16")
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start : exc.start].decode("utf-8", "replace")) + 1
        report(line, column, "encoding", "encoding-invalid", byte=f"0x{raw[exc.start]:02X}")
        return None


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _check_characters(text: str, report: Any) -> bool:
    """Report unwanted characters and non-NFC text; True when parsing must not go on."""
    fatal = False
    for count, match in enumerate(_BAD_CHAR.finditer(text)):
        if count == MAX_CHAR_PROBLEMS:
            break
        char = match.group()[0]
        name = unicodedata.name(char, "")
        name = f" ({name})" if name else ""
        is_control = unicodedata.category(char) == "Cc"
        fatal = fatal or is_control
        report(
            *_position(text, match.start()),
            "control-character",
            "control-character" if is_control else "invisible-character",
            code=f"U+{ord(char):04X}",
            name=name,
        )
    if not fatal and not unicodedata.is_normalized("NFC", text):
        offset = _first_non_nfc(text)
        report(
            *_position(text, offset),
            "unicode-nfc",
            "unicode-nfc",
            found=text[offset : offset + 2],
            code=" ".join(f"U+{ord(char):04X}" for char in text[offset : offset + 2]),
        )
    return fatal


def _first_non_nfc(text: str) -> int:
    """Offset of the first character whose NFC form differs (the base of a combining pair)."""
    for offset in range(len(text)):
        if not unicodedata.is_normalized("NFC", text[max(offset - 1, 0) : offset + 1]):
            return max(offset - 1, 0) if unicodedata.combining(text[offset]) else offset
    return 0


_DISCARD_KEY = object()


def _build(text: str, doc: Document, report: Any) -> None:
    positions = doc.positions
    key_positions = doc.key_positions
    # Each frame: [container, path, pending key (mappings), first line of each key].
    stack: list[list[Any]] = []
    documents = 0
    try:
        for event in _events(text):
            cls = type(event)
            if (
                cls is yaml.ScalarEvent
                or cls is yaml.MappingStartEvent
                or cls is yaml.SequenceStartEvent
            ):
                mark = event.start_mark
                where = (mark.line + 1, mark.column + 1)
                if event.anchor is not None:
                    report(*where, "yaml-anchor", "yaml-anchor", name=event.anchor)
                if event.tag is not None:
                    report(*where, "yaml-tag", "yaml-tag", tag=event.tag)
                if cls is yaml.ScalarEvent:
                    value: Any = event.value
                    if not event.style and (not value or value[0] in _MAYBE_TYPED_START):
                        value = _resolve_plain(value, where, report)
                else:
                    value = {} if cls is yaml.MappingStartEvent else []
                if not stack:
                    doc.data = value
                    positions[()] = where
                    path: Path_ = ()
                else:
                    frame = stack[-1]
                    container = frame[0]
                    if type(container) is list:
                        path = (*frame[1], len(container))
                        container.append(value)
                        positions[path] = where
                    elif frame[2] is None:
                        if cls is not yaml.ScalarEvent:
                            report(*where, "yaml-key", "yaml-key")
                            return
                        key = event.value
                        if key == "<<" and not event.style:
                            report(*where, "yaml-anchor", "yaml-merge-key")
                        if key in frame[3]:
                            report(
                                *where,
                                "yaml-duplicate-key",
                                "yaml-duplicate-key",
                                name=key,
                                first=frame[3][key],
                            )
                            frame[2] = _DISCARD_KEY
                        else:
                            frame[3][key] = where[0]
                            frame[2] = key
                            key_positions[(*frame[1], key)] = where
                        continue
                    else:
                        key = frame[2]
                        frame[2] = None
                        if key is _DISCARD_KEY:
                            path = ("<duplicate>",)
                        else:
                            path = (*frame[1], key)
                            container[key] = value
                            positions[path] = where
                if cls is not yaml.ScalarEvent:
                    if len(stack) >= MAX_DEPTH:
                        report(*where, "nesting-depth", "nesting-depth", limit=MAX_DEPTH)
                        return
                    stack.append([value, path, None, {}])
            elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
                stack.pop()
            elif cls is yaml.AliasEvent:
                mark = event.start_mark
                report(
                    mark.line + 1, mark.column + 1, "yaml-anchor", "yaml-alias", name=event.anchor
                )
                return
            elif cls is yaml.DocumentStartEvent:
                documents += 1
                mark = event.start_mark
                if documents > 1:
                    report(mark.line + 1, mark.column + 1, "yaml-document", "yaml-document")
                    return
                if event.version is not None or event.tags:
                    report(mark.line + 1, mark.column + 1, "yaml-directive", "yaml-directive")
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        report(line, column, "yaml-syntax", "yaml-syntax", detail=exc.problem or str(exc))
    except yaml.YAMLError as exc:
        report(1, 1, "yaml-syntax", "yaml-syntax", detail=str(exc))


def _events(text: str) -> Iterator[Any]:
    loader = _Loader(text)
    try:
        while loader.check_event():
            yield loader.get_event()
    finally:
        loader.dispose()


def _resolve_plain(text: str, where: tuple[int, int], report: Any) -> Any:
    if text in _NULLS:
        return None
    if text in _BOOLS:
        return _BOOLS[text]
    if _INT.match(text):
        return int(text)
    if _DATE.match(text):
        return text
    if _AMBIGUOUS.match(text):
        report(*where, "implicit-type", "implicit-type", found=text)
    return text
