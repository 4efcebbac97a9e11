"""Recommendation periods: calendar months clamped to the month's end, moved off holidays."""
from datetime import date, datetime, timezone

import pytest

from referral_service.recommendations.deadlines import add_months, end_of, objection_due, reply_due


@pytest.mark.parametrize("start,months,expected", [
    (date(2026, 1, 31), 2, date(2026, 3, 31)),
    (date(2025, 12, 31), 2, date(2026, 2, 28)),
    (date(2027, 12, 31), 2, date(2028, 2, 29)),  # leap year
    (date(2026, 11, 30), 2, date(2027, 1, 30)),
    (date(2026, 8, 31), 2, date(2026, 10, 31)),
])
def test_add_months_clamps_to_the_end_of_the_month(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize("served_on,harm_spreading,expected", [
    (date(2026, 1, 31), False, date(2026, 3, 31)),   # Tuesday, a working day
    (date(2025, 12, 31), False, date(2026, 2, 28)),  # Saturday, but a make-up working day (Spring Festival)
    (date(2026, 3, 1), False, date(2026, 5, 6)),     # 1 May holiday through 5 May
    (date(2026, 9, 16), True, date(2026, 10, 8)),    # 15 days: 1 October, National Day week
    (date(2026, 3, 2), True, date(2026, 3, 17)),     # 15 days, a Tuesday
    (date(2026, 8, 31), False, date(2026, 11, 2)),   # 31 October is a Saturday: Monday
])
def test_reply_due_dates(served_on, harm_spreading, expected):
    assert reply_due(served_on, 2, 15, harm_spreading) == expected


def test_objection_period_ends_on_a_working_day():
    assert objection_due(date(2026, 9, 24), 10) == date(2026, 10, 8)  # 4 October is in the holiday
    assert objection_due(date(2026, 3, 2), 10) == date(2026, 3, 12)


def test_end_of_day_is_china_time():
    assert end_of(date(2026, 3, 31)) == datetime(2026, 3, 31, 15, 59, 59, tzinfo=timezone.utc)
