"""A working center's certificate is inside the re-accreditation window (warning; Law 23.5).

Re-accreditation is applied for no later than six months before the certificate expires.
From that day until expiry, an `active` or `renewed` center is reported, as of the date of the
check (`--as-of`, by default today). A certificate whose expiry date is itself wrong is
left to `certificate-validity`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.dates import add_months
from nqs.layout import Kind
from nqs.problem import Finding, Severity, finding
from nqs.register import Register, parse_date
from nqs.rules.certificate_validity import dates_agree

CHECK = Check("reaccreditation-window", Severity.WARNING, Stage.REGISTER, __doc__ or "")
WORKING = ("active", "renewed")
WINDOW_MONTHS = 6


def deadline(expires: dt.date) -> dt.date | None:
    """Six months before expiry (the last day of the month where that day does not exist)."""
    return add_months(expires, -WINDOW_MONTHS)


def check(register: Register) -> Iterator[Finding]:
    for doc in register.documents[Kind.CENTER]:
        if doc.data["status"] not in WORKING or not dates_agree(doc.data["certificate"]):
            continue
        expires = parse_date(doc.data["certificate"]["expires"])
        start = deadline(expires)
        if start is not None and start <= register.as_of <= expires:
            yield finding(
                doc,
                ("certificate", "expires"),
                "reaccreditation-window",
                expires=expires.isoformat(),
                deadline=start.isoformat(),
            )
