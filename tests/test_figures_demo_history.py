"""The demo history: realistic, consistent, written once."""

from __future__ import annotations

from datetime import date

from app.figures import periods
from app.figures.case_figures import case_figures
from app.figures.demo_history import HistoryShape, seed_demo_history
from app.figures.queue_figures import queue_figures
from app.station import Station

SMALL = HistoryShape(weeks=2, windows=8, daily_tickets=150)


def test_history_is_consistent_and_seeded_once(supervisor_station: Station) -> None:
    counts = seed_demo_history(supervisor_station, SMALL)
    assert counts is not None
    assert len(counts.days) == 10  # two weeks of working days before Monday 2026-11-23
    assert counts.tickets > 1000 and counts.cases > 500 and counts.ratings > 500 and counts.notices > 50
    assert seed_demo_history(supervisor_station, SMALL) is None
    history = periods.Period(periods.PeriodKind.DAY, date(2026, 11, 9), date(2026, 11, 22))
    total = queue_figures(supervisor_station, history).total()
    assert total.taken == counts.tickets
    assert total.served + total.no_show + total.not_called == total.taken  # every past day is over
    assert all(w >= 0 for w in total.waits) and total.mean_service_min is not None
    cases = case_figures(supervisor_station, history)
    assert cases.total().accepted > 0 and cases.total().second_trip > 0
    assert cases.missing and cases.missing[0].total >= cases.missing[-1].total
    busiest = max(queue_figures(supervisor_station, history).arrivals_by_hour()["SSDJ"].items(), key=lambda kv: kv[1])
    assert busiest[0] in (9, 10, 14)  # the morning or the early-afternoon peak
