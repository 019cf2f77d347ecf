"""A center said to be working has a certificate that has not expired (warning).

An `active` or `renewed` center whose certificate expired before the date of the check
(`--as-of`, by default today) needs its termination recorded (Law 26.6(2)). A certificate
whose expiry date is itself wrong is left to `certificate-validity`.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.law import dates_agree, working
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("certificate-expired", Severity.WARNING, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        expires = doc.data["certificate"]["expires"]
        if (
            working(doc.data)
            and register.as_of.isoformat() > expires
            and dates_agree(doc.data["certificate"])
        ):
            yield finding(
                doc,
                ("certificate", "expires"),
                "certificate-expired",
                status=doc.data["status"],
                expires=expires,
                as_of=register.as_of.isoformat(),
            )
