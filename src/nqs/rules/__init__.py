"""The rules beyond the schema: one module per rule, each with a stable id.

A rule module has a docstring that is its user documentation, `CHECK` (its declaration: id,
severity, that docstring, and the other files it reads, nqs.checks) and
`check(register) -> Iterator[Finding]`: what it finds, at a data path (problem.finding);
the runner stamps the rule's id and severity on each and locates it. Findings are values; a
rule never raises for bad data. The rules see only schema-valid documents, so they may rely
on the schema's shapes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import ModuleType

from nqs.checks import Check, Found
from nqs.problem import Finding
from nqs.register import Register
from nqs.rules import (
    agreement_date,
    bilingual_text,
    bin_checksum,
    bin_structure,
    body_reference,
    center_history,
    center_professions,
    certificate_expired,
    certificate_validity,
    classifier_code,
    classifier_name,
    council_activity,
    decision_recommends,
    decision_record,
    decision_reference,
    decision_unused,
    document_validity,
    educational_founder,
    educational_institution,
    file_name,
    health_life_safety,
    kazakh_letters,
    kazakh_script,
    law_scope,
    legal_act,
    mixed_script,
    never_renewable,
    procedure_deadline,
    profession_skills,
    profession_standards,
    qualification_requirements,
    reaccreditation_window,
    region,
    skills_requirements,
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
    qualification_requirements,
    profession_skills,
    skills_requirements,
    health_life_safety,
    legal_act,
    document_validity,
    law_scope,
    decision_reference,
    decision_record,
    decision_unused,
    decision_recommends,
    council_activity,
    standard_approval,
    bin_checksum,
    bin_structure,
    region,
    educational_institution,
    educational_founder,
    center_professions,
    certificate_validity,
    agreement_date,
    center_history,
    procedure_deadline,
    never_renewable,
    reaccreditation_window,
    certificate_expired,
)


def run(register: Register) -> Iterator[Found]:
    """Every finding of every rule, with the rule's declaration."""
    for rule in RULES:
        declared: Check = rule.CHECK
        check: Callable[[Register], Iterator[Finding]] = rule.check
        for found in check(register):
            yield declared, found
