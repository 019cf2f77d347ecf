"""Bodies are known: every owner is a sectoral state body listed in register/bodies.yml.

A profession's and a standard's `body` must be listed in `register/bodies.yml` with kind
`sectoral`; a body id is listed once; the list has exactly one authorized body (the Ministry
of Labour) and exactly one chamber (the National Chamber of Entrepreneurs).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from nqs.checks import Check, Reads, Stage
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
    for kind in (Kind.PROFESSION, Kind.STANDARD):
        for doc in register.documents[kind]:
            yield from _owner(doc, ("body",), bodies)
            if kind is Kind.STANDARD:
                yield from _owner(doc, ("approval", "body"), bodies)


def _owner(
    doc: Document, where: tuple[str, ...], bodies: dict[str, dict[str, Any]]
) -> Iterator[Finding]:
    node: Any = doc.data
    for part in where:
        node = node[part]
    if node not in bodies:
        yield finding(doc, where, "body-unknown", body=node)
    elif bodies[node]["kind"] != "sectoral":
        yield finding(doc, where, "body-not-sectoral", body=node, kind=bodies[node]["kind"])
