"""A center said to be working has a certificate that has not expired (warning).

An `active` or `renewed` center whose certificate expired before the date of the check
(`--as-of`, by default today) needs its termination recorded (Law 26.6(2)). A certificate
whose expiry date is itself wrong is left to `certificate-validity`.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.law import dates_agree, working
from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "certificate-expired"
SEVERITY = Severity.WARNING


def check(register: Register) -> Iterator[Problem]:
    for doc in register.centers:
        expires = doc.data["certificate"]["expires"]
        if (
            working(doc.data)
            and register.as_of.isoformat() > expires
            and dates_agree(doc.data["certificate"])
        ):
            yield doc.problem(
                ("certificate", "expires"),
                ID,
                "certificate-expired",
                status=doc.data["status"],
                expires=expires,
                as_of=register.as_of.isoformat(),
            )
