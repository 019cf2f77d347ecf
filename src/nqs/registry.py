"""Every check, declared once (nqs.checks): the checks on each file, the rules on the register,
the checks of a change. docs/rules.md and the files a rule reads (context.py) derive from it.
"""

from __future__ import annotations

import inspect

from nqs import rules, timeliness, transitions
from nqs.checks import FILE_CHECKS, Check, Reads, Stage

CHECKS: tuple[Check, ...] = (
    *FILE_CHECKS,
    *(rule.CHECK for rule in rules.RULES),
    *transitions.CHECKS,
    *timeliness.CHECKS,
)
# What the rules read besides the files they check.
READS: tuple[Reads, ...] = tuple(read for check in CHECKS for read in check.reads)


def of_stage(stage: Stage) -> list[Check]:
    return [check for check in CHECKS if check.stage is stage]


def document() -> str:
    """docs/rules.md: every check on files and every rule, with its id and severity."""
    lines = [
        "# Checks and rules",
        "",
        "Generated from the code by `python -m nqs.rules > docs/rules.md`; do not edit.",
        "Every problem names its id in brackets, e.g. `[certificate-validity]`.",
        "",
        "## Checks on each file",
        "",
        "| id | what is checked |",
        "| --- | --- |",
        *(f"| `{check.id}` | {check.doc} |" for check in of_stage(Stage.FILE)),
        "",
        "## Checks of a change (`nqs validate --base REF`)",
        "",
        "| id | what is checked |",
        "| --- | --- |",
        *(f"| `{check.id}` | {check.doc} |" for check in of_stage(Stage.CHANGE)),
        "",
        "## Rules on the register",
    ]
    for check in of_stage(Stage.REGISTER):
        lines += [
            "",
            f"### `{check.id}` ({check.severity.value})",
            "",
            inspect.cleandoc(check.doc),
        ]
    return "\n".join(lines) + "\n"
