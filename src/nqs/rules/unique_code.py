"""Codes are unique: one file per occupation code, standard code and certificate number.

The same occupation code under two bodies' folders, the same standard code twice, or one
certificate serial number on two certificates (of two centers, or twice in one center's
history) is an error, reported on each of the files (the
file name already makes BINs and decision ids unique).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from nqs.checks import Check, Reads, Stage
from nqs.layout import Kind
from nqs.loader import Document
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check(
    "unique-code",
    Severity.ERROR,
    Stage.REGISTER,
    __doc__ or "",
    reads=(
        Reads(Kind.PROFESSION, Kind.PROFESSION, ("code",)),
        Reads(Kind.STANDARD, Kind.STANDARD, ("code",)),
        Reads(Kind.CENTER, Kind.CENTER, ("certificates", "*", "number")),
    ),
)


def check(register: Register) -> Iterator[Finding]:
    for kind in (Kind.PROFESSION, Kind.STANDARD):
        yield from _duplicates(register.documents[kind], ("code",), "unique-code", "code")
    numbers = [
        (doc, ("certificates", index, "number"), certificate["number"])
        for doc in register.centers
        for index, certificate in enumerate(doc.data["certificates"])
    ]
    yield from _shared(numbers, "unique-certificate", "number")


def _duplicates(
    docs: list[Document], where: tuple[str, ...], key: str, name: str
) -> Iterator[Finding]:
    values = []
    for doc in docs:
        value: Any = doc.data
        for part in where:
            value = value[part]
        values.append((doc, where, value))
    yield from _shared(values, key, name)


def _shared(
    values: Sequence[tuple[Document, tuple[str | int, ...], str]], key: str, name: str
) -> Iterator[Finding]:
    """Every place that shares a value with another is reported, naming the other's file:
    each of them may be the one to correct, and checking one folder must show it."""
    holders: dict[str, list[tuple[Document, tuple[str | int, ...]]]] = defaultdict(list)
    for doc, where, value in values:
        holders[value].append((doc, where))
    for value, group in holders.items():
        for doc, where in group if len(group) > 1 else ():
            other = next(d.path for d, w in group if (d, w) != (doc, where))
            params: dict[str, Any] = {name: value, "other": other}
            yield finding(doc, where, key, **params)
