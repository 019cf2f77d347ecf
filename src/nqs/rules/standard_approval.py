"""A professional standard is approved by its own sectoral body, and its content is coherent
(Law 5.5).

The approving body is the owner (the folder); a repeal is not dated before the approval; each
labour function's level is one of the standard's levels.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "standard-approval"
SEVERITY = Severity.ERROR


def check(register: Register) -> Iterator[Problem]:
    for doc in register.standards:
        data = doc.data
        approval = data["approval"]
        if approval["body"] != data["body"]:
            yield doc.problem(
                ("approval", "body"),
                ID,
                "standard-approver",
                body=data["body"],
                found=approval["body"],
            )
        repealed = data.get("repealed")
        if repealed is not None and repealed["date"] < approval["date"]:
            yield doc.problem(
                ("repealed", "date"),
                ID,
                "standard-repeal-date",
                found=repealed["date"],
                approved=approval["date"],
            )
        for index, function in enumerate(data["functions"]):
            if function["level"] not in data["levels"]:
                yield doc.problem(
                    ("functions", index, "level"),
                    ID,
                    "standard-function-level",
                    found=function["level"],
                    allowed=sorted(data["levels"]),
                )
