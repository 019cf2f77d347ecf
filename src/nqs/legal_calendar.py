"""The yearly cycle of the register (Rules 7, 10-12) on Kazakhstan's working days.

Working days are Monday to Friday except public holidays and the days off they carry over
to, as the `holidays` library keeps them for Kazakhstan (KZ). The library takes a third of
a second to load: it is loaded by the first question about a working day or the years, not
by importing this module (`nqs validate` asks none).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from nqs.dates import plausible

if TYPE_CHECKING:
    import holidays

PUBLISH_WORKING_DAYS = 10  # Rules 11: the register is formed within 10 working days
PRESS_RELEASE_WORKING_DAYS = 3  # Rules 12: the press release within 3 working days


@dataclass(frozen=True, slots=True, order=True)
class Event:
    """A date of the cycle and what falls due on it (a message key and its parameters)."""

    date: dt.date
    key: str
    decision: str = ""


def years() -> range:
    """The years whose cycle can be told: a year's deadlines run into the next one, and both
    must be years whose holidays `holidays` knows for Kazakhstan."""
    from holidays.countries.kazakhstan import Kazakhstan

    return range(Kazakhstan.start_year, Kazakhstan.end_year)


@lru_cache(maxsize=16)
def _holidays(year: int) -> holidays.HolidayBase:
    import holidays

    return holidays.country_holidays("KZ", years=range(year - 1, year + 2))


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The count-th working day after start (start itself not counted)."""
    day = start
    while count:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def publication_deadline(decision: dt.date) -> dt.date:
    """Rules 11: the last day to publish the register after a council recommendation."""
    return add_working_days(decision, PUBLISH_WORKING_DAYS)


def next_cycle(opened: dt.date) -> tuple[dt.date, dt.date] | None:
    """For a proposal opened after a proposal deadline but before the register of that cycle
    goes to the council (Rules 7, 10), the next cycle's deadline and council submission;
    None when the proposal is in time for the coming submission, or opened on a day outside
    the register's years (a commit's own date can be anything)."""
    year = opened.year
    if not plausible(opened):
        return None
    if dt.date(year, 2, 1) < opened <= dt.date(year, 4, 1):
        return dt.date(year, 9, 1), dt.date(year, 11, 1)
    if dt.date(year, 9, 1) < opened <= dt.date(year, 11, 1):
        return dt.date(year + 1, 2, 1), dt.date(year + 1, 4, 1)
    return None


def missed_deadline(opened: dt.date) -> dt.date:
    """The last proposal deadline (1 February or 1 September) before a day."""
    year = opened.year
    deadlines = [dt.date(year - 1, 9, 1), dt.date(year, 2, 1), dt.date(year, 9, 1)]
    return max(d for d in deadlines if d < opened)


def cycle(year: int, decisions: Iterable[tuple[str, dt.date]]) -> list[Event]:
    """The deadlines of a year, and for each council decision of that year the last day to
    publish the register and the last day for the press release."""
    events = [
        Event(dt.date(year, 2, 1), "calendar-proposals"),
        Event(dt.date(year, 9, 1), "calendar-proposals"),
        Event(dt.date(year, 4, 1), "calendar-council"),
        Event(dt.date(year, 11, 1), "calendar-council"),
    ]
    for decision_id, date in decisions:
        if date.year != year:
            continue
        events.append(Event(date, "calendar-decision", decision_id))
        published = publication_deadline(date)
        events.append(Event(published, "calendar-publish", decision_id))
        events.append(
            Event(
                add_working_days(published, PRESS_RELEASE_WORKING_DAYS),
                "calendar-press-release",
                decision_id,
            )
        )
    return sorted(events)
