"""What a check is: its id, severity, stage, documentation and the other files it reads.

Every check is declared once, as a `Check`: the checks on each file here, each rule in its
module (`CHECK`), the checks of a change in transitions.py and timeliness.py. registry.py
gathers them; the runner stamps a check's id and severity on each of its findings, and
docs/rules.md and context.py's relations are derived from the declarations.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from nqs.layout import Kind
from nqs.problem import Finding, Severity


class Stage(StrEnum):
    FILE = "file"  # each file on its own: its bytes, its YAML, its schema
    REGISTER = "register"  # the register as a whole: the rules
    CHANGE = "change"  # what a change does to the history (`nqs validate --base`)


@dataclass(frozen=True, slots=True)
class Reads:
    """Other files a rule reads: the files of `kind` whose text holds a value found at `at`
    (a data path; "*" stands for each item of a list) in a file of kind `of`, or every file of
    `kind` when `of` is None. context.py reads these files along with a changed file."""

    kind: Kind
    of: Kind | None = None
    at: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Check:
    id: str
    severity: Severity
    stage: Stage
    doc: str
    reads: tuple[Reads, ...] = ()


# A finding of a module that holds several checks, with the check that found it.
Found = tuple[Check, Finding]


def _file(id_: str, doc: str) -> Check:
    return Check(id_, Severity.ERROR, Stage.FILE, doc)


# The checks made on each file before the rules (loader.py, validate.py, schema.py).
FILE_CHECKS = (
    _file(
        "file-layout",
        "A data file lies where the layout says and ends in .yml; no name on its "
        "path begins with '.' (hidden files and folders are reported, never skipped).",
    ),
    _file("file-read", "A file can be read (it exists and is readable)."),
    _file(
        "file-type",
        "A data file is a regular file in the repository: a symbolic link (to a file "
        "or a folder), a named pipe, a device or a socket is reported by its path and never read.",
    ),
    _file("file-size", "A file is at most 256 KiB."),
    _file(
        "encoding",
        "A file is UTF-8 without a byte-order mark (not UTF-16, not another code page).",
    ),
    _file(
        "control-character",
        "No control characters and no characters that show nothing "
        "(zero-width, bidirectional overrides, soft hyphen, variation selectors, tags, Hangul "
        "fillers, Braille blank), in the text or in a value written with escapes.",
    ),
    _file(
        "unicode-nfc",
        "Text and every value are in Unicode NFC, so that equal words are equal bytes.",
    ),
    _file("yaml-syntax", "The file is well-formed YAML."),
    _file("yaml-document", "A file holds one YAML document."),
    _file("yaml-directive", "No %YAML or %TAG directives."),
    _file(
        "yaml-anchor",
        "No anchors, aliases or merge keys: every value is written out where it applies.",
    ),
    _file("yaml-tag", "No tags (!!str, !!int, !custom ...)."),
    _file("yaml-key", "Keys are plain text."),
    _file("yaml-duplicate-key", "No key appears twice in one mapping."),
    _file("nesting-depth", "Nesting is at most 16 levels deep."),
    _file(
        "implicit-type",
        "A plain value that YAML tools could read as a number, a boolean or a "
        "time (0123, 1.10, NO, 1:30, 010140000143) is written in quotes.",
    ),
    _file("schema-modeline", "The first line names the file's JSON Schema for the editor."),
    _file("schema", "The file matches the JSON Schema of its kind (schemas/)."),
)
MODELINE, SCHEMA = FILE_CHECKS[-2:]
