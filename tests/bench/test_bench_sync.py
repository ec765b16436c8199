"""Sync benchmarks against the real server on loopback.

- ``test_bench_sync_backlog_7d``: a week offline (2,000 cases with checklists, 2,000 ratings,
  5,000 tickets) pushed by a cold-started sync client (its own process); target under 10 s.
  extra_info: peak client RSS (MB), records.
- ``test_bench_server_ingest``: four stations pushing at once; extra_info["records_per_second"].
- ``test_bench_baseline_loopback_post``: the same bytes POSTed raw to a trivial endpoint of the
  same server (its protocol guard reads and parses the body, then 405): the floor.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))

from sync_helpers import (
    ROOT,
    ServerProcess,
    _env,
    case_payload,
    make_server,
    new_station,
    sync,
)

from app.station import Station
from app.sync.client import Offline
from app.sync.push import _PENDING_SQL, Pusher, envelope
from app.sync.runner import build_engine

CASES, RATINGS, TICKETS = 2_000, 2_000, 5_000
INGEST_STATIONS, INGEST_EACH = 4, 1_000
ROUNDS = 2

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def bench_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    srv = make_server("sqlite", tmp_path_factory.mktemp("bench-server"), stations=ROUNDS + ROUNDS * INGEST_STATIONS + 2)
    yield srv
    srv.stop()


def _scale(benchmark: Any) -> int:
    """Full size when benchmarking; a twentieth when the suite runs it once as a test."""
    return 20 if getattr(benchmark, "disabled", False) else 1


def _week_backlog(station: Station, scale: int) -> int:
    """Outbox rows through UnitOfWork.emit, many per unit of work (set-up speed only)."""
    made = 0
    for kind, total in (("case", CASES // scale), ("rating", RATINGS // scale), ("ticket", TICKETS // scale)):
        for start in range(0, total, 250):
            with station.store.unit_of_work("S001") as uow:
                for n in range(start, min(total, start + 250)):
                    _emit(uow, station, kind, n)
                    made += 1
    return made


LEVELS = ("very_dissatisfied", "dissatisfied", "basically_satisfied", "satisfied", "very_satisfied")


def _emit(uow: Any, station: Station, kind: str, n: int) -> None:
    code = station.station_code
    if kind == "case":
        uow.emit("case.accepted", case_payload(station, n))
    elif kind == "rating":
        uow.emit("rating", {"level": LEVELS[n % 5], "station_code": code, "window_no": "3", "clerk_staff_no": "S001",
                            "ticket_no": f"A{n % 1000:03d}", "comment": "办事很顺利" if n % 5 else "等待时间较长"})
    else:
        uow.emit("ticket.taken", {"category_code": "SSDJ", "ticket_no": f"A{n % 1000:03d}", "station_code": code,
                                  "lane": "normal", "taken_at": "2026-11-23T09:00:00+08:00", "day": "2026-11-23"})


# VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork and exec, so the child would
# report the test session's peak instead of its own.
PUSH_ONCE = (
    "import sys\n"
    "from app.sync.__main__ import main\n"
    "code = main(['once', '--data-dir', sys.argv[1]])\n"
    "hwm = next(line for line in open('/proc/self/status') if line.startswith('VmHWM:'))\n"
    "print('PEAK_RSS_KB', hwm.split()[1])\n"
    "sys.exit(code)\n"
)


@pytest.mark.timeout(3600)
def test_bench_sync_backlog_7d(benchmark: Any, bench_server: ServerProcess, tmp_path: Path) -> None:
    dirs: list[Path] = []
    peaks: list[int] = []
    made: list[int] = []

    def setup() -> tuple[tuple[Path], dict[str, Any]]:
        data_dir = tmp_path / f"st{len(dirs)}"
        station = new_station(bench_server, data_dir)
        sync(station)  # enrolled, catalog and users pulled: the backlog is what is measured
        made.append(_week_backlog(station, _scale(benchmark)))
        station.close()
        dirs.append(data_dir)
        return (data_dir,), {}

    def push(data_dir: Path) -> None:
        done = subprocess.run([sys.executable, "-c", PUSH_ONCE, str(data_dir)], cwd=ROOT, env=_env(),
                              capture_output=True, timeout=600)
        assert done.returncode == 0, done.stderr.decode()[-2000:]
        peaks.append(int(done.stdout.decode().split("PEAK_RSS_KB")[1].split()[0]))

    benchmark.pedantic(push, setup=setup, rounds=ROUNDS, iterations=1)
    from sync_helpers import open_station, outbox_states

    last = open_station(dirs[-1])
    assert outbox_states(last) == {"sent": made[-1]}
    last.close()
    benchmark.extra_info["records"] = made[-1]
    benchmark.extra_info["peak_client_rss_mb"] = round(max(peaks) / 1024, 1)


def _push_until_empty(engine: Any) -> None:
    """What the runner does: retry (smaller batches after a timeout) until the outbox is empty."""
    pusher = Pusher(engine.store, engine.client, engine.station_code)
    while engine.store.pending_count():
        try:
            pusher.push_all()
        except Offline:
            continue


@pytest.mark.timeout(3600)
def test_bench_server_ingest(benchmark: Any, bench_server: ServerProcess, tmp_path: Path) -> None:
    rates: list[float] = []
    each = INGEST_EACH // _scale(benchmark)

    def setup() -> tuple[tuple[list[Station]], dict[str, Any]]:
        stations = []
        for i in range(INGEST_STATIONS):
            station = new_station(bench_server, tmp_path / f"ingest{len(rates)}-{i}-{time.monotonic_ns()}")
            sync(station)
            with station.store.unit_of_work("S001") as uow:
                for n in range(each):
                    _emit(uow, station, "ticket" if n % 2 else "rating", n)
            stations.append(station)
        return (stations,), {}

    def ingest(stations: list[Station]) -> None:
        engines = [build_engine(s) for s in stations]
        threads = [threading.Thread(target=_push_until_empty, args=(e,)) for e in engines]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        rates.append(INGEST_STATIONS * each / (time.perf_counter() - started))
        for engine, station in zip(engines, stations, strict=True):
            assert engine.store.pending_count() == 0
            engine.store.close()
            station.close()

    benchmark.pedantic(ingest, setup=setup, rounds=ROUNDS, iterations=1)
    benchmark.extra_info["records_per_second"] = round(max(rates))
    benchmark.extra_info["stations"] = INGEST_STATIONS


@pytest.mark.timeout(3600)
def test_bench_baseline_loopback_post(benchmark: Any, bench_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(bench_server, tmp_path / "floor")
    sync(station)
    _week_backlog(station, _scale(benchmark))
    rows = station.store.query(_PENDING_SQL, (0, 100_000))
    batches = [json.dumps({"protocol": 1, "station_code": station.station_code,
                           "records": [envelope(station.store, r, station.station_code) for r in rows[i:i + 200]]},
                          ensure_ascii=False).encode() for i in range(0, len(rows), 200)]
    station.close()
    url = f"{bench_server.url}/api/v1/health"
    session = requests.Session()

    def post_all() -> None:
        for body in batches:
            answer = session.post(url, data=body, headers={"Content-Type": "application/json"}, timeout=30)
            assert answer.status_code == 405  # read and parsed by the server, then refused: transport only

    benchmark.pedantic(post_all, rounds=ROUNDS * 2, iterations=1)
    benchmark.extra_info["bytes"] = sum(len(b) for b in batches)
    benchmark.extra_info["requests"] = len(batches)
