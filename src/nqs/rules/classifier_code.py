"""Occupation codes exist in the National Classifier of Occupations (Rules 2(10)).

A profession's code, every occupation a professional standard covers, and every proposal a
council decision lists as not recommended must be a current code of the classifier kept in
`reference/classifier/occupations.csv`.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("classifier-code", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    occupations = register.reference.occupations
    for doc in register.professions:
        if doc.data["code"] not in occupations:
            yield finding(doc, ("code",), "classifier-code", code=doc.data["code"])
    for standard in register.standards:
        for index, code in enumerate(standard.data["occupations"]):
            if code not in occupations:
                yield finding(standard, ("occupations", index), "classifier-code", code=code)
    for decision in register.decisions:
        for index, rejected in enumerate(decision.data.get("rejected", [])):
            if rejected["code"] not in occupations:
                where = ("rejected", index, "code")
                yield finding(decision, where, "classifier-code", code=rejected["code"])
