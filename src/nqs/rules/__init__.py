"""The rules beyond the schema: one module per rule, each with a stable id.

A rule module has `ID`, `SEVERITY`, a docstring that is its user documentation, and
`check(register) -> Iterator[Problem]`. Problems are values; a rule never raises for bad data.
The rules see only schema-valid documents, so they may rely on the schema's shapes.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import replace
from types import ModuleType

from nqs.problem import Problem, Severity
from nqs.register import Register
from nqs.rules import (
    agreement_date,
    bilingual_text,
    bin_checksum,
    bin_structure,
    body_reference,
    center_professions,
    center_status,
    certificate_expired,
    certificate_validity,
    classifier_code,
    classifier_name,
    decision_record,
    decision_reference,
    decision_unused,
    educational_institution,
    file_name,
    kazakh_letters,
    kazakh_script,
    legal_act,
    mixed_script,
    never_renewable,
    profession_standards,
    reaccreditation_window,
    region,
    standard_approval,
    unique_code,
    untranslated,
)

RULES: tuple[ModuleType, ...] = (
    file_name,
    unique_code,
    body_reference,
    classifier_code,
    classifier_name,
    bilingual_text,
    kazakh_script,
    kazakh_letters,
    mixed_script,
    untranslated,
    profession_standards,
    legal_act,
    decision_reference,
    decision_record,
    decision_unused,
    standard_approval,
    bin_checksum,
    bin_structure,
    region,
    educational_institution,
    center_professions,
    certificate_validity,
    agreement_date,
    center_status,
    never_renewable,
    reaccreditation_window,
    certificate_expired,
)


def run(register: Register) -> Iterator[Problem]:
    for rule in RULES:
        check: Callable[[Register], Iterator[Problem]] = rule.check
        severity: Severity = rule.SEVERITY
        for problem in check(register):
            yield replace(problem, severity=severity)


def document(file_checks: dict[str, str], change_checks: dict[str, str]) -> str:
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
        *(f"| `{rule_id}` | {text} |" for rule_id, text in file_checks.items()),
        "",
        "## Checks of a change (`nqs validate --base REF`)",
        "",
        "| id | what is checked |",
        "| --- | --- |",
        *(f"| `{rule_id}` | {text} |" for rule_id, text in change_checks.items()),
        "",
        "## Rules on the register",
    ]
    for rule in RULES:
        lines += [
            "",
            f"### `{rule.ID}` ({rule.SEVERITY.value})",
            "",
            inspect.cleandoc(rule.__doc__ or ""),
        ]
    return "\n".join(lines) + "\n"
