"""Recommendation periods in calendar days and months, ending on a working day; no I/O."""
from __future__ import annotations

import calendar as month_calendar
from datetime import date, datetime, timedelta, timezone

from ..calendar import CHINA_TIME, END_OF_DAY, is_working_day


def add_months(start: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Dec + 2 months = 28/29 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, month_calendar.monthrange(year, month)[1]))


def on_working_day(day: date) -> date:
    """`day`, or the next working day when it is a holiday or rest day (CPL Art.105)."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def objection_due(served_on: date, days: int) -> date:
    """The last day to object: `days` calendar days after service, moved off a holiday."""
    return on_working_day(served_on + timedelta(days=days))


def reply_due(served_on: date, months: int, urgent_days: int, harm_spreading: bool) -> date:
    """The last day to reply: `months` after service, or `urgent_days` when harm is spreading."""
    last = served_on + timedelta(days=urgent_days) if harm_spreading else add_months(served_on, months)
    return on_working_day(last)


def end_of(day: date) -> datetime:
    """23:59:59 China Standard Time of `day`, as aware UTC."""
    return datetime.combine(day, END_OF_DAY, tzinfo=CHINA_TIME).astimezone(timezone.utc)


def china_today(now: datetime) -> date:
    """The date in China Standard Time at `now`."""
    return now.astimezone(CHINA_TIME).date()
