"""Dates outside the register's years never reach arithmetic: no rule, no page, no calendar
and no reading of the history crashes on a certificate issued in 9998."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nqs import dates
from tests.conftest import AS_OF, run_nqs
from tests.git_support import commit, make_repository
from tests.site_support import WRITTEN_FOR, copy_project

D = dt.date


def test_months_are_counted_as_terms_are() -> None:
    assert dates.add_months(D(2024, 2, 29), 36) == D(2027, 2, 28)
    assert dates.add_months(D(2027, 8, 31), -6) == D(2027, 2, 28)
    assert dates.add_months(D(2027, 1, 15), -6) == D(2026, 7, 15)
    assert dates.add_months(D(9998, 1, 1), 36) is None  # past Python's calendar: no raise
    assert dates.add_months(D(1, 3, 1), -6) is None


def test_only_dates_of_the_registers_years_are_read() -> None:
    assert dates.parse("1991-01-01") == D(1991, 1, 1)
    assert dates.parse("2100-12-31") == D(2100, 12, 31)
    for text in ("1990-12-31", "2101-01-01", "9999-12-31", "0001-01-01", "2024-02-30", None):
        assert dates.parse(text) is None, text


def test_a_register_with_a_certificate_of_9998_is_refused_not_crashed(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "repo")
    path = root / "register/centers/080840000558.yml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("issued: 2024-04-22", "issued: 9998-01-01")
    path.write_text(text.replace("expires: 2027-04-22", "expires: 9999-12-31"), "utf-8")
    as_of = ("--as-of", WRITTEN_FOR.isoformat())
    built = run_nqs(root, "build", "--out", str(tmp_path / "out"), "--lang", "en", *as_of)
    assert built.returncode == 1, built.stderr
    assert "Traceback" not in built.stderr and not (tmp_path / "out").exists()
    center = "register/centers/080840000558.yml"
    assert (
        f"{center}:32:13: error: «certificates[1].issued» has an implausible year" in built.stdout
    )
    assert (
        f"{center}:33:14: error: «certificates[1].expires» has an implausible year" in built.stdout
    )
    for lang, text in (("kk", "жылы мүмкін емес"), ("ru", "недопустимый год")):
        checked = run_nqs(root, "validate", "--lang", lang, *as_of, center, in_process=True)
        assert checked.returncode == 1 and text in checked.stdout
        assert "Traceback" not in checked.stderr


def test_a_decision_of_9999_in_the_history_is_not_an_edition(tmp_path: Path) -> None:
    root = make_repository(tmp_path / "repo", site=True)
    path = root / "register/decisions/9999-12-30.yml"
    text = (root / "register/decisions/2024-10-30.yml").read_text(encoding="utf-8")
    path.write_text(text.replace("2024-10-30", "9999-12-30"), encoding="utf-8")
    commit(root, "a decision dated past the calendar's end", "2025-01-11T12:00:00+0500")
    path.unlink()
    commit(root, "taken back", "2025-01-12T12:00:00+0500")
    editions = run_nqs(root, "editions", "--lang", "en", in_process=True)
    assert editions.returncode == 0, editions.stderr
    assert "9999-12-30" not in editions.stdout
    as_of = AS_OF.isoformat()
    built = run_nqs(root, "build", "--out", str(tmp_path / "out"), "--as-of", as_of)
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "out/index.html").is_file()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("calendar", "0"), "the year must be a number from 1991 to 2099"),
        (("calendar", "99999"), "found 99999"),
        (("validate", "--as-of", "9999-12-31"), "implausible --as-of date: 9999-12-31"),
        (("validate", "--as-of", "0001-01-01"), "expected a date in the years 1991 to 2100"),
    ],
)
def test_the_command_line_takes_only_the_registers_years(
    repo: Path, args: tuple[str, ...], said: str
) -> None:
    result = run_nqs(repo, *args, "--lang", "en", in_process=True)
    assert result.returncode == 2
    assert said in result.stderr and "Traceback" not in result.stderr


def test_the_legal_calendar_answers_for_any_day_a_commit_can_have() -> None:
    from nqs.legal_calendar import next_cycle

    assert next_cycle(D(9999, 10, 1)) is None  # no next year to name
    assert next_cycle(D(1, 3, 1)) is None
    assert next_cycle(D(2026, 10, 1)) == (D(2027, 2, 1), D(2027, 4, 1))
