"""The rules beyond the schema: one module per rule, each with a stable id.

A rule module has `ID`, a docstring that is its user documentation, and
`check(register) -> Iterator[Problem]`. Problems are values; a rule never raises for bad data.
The rules see only schema-valid documents, so they may rely on the schema's shapes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import ModuleType

from nqs.problem import Problem
from nqs.register import Register
from nqs.rules import (
    agreement_date,
    bilingual_text,
    bin_checksum,
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
    mixed_script,
    untranslated,
    profession_standards,
    legal_act,
    decision_reference,
    decision_record,
    decision_unused,
    standard_approval,
    bin_checksum,
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
        yield from check(register)
