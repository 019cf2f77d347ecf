"""A certificate of accreditation is valid exactly three years (Law 23.2(5)).

`certificate.expires` must be the day three years after `certificate.issued`, counted as
terms in years are: the same month and day, or the last day of that month (an issue on
29 February expires on 28 February).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator

from nqs.layout import Kind
from nqs.problem import Problem, Severity
from nqs.register import Register, parse_date

ID = "certificate-validity"
SEVERITY = Severity.ERROR
VALIDITY_YEARS = 3


def expiry(issued: dt.date) -> dt.date:
    year = issued.year + VALIDITY_YEARS
    return issued.replace(
        year=year, day=min(issued.day, calendar.monthrange(year, issued.month)[1])
    )


def dates_agree(certificate: dict[str, str]) -> bool:
    """True when the certificate's expiry is its issue date plus three years."""
    return certificate["expires"] == expiry(parse_date(certificate["issued"])).isoformat()


def check(register: Register) -> Iterator[Problem]:
    for doc in register.documents[Kind.CENTER]:
        certificate = doc.data["certificate"]
        expected = expiry(parse_date(certificate["issued"])).isoformat()
        if certificate["expires"] != expected:
            yield doc.problem(
                ("certificate", "expires"),
                ID,
                "certificate-validity",
                found=certificate["expires"],
                expected=expected,
            )
