"""The dates a register can hold, and arithmetic on them that cannot leave the calendar.

Every date of the register lies in the years FIRST_YEAR to LAST_YEAR: the schema refuses the
others (the `date` and `decision_id` patterns of defs.schema.json), and a date that comes from
elsewhere (the history, the command line) is checked with `plausible` or read with `parse`.
Arithmetic on such dates (terms of months and years, working days) stays far inside Python's
years 1 to 9999; `add_months` still answers None, never raises, where it would leave them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

# No act of the register precedes Kazakhstan's independence (16 December 1991); a year past
# 2100 is a typing mistake (9998 for 1998), and would overflow the arithmetic on terms.
FIRST_YEAR = 1991
LAST_YEAR = 2100


def plausible_year(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


def plausible(day: dt.date) -> bool:
    return plausible_year(day.year)


def parse(text: object) -> dt.date | None:
    """A YYYY-MM-DD date in the plausible years, else None."""
    try:
        day = dt.date.fromisoformat(str(text))
    except ValueError:
        return None
    return day if plausible(day) else None


# A decision's id: the day of the recommendation, with -2 ... -9 for a later one that day
# (the `decision_id` of defs.schema.json).
_DECISION_ID = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(-[2-9])?\Z")


def decision_day(text: str) -> dt.date | None:
    """The day of a decision id in the plausible years, else None (not an id)."""
    match = _DECISION_ID.match(text)
    return parse(match.group(1)) if match else None


def read(text: str) -> dt.date:
    """A date the schema has accepted (the `date` of defs.schema.json): it always reads."""
    return dt.date.fromisoformat(text)


def add_months(day: dt.date, months: int) -> dt.date | None:
    """The same day `months` later (earlier when negative), or the last day of that month when
    it is shorter, as terms in months and years are counted (29 February + 36 months is
    28 February); None where Python's calendar ends."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
