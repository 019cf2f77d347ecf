"""The facts of the Law and the Rules that the checks, the history and the site share.

- A center has a history: its certificates of accreditation, oldest first, each with the
  events of its life (revocation, renewal, reissue, termination; Law 23.4-23.5, 26). Its
  status is not recorded but derived from the latest certificate and its events.
- A certificate is issued on one of two routes (Law 17.1): by the Chamber under this Law,
  valid three years (Law 23.2(5)), expiring on the same month and day three years after its
  issue, or the last day of that month (an issue on 29 February expires on 28 February); or
  under the law on conformity assessment, with the validity that law gives (only its order
  is checked here).
- Re-accreditation is applied for no later than six months before the certificate expires
  (Law 23.5).
- A certificate that is `active` or `renewed` is working; one whose certificate has expired
  needs its termination recorded (Law 26.6(2)).
- A profession names the council decisions that included, amended and excluded it.

Plain values in, plain values out: nothing here reports a problem. The yearly cycle on
working days is legal_calendar.py, apart because it needs the `holidays` library, which a
check of the register does not.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, cast

from nqs.dates import add_months, read
from nqs.entries import (
    Center,
    Certificate,
    Event,
    NotApplicable,
    Profession,
    Reissue,
    Renewal,
    Revocation,
    Termination,
    Text,
)

VALIDITY_YEARS = 3
WINDOW_MONTHS = 6
# The status of a certificate after its events (Law 26).
CenterStatus = Literal["active", "revoked", "terminated", "renewed"]
WORKING: tuple[CenterStatus, ...] = ("active", "renewed")
# The state of a center on a date: its status, or for a working one, how its certificate runs.
State = CenterStatus | Literal["expiring", "expired"]
# What each kind of event makes of a certificate's status (a reissue changes nothing).
_AFTER: dict[str, CenterStatus] = {
    "revocation": "revoked",
    "renewal": "renewed",
    "termination": "terminated",
}
Record = Revocation | Renewal | Reissue | Termination
# Where a profession names a decision: its field, and the index in `amended_by`.
Naming = tuple[str, tuple[str | int, ...]]


def expiry(issued: dt.date) -> dt.date | None:
    """The day a certificate of the Chamber issued on a day expires (None past Python's
    calendar: the schema refuses such a year)."""
    return add_months(issued, 12 * VALIDITY_YEARS)


def dates_agree(certificate: Certificate) -> bool:
    """True when the certificate's expiry is what its route allows: for the Chamber, its
    issue date plus three years; under conformity assessment, any day after its issue."""
    if certificate["route"] != "chamber":
        return certificate["expires"] > certificate["issued"]
    expected = expiry(read(certificate["issued"]))
    return expected is not None and certificate["expires"] == expected.isoformat()


def reaccreditation_deadline(expires: dt.date) -> dt.date | None:
    """Six months before expiry (the last day of the month where that day does not exist)."""
    return add_months(expires, -WINDOW_MONTHS)


def record(event: Event) -> tuple[str, Record]:
    """An event's kind (revocation, renewal, reissue or termination: its one field) and
    its record."""
    if "revocation" in event:
        return "revocation", event["revocation"]
    if "renewal" in event:
        return "renewal", event["renewal"]
    if "reissue" in event:
        return "reissue", event["reissue"]
    return "termination", event["termination"]


def certificate_status(certificate: Certificate) -> CenterStatus:
    """The status a certificate's events leave it in: its last revocation, renewal or
    termination decides; with none, active."""
    found: CenterStatus = "active"
    for event in certificate.get("events", []):
        found = after(record(event)[0], found)
    return found


def after(kind: str, status: CenterStatus) -> CenterStatus:
    """The status of a certificate after an event of a kind befalls it in a status."""
    return _AFTER.get(kind, status)


def current(center: Center) -> Certificate:
    """The latest certificate: the one a center's status and list entry follow."""
    return center["certificates"][-1]


def status(center: Center) -> CenterStatus:
    return certificate_status(current(center))


def working(center: Center) -> bool:
    return status(center) in WORKING


def center_state(center: Center, as_of: dt.date) -> State:
    """active, expiring, expired, revoked, terminated or renewed, as of a date."""
    found = status(center)
    if found not in WORKING:
        return found
    expires = read(current(center)["expires"])
    if as_of > expires:
        return "expired"
    start = reaccreditation_deadline(expires)
    if start is not None and as_of >= start:
        return "expiring"
    return found


def naming(profession: Profession) -> list[Naming]:
    """The council decisions a profession names (included_by, amended_by, excluded_by),
    each with where it names it."""
    found: list[Naming] = []
    if "included_by" in profession:  # a proposal for a new profession names none yet
        found.append((profession["included_by"], ("included_by",)))
    found += [(d, ("amended_by", i)) for i, d in enumerate(profession.get("amended_by", []))]
    if "excluded_by" in profession:
        found.append((profession["excluded_by"], ("excluded_by",)))
    return found


def decisions_named(profession: Profession) -> set[str]:
    return {decision for decision, _ in naming(profession)}


# Law 21.5 leaves the validity of the document on recognition to the register and sets no
# limit; a period above this one is a policy's prompt to look again (document-validity).
DOCUMENT_VALIDITY_POLICY_MONTHS = 120


def document_validity_months(profession: Profession) -> int:
    """The validity of the document on recognition, in months (years and months added)."""
    return 12 * profession.get("document_validity_years", 0) + profession.get(
        "document_validity_months", 0
    )


def setting_decisions(profession: Profession) -> list[str]:
    """The decisions that set the entry's content: its inclusion and its amendments (an
    exclusion changes only its status)."""
    included = [profession["included_by"]] if "included_by" in profession else []
    return [*included, *profession.get("amended_by", [])]


def health_life_safety(profession: Profession) -> tuple[bool, Text]:
    """Whether the ground of Rules 8(1) applies to a profession, and its text: the link to
    health, life support and safety, or the reason it does not apply."""
    ground = profession["grounds"]["health_life_safety"]
    if "not_applicable" in ground:
        return False, cast(NotApplicable, ground)["not_applicable"]
    return True, ground
