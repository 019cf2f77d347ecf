"""A center's status agrees with its record and its dates (Law 26).

- `active`: no revocation, renewal or termination is recorded;
- `revoked`: a `revocation` with its ground of Law 26.2 (1)-(4) and date, no renewal;
- `renewed`: the earlier `revocation` and the `renewal` that followed the removal of the
  violations (Law 26.5), not terminated;
- `terminated`: a `termination` with its ground of Law 26.6 (1)-(4) and date; a termination on
  the ground of revocation needs the `revocation`; a termination on expiry is dated the
  certificate's expiry date.

Every revocation, renewal and termination falls within the certificate's validity, and a
renewal or termination is not dated before the revocation.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.entries import Center, Renewal, Revocation, Termination
from nqs.loader import Document
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("center-status", Severity.ERROR, Stage.REGISTER, __doc__ or "")
_EVENTS = ("revocation", "renewal", "termination")
# For each status: the records it requires, and those it forbids.
_SHAPE = {
    "active": ((), ("revocation", "renewal", "termination")),
    "revoked": (("revocation",), ("renewal", "termination")),
    "renewed": (("revocation", "renewal"), ("termination",)),
    "terminated": (("termination",), ()),
}


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        yield from _check(doc.data, doc)


def _events(data: Center) -> dict[str, Revocation | Renewal | Termination]:
    """The events a center's record holds, by their field."""
    events = {
        "revocation": data.get("revocation"),
        "renewal": data.get("renewal"),
        "termination": data.get("termination"),
    }
    return {name: event for name, event in events.items() if event is not None}


def _check(data: Center, doc: Document[Center]) -> Iterator[Finding]:
    events = _events(data)
    status = data["status"]
    required, forbidden = _SHAPE[status]
    for name in required:
        if name not in data:
            yield finding(doc, ("status",), "status-requires", status=status, name=name)
    for name in forbidden:
        if name in data:
            yield finding(doc, (name,), "status-forbids", status=status, name=name, at_key=True)
    certificate = data["certificate"]
    issued, expires = certificate["issued"], certificate["expires"]
    for name in _EVENTS:
        event = events.get(name)
        if event is not None and not issued <= event["date"] <= expires:
            yield finding(
                doc,
                (name, "date"),
                "date-outside-certificate",
                name=name,
                found=event["date"],
                issued=issued,
                expires=expires,
            )
    termination = data.get("termination")
    revocation = data.get("revocation")
    if termination is not None:
        if termination["ground"] == "revocation" and revocation is None:
            yield finding(doc, ("termination", "ground"), "termination-revocation")
        if termination["ground"] == "expiry" and termination["date"] != expires:
            yield finding(
                doc,
                ("termination", "date"),
                "termination-expiry-date",
                expected=expires,
                found=termination["date"],
            )
    if revocation is not None:
        for name in ("renewal", "termination"):
            event = events.get(name)
            if event is not None and event["date"] < revocation["date"]:
                yield finding(
                    doc,
                    (name, "date"),
                    "date-before-revocation",
                    name=name,
                    found=event["date"],
                    revoked=revocation["date"],
                )
