"""Reference data kept in the repository: the National Classifier of Occupations and the
20 regions (imported from public sources by scripts/import_reference.py)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

OCCUPATIONS = Path("reference/classifier/occupations.csv")
REGIONS = Path("reference/regions.csv")


class ReferenceError_(Exception):
    """A reference file is missing or unreadable."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Name:
    kk: str
    ru: str


@dataclass(frozen=True, slots=True)
class Reference:
    occupations: dict[str, Name]
    regions: dict[str, Name]


def load_reference(root: Path) -> Reference:
    return Reference(
        occupations=_read(root / OCCUPATIONS, "code"),
        regions=_read(root / REGIONS, "id"),
    )


def _read(path: Path, key: str) -> dict[str, Name]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return {
                row[key]: Name(row["name_kk"], row["name_ru"]) for row in csv.DictReader(handle)
            }
    except (OSError, KeyError, UnicodeDecodeError, csv.Error) as exc:
        raise ReferenceError_(path, str(exc)) from exc
