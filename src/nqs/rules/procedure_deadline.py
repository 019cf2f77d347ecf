"""The Chamber's acts on a certificate keep the Law's terms in working days (warning).

Counted on Kazakhstan's working days (legal_calendar.py, transfers included):

- a certificate of the Chamber (`route: chamber`) is issued within ten working days of the
  accreditation decision (Law 25.2);
- a revocation is decided within ten working days of the event or of detecting the violation
  (`detected` to `date`, Law 26.3);
- a copy of the revocation decision is sent to the center within three working days of the
  decision (`date` to `copy_sent`, Law 26.4).

A warning, not an error: the Law sets these terms for the Chamber's own acts and says nothing
of a late act being void, so a certificate issued or a revocation decided late is still the
act that was taken, and the list records it as it was; the warning asks a reviewer to confirm
the dates. Dates out of order are `center-history`. Dates in a year whose working days the
calendar does not know are not judged.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.citations import OfTheLaw, law
from nqs.dates import read
from nqs.formatting import Day
from nqs.legal_calendar import (
    COPY_WORKING_DAYS,
    ISSUE_WORKING_DAYS,
    REVOCATION_WORKING_DAYS,
    within_working_days,
)
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("procedure-deadline", Severity.WARNING, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        for index, certificate in enumerate(doc.data["certificates"]):
            at = ("certificates", index)
            terms: list[tuple[tuple[str | int, ...], str, str, int, OfTheLaw]] = []
            if certificate["route"] == "chamber":
                terms.append(
                    (
                        (*at, "issued"),
                        certificate["decision"],
                        certificate["issued"],
                        ISSUE_WORKING_DAYS,
                        law((25, 2)),
                    )
                )
            for number, event in enumerate(certificate.get("events", [])):
                if "revocation" in event:
                    revocation = event["revocation"]
                    where: tuple[str | int, ...] = (*at, "events", number, "revocation")
                    terms.append(
                        (
                            (*where, "date"),
                            revocation["detected"],
                            revocation["date"],
                            REVOCATION_WORKING_DAYS,
                            law((26, 3)),
                        )
                    )
                    terms.append(
                        (
                            (*where, "copy_sent"),
                            revocation["date"],
                            revocation["copy_sent"],
                            COPY_WORKING_DAYS,
                            law((26, 4)),
                        )
                    )
            for where, start, end, count, cited in terms:
                if start <= end and not within_working_days(read(start), read(end), count):
                    yield finding(
                        doc,
                        where,
                        "procedure-deadline",
                        start=Day(read(start)),
                        found=Day(read(end)),
                        count=count,
                        law=cited,
                    )
