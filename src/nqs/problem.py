"""A problem found in the data: a plain value, never an exception.

A check finds first and locates later: it yields a Finding (a file and a path in its data);
the runner stamps the check's id and severity on it, and source_map.py turns its path into a
line and a column just before it is reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"  # not a problem: what a change awaits (decision-awaited), told and not counted


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One finding, located to a file, a line and a column (both 1-based).

    The message is kept as a catalog key and its parameters, so that the same problem can be
    shown in Kazakh, Russian or English by the reporter.
    """

    path: str
    line: int
    column: int
    rule: str
    severity: Severity
    key: str
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def as_error(self) -> Problem:
        """The problem as an error (--strict); information stays information."""
        if self.severity is Severity.INFO:
            return self
        return Problem(
            self.path, self.line, self.column, self.rule, Severity.ERROR, self.key, self.params
        )


# Where in a file's data: keys and list indexes from its root.
DataPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Finding:
    """What a check found in a file, not yet located: at a data path (at its key with
    at_key), or at the file as a whole (where is None: line 1, column 1)."""

    path: str
    where: DataPath | None
    key: str
    params: Mapping[str, Any] = field(default_factory=dict)
    at_key: bool = False


class _File(Protocol):
    @property
    def path(self) -> str: ...


def finding(
    doc: _File, where: DataPath | None, key: str, *, at_key: bool = False, **params: Any
) -> Finding:
    """A finding in a document (or any file with a path), with its message's parameters."""
    return Finding(doc.path, where, key, params, at_key)
