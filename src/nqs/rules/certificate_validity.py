"""A certificate runs as long as its route of accreditation gives (Law 17.1, 23.2(5)).

A certificate of the Chamber (`route: chamber`) is valid exactly three years: `expires` must
be the day three years after `issued`, counted as terms in years are: the same month and day,
or the last day of that month (an issue on 29 February expires on 28 February). A certificate
issued under the law on conformity assessment (`route: conformity-assessment`) has the
validity that law gives (five years is lawful there): it must only expire after its issue.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.dates import read
from nqs.law import expiry
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("certificate-validity", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        for index, certificate in enumerate(doc.data["certificates"]):
            where = ("certificates", index, "expires")
            found = certificate["expires"]
            if certificate["route"] != "chamber":
                if found <= certificate["issued"]:
                    yield finding(
                        doc,
                        where,
                        "certificate-validity-order",
                        found=found,
                        issued=certificate["issued"],
                    )
                continue
            expires = expiry(read(certificate["issued"]))
            expected = expires.isoformat() if expires else None
            if expected is not None and found != expected:
                yield finding(doc, where, "certificate-validity", found=found, expected=expected)
