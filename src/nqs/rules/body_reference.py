"""Bodies are known: every owner is a sectoral state body listed in register/bodies.yml.

A profession's and a standard's `body`, and the proposing body of a proposal a council
decision rejected (`rejected[].body`, shown on the decision's page), must be listed in
`register/bodies.yml` with kind `sectoral`; a body id is listed once; the list has exactly
one authorized body (the Ministry of Labour) and exactly one chamber (the National Chamber
of Entrepreneurs).
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Reads, Stage
from nqs.entries import Body
from nqs.layout import Kind
from nqs.loader import Document
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check(
    "body-reference", Severity.ERROR, Stage.REGISTER, __doc__ or "", reads=(Reads(Kind.BODIES),)
)


def check(register: Register) -> Iterator[Finding]:
    for doc in register.documents[Kind.BODIES]:
        seen: set[str] = set()
        for index, body in enumerate(doc.data["bodies"]):
            if body["id"] in seen:
                yield finding(doc, ("bodies", index, "id"), "body-duplicate", body=body["id"])
            seen.add(body["id"])
        for kind in ("authorized", "chamber"):
            found = sum(1 for body in doc.data["bodies"] if body["kind"] == kind)
            if found != 1:
                yield finding(doc, ("bodies",), "body-kind-count", kind=kind, found=found)
    if not register.documents[Kind.BODIES]:
        return  # without a valid list of bodies, every owner would be reported again
    bodies = register.bodies
    for profession in register.professions:
        yield from _owner(profession, ("body",), profession.data["body"], bodies)
    for standard in register.standards:
        yield from _owner(standard, ("body",), standard.data["body"], bodies)
        yield from _owner(standard, ("approval", "body"), standard.data["approval"]["body"], bodies)
    for decision in register.decisions:
        for index, rejected in enumerate(decision.data.get("rejected", [])):
            yield from _owner(decision, ("rejected", index, "body"), rejected["body"], bodies)


def _owner(
    doc: Document, where: tuple[str | int, ...], node: str, bodies: dict[str, Body]
) -> Iterator[Finding]:
    """The body named at a path of a document (node) is a listed sectoral body."""
    if node not in bodies:
        yield finding(doc, where, "body-unknown", body=node)
    elif bodies[node]["kind"] != "sectoral":
        yield finding(doc, where, "body-not-sectoral", body=node, kind=bodies[node]["kind"])
