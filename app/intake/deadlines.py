"""Dates of an application: the promised completion date, the deadline light, and the
five-day clock of 《行政许可法》第三十二条.

All counts are in working days (:class:`app.workdays.WorkCalendar`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.i18n import N_, Text
from app.workdays import WorkCalendar

FIVE_DAY_LIMIT = 5  # 五日内一次告知
FIVE_DAY_WARN_FROM = 3  # the case list warns from the third working day
YELLOW_SHARE = 0.8  # the last 20% of the promised time is yellow
SUPPLEMENT_DAYS = 10  # working days the applicant has to bring what a notice asks for
COMMITMENT_DAYS = 5  # working days to supply materials owed under 容缺受理

RUNNING_STATUSES = frozenset({"accepted", "in_review"})

CALENDAR_GAP = N_("{years} 年的节假日安排尚未导入，日期按周一至周五推算，请以实际为准。")


class Light(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    NONE = "none"  # decided, handed over, refused: no clock runs

    @property
    def label(self) -> str:
        return {"green": N_("正常"), "yellow": N_("临期"), "red": N_("超期"), "none": "—"}[self.value]


@dataclass(frozen=True)
class PromisedDate:
    on: date
    days: int
    uncovered_years: tuple[int, ...]  # the calendar does not know these years' holidays

    @property
    def note(self) -> str:
        """The calendar warning in Chinese, as stored with the case and printed on the receipt ("" if none)."""
        return Text(CALENDAR_GAP, years=self.uncovered_years).chinese() if self.uncovered_years else ""

    @property
    def shown_note(self) -> str:
        """The calendar warning in the interface language ("" if none)."""
        return str(Text(CALENDAR_GAP, years=self.uncovered_years)) if self.uncovered_years else ""


def shown_calendar_note(stored: str) -> str:
    """A :attr:`PromisedDate.note` stored with a case, in the interface language (its years read back)."""
    years = tuple(int(y) for y in re.findall(r"\d{4}", stored))
    if not years or Text(CALENDAR_GAP, years=years).chinese() != stored:
        return stored  # not worded by this version: shown as it was stored
    return str(Text(CALENDAR_GAP, years=years))


def promised_date(calendar: WorkCalendar, accepted_on: date, days: int) -> PromisedDate:
    on = calendar.add_working_days(accepted_on, days)
    return PromisedDate(on, days, tuple(calendar.uncovered_years_in(accepted_on, on)))


def deadline_light(calendar: WorkCalendar, status: str, accepted_on: date | None, promised_on: date | None,
                   promised_days: int, today: date) -> Light:
    """Green; yellow within 1 working day of the promise or in its last 20%; red when overdue."""
    if status not in RUNNING_STATUSES or accepted_on is None or promised_on is None:
        return Light.NONE
    if today > promised_on:
        return Light.RED
    remaining = calendar.working_days_between(today, promised_on)
    if remaining <= 1:
        return Light.YELLOW
    elapsed = calendar.working_days_between(accepted_on, today)
    if promised_days > 0 and elapsed >= YELLOW_SHARE * promised_days:
        return Light.YELLOW
    return Light.GREEN


@dataclass(frozen=True)
class FiveDayClock:
    """Materials received, no acceptance and no supplement notice yet."""

    received_on: date
    day: int  # working days since the materials were received
    deadline: date  # the last day to accept or issue a supplement notice
    warn: bool
    deemed_accepted: bool  # past the deadline: accepted by law

    @property
    def text(self) -> str:
        """The warning for the case list, in the interface language ("" when there is none)."""
        if self.deemed_accepted:
            return str(Text("已超过五个工作日未受理也未告知补正，依法视为自收到材料之日（{received_on:%Y-%m-%d}）起受理",
                            received_on=self.received_on))
        if self.warn:
            return str(Text("收件第 {day} 个工作日：请在 {deadline:%Y-%m-%d} 前受理或一次性告知补正",
                            day=self.day, deadline=self.deadline))
        return ""


def five_day_clock(calendar: WorkCalendar, received_on: date, today: date) -> FiveDayClock:
    deadline = calendar.add_working_days(received_on, FIVE_DAY_LIMIT)
    day = max(0, calendar.working_days_between(received_on, today))
    return FiveDayClock(received_on, day, deadline, day >= FIVE_DAY_WARN_FROM, today > deadline)
