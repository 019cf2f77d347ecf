"""The legal calendar: working days of Kazakhstan, the yearly cycle, the command."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nqs.legal_calendar import (
    Event,
    add_working_days,
    council_deadline,
    cycle,
    estimated,
    is_working_day,
    missed_deadline,
    next_cycle,
    publication_deadline,
    remarks_deadline,
    term_end,
    within_working_days,
)
from tests.conftest import run_nqs

D = dt.date


def test_weekends_and_holidays_are_not_working_days() -> None:
    assert is_working_day(D(2026, 3, 20))  # a Friday
    assert not is_working_day(D(2026, 3, 21))  # Saturday, Nauryz
    assert not is_working_day(D(2026, 3, 24))  # Nauryz carried over to Tuesday
    assert not is_working_day(D(2026, 12, 16))  # Independence Day, a Wednesday


@pytest.mark.parametrize(
    ("day", "working"),
    [
        # 2024: Saturday 4 May worked for Wednesday 8 May (the one transfer of 2024)
        (D(2024, 5, 4), True),
        (D(2024, 5, 8), False),
        (D(2024, 5, 11), False),  # an ordinary Saturday
        # 2025: Sunday 5 January worked for Friday 3 January (the one transfer of 2025)
        (D(2025, 1, 5), True),
        (D(2025, 1, 3), False),
        (D(2025, 1, 12), False),  # an ordinary Sunday
        # 2026: no transfer; 30 August is no longer Constitution Day (a Sunday anyway),
        # Republic Day (Sunday 25 October) is carried over to Monday 26 October
        (D(2026, 8, 31), True),
        (D(2026, 10, 26), False),
        # 2027: Constitution Day is 15 March (a Monday), 30 August a working Monday
        (D(2027, 3, 15), False),
        (D(2027, 8, 30), True),
    ],
)
def test_working_days_follow_the_official_calendar(day: dt.date, working: bool) -> None:
    assert is_working_day(day) is working


def test_a_weekend_made_a_working_day_counts() -> None:
    # Friday 3 January 2025 is a day off, Sunday 5 January a working day, 7 January
    # Orthodox Christmas: the 10th working day after 3 January is Friday 17 January.
    assert publication_deadline(D(2025, 1, 3)) == D(2025, 1, 17)
    # Saturday 4 May 2024 is the 1st working day after Friday 3 May; Monday 6 May the 2nd;
    # 7-9 May are days off (8 May moved from the 4th): the 3rd is Friday 10 May.
    assert add_working_days(D(2024, 5, 3), 1) == D(2024, 5, 4)
    assert add_working_days(D(2024, 5, 3), 3) == D(2024, 5, 10)


def test_remarks_are_fixed_within_two_working_days() -> None:
    assert remarks_deadline(D(2026, 3, 19)) == D(2026, 3, 26)  # across Nauryz
    assert remarks_deadline(D(2025, 1, 2)) == D(2025, 1, 6)  # Sunday 5 January worked


def test_a_term_ending_on_a_day_off_ends_on_the_next_working_day() -> None:
    assert term_end(D(2026, 2, 1)) == D(2026, 2, 2)  # a Sunday
    assert term_end(D(2026, 11, 1)) == D(2026, 11, 2)  # a Sunday
    assert term_end(D(2025, 9, 1)) == D(2025, 9, 2)  # Constitution Day carried over
    assert term_end(D(2024, 5, 4)) == D(2024, 5, 4)  # a Saturday, but a working day
    assert term_end(D(2026, 4, 1)) == D(2026, 4, 1)
    assert missed_deadline(D(2026, 2, 3)) == D(2026, 2, 2)
    assert missed_deadline(D(2026, 2, 2)) == D(2025, 9, 2)


def test_an_estimated_holiday_is_told() -> None:
    # Kurban ait: confirmed in the library up to 2025, estimated from 2026
    assert estimated(D(2025, 1, 1), D(2025, 12, 31)) == ()
    assert estimated(D(2026, 1, 1), D(2026, 12, 31)) == (D(2026, 5, 27),)
    events = cycle(2026, [("2026-05-20", D(2026, 5, 20))])
    assert (
        Event(D(2026, 5, 27), "calendar-estimated-holiday", estimated=(D(2026, 5, 27),)) in events
    )
    publish = next(e for e in events if e.key == "calendar-publish")
    assert (publish.date, publish.estimated) == (D(2026, 6, 4), (D(2026, 5, 27),))


def test_ten_working_days_skip_nauryz() -> None:
    # Friday 20 March 2026; 23-25 March are days off: the 10th working day is 8 April.
    assert add_working_days(D(2026, 3, 20), 10) == D(2026, 4, 8)
    assert add_working_days(D(2026, 4, 8), 3) == D(2026, 4, 13)


def test_cycle_of_a_year() -> None:
    events = cycle(2026, [("2026-03-20", D(2026, 3, 20)), ("2025-10-29", D(2025, 10, 29))])
    assert [(e.date, e.key, e.moved_from) for e in events] == [
        (D(2026, 2, 2), "calendar-proposals", D(2026, 2, 1)),  # 1 February is a Sunday
        (D(2026, 3, 20), "calendar-decision", None),
        (D(2026, 4, 1), "calendar-council", None),
        (D(2026, 4, 8), "calendar-publish", None),
        (D(2026, 4, 13), "calendar-press-release", None),
        (D(2026, 5, 27), "calendar-estimated-holiday", None),
        (D(2026, 9, 1), "calendar-proposals", None),
        (D(2026, 11, 2), "calendar-council", D(2026, 11, 1)),  # 1 November is a Sunday
    ]


def test_calendar_command_notes_days_off_and_estimates(repo: Path) -> None:
    notes = {
        "kk": ("2026 жылғы 1 ақпан демалыс күні", "Азаматтық кодексі", "тек болжайды"),
        "ru": ("1 февраля 2026 года нерабочий день", "Гражданский кодекс РК", "лишь оценивает"),
        "en": ("1 February 2026 is a day off", "Civil Code", "only estimates"),
    }
    for lang, (moved, article, estimate) in notes.items():
        result = run_nqs(repo, "calendar", "2026", "--lang", lang, in_process=True)
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert lines[1].startswith("2026-02-02  ") and moved in lines[1] and article in lines[1]
        assert any(line.startswith("2026-11-02  ") and "2026-11-01" not in line for line in lines)
        day_off = {"kk": "2026 жылғы 1 қараша", "ru": "1 ноября 2026 года", "en": "1 November 2026"}
        assert any(line.startswith("2026-11-02  ") and day_off[lang] in line for line in lines)
        assert any(line.startswith("2026-05-27  ") and estimate in line for line in lines)


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
        ("2026-02-02", None),  # 1 February 2026 is a Sunday: the deadline is Monday 2nd
        ("2026-02-03", ("2026-09-01", "2026-11-02")),  # 1 November 2026 is a Sunday
        ("2026-04-01", ("2026-09-01", "2026-11-02")),
        ("2026-04-02", None),  # early for the autumn cycle, not late for the spring one
        ("2026-09-02", ("2027-02-01", "2027-04-01")),
        ("2026-11-02", ("2027-02-01", "2027-04-01")),  # the submission's day, moved
        ("2026-11-03", None),
    ],
)
def test_a_late_proposal_belongs_to_the_next_cycle(
    opened: str, expected: tuple[str, str] | None
) -> None:
    found = next_cycle(dt.date.fromisoformat(opened))
    assert found == (None if expected is None else tuple(map(dt.date.fromisoformat, expected)))


def test_calendar_command_tells_several_years_at_once(repo: Path) -> None:
    """`nqs calendar 2024 2025 2026 2027`: each year's cycle in turn, with the transfers of
    2024 and 2025 and the days off that move the fixed deadlines."""
    result = run_nqs(repo, "calendar", "2024", "2025", "2026", "2027", "--lang", "en")
    assert result.returncode == 0, result.stderr
    titles = [line for line in result.stdout.splitlines() if line.startswith("Calendar ")]
    assert [title.split(" for ")[1][:4] for title in titles] == ["2024", "2025", "2026", "2027"]
    lines = result.stdout.splitlines()
    # 2024-03-29 + 10 working days: Nauryz (21-25 March) is behind, 2024-04-12 a Friday
    assert any(line.startswith("2024-04-12  last day to publish") for line in lines)
    for moved in ("2025-02-03", "2025-09-02", "2025-11-03", "2026-02-02", "2026-11-02"):
        assert any(line.startswith(f"{moved}  last day") for line in lines), moved
    refused = run_nqs(repo, "calendar", "2025", "0", "--lang", "en")
    assert refused.returncode == 2 and "found 0" in refused.stderr


def test_the_chambers_terms_count_working_days() -> None:
    """Law 25.2, 26.3 (10 working days) and 26.4 (3): 10 working days after Friday 26 April
    2024 end on 15 May (1, 7, 8, 9 May off, Saturday 4 May worked by transfer); 3 after
    Friday 20 December 2024 end on Wednesday 25 December; a short gap needs no calendar; a
    year the calendar does not know is not judged."""
    D = dt.date
    assert within_working_days(D(2024, 4, 26), D(2024, 5, 15), 10)
    assert not within_working_days(D(2024, 4, 26), D(2024, 5, 16), 10)
    assert within_working_days(D(2024, 12, 20), D(2024, 12, 25), 3)
    assert not within_working_days(D(2024, 12, 20), D(2024, 12, 26), 3)
    assert within_working_days(D(2025, 1, 1), D(2025, 1, 4), 3)
    assert within_working_days(D(2100, 1, 1), D(2100, 12, 1), 3)


@pytest.mark.parametrize(
    ("day", "due", "named"),
    [
        (dt.date(2026, 3, 1), dt.date(2026, 4, 1), None),
        (dt.date(2026, 4, 1), dt.date(2026, 4, 1), None),  # the last day itself
        (dt.date(2026, 4, 2), dt.date(2026, 11, 2), dt.date(2026, 11, 1)),  # a Sunday
        (dt.date(2026, 11, 3), dt.date(2027, 4, 1), None),
    ],
)
def test_the_register_goes_to_the_council_by_the_next_deadline(
    day: dt.date, due: dt.date, named: dt.date | None
) -> None:
    event = council_deadline(day)
    assert (event.date, event.moved_from, event.key) == (due, named, "calendar-council")
