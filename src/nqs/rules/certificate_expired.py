"""A center whose latest certificate has expired has its termination recorded (warning;
Law 26.6(2)).

A center whose latest certificate is working (`active` or `renewed`) or `revoked`, and
expired before the date of the check (`--as-of`, by default today), is prompted to record
the termination on expiry (or, for a revoked one, on the revocation). A certificate whose
expiry date is itself wrong is left to `certificate-validity`.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.dates import read
from nqs.formatting import Day
from nqs.law import current, dates_agree, status
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("certificate-expired", Severity.WARNING, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        certificate = current(doc.data)
        expires = certificate["expires"]
        found = status(doc.data)
        if (
            found != "terminated"
            and register.as_of.isoformat() > expires
            and dates_agree(certificate)
        ):
            yield finding(
                doc,
                ("certificates", len(doc.data["certificates"]) - 1, "expires"),
                "certificate-expired",
                status=found,
                expires=Day(read(expires)),
                as_of=Day(register.as_of),
            )
