"""Where each kind of file lives in the repository, and which files are data files.

register/bodies.yml                          the bodies of the system
register/professions/<body>/<code>.yml       one profession
register/centers/<BIN>.yml                   one accredited recognition center
register/decisions/<id>.yml                  one National Council recommendation
standards/<body>/<code>.yml                  one professional standard
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from nqs.files import walk

DATA_ROOTS = ("register", "standards")
EXTENSION = ".yml"
# Files that may sit in the data folders without being data.
IGNORED_NAMES = frozenset({".gitkeep", "README.md"})


class Kind(StrEnum):
    PROFESSION = "profession"
    STANDARD = "standard"
    CENTER = "center"
    DECISION = "decision"
    BODIES = "bodies"

    @property
    def schema_file(self) -> str:
        return f"{self.value}.schema.json"

    # What the entries of a kind are known by (ENTRY_KINDS only: the bodies, all in one file,
    # have none of these; asking is a KeyError).
    @property
    def key_field(self) -> str:
        """The field that holds an entry's key, which is also its file's stem."""
        return _KEY_FIELDS[self]

    @property
    def title_field(self) -> str:
        """The field that holds an entry's bilingual title."""
        return _TITLE_FIELDS[self]

    @property
    def section(self) -> str:
        """The folder of the register, and the section of the site, of the entries of a kind."""
        return _SECTIONS[self]


# The kinds whose files each hold one entry, known by its key.
ENTRY_KINDS = (Kind.PROFESSION, Kind.STANDARD, Kind.CENTER, Kind.DECISION)
_KEY_FIELDS = {
    Kind.PROFESSION: "code",
    Kind.STANDARD: "code",
    Kind.CENTER: "bin",
    Kind.DECISION: "id",
}
_TITLE_FIELDS = {
    Kind.PROFESSION: "name",
    Kind.STANDARD: "title",
    Kind.CENTER: "name",
    Kind.DECISION: "title",
}
_SECTIONS = {
    Kind.PROFESSION: "professions",
    Kind.STANDARD: "standards",
    Kind.CENTER: "centers",
    Kind.DECISION: "decisions",
}


@dataclass(frozen=True, slots=True)
class Placement:
    """What the path of a file says: its kind, its owning body folder, and its stem."""

    kind: Kind
    folder: str | None
    stem: str


def classify(relpath: str) -> Placement | None:
    """The placement of a repository-relative POSIX path, or None when it is off the layout."""
    parts = relpath.split("/")
    if not parts[-1].endswith(EXTENSION) or hidden(relpath) is not None:
        return None
    stem = parts[-1][: -len(EXTENSION)]
    match parts:
        case ["register", "bodies.yml"]:
            return Placement(Kind.BODIES, None, stem)
        case ["register", "professions", folder, _]:
            return Placement(Kind.PROFESSION, folder, stem)
        case ["register", "centers", _]:
            return Placement(Kind.CENTER, None, stem)
        case ["register", "decisions", _]:
            return Placement(Kind.DECISION, None, stem)
        case ["standards", folder, _]:
            return Placement(Kind.STANDARD, folder, stem)
    return None


def modeline(relpath: str, kind: Kind) -> str:
    """The first line every data file carries, so that editors validate it as it is typed."""
    depth = relpath.count("/")
    return f"# yaml-language-server: $schema={'../' * depth}schemas/{kind.schema_file}"


def discover(root: Path) -> list[str]:
    """Every entry under the data folders that is not a folder to look into, as sorted
    repository-relative POSIX paths: files, and also what is not a regular file (links, to a
    file or a folder, named pipes, devices), so that it is reported rather than silently
    skipped. Nothing is followed; hidden folders are looked into like any other."""
    return sorted(
        path for path, _ in walk(root, DATA_ROOTS) if path.rsplit("/", 1)[-1] not in IGNORED_NAMES
    )


def hidden(relpath: str) -> str | None:
    """The first name on a path that begins with '.' (hidden from most tools), if any."""
    return next((part for part in relpath.split("/") if part.startswith(".")), None)
