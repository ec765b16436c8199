"""Figures benchmark: a month of a 50-window hall, every figure from the local store.

Target (median): under 2 s for all the tables of the hall figures page for one month
(queue, cases, deadlines, ratings and consultations by every grouping, arrivals by hour,
the materials most often missing). The history is written with direct INSERTs.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from app.clock import HALL_TZ, FixedClock
from app.figures import periods
from app.figures.demo_history import HistoryShape, generate_history
from app.figures.report import hall_figures
from app.station import Station

# About 40,000 tickets, 30,000 applications and 25,000 ratings over November 2026's 21 working days.
MONTH_OF_A_BIG_HALL = HistoryShape(windows=50, daily_tickets=1900, case_share=0.9, rating_share=0.66,
                                   not_rated_share=0.04, consultation_share=0.1)


@pytest.fixture
def big_month(supervisor_station: Station, clock: FixedClock) -> Station:
    clock.set(datetime(2026, 12, 1, 10, 0, tzinfo=HALL_TZ))
    counts = generate_history(supervisor_station, MONTH_OF_A_BIG_HALL, start=date(2026, 11, 1),
                              end=date(2026, 12, 1))
    assert 36_000 <= counts.tickets <= 44_000
    assert 27_000 <= counts.cases <= 33_000
    assert 22_000 <= sum(1 for _ in supervisor_station.store.query("SELECT 1 FROM ratings WHERE rated = 1")) <= 28_000
    supervisor_station.store.conn.execute("ANALYZE")
    return supervisor_station


def test_bench_month_figures(benchmark: Any, big_month: Station) -> None:
    period = periods.month(date(2026, 11, 1))

    def all_figures() -> int:
        return len(hall_figures(big_month, period).all_tables())

    tables = benchmark(all_figures)
    assert tables == 24  # 22 grouped tables, arrivals by hour, the materials most often missing
