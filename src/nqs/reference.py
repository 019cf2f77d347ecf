"""Reference data kept in the repository: the National Classifier of Occupations and the
20 regions (imported from public sources by scripts/import_reference.py), the classifier
groups outside the Law's scope (Law 2.3), and the corrections the register makes to the
reference's texts (both written by hand with the reason for each)."""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from nqs.escape import terminal
from nqs.files import read_regular
from nqs.loader import BAD_IN_VALUE

OCCUPATIONS = Path("reference/classifier/occupations.csv")
REGIONS = Path("reference/regions.csv")
LAW_SCOPE = Path("reference/law-scope.csv")
CORRECTIONS = Path("reference/corrections.csv")
FILES = (OCCUPATIONS, REGIONS, LAW_SCOPE, CORRECTIONS)
CORRECTION_COLUMNS = ("file", "code", "lang", "source", "corrected", "reason")
MAX_REFERENCE_BYTES = 64 * 2**20


class ReferenceError_(Exception):
    """A reference file is missing or unreadable."""

    def __init__(self, path: Path, detail: str, key: str = "", **params: object) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail
        self.key = key  # a catalog key (with its parameters) where nqs itself refuses it
        self.params = params


@dataclass(frozen=True, slots=True)
class Name:
    kk: str
    ru: str


@dataclass(frozen=True, slots=True)
class Correction:
    """A classifier name corrected in the register: the classifier's wording it corrects
    (when the classifier changes it, the correction no longer applies), and why."""

    source: str
    corrected: str
    reason: str


@dataclass(frozen=True, slots=True)
class Reference:
    occupations: dict[str, Name]
    regions: dict[str, Name]
    # classifier group -> the sub-item of Law 2.3 that puts its occupations outside the Law
    out_of_scope: dict[str, str]
    # (occupation code, language) -> the recorded correction of its classifier name
    name_corrections: dict[tuple[str, str], Correction]


def load_reference(root: Path) -> Reference:
    return Reference(
        occupations=_read(root, OCCUPATIONS, "code"),
        regions=_read(root, REGIONS, "id"),
        out_of_scope={
            row["group"]: row["item"]
            for row in _rows(root, LAW_SCOPE, ("group", "item"), unique=("group",))
        },
        name_corrections={
            (row["code"], row["lang"]): Correction(row["source"], row["corrected"], row["reason"])
            for row in _rows(root, CORRECTIONS, CORRECTION_COLUMNS, ("file", "code", "lang"))
            if row["file"] == "classifier/occupations.csv"
        },
    )


def _read(root: Path, path: Path, key: str) -> dict[str, Name]:
    rows = _rows(root, path, (key, "name_kk", "name_ru"), unique=(key,))
    return {row[key]: Name(row["name_kk"], row["name_ru"]) for row in rows}


def _rows(
    root: Path, path: Path, columns: tuple[str, ...], unique: tuple[str, ...]
) -> list[dict[str, str]]:
    """The rows of a reference file, which has columns and no two rows with the same values
    in unique (a second one would silently replace the first)."""
    try:
        # A regular file of the repository only: never a link to a file elsewhere.
        raw = read_regular(root, path.as_posix(), MAX_REFERENCE_BYTES + 1)
        if len(raw) > MAX_REFERENCE_BYTES:
            raise ReferenceError_(path, f"larger than {MAX_REFERENCE_BYTES // 2**20} MiB")
        reader = csv.reader(io.StringIO(_text(path, raw), newline=""))
        header = next(reader, [])
        missing = [name for name in columns if name not in header]
        if missing:
            found = terminal(",".join(header))
            raise ReferenceError_(
                path, "columns", "reference-columns", missing=", ".join(missing), found=found
            )
        twice = sorted({name for name in header if header.count(name) > 1})
        if twice:  # each row's last value would be read, silently
            raise ReferenceError_(
                path, "columns", "reference-column-twice", columns=terminal(", ".join(twice))
            )
        rows, first = [], dict[tuple[str, ...], int]()
        for values in filter(None, reader):  # blank lines skipped, as csv.DictReader does
            line, detail = reader.line_num, f"line {reader.line_num}"
            if len(values) != len(header):  # a value left out or one too many: refused
                params = {"line": line, "found": len(values), "expected": len(header)}
                raise ReferenceError_(path, detail, "reference-row-values", **params)
            row = dict(zip(header, values, strict=True))
            _check_characters(path, line, row)
            key = tuple(row[name] for name in unique)
            if key in first:
                raise ReferenceError_(
                    path,
                    detail,
                    "reference-row-twice",
                    line=line,
                    first=first[key],
                    values=", ".join(key),
                )
            first[key] = line
            rows.append(row)
        return rows
    except (OSError, csv.Error) as exc:
        raise ReferenceError_(path, str(exc)) from exc


def _text(path: Path, raw: bytes) -> str:
    """The file as text: UTF-8, with or without the byte order mark a spreadsheet saving
    "CSV UTF-8" writes first (read as the header's first letter, it would hide a column)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        byte = f"0x{raw[exc.start]:02X}"
        params = {"line": line, "byte": byte}
        raise ReferenceError_(path, f"line {line}", "reference-not-utf8", **params) from exc


def _check_characters(path: Path, line: int, row: dict[str, str]) -> None:
    """Refuse a value holding a character the register refuses in its own values (a control,
    an invisible or bidi character, a noncharacter): it would reach the site's pages and
    downloads (a region's name), where a control character makes the XLSX unwritable."""
    for column, value in row.items():
        match = BAD_IN_VALUE.search(value)
        if match is not None:
            char = match.group()
            name = unicodedata.name(char, "")
            raise ReferenceError_(
                path,
                f"line {line}",
                "reference-character",
                line=line,
                column=terminal(column),
                code=f"U+{ord(char):04X}",
                name=f" ({name})" if name else "",
            )
