"""Occupation codes exist in the National Classifier of Occupations (Rules 2(10)).

A profession's code, and every occupation a professional standard covers, must be a current
code of the classifier kept in `reference/classifier/occupations.csv`.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "classifier-code"
SEVERITY = Severity.ERROR


def check(register: Register) -> Iterator[Problem]:
    occupations = register.reference.occupations
    for doc in register.professions:
        if doc.data["code"] not in occupations:
            yield doc.problem(("code",), ID, "classifier-code", code=doc.data["code"])
    for standard in register.standards:
        for index, code in enumerate(standard.data["occupations"]):
            if code not in occupations:
                yield standard.problem(("occupations", index), ID, "classifier-code", code=code)
