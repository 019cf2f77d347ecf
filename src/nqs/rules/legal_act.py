"""The legal act behind a mandatory basis predates the decision that set it.

For the mandatory basis the schema requires the act's title, number, date, article and the
kind of requirement it sets (Rules 8-1; Law 15.5). An act dated after the council decision
that relied on it cannot have been its ground: that date is an error. The act may be
replaced by a later amendment (a new act, or a new wording of it), so the act is compared
with the latest decision that set the entry: its inclusion or its latest amendment. The
register alone does not show which amendment changed the act; `nqs validate --base` does,
from the history, with `legal-act-change`: a change that sets the act names a decision
dated on or after the act.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Reads, Stage
from nqs.entries import Decision, Profession
from nqs.law import setting_decisions
from nqs.layout import Kind
from nqs.loader import Document
from nqs.problem import Finding, Severity, finding
from nqs.register import Register, by_key

CHECK = Check(
    "legal-act", Severity.ERROR, Stage.REGISTER, __doc__ or "", reads=(Reads(Kind.DECISION),)
)


def check(register: Register) -> Iterator[Finding]:
    decisions = by_key(register.decisions)
    for doc in register.professions:
        named = [decisions[d] for d in setting_decisions(doc.data) if d in decisions]
        found = act_too_new(doc, named)
        if found is not None:
            yield found


def act_too_new(doc: Document[Profession], named: list[Document[Decision]]) -> Finding | None:
    """The error on the act of a profession dated after the latest of the decisions named
    (None: no act, no decision known, or an act that predates them)."""
    act = doc.data.get("legal_act")
    if act is None or not named:
        return None
    latest = max(named, key=lambda decision: decision.data["date"])
    if act["date"] <= latest.data["date"]:
        return None
    return finding(
        doc,
        ("legal_act", "date"),
        "legal-act-date",
        found=act["date"],
        decision=latest.data["id"],
        decided=latest.data["date"],
    )
