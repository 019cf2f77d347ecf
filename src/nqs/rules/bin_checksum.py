"""A BIN is valid: its twelfth digit is the check digit of the first eleven.

Applies to the center's BIN and to founders' BINs. The check digit follows Government Decree
No. 565 of 11.06.2003 (weights 1..11, then 3..11,1,2 when the first sum gives 10).
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.entries import Center
from nqs.identifiers import bin_check_digit
from nqs.loader import Document
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("bin-checksum", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def bins(doc: Document[Center]) -> list[tuple[tuple[str | int, ...], str]]:
    """The BINs of a center, each with where it is: its own, then its founders'."""
    found: list[tuple[tuple[str | int, ...], str]] = [(("bin",), doc.data["bin"])]
    found += [
        (("founders", i, "bin"), f["bin"]) for i, f in enumerate(doc.data["founders"]) if "bin" in f
    ]
    return found


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        for where, bin_ in bins(doc):
            expected = bin_check_digit(bin_[:11])
            if expected is None:
                yield finding(doc, where, "bin-impossible", bin=bin_)
            elif expected != int(bin_[11]):
                yield finding(
                    doc, where, "bin-checksum", bin=bin_, expected=expected, found=bin_[11]
                )
