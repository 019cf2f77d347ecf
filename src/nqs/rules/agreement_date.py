"""A certificate of the Chamber has its post-accreditation agreement (Law 23.2(6), 25.2).

A certificate with `route: chamber` records the `agreement` concluded with the Chamber once
the certificate is issued: it cannot be dated before `issued`. A certificate issued under the
law on conformity assessment (`route: conformity-assessment`, Law 17.1) has no agreement with
the Chamber, and records none.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("agreement-date", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        for index, certificate in enumerate(doc.data["certificates"]):
            at = ("certificates", index)
            agreement = certificate.get("agreement")
            if certificate["route"] != "chamber":
                if agreement is not None:
                    yield finding(doc, (*at, "agreement"), "agreement-route", at_key=True)
                continue
            if agreement is None:
                yield finding(doc, (*at, "route"), "agreement-missing")
            elif agreement["date"] < certificate["issued"]:
                yield finding(
                    doc,
                    (*at, "agreement", "date"),
                    "agreement-date",
                    found=agreement["date"],
                    issued=certificate["issued"],
                )
