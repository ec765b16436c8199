"""Erlang C against published reference values."""

from __future__ import annotations

import math

import pytest

from app.figures import erlang


@pytest.mark.parametrize(("windows", "load"), [(5, 1.36), (10, 4.46), (20, 12.03)])
def test_erlang_b_matches_the_one_percent_column_of_the_erlang_b_table(windows: int, load: float) -> None:
    # Erlang B table, grade of service 1%: 5 circuits carry 1.36 E, 10 carry 4.46 E, 20 carry 12.03 E.
    assert erlang.erlang_b(windows, load) == pytest.approx(0.01, abs=1e-3)


def test_erlang_b_two_percent_column() -> None:
    assert erlang.erlang_b(10, 5.08) == pytest.approx(0.02, abs=1e-3)


def test_call_centre_helper_example_ten_erlangs() -> None:
    # 100 calls in 30 minutes, 180 s handling: A = 10 E. With 11 agents P(wait) = 68.21 %,
    # 39 % answered within 20 s; 14 agents are the first to reach 80/20 (88.8 %).
    load, aht, target = 10.0, 180.0, 20.0
    assert erlang.wait_probability(11, load) == pytest.approx(0.6821, abs=1e-3)
    assert erlang.service_level(11, load, target, aht) == pytest.approx(0.3896, abs=1e-3)
    assert erlang.service_level(13, load, target, aht) == pytest.approx(0.7956, abs=1e-3)
    assert erlang.service_level(14, load, target, aht) == pytest.approx(0.8884, abs=1e-3)
    assert erlang.windows_needed(load, target, aht, 0.8) == 14


def test_three_hundred_sixty_calls_per_half_hour_example() -> None:
    # 360 calls per 30 minutes of 4 minutes each (A = 48 E), 55 agents, 15 s target:
    # P(wait) 0.2387, average speed of answer 8.2 s, service level 84.6 %.
    load = 360 * 4 / 30
    assert load == 48
    assert erlang.wait_probability(55, load) == pytest.approx(0.2387, abs=1e-3)
    assert erlang.mean_wait(55, load, 240.0) == pytest.approx(8.18, abs=0.05)
    assert erlang.service_level(55, load, 15.0, 240.0) == pytest.approx(0.8459, abs=1e-3)


def test_textbook_mm5_queue() -> None:
    # One arrival a minute, 3 minutes of service, 5 servers: 23.6 % of customers wait.
    assert erlang.wait_probability(5, 3.0) == pytest.approx(0.2362, abs=1e-3)


def test_overloaded_queue_always_waits() -> None:
    assert erlang.wait_probability(3, 3.0) == 1.0
    assert erlang.service_level(2, 3.0, 10.0, 5.0) == 0.0
    assert math.isinf(erlang.mean_wait(3, 4.0, 5.0))
    assert erlang.windows_needed(3.0, 10.0, 5.0, 0.8) >= 4


def test_no_arrivals_need_no_window() -> None:
    assert erlang.windows_needed(0.0, 15.0, 10.0, 0.8) == 0
    assert erlang.wait_probability(2, 0.0) == 0.0


def test_wait_quantile_is_consistent_with_the_service_level() -> None:
    load, service = 8.43, 13.9
    p90 = erlang.wait_quantile(10, load, service, 0.9)
    assert erlang.service_level(10, load, p90, service) == pytest.approx(0.9, abs=1e-9)
    assert erlang.wait_quantile(20, load, service, 0.9) == 0.0  # fewer than 10 % wait at all


def test_needed_windows_is_the_smallest_that_meets_the_target() -> None:
    for load in (0.4, 1.8, 4.5, 12.3, 36.0):
        n = erlang.windows_needed(load, 15.0, 10.0, 0.8)
        assert erlang.service_level(n, load, 15.0, 10.0) >= 0.8
        assert n - 1 <= load or erlang.service_level(n - 1, load, 15.0, 10.0) < 0.8


def test_occupancy_cap() -> None:
    n = erlang.windows_needed(8.0, 60.0, 10.0, 0.5, max_occupancy=0.8)
    assert 8.0 / n <= 0.8
