"""Working-day deadlines: official holidays and make-up days, CPL Art.105 counting, China time."""
from __future__ import annotations

import logging
from datetime import date, datetime, timezone

import pytest

from referral_service import calendar
from referral_service.calendar import add_working_days, deadline, is_working_day


def test_official_holidays_and_make_up_working_days_2026():
    assert is_working_day(date(2026, 2, 14))  # Saturday, worked in exchange for Spring Festival
    assert not any(is_working_day(date(2026, 2, day)) for day in range(15, 24))  # 春节 15-23 Feb
    assert not is_working_day(date(2026, 10, 1)) and not is_working_day(date(2026, 5, 1))
    assert is_working_day(date(2026, 3, 2)) and not is_working_day(date(2026, 3, 1))  # Mon / Sun


def test_the_day_of_the_event_is_not_counted():
    assert add_working_days(date(2026, 3, 2), 1) == date(2026, 3, 3)  # Monday -> Tuesday
    assert add_working_days(date(2026, 3, 6), 1) == date(2026, 3, 9)  # Friday -> Monday


def test_periods_run_through_holidays_and_make_up_days():
    # Friday 13 Feb 2026: Saturday 14th is worked, then the Spring Festival break to the 23rd.
    assert add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 14)
    assert add_working_days(date(2026, 2, 13), 3) == date(2026, 2, 25)


def test_zero_days_falls_on_the_next_working_day_when_the_day_is_a_holiday():
    assert add_working_days(date(2026, 3, 2), 0) == date(2026, 3, 2)
    assert add_working_days(date(2026, 2, 15), 0) == date(2026, 2, 24)
    with pytest.raises(ValueError):
        add_working_days(date(2026, 3, 2), -1)


def test_deadline_is_the_end_of_the_day_in_china_time():
    event = datetime(2026, 3, 2, 2, 0, tzinfo=timezone.utc)  # 10:00 in Beijing, a Monday
    due = deadline(event, 3)
    assert due == datetime(2026, 3, 5, 15, 59, 59, tzinfo=timezone.utc)  # Thursday 23:59:59 +08:00
    assert due.tzinfo is not None


def test_the_local_date_decides_the_start_day():
    # 17:00 UTC on Sunday 1 March is 01:00 on Monday 2 March in Beijing.
    assert deadline(datetime(2026, 3, 1, 17, 0, tzinfo=timezone.utc), 1) == \
        datetime(2026, 3, 3, 15, 59, 59, tzinfo=timezone.utc)


def test_years_without_calendar_data_fall_back_to_monday_to_friday_and_warn_once(caplog, monkeypatch):
    monkeypatch.setattr(calendar, "_warned_years", set())
    with caplog.at_level(logging.WARNING, logger="referral_service.calendar"):
        assert add_working_days(date(2030, 1, 4), 1) == date(2030, 1, 7)  # Friday -> Monday
        assert is_working_day(date(2030, 1, 8)) and not is_working_day(date(2030, 1, 12))
    warnings = [r for r in caplog.records if "2030" in r.getMessage()]
    assert len(warnings) == 1
