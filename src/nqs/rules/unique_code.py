"""Codes are unique: one file per occupation code, standard code and certificate number.

The same occupation code under two bodies' folders, the same standard code twice, or one
certificate serial number on two centers is an error, reported on each of the files (the
file name already makes BINs and decision ids unique).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
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
        Reads(Kind.CENTER, Kind.CENTER, ("certificate", "number")),
    ),
)


def check(register: Register) -> Iterator[Finding]:
    for kind in (Kind.PROFESSION, Kind.STANDARD):
        yield from _duplicates(register.documents[kind], ("code",), "unique-code", "code")
    yield from _duplicates(
        register.centers, ("certificate", "number"), "unique-certificate", "number"
    )


def _duplicates(
    docs: list[Document], where: tuple[str, ...], key: str, name: str
) -> Iterator[Finding]:
    """Every file that shares a value with another is reported, naming the other: each of
    them may be the one to correct, and checking one folder must show it."""
    holders: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        value: Any = doc.data
        for part in where:
            value = value[part]
        holders[value].append(doc)
    for value, group in holders.items():
        for doc in group if len(group) > 1 else ():
            other = next(d.path for d in group if d is not doc)
            yield finding(doc, where, key, **{name: value, "other": other})
