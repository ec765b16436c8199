"""Working days (工作日): China's official holidays and adjusted working days (调休).

Time limits (承诺时限, 法定时限) count working days. The data comes, in order of
precedence, from the server (``calendar_days`` rows, pulled by sync), then from the
``chinese-calendar`` package for the years it covers. A year that neither covers is
counted Monday to Friday, and :meth:`WorkCalendar.covers` says so, so the UI can warn
visibly instead of guessing silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class DayOverride:
    day: date
    working: bool
    name: str = ""


def _chinese_calendar_data() -> tuple[dict[date, str], dict[date, str], frozenset[int]]:
    try:
        import chinese_calendar
    except ImportError:  # pragma: no cover - a dependency, but never fatal
        return {}, {}, frozenset()
    holidays: dict[date, str] = dict(chinese_calendar.holidays)
    workdays: dict[date, str] = dict(chinese_calendar.workdays)
    years = frozenset(d.year for d in holidays)
    return holidays, workdays, years


class WorkCalendar:
    def __init__(self, overrides: Iterable[DayOverride] = (), complete_years: Iterable[int] = (),
                 *, use_package: bool = True) -> None:
        holidays, workdays, years = _chinese_calendar_data() if use_package else ({}, {}, frozenset())
        self._holidays: dict[date, str] = holidays
        self._workdays: dict[date, str] = workdays
        self._covered: set[int] = set(years)
        for o in overrides:
            target, other = (self._workdays, self._holidays) if o.working else (self._holidays, self._workdays)
            target[o.day] = o.name
            other.pop(o.day, None)
        self._covered.update(complete_years)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, object]], complete_years: Iterable[int]) -> WorkCalendar:
        overrides = [
            DayOverride(date.fromisoformat(str(r["day"])), bool(r["working"]), str(r["name"] or "")) for r in rows
        ]
        return cls(overrides, complete_years)

    def covers(self, day: date) -> bool:
        """True when the holidays of ``day``'s year are known."""
        return day.year in self._covered

    def covered_years(self) -> frozenset[int]:
        return frozenset(self._covered)

    def is_working_day(self, day: date) -> bool:
        if day in self._holidays:
            return False
        if day in self._workdays:
            return True
        return day.weekday() < 5

    def holiday_name(self, day: date) -> str:
        return self._holidays.get(day, "")

    def add_working_days(self, start: date, days: int) -> date:
        """The date ``days`` working days after ``start`` (``start`` itself not counted).

        ``days == 0`` (即办) gives ``start``. This is how a promised completion date is
        counted from the acceptance date.
        """
        if days < 0:
            raise ValueError("days must not be negative")
        current = start
        remaining = days
        while remaining:
            current += timedelta(days=1)
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
        if end < start:
            return -self.working_days_between(end, start)
        count = 0
        current = start
        while current < end:
            current += timedelta(days=1)
            if self.is_working_day(current):
                count += 1
        return count

    def uncovered_years_in(self, start: date, end: date) -> list[int]:
        return [y for y in range(start.year, end.year + 1) if y not in self._covered]
