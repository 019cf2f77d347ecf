"""The yearly cycle of the register (Rules 7, 10-12) on Kazakhstan's working days.

Working days are those of Kazakhstan's official calendar as the `holidays` library keeps it
for Kazakhstan (KZ): Monday to Friday except public holidays, the days off they carry over
to and the days off moved by the Government's yearly transfers, plus the weekend days those
transfers make working days (Saturday 4 May 2024, Sunday 5 January 2025): the library's own
`is_working_day`, which reads its `weekend_workdays`. The dates of moving religious holidays
(Kurban ait) are only estimates in the library for the years it has not confirmed: `estimated`
tells them. The library takes a third of a second to load: it is loaded by the first
question about a working day or the years, not by importing this module (`nqs validate`
asks none).

A fixed deadline of the Rules (1 February, 1 April, 1 September, 1 November) that falls on
a day off ends on the next working day: Civil Code of the Republic of Kazakhstan (General
Part), the article on the end of a term whose last day is a non-working day (Article 175;
see docs/law-map.md on how far that number is confirmed).
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
REMARKS_WORKING_DAYS = 2  # Rules 9: the sectoral body fixes the authorized body's remarks
ISSUE_WORKING_DAYS = 10  # Law 25.2: a certificate is issued after the accreditation decision
REVOCATION_WORKING_DAYS = 10  # Law 26.3: the revocation decided after the violation is detected
COPY_WORKING_DAYS = 3  # Law 26.4: a copy of the revocation decision sent to the center


@dataclass(frozen=True, slots=True, order=True)
class Event:
    """A date of the cycle and what falls due on it (a message key and its parameters)."""

    date: dt.date
    key: str
    decision: str = ""
    # The day the Rules name, when it is a day off and the term ends on `date` instead.
    moved_from: dt.date | None = None
    # Holidays whose dates the library only estimates, on which `date` depends.
    estimated: tuple[dt.date, ...] = ()


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
    return bool(_holidays(day.year).is_working_day(day))


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The count-th working day after start (start itself not counted)."""
    return _working_day(start, count)


def term_end(day: dt.date) -> dt.date:
    """The day a term that ends on `day` ends: that day, or the next working day when it is a
    day off (Civil Code, General Part: the end of a term falling on a non-working day,
    Article 175 by the chapter's order; the number is not confirmed, see docs/law-map.md)."""
    return _working_day(day, 0)


def _working_day(day: dt.date, count: int) -> dt.date:
    found: dt.date = _holidays(day.year).get_nth_working_day(day, count)
    return found


def estimated(start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
    """The days from start to end that are holidays whose date the library only estimates
    (a moving religious holiday in a year it has not confirmed): a deadline counted across
    one of them moves if the holiday does."""
    found = []
    day = start
    while day <= end:
        calendar = _holidays(day.year)
        # The library marks an estimated date in the holiday's name with its own label,
        # "%s (estimated)" in its language (HolidayBase.estimated_label).
        marker = calendar.tr(calendar.estimated_label).strip("%s ()")
        if any(marker in name for name in calendar.get_list(day)):
            found.append(day)
        day += dt.timedelta(days=1)
    return tuple(found)


def publication_deadline(decision: dt.date) -> dt.date:
    """Rules 11: the last day to publish the register after a council recommendation."""
    return add_working_days(decision, PUBLISH_WORKING_DAYS)


def remarks_deadline(received: dt.date) -> dt.date:
    """Rules 9: the last day for a sectoral body to fix the authorized body's remarks on its
    proposal, 2 working days after it received them. The remarks are review comments on the
    proposal's pull request, not data: `nqs remarks` tells the day (docs/law-map.md)."""
    return add_working_days(received, REMARKS_WORKING_DAYS)


def within_working_days(start: dt.date, end: dt.date, count: int) -> bool:
    """True when `end` is no later than the count-th working day after `start` (Law 25.2,
    26.3, 26.4). A gap of at most `count` calendar days is always within, and is told without
    loading the calendar; a year the library does not know is not judged (True)."""
    if (end - start).days <= count:
        return True
    known = years()
    if start.year not in known or end.year not in known:
        return True
    return end <= add_working_days(start, count)


def _fixed(year: int, month: int) -> dt.date:
    """A fixed deadline of the Rules (the 1st of a month), moved past a day off."""
    return term_end(dt.date(year, month, 1))


def next_cycle(opened: dt.date) -> tuple[dt.date, dt.date] | None:
    """For a proposal opened after a proposal deadline but before the register of that cycle
    goes to the council (Rules 7, 10), the next cycle's deadline and council submission;
    None when the proposal is in time for the coming submission, or opened on a day outside
    the register's years (a commit's own date can be anything). Each deadline that falls on
    a day off ends on the next working day (term_end)."""
    year = opened.year
    if not plausible(opened):
        return None
    if _fixed(year, 2) < opened <= _fixed(year, 4):
        return _fixed(year, 9), _fixed(year, 11)
    if _fixed(year, 9) < opened <= _fixed(year, 11):
        return _fixed(year + 1, 2), _fixed(year + 1, 4)
    return None


def missed_deadline(opened: dt.date) -> dt.date:
    """The last proposal deadline (1 February or 1 September, moved past a day off) before
    a day."""
    year = opened.year
    deadlines = [_fixed(year - 1, 9), _fixed(year, 2), _fixed(year, 9)]
    return max(d for d in deadlines if d < opened)


def cycle(year: int, decisions: Iterable[tuple[str, dt.date]]) -> list[Event]:
    """The deadlines of a year (each moved past a day off, saying from which day), the
    holidays of the year whose dates the library only estimates, and for each council
    decision of that year the last day to publish the register and the last day for the
    press release; a date that depends on an estimated holiday names it."""
    events = [
        _deadline(year, month, key)
        for month, key in (
            (2, "calendar-proposals"),
            (9, "calendar-proposals"),
            (4, "calendar-council"),
            (11, "calendar-council"),
        )
    ]
    events += [
        Event(day, "calendar-estimated-holiday", estimated=(day,))
        for day in estimated(dt.date(year, 1, 1), dt.date(year, 12, 31))
    ]
    for decision_id, date in decisions:
        if date.year != year:
            continue
        events.append(Event(date, "calendar-decision", decision_id))
        published = publication_deadline(date)
        events.append(
            Event(published, "calendar-publish", decision_id, estimated=estimated(date, published))
        )
        released = add_working_days(published, PRESS_RELEASE_WORKING_DAYS)
        events.append(
            Event(
                released,
                "calendar-press-release",
                decision_id,
                estimated=estimated(date, released),
            )
        )
    return sorted(events)


def _deadline(year: int, month: int, key: str) -> Event:
    named = dt.date(year, month, 1)
    ends = term_end(named)
    if ends == named:
        return Event(named, key)
    return Event(ends, key, moved_from=named, estimated=estimated(named, ends))


def council_deadline(day: dt.date) -> Event:
    """Rules 10: the next last day, on or after day, to submit the register to the National
    Council (1 April or 1 November, moved past a day off, saying from which day)."""
    year = day.year
    candidates = [_deadline(y, m, "calendar-council") for y in (year, year + 1) for m in (4, 11)]
    return next(event for event in candidates if event.date >= day)
