"""The sync UI: reports from the sync thread reach the status bar in the UI thread, and
the supervisor's 同步退回记录 page lists and resends quarantined records."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from app.station import Station
from app.sync.engine import SyncEngine, SyncState
from app.sync.runner import SyncRunner
from ui.clerk.window import ClerkWindow
from ui.sync.quarantine_page import QuarantinePage
from ui.sync_status import SyncStatus


def _runner() -> SyncRunner:
    def never() -> SyncEngine:
        raise AssertionError("not started in this test")

    return SyncRunner(never)


def test_state_from_the_sync_thread_reaches_the_status_bar(qtbot: QtBot, clerk_station: Station) -> None:
    clerk_station.config.server_url = "https://zwfw.example"
    window = ClerkWindow(clerk_station)
    qtbot.addWidget(window)
    runner = _runner()
    status = SyncStatus(clerk_station, runner, window.status)
    assert "正在连接" in window.status.network_label.text()
    seen_threads: list[bool] = []
    status.state_changed.connect(lambda _: seen_threads.append(QThread.currentThread() is status.thread()))
    state = SyncState(online=False, detail="服务器响应超时", clock_skew_seconds=86400.0, pending=3, quarantined=2)
    with qtbot.waitSignal(status.state_changed):
        worker = threading.Thread(target=lambda: runner._emit_state(state))  # as the sync thread does
        worker.start()
        worker.join()
    assert seen_threads == [True]
    assert "离线" in window.status.network_label.text() and "超时" in window.status.network_label.text()
    assert "快 1440 分钟" in status.label.text() and "2 条记录被服务器退回" in status.label.text()
    refreshed: list[frozenset[str]] = []
    clerk_station.subscribe(refreshed.append)
    with qtbot.waitSignal(status.data_changed):
        threading.Thread(target=lambda: runner._emit_changes(frozenset({"catalog"}))).start()
    assert refreshed and {"catalog", "sync"} <= refreshed[-1]
    with qtbot.waitSignal(status.state_changed):
        runner._emit_state(SyncState(online=True, pending=0))
    assert "在线" in window.status.network_label.text() and status.label.text() == ""


def test_supervisor_page_lists_and_resends_quarantined(qtbot: QtBot, supervisor_station: Station) -> None:
    station = supervisor_station
    with station.store.unit_of_work("S001") as uow:
        rid = uow.emit("rating", {"score": 9, "station_code": station.station_code})
    with station.store.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'quarantined', last_error = 'invalid: payload.score 须为 1–5 的整数'"
                     " WHERE id = ?", (rid,))
    window = ClerkWindow(station)
    qtbot.addWidget(window)
    page = window.page("sync.quarantine")
    assert isinstance(page, QuarantinePage)
    assert page.model.rowCount() == 1 and page.model.data(page.model.index(0, 0)) == "评价"
    assert "1–5" in (page.model.data(page.model.index(0, 3)) or "")
    page.table.selectRow(0)
    page.resend_selected()
    assert page.model.rowCount() == 0 and "没有被退回" in page.summary.text()
    assert [r["state"] for r in station.store.query("SELECT state FROM outbox WHERE id = ?", (rid,))] == ["pending"]


def test_clerks_do_not_get_the_page(qtbot: QtBot, clerk_station: Station) -> None:
    window = ClerkWindow(clerk_station)
    qtbot.addWidget(window)
    assert "sync.quarantine" not in window._pages


def test_a_status_bar_gone_with_its_window_never_stops_the_sync(qtbot: QtBot, clerk_station: Station) -> None:
    """注销 closes the clerk window; the sync thread goes on reporting, and pushing, without it."""
    clerk_station.config.server_url = "https://zwfw.example"
    window = ClerkWindow(clerk_station)
    runner = _runner()
    SyncStatus(clerk_station, runner, window.status)
    assert len(runner._state_listeners) == 1
    window.deleteLater()
    qtbot.waitUntil(lambda: not runner._state_listeners and not runner._change_listeners, timeout=5000)
    runner._emit_state(SyncState(online=True))  # nobody left to tell: no error


def test_a_failing_listener_is_logged_and_the_others_still_hear(caplog) -> None:  # type: ignore[no-untyped-def]
    runner = _runner()
    heard: list[SyncState] = []

    def broken(state: SyncState) -> None:
        raise RuntimeError("Signal source has been deleted")

    runner.add_state_listener(broken)
    runner.add_state_listener(heard.append)
    runner._emit_state(SyncState(online=True))  # as inside a round: it must not raise
    assert len(heard) == 1 and "a sync listener failed" in caplog.text
