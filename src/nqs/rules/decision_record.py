"""A council decision is dated and unique: its id starts with its date, and no two decisions
of one year share a protocol number."""

from __future__ import annotations

from collections.abc import Iterator

from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "decision-record"
SEVERITY = Severity.ERROR


def check(register: Register) -> Iterator[Problem]:
    protocols: dict[tuple[str, str], str] = {}
    for doc in register.decisions:
        data = doc.data
        if not data["id"].startswith(data["date"]):
            yield doc.problem(("id",), ID, "decision-date", id=data["id"], date=data["date"])
        key = (data["date"][:4], data["protocol"])
        if key in protocols:
            yield doc.problem(
                ("protocol",),
                ID,
                "decision-duplicate",
                protocol=data["protocol"],
                year=key[0],
                other=protocols[key],
            )
        else:
            protocols[key] = data["id"]
