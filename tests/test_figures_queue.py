"""Queue figures against a small hand-computed set of tickets."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.errors import PermissionDenied
from app.figures import periods
from app.figures.queue_figures import percentile, queue_figures
from app.ids import new_id
from app.station import Station


def ticket(station: Station, day: str, category: str, taken: str, *, called: str | None = None,
           finished: str | None = None, service: float | None = None, state: str = "waiting", window: str | None = None,
           no_shows: int = 0, lane: str = "normal", appointment_id: str | None = None) -> str:
    ticket_id = new_id()
    at = lambda hm: f"{day}T{hm}:00.000+08:00"  # noqa: E731
    row: dict[str, Any] = {
        "id": ticket_id, "day": day, "category_code": category, "first_category": category,
        "ticket_no": f"{category[0]}{new_id()[-6:]}", "lane": lane, "source": "kiosk", "taken_at": at(taken),
        "order_at": at(taken), "state": state, "window_no": window, "called_at": at(called) if called else None,
        "first_called_at": at(called) if called else None, "finished_at": at(finished) if finished else None,
        "service_seconds": service, "no_shows": no_shows, "appointment_id": appointment_id}
    with station.store.transaction() as conn:
        conn.execute(f"INSERT INTO queue_tickets ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                     tuple(row.values()))
    return ticket_id


@pytest.fixture
def hall(supervisor_station: Station) -> Station:
    """Six tickets; today is Monday 2026-11-23."""
    s = supervisor_station
    ticket(s, "2026-11-16", "SSDJ", "09:00", called="09:10", finished="09:20", service=600, state="finished", window="1")
    ticket(s, "2026-11-16", "SSDJ", "09:05", called="09:25", finished="09:30", service=300, state="finished", window="2")
    ticket(s, "2026-11-16", "SSDJ", "09:30", called="09:31", state="voided", window="1", no_shows=1)
    ticket(s, "2026-11-16", "SBYB", "10:10")  # never called, the day is over: left
    ticket(s, "2026-11-17", "SBYB", "14:00", called="14:30", finished="14:45", service=900, state="finished",
           window="2")
    ticket(s, "2026-11-23", "SSDJ", "09:20")  # today, still waiting
    return s


def test_per_category(hall: Station) -> None:
    figures = queue_figures(hall, periods.month(date(2026, 11, 1)))
    rows = {r.key: r for r in figures.rows("category")}
    a = rows["SSDJ"]
    assert (a.taken, a.served, a.no_show, a.not_called, a.open) == (4, 2, 1, 0, 1)
    assert a.mean_wait_min == pytest.approx((10 + 20 + 1) / 3)
    assert a.p90_wait_min == 20  # nearest rank: 3rd of 3
    assert a.max_wait_min == 20
    assert a.mean_service_min == 7.5
    assert a.p90_service_min == 10
    b = rows["SBYB"]
    assert (b.taken, b.served, b.no_show, b.not_called, b.open) == (2, 1, 0, 1, 0)
    assert b.mean_wait_min == 30
    assert b.label == "社保医保"


def test_total_and_table(hall: Station) -> None:
    figures = queue_figures(hall, periods.month(date(2026, 11, 1)))
    total = figures.total()
    assert (total.taken, total.served, total.no_show, total.not_called, total.open) == (6, 3, 1, 1, 1)
    assert total.mean_wait_min == pytest.approx(61 / 4 / 1)  # waits 10, 20, 1, 30
    assert total.p90_wait_min == 30
    assert total.mean_service_min == 10
    table = figures.table("category")
    assert table.all_rows[-1][0] == "合计"
    assert table.text(len(table.all_rows) - 1, 6) == "16.7%"  # 1 no-show of 6


def test_per_window_and_day(hall: Station) -> None:
    figures = queue_figures(hall, periods.month(date(2026, 11, 1)))
    windows = {r.key: r.taken for r in figures.rows("window")}
    assert windows == {"1": 2, "2": 2, "": 2}
    days = {r.key: r.taken for r in figures.rows("day")}
    assert days == {"2026-11-16": 4, "2026-11-17": 1, "2026-11-23": 1}


def test_the_week_leaves_out_other_weeks(hall: Station) -> None:
    figures = queue_figures(hall, periods.week(date(2026, 11, 18)))
    assert figures.period.start == date(2026, 11, 16) and figures.period.end == date(2026, 11, 22)
    assert figures.total().taken == 5


def test_arrivals_by_hour(hall: Station) -> None:
    figures = queue_figures(hall, periods.month(date(2026, 11, 1)))
    assert figures.arrivals_by_hour() == {"SSDJ": {9: 4}, "SBYB": {10: 1, 14: 1}}
    table = figures.hour_table(lambda c: c)
    nine = table.rows[0]
    assert nine[0] == "09:00–10:00" and nine[-2] == 4 and nine[-1] == pytest.approx(4 / 3)  # 3 days with tickets


def test_an_early_appointment_waits_from_its_slot(supervisor_station: Station) -> None:
    s = supervisor_station
    appointment = new_id()
    with s.store.transaction() as conn:
        conn.execute("INSERT INTO appointments (id, code, category_code, day, slot_start, slot_end, created_at)"
                     " VALUES (?, 'Y1', 'SSDJ', '2026-11-16', '2026-11-16T09:00:00.000+08:00',"
                     " '2026-11-16T09:30:00.000+08:00', '2026-11-10T10:00:00.000+08:00')", (appointment,))
    ticket(s, "2026-11-16", "SSDJ", "08:50", called="09:05", finished="09:10", service=300, state="finished",
           window="1", lane="appointment", appointment_id=appointment)
    row = queue_figures(s, periods.day(date(2026, 11, 16))).total()
    assert row.mean_wait_min == pytest.approx(5)


def test_percentile_nearest_rank() -> None:
    assert percentile([], 0.9) is None
    assert percentile([5.0], 0.9) == 5.0
    assert percentile([float(n) for n in range(1, 11)], 0.9) == 9.0
    assert percentile([float(n) for n in range(1, 21)], 0.9) == 18.0


def test_clerks_may_not_see_the_figures(clerk_station: Station) -> None:
    with pytest.raises(PermissionDenied):
        queue_figures(clerk_station, periods.day(date(2026, 11, 23)))


def test_periods() -> None:
    assert periods.month(date(2026, 2, 14)).end == date(2026, 2, 28)
    assert periods.month(date(2026, 12, 31)).next().start == date(2027, 1, 1)
    assert periods.week(date(2026, 11, 29)).start == date(2026, 11, 23)  # Sunday belongs to the week before
    assert periods.next_month(date(2026, 11, 23)).label == "2026年12月"
    assert periods.day(date(2026, 11, 23)).previous().start == date(2026, 11, 22)
