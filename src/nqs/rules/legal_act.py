"""The legal act behind a mandatory basis predates the decision that relies on it.

For the mandatory basis the schema requires the act's title, number, date, article and the
kind of requirement it sets (Rules 8-1; Law 15.5). An act dated after the council decision
that included the profession cannot have been its ground: that date is an error.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Reads, Stage
from nqs.layout import Kind
from nqs.problem import Finding, Severity, finding
from nqs.register import Register, by_key

CHECK = Check(
    "legal-act", Severity.ERROR, Stage.REGISTER, __doc__ or "", reads=(Reads(Kind.DECISION),)
)


def check(register: Register) -> Iterator[Finding]:
    decisions = by_key(register.decisions)
    for doc in register.professions:
        act = doc.data.get("legal_act")
        decision = decisions.get(doc.data["included_by"])
        if act is None or decision is None:
            continue
        if act["date"] > decision.data["date"]:
            yield finding(
                doc,
                ("legal_act", "date"),
                "legal-act-date",
                found=act["date"],
                included=decision.data["date"],
            )
