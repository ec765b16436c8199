"""Hall time. Every service takes a clock so tests can set the day and the hour."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

HALL_TZ = ZoneInfo("Asia/Shanghai")


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(HALL_TZ)


class FixedClock:
    """A clock that only moves when told to (tests, demo history)."""

    def __init__(self, start: datetime) -> None:
        self._now = start if start.tzinfo else start.replace(tzinfo=HALL_TZ)

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when if when.tzinfo else when.replace(tzinfo=HALL_TZ)

    def advance(self, **delta: float) -> datetime:
        self._now += timedelta(**delta)
        return self._now


def iso(dt: datetime) -> str:
    """The one text form of a timestamp in the store and on the wire."""
    return dt.isoformat(timespec="milliseconds")
