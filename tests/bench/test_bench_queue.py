"""Queue benchmarks: call next in a big hall, take a ticket with its slip.

Targets (medians): call next within 2× test_bench_baseline_durable_commit of the same run,
whatever the queue's size; take ticket under 100 ms.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from itertools import count
from typing import Any

import pytest

from app.catalog.model import QueueCategory, ServiceHours
from app.clock import FixedClock, iso
from app.queue.service import QueueService
from app.station import Station

CATEGORIES = 50
WINDOWS = 248
WAITING = 10_000


def _big_hall(station: Station) -> list[str]:
    """50 categories (a catalog allows one letter per category, so this one is built in memory),
    248 windows serving all of them with weights 1–3, and 10,000 waiting tickets."""
    sample = station.catalog
    hours = (ServiceHours("00:00", "23:59"),)
    categories = tuple(
        QueueCategory(f"Q{i:02d}", chr(ord("A") + i % 26), f"业务类别{i:02d}",
                      sample.queue_categories[i % len(sample.queue_categories)].matter_codes, 100_000, hours)
        for i in range(CATEGORIES))
    station._catalog = replace(sample, queue_categories=categories)  # bench-only: no 50-letter catalog exists
    codes = [c.code for c in categories]
    start = station.clock.now() - timedelta(hours=3)
    day = station.clock.now().date().isoformat()
    lanes = ["normal"] * 18 + ["priority", "appointment"]
    rows = []
    for i in range(WAITING):
        at = iso(start + timedelta(seconds=i))
        code = codes[i % CATEGORIES]
        rows.append((f"bench-{i:05d}", day, code, code, f"{categories[i % CATEGORIES].prefix}{i // CATEGORIES:03d}",
                     lanes[i % len(lanes)], "kiosk", at, at))
    with station.store.transaction() as conn:
        conn.executemany(
            "INSERT INTO queue_tickets (id, day, category_code, first_category, ticket_no, lane, source, taken_at,"
            " order_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting')", rows)
        conn.executemany("INSERT INTO sequences (name, value) VALUES (?, ?)",
                         [(f"ticket:{day}:{code}", WAITING // CATEGORIES) for code in codes])
        for w in range(1, WINDOWS + 1):
            conn.execute("INSERT INTO queue_windows (window_no, has_profile) VALUES (?, 1)", (str(w),))
            conn.executemany("INSERT INTO queue_window_categories (window_no, category_code, weight) VALUES (?, ?, ?)",
                             [(str(w), code, 1 + (w + j) % 3) for j, code in enumerate(codes)])
    return codes


def test_bench_call_next_10k(benchmark: Any, clerk_station: Station, clock: FixedClock) -> None:
    _big_hall(clerk_station)
    queue = QueueService(clerk_station)
    windows = count()

    def call_next() -> Any:
        clock.advance(seconds=30)
        return queue.call_next(window_no=str(next(windows) % WINDOWS + 1))

    ticket = benchmark(call_next)
    assert ticket is not None
    row = clerk_station.store.query_one("SELECT COUNT(*) AS n FROM queue_tickets WHERE state = 'waiting'")
    assert row is not None and row["n"] >= WAITING - 5000


def test_bench_take_ticket(benchmark: Any, station: Station) -> None:
    codes = _big_hall(station)
    queue = QueueService(station)
    taken = benchmark(queue.take_ticket, codes[7])
    assert taken.slip_doc_id
    pdf = station.store.query_one("SELECT length(pdf) AS n FROM documents WHERE id = ?", (taken.slip_doc_id,))
    assert pdf is not None and pdf["n"] > 1000


@pytest.fixture(autouse=True)
def _no_printing_fonts_cost_in_the_first_round() -> None:
    from printing.fonts import register_fonts

    register_fonts()
