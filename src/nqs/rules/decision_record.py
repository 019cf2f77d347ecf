"""A council decision is dated and unique: its id starts with its date, and no two decisions
of one year share a protocol number."""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Reads, Stage
from nqs.layout import Kind
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check(
    "decision-record", Severity.ERROR, Stage.REGISTER, __doc__ or "", reads=(Reads(Kind.DECISION),)
)


def check(register: Register) -> Iterator[Finding]:
    protocols: dict[tuple[str, str], str] = {}
    for doc in register.decisions:
        data = doc.data
        if not data["id"].startswith(data["date"]):
            yield finding(doc, ("id",), "decision-date", id=data["id"], date=data["date"])
        key = (data["date"][:4], data["protocol"])
        if key in protocols:
            yield finding(
                doc,
                ("protocol",),
                "decision-duplicate",
                protocol=data["protocol"],
                year=key[0],
                other=protocols[key],
            )
        else:
            protocols[key] = data["id"]
