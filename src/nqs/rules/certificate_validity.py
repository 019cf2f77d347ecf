"""A certificate of accreditation is valid exactly three years (Law 23.2(5)).

`certificate.expires` must be the day three years after `certificate.issued`, counted as
terms in years are: the same month and day, or the last day of that month (an issue on
29 February expires on 28 February).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.dates import add_months
from nqs.layout import Kind
from nqs.problem import Finding, Severity, finding
from nqs.register import Register, parse_date

CHECK = Check("certificate-validity", Severity.ERROR, Stage.REGISTER, __doc__ or "")
VALIDITY_YEARS = 3


def expiry(issued: dt.date) -> dt.date | None:
    """The day the certificate expires (None past Python's calendar: the schema refuses
    such a year)."""
    return add_months(issued, 12 * VALIDITY_YEARS)


def dates_agree(certificate: dict[str, str]) -> bool:
    """True when the certificate's expiry is its issue date plus three years."""
    expected = expiry(parse_date(certificate["issued"]))
    return expected is not None and certificate["expires"] == expected.isoformat()


def check(register: Register) -> Iterator[Finding]:
    for doc in register.documents[Kind.CENTER]:
        certificate = doc.data["certificate"]
        expires = expiry(parse_date(certificate["issued"]))
        expected = expires.isoformat() if expires else None
        if expected is not None and certificate["expires"] != expected:
            yield finding(
                doc,
                ("certificate", "expires"),
                "certificate-validity",
                found=certificate["expires"],
                expected=expected,
            )
