"""Bytes to documents: strict YAML that keeps every value's line and column.

Nothing that YAML would otherwise do silently reaches the data. The file is decoded as
UTF-8 only; control characters, characters that show nothing and non-NFC text are reported,
in the text and in the double-quoted values whose escapes can write them; the YAML is read as
a stream of parser events (libyaml's parser is iterative, so deep nesting cannot crash it,
unlike the recursive composer) and turned into plain values here, so that:

- anchors, aliases, merge keys, tags and directives are reported, never expanded;
- a duplicate key is reported, not silently overwritten;
- a plain scalar keeps exactly the text that was written, except the unambiguous
  true/false, null and canonical integers; anything YAML 1.1 or 1.2 tools would read as a
  number, a boolean, a time or a date-time (0123, 1.10, NO, 1:30, 2024-01-05 10:00, ...)
  is reported and kept as text, so a code or a BIN can never silently change;
- every refusal of libyaml is reported in the reader's language, never in libyaml's words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic

import yaml
from yaml.reader import ReaderError

from nqs.alphabet import INVISIBLE_RANGES, character_class
from nqs.files import NotRegular, read_regular, refused
from nqs.layout import Kind
from nqs.messages import Term
from nqs.problem import Problem, Severity

MAX_FILE_BYTES = 256 * 1024
MAX_DEPTH = 16
# At most this many character problems are reported per file; the rest repeat them.
MAX_CHAR_PROBLEMS = 5

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# C0 and C1 controls other than tab and line feed, and the characters that show nothing or
# reorder text (alphabet.INVISIBLE_RANGES, line and paragraph separators, interlinear
# annotations).
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_INVISIBLE = (*INVISIBLE_RANGES, (0x2028, 0x2029), (0xFFF9, 0xFFFB))
# Code points that are not text at all: Unicode's noncharacters (U+FDD0-FDEF and the last two
# of every plane: an XLSX holding U+FFFE cannot be opened) and the private use areas, whose
# characters mean whatever a font makes of them.
NOT_TEXT: tuple[tuple[int, int], ...] = (
    (0xE000, 0xF8FF),
    (0xFDD0, 0xFDEF),
    *((plane + 0xFFFE, plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000)),
    (0xF0000, 0xFFFFD),
    (0x100000, 0x10FFFD),
)
_UNSEEN = (*_INVISIBLE, *NOT_TEXT)
_UNSEEN_BMP = character_class(tuple(r for r in _UNSEEN if r[1] <= 0xFFFF))
# In the text of a file a carriage return may end a line (before a line feed) ...
BAD_CHARACTER = re.compile(f"[{_CONTROL}{character_class(_UNSEEN)}]|\r(?!\n)")
# ... (and a class without characters beyond the BMP is matched much faster: it serves a
# text that has none) ...
_BAD_CHARACTER_BMP = re.compile(f"[{_CONTROL}{_UNSEEN_BMP}]|\r(?!\n)")
# ... but in a value, where YAML has made every line end a line feed, it comes from an escape.
# A tab is YAML's white space in the text, but inside a value it only pads or hides text.
BAD_IN_VALUE = re.compile(f"[{_CONTROL}\t\r{character_class(_UNSEEN)}]")
# libyaml's refusals (its scanner, parser and reader; the composer is not used), explained in
# the reader's language. A refusal not listed here gets a general explanation: a parser's
# English never reaches the reader.
YAML_PROBLEMS = {
    "mapping values are not allowed in this context": "yaml-mapping-values",
    "found unexpected ':'": "yaml-mapping-values",
    "did not find expected ',' or ']'": "yaml-unclosed-flow",
    "did not find expected ',' or '}'": "yaml-unclosed-flow",
    "found unexpected end of stream": "yaml-unexpected-end",
    "did not find expected '-' indicator": "yaml-block-mismatch",
    "did not find expected key": "yaml-block-mismatch",
    "block sequence entries are not allowed in this context": "yaml-block-mismatch",
    "mapping keys are not allowed in this context": "yaml-block-mismatch",
    "did not find expected node content": "yaml-missing-value",
    "found character that cannot start any token": "yaml-bad-character",
    "found unknown escape character": "yaml-bad-escape",
    "found invalid Unicode character escape code": "yaml-bad-escape",
    "did not find expected hexdecimal number": "yaml-bad-escape",
    "could not find expected ':'": "yaml-missing-colon",
    "found a tab character that violates indentation": "yaml-tab",
    "found a tab character where an indentation space is expected": "yaml-tab",
    "found an indentation indicator equal to 0": "yaml-block-scalar",
    "did not find expected comment or line break": "yaml-block-scalar",
    "did not find expected whitespace or line break": "yaml-tag-or-anchor",
    "found unexpected document indicator": "yaml-document-marker",
    "did not find expected <document start>": "yaml-document-marker",
    "did not find expected '!'": "yaml-tag-or-anchor",
    "did not find expected tag URI": "yaml-tag-or-anchor",
    "did not find URI escaped octet": "yaml-tag-or-anchor",
    "did not find the expected '>'": "yaml-tag-or-anchor",
    "found undefined tag handle": "yaml-tag-or-anchor",
    "did not find expected alphabetic or numeric character": "yaml-tag-or-anchor",
    "could not find expected directive name": "yaml-directive",
    "found unexpected non-alphabetical character": "yaml-directive",
    "found unknown directive name": "yaml-directive",
    "did not find expected whitespace": "yaml-directive",
    "did not find expected version number": "yaml-directive",
    "did not find expected digit or '.' character": "yaml-directive",
    "found extremely long version number": "yaml-directive",
    "found duplicate %YAML directive": "yaml-directive",
    "found duplicate %TAG directive": "yaml-directive",
    "found incompatible YAML document": "yaml-directive",
    # The reader's: the text is decoded and checked before, so these are unlikely.
    "control characters are not allowed": "yaml-unreadable-character",
    "invalid Unicode character": "yaml-unreadable-character",
    "incomplete UTF-8 octet sequence": "yaml-unreadable-character",
    "invalid leading UTF-8 octet": "yaml-unreadable-character",
    "invalid trailing UTF-8 octet": "yaml-unreadable-character",
    "invalid length of a UTF-8 sequence": "yaml-unreadable-character",
}
YAML_PROBLEM_UNKNOWN = "yaml-unknown"
# libyaml's own limit on nesting (1,000 levels): reported as this project's nesting-depth.
_NESTING = "exceeded maximum nesting depth"
_CONTEXT_FIRST = frozenset({"could not find expected ':'"})
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


if TYPE_CHECKING:
    from typing_extensions import TypeVar

    # The data of a document: the TypedDict of its kind (nqs.entries) once the register hands
    # it out as such, Any while its kind's schema has not yet accepted it.
    Data = TypeVar("Data", default=Any)
else:
    from typing import TypeVar

    # typing.TypeVar takes a default only from Python 3.13; the type checker reads the above.
    Data = TypeVar("Data")


@dataclass(slots=True)
class Document(Generic[Data]):
    """A loaded data file: its plain data, its bilingual texts with their paths, and its text.

    Where each value was written is not kept: most documents have no problem, and keeping a
    position for every value would double the time and the memory of loading. A problem's
    data path is turned into a line and a column by source_map.py, from `source`.
    """

    path: str
    kind: Kind
    data: Data
    first_line: str
    texts: list[tuple[Path_, dict[str, Any]]]
    source: str = field(repr=False)


def load(root: Path, relpath: str, kind: Kind) -> tuple[Document | None, list[Problem]]:
    """Read one data file. Returns the document, or None when it cannot be trusted at all."""
    problems: list[Problem] = []

    def report(line: int, column: int, rule: str, key: str, **params: Any) -> None:
        problems.append(Problem(relpath, line, column, rule, Severity.ERROR, key, params))

    try:
        raw = read_regular(root, relpath, MAX_FILE_BYTES + 1)
    except NotRegular as exc:
        return None, [refused(relpath, exc.what)]
    except OSError as exc:
        report(1, 1, "file-read", "file-unreadable", detail=exc.strerror or str(exc))
        return None, problems
    return parse(raw, relpath, kind, problems)


def parse(
    raw: bytes, relpath: str, kind: Kind, problems: list[Problem] | None = None
) -> tuple[Document | None, list[Problem]]:
    """A document from the bytes of a file (as read from disk, or from an earlier commit)."""
    problems = [] if problems is None else problems

    def report(line: int, column: int, rule: str, key: str, **params: Any) -> None:
        problems.append(Problem(relpath, line, column, rule, Severity.ERROR, key, params))

    if len(raw) > MAX_FILE_BYTES:
        report(1, 1, "file-size", "file-size", limit=MAX_FILE_BYTES // 1024)
        return None, problems
    text = _decode(raw, report)
    if text is None:
        return None, problems
    if _check_characters(text, report):
        return None, problems
    built = _build(text, report)
    if built is None:
        return None, problems
    data, texts = built
    first_line = text.split("\n", 1)[0].rstrip("\r")
    return Document(relpath, kind, data, first_line, texts, text), problems


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
    # A character beyond the BMP takes two code units in UTF-16.
    astral = len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
    finder = BAD_CHARACTER if astral else _BAD_CHARACTER_BMP
    for count, match in enumerate(finder.finditer(text)):
        if count == MAX_CHAR_PROBLEMS:
            break
        is_control = _report_character(match.group()[0], _position(text, match.start()), report)
        fatal = fatal or is_control
    if not fatal and not unicodedata.is_normalized("NFC", text):
        offset = _first_non_nfc(text)
        _report_nfc(text, offset, _position(text, offset), report)
    return fatal


def _check_value(value: str, where: tuple[int, int], report: Any) -> None:
    """The same checks on a double-quoted value, whose escapes (\\u202E, \\0, \\L ...) can
    write what the text of the file does not hold; reported where the value starts."""
    match = BAD_IN_VALUE.search(value)
    if match is not None:
        _report_character(match.group(), where, report)
    if not unicodedata.is_normalized("NFC", value):
        _report_nfc(value, _first_non_nfc(value), where, report)


def _report_character(char: str, where: tuple[int, int], report: Any) -> bool:
    """Report a control or invisible character; True for a control character."""
    name = unicodedata.name(char, "")
    is_control = unicodedata.category(char) == "Cc"
    key = "control-character" if is_control else "invisible-character"
    report(
        *where,
        "control-character",
        "not-text-character" if any(a <= ord(char) <= b for a, b in NOT_TEXT) else key,
        code=f"U+{ord(char):04X}",
        name=f" ({name})" if name else "",
    )
    return is_control


def _report_nfc(text: str, offset: int, where: tuple[int, int], report: Any) -> None:
    report(
        *where,
        "unicode-nfc",
        "unicode-nfc",
        found=text[offset : offset + 2],
        code=" ".join(f"U+{ord(char):04X}" for char in text[offset : offset + 2]),
    )


def _first_non_nfc(text: str) -> int:
    """Offset of the first character whose NFC form differs (the base of a combining pair)."""
    for offset in range(len(text)):
        if not unicodedata.is_normalized("NFC", text[max(offset - 1, 0) : offset + 1]):
            return max(offset - 1, 0) if unicodedata.combining(text[offset]) else offset
    return 0


_NO_KEY = object()  # a mapping waiting for its next key
_DISCARD = object()  # the value of a duplicate key: reported, never kept
_SCALAR = yaml.ScalarEvent
_MAPPING_START = yaml.MappingStartEvent
_SEQUENCE_START = yaml.SequenceStartEvent
_COLLECTION_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def _build(text: str, report: Any) -> tuple[Any, list[tuple[Path_, dict[str, Any]]]] | None:
    """The plain data of a YAML text and its {kk, ru} mappings, each with its path; None
    when it cannot be read.

    This is the hot loop of validation: it keeps no positions (see source_map.py), and the
    path of mappings and lists only.
    """
    loader = _Loader(text)
    check_event, get_event = loader.check_event, loader.get_event
    data: Any = None
    texts: list[tuple[Path_, dict[str, Any]]] = []
    # Each frame: [container, is_mapping, pending key, first line of each key, path]; the
    # path is None under the discarded value of a duplicate key, which is not in the data.
    stack: list[list[Any]] = []
    documents = 0
    try:
        while check_event():
            event = get_event()
            cls = type(event)
            if cls is _SCALAR or cls is _MAPPING_START or cls is _SEQUENCE_START:
                if event.anchor is not None or event.tag is not None:
                    _report_anchor_or_tag(event, report)
                frame = stack[-1] if stack else None
                if frame is not None and frame[1] and frame[2] is _NO_KEY:
                    if cls is not _SCALAR:
                        report(*_mark(event), "yaml-key", "yaml-key")
                        return None
                    key = event.value
                    if event.style == '"' or "\t" in key:
                        _check_value(key, _mark(event), report)
                    seen = frame[3]
                    if key in seen or key == "<<":
                        _report_key(frame, event, report)
                    else:
                        seen[key] = event.start_mark.line + 1
                        frame[2] = key
                    continue
                if cls is _SCALAR:
                    value: Any = event.value
                    if not event.style and (not value or value[0] in _MAYBE_TYPED_START):
                        value = _resolve_plain(value, _mark(event), report)
                    elif event.style == '"' or "\t" in value:
                        _check_value(value, _mark(event), report)
                else:
                    if len(stack) >= MAX_DEPTH:
                        report(*_mark(event), "nesting-depth", "nesting-depth", limit=MAX_DEPTH)
                        return None
                    value = {} if cls is _MAPPING_START else []
                    path = () if frame is None else _child_path(frame)
                if frame is None:
                    data = value
                elif frame[1]:
                    if frame[2] is not _DISCARD:
                        frame[0][frame[2]] = value
                    frame[2] = _NO_KEY
                else:
                    frame[0].append(value)
                if cls is not _SCALAR:
                    stack.append([value, cls is _MAPPING_START, _NO_KEY, {}, path])
            elif cls in _COLLECTION_END:
                frame = stack.pop()
                container = frame[0]
                if (
                    type(container) is dict
                    and len(container) == 2
                    and "kk" in container
                    and "ru" in container
                ):
                    texts.append((() if frame[4] is None else frame[4], container))
            elif cls is yaml.AliasEvent:
                report(*_mark(event), "yaml-anchor", "yaml-alias", name=event.anchor)
                return None
            elif cls is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    report(*_mark(event), "yaml-document", "yaml-document")
                    return None
                if event.version is not None or event.tags:
                    report(*_mark(event), "yaml-directive", "yaml-directive")
    except yaml.MarkedYAMLError as exc:
        problem = exc.problem or ""
        if problem == _NESTING:
            report(
                *_too_deep(text, exc.problem_mark),
                "nesting-depth",
                "nesting-depth",
                limit=MAX_DEPTH,
            )
            return None
        # For a missing ':' libyaml's problem mark is the next line; its context is the key.
        marks = (
            (exc.context_mark, exc.problem_mark)
            if problem in _CONTEXT_FIRST
            else (exc.problem_mark, exc.context_mark)
        )
        mark = marks[0] or marks[1]
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        report(line, column, "yaml-syntax", "yaml-syntax", detail=_explained(problem))
        return None
    except ReaderError as exc:
        # libyaml gives the offset in the UTF-8 bytes it read.
        offset = len(text.encode()[: exc.position].decode(errors="ignore"))
        report(
            *_position(text, offset), "yaml-syntax", "yaml-syntax", detail=_explained(exc.reason)
        )
        return None
    except yaml.YAMLError:
        report(1, 1, "yaml-syntax", "yaml-syntax", detail=Term(YAML_PROBLEM_UNKNOWN))
        return None
    finally:
        loader.dispose()
    return data, texts


def _child_path(frame: list[Any]) -> Path_ | None:
    """The path of the next value of a frame's container (before it is added); None under
    a duplicate key's value."""
    if frame[4] is None or frame[2] is _DISCARD:
        return None
    return (*frame[4], frame[2] if frame[1] else len(frame[0]))


def _explained(problem: str) -> Term:
    return Term(YAML_PROBLEMS.get(problem, YAML_PROBLEM_UNKNOWN))


def _too_deep(text: str, mark: Any) -> tuple[int, int]:
    """Where the nesting first goes deeper than MAX_DEPTH, in a text that libyaml refused
    for nesting deeper than its own limit.

    libyaml's scanner looks ahead (up to 1,024 characters for a possible key), so it may meet
    its limit before _build sees the events of the first MAX_DEPTH levels. The text up to
    libyaml's mark is within libyaml's limit: reading it finds the first level too deep.
    """
    found: list[tuple[int, int]] = []

    def keep(line: int, column: int, rule: str, *_: Any, **__: Any) -> None:
        if rule == "nesting-depth":
            found.append((line, column))

    if mark is None:
        return 1, 1
    lines = text.split("\n", mark.line)
    _build(text[: sum(len(line) + 1 for line in lines[: mark.line]) + mark.column], keep)
    return found[0] if found else (mark.line + 1, mark.column + 1)


def _mark(event: Any) -> tuple[int, int]:
    return event.start_mark.line + 1, event.start_mark.column + 1


def _report_anchor_or_tag(event: Any, report: Any) -> None:
    if event.anchor is not None:
        report(*_mark(event), "yaml-anchor", "yaml-anchor", name=event.anchor)
    if event.tag is not None:
        report(
            *_mark(event), "yaml-tag", "yaml-tag", tag=event.tag.replace("tag:yaml.org,2002:", "!!")
        )


def _report_key(frame: list[Any], event: Any, report: Any) -> None:
    """A merge key or a duplicate key: reported; the value of a duplicate is not kept."""
    key = event.value
    if key == "<<" and not event.style:
        report(*_mark(event), "yaml-anchor", "yaml-merge-key")
    if key in frame[3]:
        report(
            *_mark(event), "yaml-duplicate-key", "yaml-duplicate-key", name=key, first=frame[3][key]
        )
        frame[2] = _DISCARD
    else:
        frame[3][key] = event.start_mark.line + 1
        frame[2] = key


def _resolve_plain(text: str, where: tuple[int, int], report: Any) -> Any:
    if text in _NULLS:
        return None
    if text in _BOOLS:
        return _BOOLS[text]
    if _INT.match(text):
        try:
            return int(text)
        except ValueError:  # beyond Python's limit on the digits of an int (4,300)
            report(*where, "implicit-type", "number-too-long", digits=len(text.lstrip("-")))
            return text
    if _DATE.match(text):
        return text
    if _AMBIGUOUS.match(text):
        report(*where, "implicit-type", "implicit-type", found=text)
    return text
