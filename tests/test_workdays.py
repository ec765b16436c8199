"""Working-day arithmetic around Spring Festival, 调休 weekends and uncovered years."""

from __future__ import annotations

from datetime import date

import pytest

from app.workdays import DayOverride, WorkCalendar

cal = WorkCalendar()


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 11, 23), 0, date(2026, 11, 23)),  # 即办
        (date(2026, 11, 23), 5, date(2026, 11, 30)),  # Mon + 5 = next Mon
        (date(2026, 11, 27), 1, date(2026, 11, 30)),  # Fri + 1 skips the weekend
        # Spring Festival 2026: 15–23 Feb off; Sat 14 Feb and Sat 28 Feb are 调休 working days.
        (date(2026, 2, 13), 1, date(2026, 2, 14)),
        (date(2026, 2, 14), 1, date(2026, 2, 24)),
        (date(2026, 2, 12), 5, date(2026, 2, 26)),  # 13, 14, 24, 25, 26
        (date(2026, 2, 26), 2, date(2026, 2, 28)),  # 27, Sat 28 (调休)
        # National Day 2026: 1–7 Oct off, Sat 10 Oct works.
        (date(2026, 9, 30), 3, date(2026, 10, 10)),  # 8, 9, Sat 10
    ],
)
def test_add_working_days(start: date, days: int, expected: date) -> None:
    assert cal.add_working_days(start, days) == expected


def test_working_days_between_is_inverse() -> None:
    start = date(2026, 1, 20)
    for n in range(0, 40):
        assert cal.working_days_between(start, cal.add_working_days(start, n)) == n


def test_holiday_and_adjusted_days() -> None:
    assert not cal.is_working_day(date(2026, 2, 17))
    assert cal.is_working_day(date(2026, 2, 28))  # Saturday, 调休
    assert not cal.is_working_day(date(2026, 11, 28))  # ordinary Saturday


def test_uncovered_year_is_reported_not_guessed_silently() -> None:
    assert cal.covers(date(2026, 5, 1))
    assert not cal.covers(date(2027, 1, 4))
    assert cal.uncovered_years_in(date(2026, 12, 20), date(2027, 1, 10)) == [2027]


def test_server_overrides_cover_a_new_year() -> None:
    overrides = [DayOverride(date(2027, 1, 1), False, "元旦"), DayOverride(date(2027, 2, 6), True, "春节调休")]
    c = WorkCalendar(overrides, complete_years=[2027])
    assert c.covers(date(2027, 3, 1))
    assert not c.is_working_day(date(2027, 1, 1))
    assert c.is_working_day(date(2027, 2, 6))  # a Saturday made a working day
    assert c.add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)


def test_negative_days_rejected() -> None:
    with pytest.raises(ValueError):
        cal.add_working_days(date(2026, 1, 5), -1)
