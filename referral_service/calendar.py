"""Working-day deadlines under the official holiday calendar (with its make-up working days).

Counting follows CPL Art.105: the day of the event is not counted, so a period of N working
days ends on the N-th working day after it, and the deadline is the end of that day
(23:59:59) in China Standard Time. The calendar comes from the maintained `chinesecalendar`
package; for a year it has no data for yet, Monday to Friday are taken as working days and
a warning is logged once per year, until the package is upgraded.
"""
from __future__ import annotations

import functools
import logging
from datetime import date, datetime, time, timedelta, timezone

import chinese_calendar

log = logging.getLogger(__name__)

# China has kept UTC+8 without daylight saving since 1991; a fixed offset needs no tz database.
CHINA_TIME = timezone(timedelta(hours=8), "Asia/Shanghai")
END_OF_DAY = time(23, 59, 59)
_warned_years: set[int] = set()


def is_working_day(day: date) -> bool:
    """Whether `day` is a working day: official calendar, or Monday-Friday beyond its data."""
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        if day.year not in _warned_years:
            _warned_years.add(day.year)
            log.warning("the holiday calendar has no data for %s; counting Monday-Friday as "
                        "working days (upgrade chinesecalendar)", day.year)
        return day.weekday() < 5


def add_working_days(start: date, days: int) -> date:
    """The `days`-th working day after `start` (start itself not counted)."""
    if days < 0:
        raise ValueError("a period cannot be negative")
    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day):
            counted += 1
    if days == 0 and not is_working_day(day):  # "by today", but today is a holiday
        return add_working_days(start, 1)
    return day


def deadline(event_at: datetime, working_days: int) -> datetime:
    """End of the `working_days`-th working day after the event, China time, as aware UTC."""
    return _deadline_of_day(event_at.astimezone(CHINA_TIME).date(), working_days)


@functools.lru_cache(maxsize=64)
def _deadline_of_day(local_day: date, working_days: int) -> datetime:
    """The deadline for events of this China day: the same for every submit of the day, so kept."""
    last = add_working_days(local_day, working_days)
    return datetime.combine(last, END_OF_DAY, tzinfo=CHINA_TIME).astimezone(timezone.utc)
