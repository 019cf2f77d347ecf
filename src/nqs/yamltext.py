"""Small edits to the text of a register file that keep everything else as the clerk wrote it:
comments, the order of keys, flow or block style, quoting.

`nqs record-decision` names the council's decision in the files of the cycle's proposals; a
file re-dumped from its data would lose the clerk's comments and change every line, so the
edit is made on the text, at one top-level key, in the house style of the upkeep scripts
(scripts/registerkit.py: every string single-quoted, lists in block style with a two-space
indent). The caller parses the result and compares it with the data it expects (record.py):
an edit this module cannot make safely raises Unwritable, never writes a guess.
"""

from __future__ import annotations

import re
import unicodedata

from nqs.loader import BAD_CHARACTER

_TOP_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?:[ \t]|$)")
_ITEM = re.compile(r"([ \t]*)- ")
_FLOW = re.compile(r"(?P<head>[ \t]*\[)(?P<items>[^\[\]#]*?)(?P<tail>[ \t]*\][ \t]*(?:#.*)?)")


class Unwritable(ValueError):
    """The text cannot be edited safely here (an unusual layout, or a value with escapes)."""


def quote(text: str) -> str:
    """A single-quoted YAML scalar; refuses a text that would need escapes (control or
    invisible characters, line breaks) or is not in Unicode NFC."""
    if BAD_CHARACTER.search(text) or any(c in text for c in "\n\r\t"):
        raise Unwritable(f"control character in {text!r}")
    if not unicodedata.is_normalized("NFC", text):
        raise Unwritable(f"text not in NFC: {text!r}")
    return "'" + text.replace("'", "''") + "'"


def _lines(text: str) -> list[str]:
    if "\r" in text:
        raise Unwritable("carriage return in the text")
    return text.split("\n")


def _key_line(lines: list[str], key: str) -> int | None:
    for index, line in enumerate(lines):
        found = _TOP_KEY.match(line)
        if found and found[1] == key:
            return index
    return None


def _inside(line: str) -> bool:
    """Whether a line continues a top-level key: indented, a comment, or an item of a list
    written at the key's own indent."""
    return line[0] in " \t#" or line.startswith("- ")


def _end(lines: list[str], index: int) -> int:
    """The index after the last line of the top-level key at index (its indented lines)."""
    end = index + 1
    last = index + 1
    while end < len(lines) and (not lines[end].strip() or _inside(lines[end])):
        if lines[end].strip() and lines[end][0] != "#":
            last = end + 1
        end += 1
    return last


def _insert(lines: list[str], new: list[str], after: tuple[str, ...]) -> str:
    """The text with new lines after the first of the keys `after` found, else at the end."""
    for key in after:
        index = _key_line(lines, key)
        if index is not None:
            at = _end(lines, index)
            return "\n".join(lines[:at] + new + lines[at:])
    end = len(lines) - 1 if lines and lines[-1] == "" else len(lines)
    return "\n".join(lines[:end] + new + lines[end:])


def set_scalar(text: str, key: str, value: str, after: tuple[str, ...]) -> str:
    """The text with the top-level key set to a scalar (written as given: quote it first),
    in place when the key is there, else on a new line after one of the keys `after`."""
    lines = _lines(text)
    index = _key_line(lines, key)
    if index is None:
        return _insert(lines, [f"{key}: {value}"], after)
    if _end(lines, index) != index + 1:
        raise Unwritable(f"{key} spans several lines")
    lines[index] = f"{key}: {value}"
    return "\n".join(lines)


def append_item(text: str, key: str, value: str, after: tuple[str, ...]) -> str:
    """The text with a scalar added at the end of the top-level list `key` (flow or block
    style, as it is written), or the list made with it after one of the keys `after`."""
    lines = _lines(text)
    index = _key_line(lines, key)
    if index is None:
        return _insert(lines, [f"{key}:", f"  - {value}"], after)
    rest = lines[index][len(key) + 1 :]
    flow = _FLOW.fullmatch(rest)
    if flow is not None:
        items = flow["items"].rstrip()
        joined = f"{items}, {value}" if items.strip() else value
        lines[index] = f"{key}:{flow['head']}{joined}{flow['tail']}"
        return "\n".join(lines)
    if rest.strip() and not rest.strip().startswith("#"):
        raise Unwritable(f"{key} is not a list written in flow or block style")
    end = _end(lines, index)
    items = [i for i in range(index + 1, end) if _ITEM.match(lines[i])]
    if not items:
        raise Unwritable(f"{key} has no items in block style")
    last = items[-1]
    if any(lines[i].strip() and not _ITEM.match(lines[i]) for i in range(last + 1, end)):
        raise Unwritable(f"the last item of {key} spans several lines")
    indent = _ITEM.match(lines[last])
    assert indent is not None  # found above
    lines.insert(last + 1, f"{indent[1]}- {value}")
    return "\n".join(lines)
