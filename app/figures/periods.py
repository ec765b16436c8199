"""Report periods in hall time: a day, a week (Monday to Sunday) or a calendar month.

Every figure is asked for over a :class:`Period`: an inclusive range of hall-local days.
Timestamps in the store carry the hall's offset (``2026-11-23T09:30:00.000+08:00``), so a
day's rows are those whose first ten characters fall in the range.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from app.clock import HALL_TZ
from app.i18n import N_, Text

if TYPE_CHECKING:
    from app.station import Station


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"

    @property
    def label(self) -> str:
        return {"day": N_("日"), "week": N_("周"), "month": N_("月")}[self.value]


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    start: date  # first day, inclusive
    end: date  # last day, inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def first(self) -> str:
        """Lower bound for hall-time ISO timestamps (inclusive)."""
        return self.start.isoformat()

    @property
    def after(self) -> str:
        """Upper bound for hall-time ISO timestamps (exclusive): the day after the period."""
        return (self.end + timedelta(days=1)).isoformat()

    @property
    def label(self) -> str:
        """The period's name in Chinese (export subtitles, the record)."""
        return self.text.chinese()

    @property
    def text(self) -> Text:
        """The period's name, shown in the interface language by ``str()``."""
        if self.kind is PeriodKind.DAY:
            return Text("{day:%Y年%m月%d日}", day=self.start)
        if self.kind is PeriodKind.MONTH:
            return Text("{year}年{month}月", year=self.start.year, month=self.start.month)
        return Text("{start:%Y-%m-%d} 至 {end:%Y-%m-%d}", start=self.start, end=self.end)

    def dates(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range(self.days)]

    def previous(self) -> Period:
        return period_of(self.kind, self.start - timedelta(days=1))

    def next(self) -> Period:
        return period_of(self.kind, self.end + timedelta(days=1))


def day(on: date) -> Period:
    return Period(PeriodKind.DAY, on, on)


def week(containing: date) -> Period:
    """Monday to Sunday, the way Chinese offices count a week."""
    monday = containing - timedelta(days=containing.weekday())
    return Period(PeriodKind.WEEK, monday, monday + timedelta(days=6))


def month(containing: date) -> Period:
    first = containing.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Period(PeriodKind.MONTH, first, following - timedelta(days=1))


def period_of(kind: PeriodKind | str, containing: date) -> Period:
    kind = PeriodKind(kind)
    if kind is PeriodKind.DAY:
        return day(containing)
    if kind is PeriodKind.WEEK:
        return week(containing)
    return month(containing)


def next_month(today: date) -> Period:
    """The month a window plan is made for: the one after ``today``'s."""
    return month(month(today).end + timedelta(days=1))


def hall_today(station: Station) -> date:
    """Today in the hall's time zone, from the station's clock."""
    return station.clock.now().astimezone(HALL_TZ).date()
