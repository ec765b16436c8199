"""The whole hall's figures from the real server equal the sum of its stations' own figures.

Two stations of one hall take, call and finish tickets and accept applications through the
real services, push their records, and the server's per-report figures for the hall match
what app/figures computes from each station's local store for the same period.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import ServerProcess, new_station, sync

from app.auth import Session
from app.clock import HALL_TZ, FixedClock
from app.figures import case_figures, queue_figures, server_source
from app.figures.periods import PeriodKind, day
from app.figures.table import Table
from app.intake.service import IntakeService
from app.queue.service import QueueService
from app.station import Station
from tests.intake_helpers import all_received, walk_in

# Past working days, one per test: the module shares one server (and hall) between its tests.
CASES_DAY, QUEUE_DAY, PAGE_DAY, GONE_DAY = date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 18), date(2026, 11, 19)


def _station(server: ServerProcess, path: Path, staff: int, window_no: str, on: date) -> Station:
    station = new_station(server, path)
    sync(station)  # enrols, pulls the catalog and users
    station.clock = FixedClock(datetime(on.year, on.month, on.day, 9, 0, tzinfo=HALL_TZ))
    station.store.clock = station.clock  # the store stamps audit and case events with it
    station.session = Session(server.staff(staff), "张三", "clerk", window_no)
    return station


def _serve(station: Station, tickets: int, cases: int) -> None:
    queue = QueueService(station)
    intake = IntakeService(station)
    clock = station.clock
    assert isinstance(clock, FixedClock)
    category = station.catalog.queue_categories[0].code
    for _ in range(tickets):
        queue.take_ticket(category)
        clock.advance(minutes=3)
    for n in range(tickets):
        clock.advance(minutes=4 + n)
        ticket = queue.call_next()
        assert ticket is not None
        if n < cases:
            ticket_id = ticket.id
            draft = walk_in(intake)
            intake.accept(all_received(intake, type(draft)(**{**draft.__dict__, "ticket_id": ticket_id})))
        clock.advance(minutes=6 + 2 * n)
        queue.finish()


def _as_supervisor(station: Station, server: ServerProcess) -> None:
    station.session = Session(server.staff(9), "陈静", "supervisor", "")


def _total(table: Table) -> dict[str, Any]:
    assert table.total is not None
    return {c.title: v for c, v in zip(table.columns, table.total, strict=True)}


def _hall(server: ServerProcess, tmp_path: Path, on: date) -> tuple[Station, Station]:
    """Two stations of one hall that served citizens on ``on`` and pushed; now supervisors."""
    one = _station(server, tmp_path / "one", 1, "3", on)
    two = _station(server, tmp_path / "two", 2, "5", on)
    _serve(one, tickets=3, cases=2)
    _serve(two, tickets=2, cases=1)
    for station in (one, two):
        sync(station)
        _as_supervisor(station, server)
    return one, two


def _refused(station: Station) -> list[tuple[str, str]]:
    rows = station.store.query("SELECT kind, last_error FROM outbox WHERE state = 'quarantined'")
    return [(r["kind"], r["last_error"]) for r in rows]


def test_case_figures_equal_the_sum_of_the_stations(shared_server: ServerProcess, tmp_path: Path) -> None:
    one, two = _hall(shared_server, tmp_path, CASES_DAY)
    period = day(CASES_DAY)
    local = [case_figures.case_figures(s, period).total() for s in (one, two)]
    hall = _total(server_source.hall_report(two, "cases", period, "clerk"))
    assert hall["受理"] == sum(c.accepted_full for c in local) == 3
    assert hall["申请件数"] == sum(len(c.cases) for c in local) == 3
    assert hall["补正通知"] == sum(c.notices for c in local) and hall["不予受理"] == sum(c.refused for c in local)
    by_clerk = server_source.hall_report(one, "cases", period, "clerk")
    assert {str(r[0]): r[2] for r in by_clerk.rows} == {f"张三（{shared_server.staff(1)}）": 2,
                                                       f"李四（{shared_server.staff(2)}）": 1}
    for station in (one, two):
        station.close()


def test_queue_figures_equal_the_sum_of_the_stations(shared_server: ServerProcess, tmp_path: Path) -> None:
    one, two = _hall(shared_server, tmp_path, QUEUE_DAY)
    assert _refused(one) == [] and _refused(two) == []
    period = day(QUEUE_DAY)
    local = [queue_figures.queue_figures(s, period).total() for s in (one, two)]
    hall = _total(server_source.hall_report(one, "queue", period, "category"))
    assert hall["取号"] == sum(q.taken for q in local) == 5
    assert hall["已办结"] == sum(q.served for q in local) == 5
    waits = [w for q in local for w in q.waits]
    services = [s for q in local for s in q.services]
    assert hall["平均等候（分）"] == pytest.approx(sum(waits) / len(waits) / 60)
    assert hall["最长等候（分）"] == pytest.approx(max(waits) / 60)
    assert hall["平均办理（分）"] == pytest.approx(sum(services) / len(services) / 60)
    assert hall["90%办理（分）"] == pytest.approx(queue_figures.percentile(services, 0.9) / 60)  # type: ignore[operator]
    by_window = server_source.hall_report(one, "queue", period, "window")
    assert {str(r[0]): r[1] for r in by_window.rows} == {"3 号窗口": 3, "5 号窗口": 2}
    for station in (one, two):
        station.close()


def test_unreachable_server_is_said_plainly(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = _station(shared_server, tmp_path / "gone", 1, "3", GONE_DAY)
    _as_supervisor(station, shared_server)
    station.config = type(station.config)(**{**station.config.__dict__, "server_url": "http://127.0.0.1:9"})
    with pytest.raises(Exception, match="无法连接服务器"):
        server_source.hall_report(station, "queue", day(GONE_DAY), "category")
    station.close()


def test_server_tab_shows_the_hall_and_says_when_the_server_is_gone(shared_server: ServerProcess, tmp_path: Path,
                                                                    qtbot: Any) -> None:
    from ui.figures.page import FiguresPage

    one, two = _hall(shared_server, tmp_path, PAGE_DAY)
    page = FiguresPage(one)
    qtbot.addWidget(page)
    tab = page.server
    assert tab is not None and page.tabs.tabText(page.tabs.indexOf(tab)) == "全大厅（服务器）"
    tab.report.setCurrentIndex(tab.report.findData("cases"))
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        page.set_period(PeriodKind.DAY, PAGE_DAY)
    model = tab.table.model
    assert model.table.key == "cases_matter" and model.data(model.index(model.rowCount() - 1, 0)) == "合计"
    assert model.data(model.index(model.rowCount() - 1, 2)) == "3"  # 受理: both stations' cases
    page.tabs.setCurrentWidget(tab)
    assert page.current_table() is model.table
    one.config = type(one.config)(**{**one.config.__dict__, "server_url": "http://127.0.0.1:9"})
    with qtbot.waitSignal(tab.failed, timeout=20_000):
        tab.reload()
    assert "无法连接服务器" in tab.status.text() and model.rowCount() == 0
    for station in (one, two):
        station.close()
