"""Codes are unique: one file per occupation code, standard code and certificate number.

The same occupation code under two bodies' folders, the same standard code twice, or one
certificate serial number on two centers is an error (the file name already makes BINs and
decision ids unique).
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.layout import Kind
from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "unique-code"
SEVERITY = Severity.ERROR


def check(register: Register) -> Iterator[Problem]:
    for kind in (Kind.PROFESSION, Kind.STANDARD):
        first: dict[str, str] = {}
        for doc in register.documents[kind]:
            code = doc.data["code"]
            if code in first:
                yield doc.problem(("code",), ID, "unique-code", code=code, other=first[code])
            else:
                first[code] = doc.path
    numbers: dict[str, str] = {}
    for doc in register.documents[Kind.CENTER]:
        number = doc.data["certificate"]["number"]
        if number in numbers:
            yield doc.problem(
                ("certificate", "number"),
                ID,
                "unique-certificate",
                number=number,
                other=numbers[number],
            )
        else:
            numbers[number] = doc.path
