"""The legal calendar: working days of Kazakhstan, the yearly cycle, the command."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nqs.legal_calendar import add_working_days, cycle, is_working_day, next_cycle
from tests.conftest import run_nqs

D = dt.date


def test_weekends_and_holidays_are_not_working_days() -> None:
    assert is_working_day(D(2026, 3, 20))  # a Friday
    assert not is_working_day(D(2026, 3, 21))  # Saturday, Nauryz
    assert not is_working_day(D(2026, 3, 24))  # Nauryz carried over to Tuesday
    assert not is_working_day(D(2026, 12, 16))  # Independence Day, a Wednesday


def test_ten_working_days_skip_nauryz() -> None:
    # Friday 20 March 2026; 23-25 March are days off: the 10th working day is 8 April.
    assert add_working_days(D(2026, 3, 20), 10) == D(2026, 4, 8)
    assert add_working_days(D(2026, 4, 8), 3) == D(2026, 4, 13)


def test_cycle_of_a_year() -> None:
    events = cycle(2026, [("2026-03-20", D(2026, 3, 20)), ("2025-10-29", D(2025, 10, 29))])
    assert [(e.date, e.key) for e in events] == [
        (D(2026, 2, 1), "calendar-proposals"),
        (D(2026, 3, 20), "calendar-decision"),
        (D(2026, 4, 1), "calendar-council"),
        (D(2026, 4, 8), "calendar-publish"),
        (D(2026, 4, 13), "calendar-press-release"),
        (D(2026, 9, 1), "calendar-proposals"),
        (D(2026, 11, 1), "calendar-council"),
    ]


def test_calendar_command_in_both_languages(repo: Path) -> None:
    for lang, word in (("kk", "Қағидалардың 7-тармағы"), ("ru", "пункт 7 Правил")):
        result = run_nqs(repo, "calendar", "2024", "--lang", lang, in_process=True)
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert lines[1] == f"2024-02-01  {lines[1].split('  ', 1)[1]}" and word in lines[1]
        # the base register's decision of 29 March 2024 and its two deadlines
        assert any(line.startswith("2024-03-29  ") for line in lines)
        assert sum("2024-03-29" in line for line in lines) == 3


@pytest.mark.parametrize(
    ("opened", "expected"),
    [
        ("2026-02-01", None),  # on the deadline: in time
        ("2026-02-02", ("2026-09-01", "2026-11-01")),
        ("2026-04-01", ("2026-09-01", "2026-11-01")),
        ("2026-04-02", None),  # early for the autumn cycle, not late for the spring one
        ("2026-09-02", ("2027-02-01", "2027-04-01")),
        ("2026-11-01", ("2027-02-01", "2027-04-01")),
        ("2026-11-02", None),
    ],
)
def test_a_late_proposal_belongs_to_the_next_cycle(
    opened: str, expected: tuple[str, str] | None
) -> None:
    found = next_cycle(dt.date.fromisoformat(opened))
    assert found == (None if expected is None else tuple(map(dt.date.fromisoformat, expected)))
