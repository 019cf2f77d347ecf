"""The Law's shared facts (nqs.law), told on plain values: the rules, the history and the
site all read them from there."""

from __future__ import annotations

import datetime as dt

from nqs import law
from nqs.entries import Center, Certificate, Profession

D = dt.date


REVOCATION = {
    "revocation": {
        "ground": "monitoring",
        "detected": "2024-08-26",
        "date": "2024-09-02",
        "copy_sent": "2024-09-03",
        "health_life_safety": False,
    }
}
EVENTS = {
    "active": [],
    "revoked": [REVOCATION],
    "renewed": [REVOCATION, {"renewal": {"date": "2024-11-01", "violations_removed": {}}}],
    "terminated": [{"termination": {"ground": "liquidation", "date": "2025-01-10"}}],
}


def _certificate(issued: str, expires: str, route: str = "chamber") -> Certificate:
    certificate = {"number": "KZ000001", "route": route, "decision": issued, "issued": issued}
    return {**certificate, "expires": expires}  # type: ignore[return-value]


def _center(status: str, issued: str, expires: str) -> Center:
    """A center whose latest certificate's events leave it in a status."""
    certificate = {**_certificate(issued, expires), "events": EVENTS[status]}
    return {"certificates": [certificate]}  # type: ignore[return-value]  # what the Law reads


def test_a_certificate_runs_three_years_as_terms_are_counted() -> None:
    assert law.expiry(D(2024, 3, 1)) == D(2027, 3, 1)
    assert law.expiry(D(2024, 2, 29)) == D(2027, 2, 28)
    assert law.expiry(D(9998, 1, 1)) is None
    certificate = _certificate("2024-02-29", "2027-02-28")
    assert law.dates_agree(certificate)
    assert not law.dates_agree({**certificate, "expires": "2027-03-01"})
    # under the law on conformity assessment, five years is lawful; only the order counts
    assert law.dates_agree(_certificate("2024-05-02", "2029-05-02", "conformity-assessment"))
    assert not law.dates_agree(_certificate("2024-05-02", "2024-05-01", "conformity-assessment"))


def test_reaccreditation_is_due_six_months_before_expiry() -> None:
    assert law.reaccreditation_deadline(D(2027, 8, 31)) == D(2027, 2, 28)
    assert law.reaccreditation_deadline(D(2027, 3, 1)) == D(2026, 9, 1)


def test_a_centers_state_on_a_date() -> None:
    center = _center("active", "2024-03-01", "2027-03-01")
    states = {
        day: law.center_state(center, day)
        for day in (D(2026, 8, 31), D(2026, 9, 1), D(2027, 3, 1), D(2027, 3, 2))
    }
    assert list(states.values()) == ["active", "expiring", "expiring", "expired"]
    renewed = _center("renewed", "2024-03-01", "2027-03-01")
    assert law.center_state(renewed, D(2025, 1, 1)) == "renewed"
    for status in ("revoked", "terminated"):
        assert law.center_state(_center(status, "2024-03-01", "2027-03-01"), D(2030, 1, 1)) == (
            status
        )
    assert law.working(center) and law.working(renewed)
    assert not law.working(_center("revoked", "2024-03-01", "2027-03-01"))


def test_the_status_is_derived_from_the_latest_certificate() -> None:
    """A reissue changes nothing; the latest certificate decides, whatever came before."""
    reissued = _center("active", "2024-03-01", "2027-03-01")
    reissue = {"reissue": {"date": "2025-01-10", "reason": "change-of-name"}}
    reissued["certificates"][0]["events"] = [reissue]  # type: ignore[list-item]
    assert law.status(reissued) == "active"
    revoked = _center("revoked", "2024-03-01", "2027-03-01")
    terminated = {
        **revoked["certificates"][0],
        "events": [*EVENTS["revoked"], *EVENTS["terminated"]],
    }
    anew = _certificate("2025-09-08", "2028-09-08")
    center = {"certificates": [terminated, anew]}
    assert law.status(center) == "active"  # type: ignore[arg-type]
    assert law.current(center) is anew  # type: ignore[arg-type]
    assert law.certificate_status(terminated) == "terminated"  # type: ignore[arg-type]


def test_the_decisions_a_profession_names_and_where() -> None:
    profession = {
        "included_by": "2024-04-01",
        "amended_by": ["2025-04-01", "2025-11-01"],
        "excluded_by": "2026-04-01",
    }
    named = law.naming(profession)  # type: ignore[arg-type]  # only the fields the Law reads
    assert named == [
        ("2024-04-01", ("included_by",)),
        ("2025-04-01", ("amended_by", 0)),
        ("2025-11-01", ("amended_by", 1)),
        ("2026-04-01", ("excluded_by",)),
    ]
    included: Profession = {"included_by": "2024-04-01"}  # type: ignore[typeddict-item]
    assert law.decisions_named(included) == {"2024-04-01"}
