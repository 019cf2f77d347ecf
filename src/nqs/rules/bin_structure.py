"""A BIN is one a legal entity can have: besides its check digit (`bin-checksum`), its digits
3-4 are the month of registration (01 to 12), digit 5 the type of entity (4 a resident legal
entity, 5 a non-resident one, 6 individual entrepreneurs in joint entrepreneurship) and digit 6
the kind of unit (0 the head unit, 1 a branch, 2 a representative office, 3 a peasant farm in
joint entrepreneurship). A number of twelve zeros is not a BIN.

Applies to the center's BIN and to founders' BINs.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.identifiers import bin_structure
from nqs.problem import Finding, Severity, finding
from nqs.register import Register
from nqs.rules.bin_checksum import bins

CHECK = Check("bin-structure", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        for where, bin_ in bins(doc):
            wrong = bin_structure(bin_)
            if wrong is not None:
                part, found = wrong
                yield finding(doc, where, f"bin-{part}", bin=bin_, found=found)
