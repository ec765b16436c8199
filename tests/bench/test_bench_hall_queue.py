"""Shared hall queue benchmark against the real server on loopback (SQLite).

- ``test_bench_call_reaches_sse_board``: a window calls next (``POST /queue/call-next``) and a
  board's server-sent-events listener (app/sync/hall_queue.py QueueEventListener, the real
  client) receives the ``called`` event. Timed: from sending the call to the board's callback.
  The server wakes its event readers in-process after the commit, so this is a round trip
  plus a read, not a 200 ms database poll. extra_info: median and max milliseconds, and the
  median of the part after the call's answer came back (the push delay alone).
"""

from __future__ import annotations

import queue
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))

from sync_helpers import PASSWORD, ServerProcess, make_server, new_station, sync

from app.station import Station
from app.sync import auth
from app.sync.hall_queue import HallQueueClient, QueueEventListener
from app.sync.runner import make_client

pytestmark = pytest.mark.e2e

CATEGORY = "SSDJ"
ROUNDS = 30
EVENT_TIMEOUT = 10.0


@dataclass
class Hall:
    station: Station
    window: HallQueueClient
    listener: QueueEventListener
    events: queue.Queue[dict[str, Any]]
    total_ms: list[float] = field(default_factory=list)
    push_ms: list[float] = field(default_factory=list)


@pytest.fixture(scope="module")
def hall(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hall]:
    srv: ServerProcess = make_server("sqlite", tmp_path_factory.mktemp("bench-queue-server"), stations=1)
    station = new_station(srv, tmp_path_factory.mktemp("bench-queue-station"))
    sync(station)
    client = make_client(station)
    auth.login(station, client, srv.staff(1), PASSWORD)
    window = HallQueueClient(client, lambda: auth.clerk_token(station.secrets, station.clock.now()))
    events: queue.Queue[dict[str, Any]] = queue.Queue()
    listener = QueueEventListener(make_client(station), events.put, after=int(window.state()["last_event_seq"]))
    listener.start()
    assert listener.connected.wait(10)
    yield Hall(station, window, listener, events)
    listener.stop()
    station.close()
    srv.stop()


def _wait_for(events: queue.Queue[dict[str, Any]], kind: str, ticket_id: str) -> None:
    deadline = time.monotonic() + EVENT_TIMEOUT
    while True:
        event = events.get(timeout=max(0.01, deadline - time.monotonic()))
        if event["type"] == kind and event["ticket"]["id"] == ticket_id:
            return


def _ready(hall: Hall) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Untimed: a waiting ticket, its ``taken`` event already delivered."""
    ticket = hall.window.take_ticket(CATEGORY)
    _wait_for(hall.events, "taken", ticket["id"])
    return (hall,), {}


def _call_and_hear(hall: Hall) -> None:
    started = time.perf_counter()
    called = hall.window.call_next("3", {CATEGORY: 1})
    answered = time.perf_counter()
    assert called is not None
    _wait_for(hall.events, "called", called["id"])
    heard = time.perf_counter()
    hall.total_ms.append((heard - started) * 1000)
    hall.push_ms.append((heard - answered) * 1000)


def test_bench_call_reaches_sse_board(benchmark: Any, hall: Hall) -> None:
    rounds = 1 if getattr(benchmark, "disabled", False) else ROUNDS
    benchmark.pedantic(_call_and_hear, setup=lambda: _ready(hall), rounds=rounds, iterations=1)
    assert len(hall.total_ms) == rounds  # every call reached the board
    benchmark.extra_info["median_ms"] = round(statistics.median(hall.total_ms), 2)
    benchmark.extra_info["max_ms"] = round(max(hall.total_ms), 2)
    benchmark.extra_info["push_median_ms"] = round(statistics.median(hall.push_ms), 2)
