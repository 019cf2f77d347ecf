"""The facts of the Law and the Rules that the checks, the history and the site share.

- A certificate of accreditation is valid three years (Law 23.2(5)); it expires on the same
  month and day three years after its issue, or the last day of that month (an issue on
  29 February expires on 28 February).
- Re-accreditation is applied for no later than six months before the certificate expires
  (Law 23.5).
- An `active` or `renewed` center is working; one whose certificate has expired needs its
  termination recorded (Law 26.6(2)).
- A profession names the council decisions that included, amended and excluded it.

Plain values in, plain values out: nothing here reports a problem. The yearly cycle on
working days is legal_calendar.py, apart because it needs the `holidays` library, which a
check of the register does not.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, cast

from nqs.dates import add_months, read
from nqs.entries import Center, CenterStatus, Certificate, NotApplicable, Profession, Text

VALIDITY_YEARS = 3
WINDOW_MONTHS = 6
WORKING: tuple[CenterStatus, ...] = ("active", "renewed")
# The state of a center on a date: its status, or for a working one, how its certificate runs.
State = CenterStatus | Literal["expiring", "expired"]
# Where a profession names a decision: its field, and the index in `amended_by`.
Naming = tuple[str, tuple[str | int, ...]]


def expiry(issued: dt.date) -> dt.date | None:
    """The day a certificate issued on a day expires (None past Python's calendar: the
    schema refuses such a year)."""
    return add_months(issued, 12 * VALIDITY_YEARS)


def dates_agree(certificate: Certificate) -> bool:
    """True when the certificate's expiry is its issue date plus three years."""
    expected = expiry(read(certificate["issued"]))
    return expected is not None and certificate["expires"] == expected.isoformat()


def reaccreditation_deadline(expires: dt.date) -> dt.date | None:
    """Six months before expiry (the last day of the month where that day does not exist)."""
    return add_months(expires, -WINDOW_MONTHS)


def working(center: Center) -> bool:
    return center["status"] in WORKING


def center_state(center: Center, as_of: dt.date) -> State:
    """active, expiring, expired, revoked, terminated or renewed, as of a date."""
    status = center["status"]
    if status not in WORKING:
        return status
    expires = read(center["certificate"]["expires"])
    if as_of > expires:
        return "expired"
    start = reaccreditation_deadline(expires)
    if start is not None and as_of >= start:
        return "expiring"
    return status


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
