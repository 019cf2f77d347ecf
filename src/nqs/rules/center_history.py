"""A center's history is one that could have happened (Law 23.5, 25.2, 26).

A center holds its certificates oldest first (`certificates`); its status is derived from the
latest one and its events, never recorded. Each certificate:

- is issued on or after its accreditation `decision` (Law 25.2), and after the previous
  certificate's issue; a certificate left revoked (neither renewed nor terminated) is not
  followed by a new one (record its termination first, Law 26.6(1)), and a new one after a
  termination is issued no earlier than that termination: a center whose certificate was
  terminated may be accredited anew, a re-accreditation (Law 23.5) adds a certificate;
- has its `events` in order of date, each within the certificate's validity (`issued` to
  `expires`);
- follows the order of Law 26: a revocation (26.2) befalls a working certificate (active,
  renewed); a renewal (26.5) only a revoked one; a reissue on reorganization or a change of
  name or address (23.4, 26.1) only a working one; nothing follows a termination (26.6);
- revocation dates in order: the event or violation (`detected`), then the decision
  (`date`), then the copy sent to the center (`copy_sent`; their deadlines are
  `procedure-deadline`);
- a termination on the ground of revocation follows the revocation; one on expiry is dated
  the certificate's expiry date.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.entries import Center, Certificate
from nqs.law import CenterStatus, after, certificate_status, record
from nqs.loader import Document
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("center-history", Severity.ERROR, Stage.REGISTER, __doc__ or "")
# The statuses of a certificate each kind of event may befall (Law 26).
_ALLOWED: dict[str, tuple[CenterStatus, ...]] = {
    "revocation": ("active", "renewed"),
    "renewal": ("revoked",),
    "reissue": ("active", "renewed"),
    "termination": ("active", "renewed", "revoked"),
}


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        yield from _sequence(doc)
        for index, certificate in enumerate(doc.data["certificates"]):
            yield from _certificate(doc, index, certificate)


def _sequence(doc: Document[Center]) -> Iterator[Finding]:
    certificates = doc.data["certificates"]
    for index in range(1, len(certificates)):
        before, now = certificates[index - 1], certificates[index]
        where = ("certificates", index, "issued")
        if now["issued"] <= before["issued"]:
            yield finding(
                doc, where, "certificate-order", found=now["issued"], previous=before["issued"]
            )
        left = certificate_status(before)
        if left == "revoked":
            yield finding(doc, where, "certificate-after-revoked", number=before["number"])
        ended = [
            r["date"] for kind, r in map(record, before.get("events", [])) if kind == "termination"
        ]
        if ended and now["issued"] < ended[0]:
            yield finding(
                doc, where, "certificate-before-termination", found=now["issued"], ended=ended[0]
            )


def _certificate(doc: Document[Center], index: int, certificate: Certificate) -> Iterator[Finding]:
    at: tuple[str | int, ...] = ("certificates", index)
    issued, expires = certificate["issued"], certificate["expires"]
    if issued < certificate["decision"]:
        yield finding(
            doc,
            (*at, "issued"),
            "certificate-before-decision",
            found=issued,
            decision=certificate["decision"],
        )
    status: CenterStatus = "active"
    previous = ""
    for number, event in enumerate(certificate.get("events", [])):
        kind, data = record(event)
        where = (*at, "events", number, kind)
        date = data["date"]
        if not issued <= date <= expires:
            yield finding(
                doc,
                (*where, "date"),
                "date-outside-certificate",
                name=kind,
                found=date,
                issued=issued,
                expires=expires,
            )
        if date < previous:
            yield finding(
                doc, (*where, "date"), "event-order", name=kind, found=date, previous=previous
            )
        previous = max(previous, date)
        if status == "terminated":
            yield finding(doc, where, "event-after-termination", name=kind, at_key=True)
        elif status not in _ALLOWED[kind]:
            yield finding(doc, where, "event-not-allowed", name=kind, status=status, at_key=True)
        if "revocation" in event:
            revocation = event["revocation"]
            if not revocation["detected"] <= revocation["date"] <= revocation["copy_sent"]:
                yield finding(
                    doc,
                    where,
                    "revocation-dates",
                    detected=revocation["detected"],
                    decided=revocation["date"],
                    sent=revocation["copy_sent"],
                    at_key=True,
                )
        if "termination" in event:
            termination = event["termination"]
            if termination["ground"] == "revocation" and status != "revoked":
                yield finding(doc, (*where, "ground"), "termination-revocation")
            if termination["ground"] == "expiry" and termination["date"] != expires:
                yield finding(
                    doc,
                    (*where, "date"),
                    "termination-expiry-date",
                    expected=expires,
                    found=termination["date"],
                )
        status = after(kind, status)
