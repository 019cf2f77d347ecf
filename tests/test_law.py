"""The Law's shared facts (nqs.law), told on plain values: the rules, the history and the
site all read them from there."""

from __future__ import annotations

import datetime as dt

from nqs import law
from nqs.entries import Center, Profession

D = dt.date


def _center(status: str, issued: str, expires: str) -> Center:
    center = {
        "status": status,
        "certificate": {"number": "KZ000001", "issued": issued, "expires": expires},
    }
    return center  # type: ignore[return-value]  # only the fields the Law reads


def test_a_certificate_runs_three_years_as_terms_are_counted() -> None:
    assert law.expiry(D(2024, 3, 1)) == D(2027, 3, 1)
    assert law.expiry(D(2024, 2, 29)) == D(2027, 2, 28)
    assert law.expiry(D(9998, 1, 1)) is None
    certificate = _center("active", "2024-02-29", "2027-02-28")["certificate"]
    assert law.dates_agree(certificate)
    assert not law.dates_agree({**certificate, "expires": "2027-03-01"})


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
