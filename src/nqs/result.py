"""The outcome of a validation: what the runner (validate.py) returns and the reporters
(report.py) show."""

from __future__ import annotations

from dataclasses import dataclass

from nqs.problem import Problem, Severity
from nqs.register import Register


@dataclass(frozen=True, slots=True)
class Outcome:
    problems: list[Problem]
    checked: int
    register: Register | None = None

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity is Severity.WARNING)
