"""Window planning from a small history, checked against Erlang C by hand."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.figures import erlang
from app.figures.planning import POOLED, PlanSettings, window_plan
from app.station import Station
from tests.test_figures_queue import ticket


@pytest.fixture
def history(supervisor_station: Station) -> Station:
    """Week of 2026-11-16 (five working days): 30 SSDJ tickets 10–11h, 3 at 13:40, 10 minutes each."""
    s = supervisor_station
    for day, n in (("2026-11-16", 10), ("2026-11-17", 20)):
        for k in range(n):
            ticket(s, day, "SSDJ", f"10:{k:02d}", called=f"10:{k + 1:02d}", finished="10:59", service=600,
                   state="finished", window="1")
    for k in range(3):
        ticket(s, "2026-11-18", "SSDJ", f"13:4{k}", called=f"13:4{k + 1}", finished="13:59", service=600,
               state="finished", window="1")
    return s


def test_plan_per_band(history: Station) -> None:
    plan = window_plan(history, PlanSettings(target_minutes=15, share=0.8, history_weeks=1))
    assert plan.working_days == 5
    assert plan.month.label == "2026年12月"
    bands = {(b.category, b.hour): b for b in plan.bands}
    ten = bands[("SSDJ", 10)]
    assert ten.arrivals_per_day == 6.0  # 30 tickets over 5 working days
    assert ten.arrivals_per_hour == 6.0
    assert ten.service_minutes == 10.0
    assert ten.load == pytest.approx(1.0)
    assert ten.windows == erlang.windows_needed(1.0, 15, 10, 0.8)
    assert ten.with_plan.service_level >= 0.8
    assert ten.one_fewer is None or ten.one_fewer.service_level < 0.8
    assert ten.mean_wait_minutes == pytest.approx(erlang.mean_wait(ten.windows, 1.0, 10))
    one = bands[("SSDJ", 13)]
    assert one.open_minutes == 30  # the afternoon opens at 13:30
    assert one.arrivals_per_hour == pytest.approx(0.6 * 2)
    assert bands[(POOLED, 10)].windows == ten.windows


def test_busy_day_basis(history: Station) -> None:
    plan = window_plan(history, PlanSettings(history_weeks=1, basis="busy"))
    ten = next(b for b in plan.bands if (b.category, b.hour) == ("SSDJ", 10))
    assert ten.arrivals_per_day == 10.0  # 80th percentile of 10, 20, 0, 0, 0 (nearest rank: 4th of 5)


def test_the_plan_table_says_why(history: Station) -> None:
    plan = window_plan(history, PlanSettings(history_weeks=1))
    table = plan.table()
    first = table.rows[0]
    assert first[0] == "综合受理（商事登记）"
    assert "相当于" in str(first[-1]) and "个窗口" in str(first[-1])
    assert "Erlang C" in table.note


def test_settings_are_checked(history: Station) -> None:
    with pytest.raises(UserError):
        window_plan(history, PlanSettings(share=1.0))
    with pytest.raises(UserError):
        window_plan(history, PlanSettings(target_minutes=0))


def test_no_history_no_bands(supervisor_station: Station) -> None:
    assert window_plan(supervisor_station).bands == []
