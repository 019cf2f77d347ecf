"""A working center's certificate is inside the re-accreditation window (warning; Law 23.5).

Re-accreditation is applied for no later than six months before the certificate expires.
From that day until expiry, a center whose latest certificate is a certificate of the
Chamber (`route: chamber`; one under the law on conformity assessment follows that law) and
`active` or `renewed` is reported, as of the date of the check (`--as-of`, by default
today); a re-accreditation recorded as a newer certificate ends it. A certificate whose
expiry date is itself wrong is left to `certificate-validity`.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.dates import read
from nqs.formatting import Day
from nqs.law import current, dates_agree, reaccreditation_deadline, working
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("reaccreditation-window", Severity.WARNING, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        certificate = current(doc.data)
        if (
            certificate["route"] != "chamber"
            or not working(doc.data)
            or not dates_agree(certificate)
        ):
            continue
        expires = read(certificate["expires"])
        start = reaccreditation_deadline(expires)
        if start is not None and start <= register.as_of <= expires:
            yield finding(
                doc,
                ("certificates", len(doc.data["certificates"]) - 1, "expires"),
                "reaccreditation-window",
                expires=Day(expires),
                deadline=Day(start),
            )
