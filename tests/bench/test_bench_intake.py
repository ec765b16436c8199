"""Intake benchmarks (run with --benchmark-enable).

- ``test_bench_intake_decision``: one 受理 with 12 materials as its durable unit of work
  (case, checklist, numbered document stored, audit entry, outbox row), the PDF itself
  pre-rendered so only the decision is measured. Target: within 3x the lead's
  ``test_bench_baseline_durable_commit``.
- ``test_bench_memory_1000_services``: one station serving 1,000 citizens in a fresh process
  (ticket and slip, call, intake decision with the real receipt PDF, rating); peak RSS < 250 MB
  and no steady growth between the 500th and the 1,000th.
"""

from __future__ import annotations

import json
import resource
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app.catalog.loader import default_catalog_path
from app.catalog.repository import install_catalog
from app.documents import document_pdf
from app.intake.applicant import Applicant, Person
from app.intake.records import Draft
from app.intake.rules import ItemState
from app.intake.service import IntakeService
from app.station import Station, StationOptions

BENCH_MATTER = "330106-SCJG-XK-0003"  # 食品经营许可, given a 12-material situation below


def _twelve_material_catalog() -> bytes:
    raw = json.loads(default_catalog_path().read_text("utf-8"))
    raw["catalog_version"] = "bench-12"
    matter = next(m for m in raw["matters"] if m["code"] == BENCH_MATTER)
    situation = matter["situations"][0]
    base = situation["materials"]
    situation["materials"] = [dict(base[i % len(base)], code=f"B{i:02d}", name=f"{base[i % len(base)]['name']}（{i + 1}）")
                              for i in range(12)]
    return json.dumps(raw, ensure_ascii=False).encode("utf-8")


def _station(directory: Path, clock: Any) -> Station:
    station = Station.open(StationOptions(data_dir=directory, demo=True), clock=clock)
    install_catalog(station.store, _twelve_material_catalog(), source="bench")
    station.notify("catalog")
    station.login("S001", "demo1234")
    return station


def _ready_draft(service: IntakeService, n: int = 0) -> Draft:
    draft = service.start(BENCH_MATTER, "S01")
    draft = replace(draft, applicant=Applicant(person=Person(f"测试{n}", "resident_id", "11010519491231002X",
                                                             "13812345678")))
    for item in draft.items:
        draft = service.update_item(draft, item.material.code, state=ItemState.RECEIVED)
    return draft


def test_bench_intake_decision(benchmark: Any, tmp_path: Path, clock: Any) -> None:
    station = _station(tmp_path / "bench", clock)
    real = IntakeService(station)
    probe = real.accept(_ready_draft(real))  # one real receipt, to store realistic bytes
    stored = document_pdf(station.store, probe.doc_id)
    service = IntakeService(station, renderer=lambda kind, data: stored)
    draft = _ready_draft(service)
    assert len(draft.items) == 12
    outcome = benchmark(service.accept, draft)
    assert outcome.case_no.startswith("DEMO01-")
    count = station.store.query_one("SELECT COUNT(*) AS n FROM cases WHERE status = 'accepted'")["n"]
    assert count >= 2
    station.close()


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def _peak_rss_mb() -> float:
    """This process image's RSS high-water mark (VmHWM).

    Not ``ru_maxrss``: Linux carries that over fork and exec, so a child started by a
    large test session would report the session's peak instead of its own."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def _serve(station: Station, service: IntakeService, queue: Any, ratings: Any, category: str, n: int) -> None:
    """One citizen: ticket and slip, called, accepted with the receipt PDF, rated on the pad."""
    queue.take_ticket(category)
    ticket = queue.call_next()  # also finishes the previous citizen, whose rating is then asked
    pending = ratings.pending_request()
    if pending is not None:
        ratings.rate(pending.id, "satisfied")
    draft = replace(_ready_draft(service, n), ticket_id=ticket.id if ticket is not None else None)
    assert service.accept(draft).doc_id


def serve_thousand(data_dir: str) -> dict[str, float]:
    """Runs in a fresh process, so its peak RSS is this station's and not the test session's."""
    from datetime import datetime

    from app import config
    from app.clock import HALL_TZ, FixedClock
    from app.queue.service import QueueService
    from app.ratings.service import RatingService

    directory = Path(data_dir)
    config.save(config.StationConfig(secrets_backend="file"), directory / "station.toml")
    clock = FixedClock(datetime(2026, 11, 23, 9, 0, tzinfo=HALL_TZ))
    station = _station(directory, clock)
    service, queue, ratings = IntakeService(station), QueueService(station), RatingService(station)
    category = station.catalog.categories_for_matter(BENCH_MATTER)[0].code
    marks: dict[str, float] = {}
    for n in range(1, 1001):
        clock.advance(seconds=20)
        if n % 100 == 0:  # 100 citizens a day at this window: stay under the daily ticket cap
            clock.advance(days=1)
        _serve(station, service, queue, ratings, category, n)
        if n in (500, 1000):
            marks[f"rss_after_{n}_mb"] = _rss_mb()
    marks["receipts"] = station.store.query_one("SELECT COUNT(*) AS n FROM documents WHERE kind = 'receipt'")["n"]
    marks["ratings"] = station.store.query_one("SELECT COUNT(*) AS n FROM ratings")["n"]
    marks["peak_rss_mb"] = _peak_rss_mb()
    station.close()
    return marks


@pytest.mark.timeout(1800)  # 1,000 real receipt PDFs and ticket slips
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs /proc for the current RSS")
def test_bench_memory_1000_services(benchmark: Any, tmp_path: Path) -> None:
    import multiprocessing

    (tmp_path / "memory").mkdir()
    result: dict[str, float] = {}

    def run() -> None:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            result.update(pool.apply(serve_thousand, (str(tmp_path / "memory"),)))

    benchmark.pedantic(run, rounds=1, iterations=1)
    for key in ("peak_rss_mb", "rss_after_500_mb", "rss_after_1000_mb"):
        benchmark.extra_info[key] = round(result[key], 1)
    assert result["receipts"] == 1000
    assert result["ratings"] >= 999  # the last citizen is still at the window
    assert result["peak_rss_mb"] < 250, f"peak RSS {result['peak_rss_mb']:.0f} MB"
    growth = result["rss_after_1000_mb"] - result["rss_after_500_mb"]
    assert growth < 25, f"RSS grew from {result['rss_after_500_mb']:.0f} to {result['rss_after_1000_mb']:.0f} MB"
