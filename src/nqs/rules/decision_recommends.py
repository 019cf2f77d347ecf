"""A recommendation lists what it recommends, and the register agrees with it (Rules 10–11).

A decision written by `nqs record-decision` lists the professions it includes, amends and
excludes (`recommends`) and the proposals it did not recommend (`rejected`). Each listed
profession names the decision in the matching field (`included_by`, `amended_by`,
`excluded_by`); each profession that names such a decision is listed under it; a rejected
proposal does not name it. Decisions recorded before the cycle was modelled list nothing and
are not checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

from nqs.checks import Check, Reads, Stage
from nqs.entries import Decision
from nqs.law import naming
from nqs.layout import Kind
from nqs.messages import Term
from nqs.problem import Finding, Severity, finding
from nqs.register import Register, by_key

# What a decision did to a profession, by the field of the profession that names it.
_FIELDS = {"included_by": "included", "amended_by": "amended", "excluded_by": "excluded"}

CHECK = Check(
    "decision-recommends",
    Severity.ERROR,
    Stage.REGISTER,
    __doc__ or "",
    reads=(
        *(Reads(Kind.PROFESSION, Kind.DECISION, ("recommends", w, "*")) for w in _FIELDS.values()),
        Reads(Kind.PROFESSION, Kind.DECISION, ("rejected", "*", "code")),
        Reads(Kind.DECISION, Kind.PROFESSION, ("included_by",)),
        Reads(Kind.DECISION, Kind.PROFESSION, ("amended_by", "*")),
        Reads(Kind.DECISION, Kind.PROFESSION, ("excluded_by",)),
    ),
)


def check(register: Register) -> Iterator[Finding]:
    listing = {
        d.data["id"]: d
        for d in register.decisions
        if "recommends" in d.data or "rejected" in d.data
    }
    professions = by_key(register.professions)
    # (decision, what, code) for every naming of a listing decision in the register
    named: set[tuple[str, str, str]] = set()
    for doc in register.professions:
        for decision, where in naming(doc.data):
            if decision not in listing:
                continue
            what = _FIELDS[str(where[0])]
            named.add((decision, what, doc.data["code"]))
            if doc.data["code"] not in _listed(listing[decision].data, what):
                yield finding(
                    doc, where, "decision-not-listed", decision=decision, what=Term(f"list-{what}")
                )
    for decision, record in sorted(listing.items()):
        for what in _FIELDS.values():
            for index, code in enumerate(_listed(record.data, what)):
                if (decision, what, code) not in named and code in professions:
                    field = next(f for f, w in _FIELDS.items() if w == what)
                    yield finding(
                        record,
                        ("recommends", what, index),
                        "decision-listed-not-named",
                        code=code,
                        field=field,
                    )
                elif code not in professions and code not in register.stems[Kind.PROFESSION]:
                    yield finding(
                        record, ("recommends", what, index), "decision-listed-unknown", code=code
                    )
        for index, rejected in enumerate(record.data.get("rejected", [])):
            if any((decision, w, rejected["code"]) in named for w in _FIELDS.values()):
                yield finding(record, ("rejected", index, "code"), "decision-rejected-named")


def _listed(decision: Decision, what: str) -> list[str]:
    """The codes a decision lists as included, amended or excluded."""
    recommends = cast(dict[str, list[str]], decision.get("recommends", {}))
    return recommends.get(what, [])
