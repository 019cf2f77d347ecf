"""A problem found in the data: a plain value, never an exception."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


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
        return Problem(
            self.path, self.line, self.column, self.rule, Severity.ERROR, self.key, self.params
        )
