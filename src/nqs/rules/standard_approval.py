"""A professional standard is approved by its own sectoral body, and its content is coherent
(Law 5.5).

The approving body is the owner (the folder); a repeal is not dated before the approval; each
labour function's level is one of the standard's levels.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("standard-approval", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.standards:
        data = doc.data
        approval = data["approval"]
        if approval["body"] != data["body"]:
            yield finding(
                doc,
                ("approval", "body"),
                "standard-approver",
                body=data["body"],
                found=approval["body"],
            )
        repealed = data.get("repealed")
        if repealed is not None and repealed["date"] < approval["date"]:
            yield finding(
                doc,
                ("repealed", "date"),
                "standard-repeal-date",
                found=repealed["date"],
                approved=approval["date"],
            )
        for index, function in enumerate(data["functions"]):
            if function["level"] not in data["levels"]:
                yield finding(
                    doc,
                    ("functions", index, "level"),
                    "standard-function-level",
                    found=function["level"],
                    allowed=sorted(data["levels"]),
                )
