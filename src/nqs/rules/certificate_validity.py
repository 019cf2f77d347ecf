"""A certificate of accreditation is valid exactly three years (Law 23.2(5)).

`certificate.expires` must be the day three years after `certificate.issued`, counted as
terms in years are: the same month and day, or the last day of that month (an issue on
29 February expires on 28 February).
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
        certificate = doc.data["certificate"]
        expires = expiry(read(certificate["issued"]))
        expected = expires.isoformat() if expires else None
        if expected is not None and certificate["expires"] != expected:
            yield finding(
                doc,
                ("certificate", "expires"),
                "certificate-validity",
                found=certificate["expires"],
                expected=expected,
            )
