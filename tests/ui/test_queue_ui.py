"""The whole loop on one PC: the kiosk takes a ticket, the clerk calls it, the board shows and says it;
with the shared hall queue (a slow fake server) the panel and the kiosk never wait on it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, cast

import pytest
import shiboken6
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.errors import UserError
from app.ids import new_id
from app.queue.hall import HallQueue
from app.queue.service import QueueService
from app.station import Station
from app.sync.client import Offline
from tests.qt_helpers import Ticks
from ui.board.speech import BoardAnnouncer
from ui.board.window import BoardWindow
from ui.clerk.queue_panel import QueuePanel, WaitingCountsModel
from ui.clerk.window import ClerkWindow
from ui.kiosk.style import ELDERLY
from ui.kiosk.window import OFFLINE_NOTICE, KioskWindow
from ui.speech import Speaker
from ui.worker import Worker

# Loading QtTextToSpeech/QtMultimedia on a machine with no sound server warns once.
AUDIO_WARNINGS = ("pipewire", "Couldn't load", "Couldn't resolve", "PulseAudio", "va-", "FFmpeg")


class Recorder:
    def __init__(self) -> None:
        self.played: list[list[Path]] = []

    def __call__(self, paths: list[Path]) -> None:
        self.played.append(paths)


@pytest.mark.qt_log_ignore(*AUDIO_WARNINGS)
def test_kiosk_ticket_called_by_clerk_is_shown_and_spoken_on_the_board(qtbot: QtBot, clerk_station: Station) -> None:
    station = clerk_station
    kiosk = KioskWindow(station, speaker=Speaker(engine="mock", clip_sink=Recorder()))
    qtbot.addWidget(kiosk)
    recorder = Recorder()
    board = BoardWindow(station, BoardAnnouncer(Speaker(engine="mock", clip_sink=recorder)))
    qtbot.addWidget(board)
    clerk = ClerkWindow(station)
    qtbot.addWidget(clerk)
    for w in (kiosk, board, clerk):
        w.show()
    qtbot.waitExposed(kiosk)

    qtbot.mouseClick(kiosk.home.tiles[0], Qt.MouseButton.LeftButton)
    assert kiosk.current_screen() is kiosk.take_screen
    button = kiosk.take_screen.buttons["SBYB"]
    assert "等候 0 人" in button.text()
    with qtbot.waitSignal(kiosk.print_jobs.done, timeout=20000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert kiosk.current_screen() is kiosk.result
    assert kiosk.result.number.text() == "B001"
    assert "请取走" in kiosk.result.print_state.text()
    assert not kiosk.result.reprint_button.isVisible()

    panel = clerk.queue_panel  # type: ignore[attr-defined]
    assert isinstance(panel, QueuePanel)
    assert panel.call_button.text() == "叫号（F1）"
    clerk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is clerk)
    with qtbot.waitSignal(board.callsShown):
        qtbot.keyClick(clerk, Qt.Key.Key_F1)
    assert panel.current_label.text() == "B001"
    assert board.newest.text() == "请 B001 号到 3 号窗口办理"
    assert board.cells[0].ticket_label.text() == "B001" and board.cells[0].isVisibleTo(board)
    assert board.announcer.spoken[-1] == "请 B 零零一 号到 三 号窗口办理"
    spoken = [p.name for p in recorder.played[-1]]
    assert spoken == ["qing.wav", "letter-B.wav", "digit-0.wav", "digit-0.wav", "digit-1.wav", "hao.wav", "dao.wav",
                      "digit-3.wav", "hao.wav", "chuangkou-banli.wav"]
    assert all(p.exists() for p in recorder.played[-1])

    with qtbot.waitSignal(board.callsShown):
        qtbot.mouseClick(panel.recall_button, Qt.MouseButton.LeftButton)
    assert "重呼" in board.recent_labels[0].text()
    kiosk.print_jobs.wait()
    board.close()


@pytest.mark.qt_log_ignore(*AUDIO_WARNINGS)
def test_kiosk_elderly_mode_checkin_and_idle_timeout(qtbot: QtBot, clerk_station: Station, clock: FixedClock) -> None:
    station = clerk_station
    queue = QueueService(station)
    now = clock.now()
    from datetime import timedelta

    appt = queue.create_appointment("HZ", now + timedelta(minutes=10), now + timedelta(minutes=40))
    kiosk = KioskWindow(station, speaker=Speaker(engine="mock", clip_sink=Recorder()))
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.waitExposed(kiosk)

    qtbot.mouseClick(kiosk.elderly_button, Qt.MouseButton.LeftButton)
    assert kiosk.elderly
    kiosk.show_screen(kiosk.take_screen)
    assert kiosk.take_screen.priority.isChecked()  # 长辈版 asks for the priority lane by default
    assert len(kiosk.take_screen.buttons) == ELDERLY.categories_per_page
    for b in kiosk.take_screen.buttons.values():
        assert b.height() >= 60 and b.width() >= 60
        assert b.font().pointSizeF() >= 18 or "22pt" in kiosk.styleSheet()
    assert kiosk.take_screen.next_page.isVisible()
    assert "请选择业务类别" in kiosk.read_aloud()

    kiosk.show_screen(kiosk.checkin_screen)
    keys = {b.text(): b for b in kiosk.checkin_screen.findChildren(QPushButton)}
    for digit in appt.code[:3]:
        qtbot.mouseClick(keys[digit], Qt.MouseButton.LeftButton)
    assert kiosk.checkin_screen.code.text() == appt.code[:3]
    kiosk.idle.timeout.emit()  # what the idle timer does after kiosk_idle_seconds
    assert kiosk.current_screen() is kiosk.home
    assert kiosk.checkin_screen.code.text() == ""
    assert not kiosk.elderly  # back to the station's default look

    kiosk.show_screen(kiosk.checkin_screen)
    kiosk.checkin_screen.code.setText("123")
    kiosk.checkin_screen.check_in()
    assert "6 位" in kiosk.checkin_screen.message.text()
    kiosk.checkin_screen.code.setText(appt.code)
    with qtbot.waitSignal(kiosk.print_jobs.done, timeout=20000):
        qtbot.mouseClick(kiosk.checkin_screen.submit, Qt.MouseButton.LeftButton)
    assert kiosk.result.number.text() == "D001"
    assert "预约" in kiosk.result.category.text()
    kiosk.print_jobs.wait()


def test_print_failure_keeps_the_ticket_and_offers_reprint(qtbot: QtBot, station: Station) -> None:
    station.config.printers["ticket"] = "没有这台打印机"
    kiosk = KioskWindow(station, speaker=Speaker(engine="", clip_sink=Recorder()))
    qtbot.addWidget(kiosk)
    kiosk.show_screen(kiosk.take_screen)
    with qtbot.waitSignal(kiosk.print_jobs.failed, timeout=20000):
        kiosk.take_screen.take("SSDJ")
    assert kiosk.result.number.text() == "A001"
    assert "已保留" in kiosk.result.print_state.text()
    assert kiosk.result.reprint_button.isVisibleTo(kiosk)
    assert QueueService(station).find_ticket("A001").state == "waiting"
    station.config.printers["ticket"] = "pdf-folder"
    with qtbot.waitSignal(kiosk.print_jobs.done, timeout=20000):
        qtbot.mouseClick(kiosk.result.reprint_button, Qt.MouseButton.LeftButton)
    assert "请取走" in kiosk.result.print_state.text()
    kiosk.print_jobs.wait()


def test_kiosk_add_tile_for_other_features(qtbot: QtBot, station: Station) -> None:
    from ui.kiosk.screens import KioskScreen

    kiosk = KioskWindow(station, speaker=Speaker(engine="", clip_sink=Recorder()))
    qtbot.addWidget(kiosk)
    guide = KioskScreen()
    tile = kiosk.add_tile("办事指南", "指", guide)
    assert [t.text().split("\n")[-1] for t in kiosk.home.tiles] == ["取号", "预约签到", "办事指南"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert kiosk.current_screen() is guide
    guide.home.emit()
    assert kiosk.current_screen() is kiosk.home


def test_panel_actions_and_counts_model(qtbot: QtBot, qtmodeltester, clerk_station: Station) -> None:  # type: ignore[no-untyped-def]
    queue = QueueService(clerk_station)
    queue.take_ticket("SSDJ")
    queue.take_ticket("SSDJ")
    panel = QueuePanel(clerk_station)
    qtbot.addWidget(panel)
    assert panel.counts_model.index(0, 1).data() == "2"
    panel.call_next()
    assert panel.current_label.text() == "A001"
    panel.hold()
    assert panel.held_list.count() == 1 and panel.current_label.text() == "—"
    panel.ticket_input.setText("a002")
    panel.call_given()
    assert panel.current_label.text() == "A002"
    panel.toggle_pause()
    assert "暂停" in panel.window_label.text() and panel.pause_button.text() == "恢复（F5）"
    model = WaitingCountsModel()
    model.set_rows([("A 综合受理", 3, 15), ("B 社保医保", 0, None)])
    qtmodeltester.check(model)


def test_profile_dialog_reads_and_returns_settings(qtbot: QtBot, supervisor_station: Station) -> None:
    from ui.clerk.queue_panel import WindowProfileDialog

    queue = QueueService(supervisor_station)
    queue.save_window_profile("1", {"SBYB": 3})
    dialog = WindowProfileDialog(supervisor_station, queue, "1")
    qtbot.addWidget(dialog)
    assert dialog.weights() == {"SBYB": 3}
    dialog.rows["GJJ"][0].setChecked(True)
    dialog.streak.setValue(5)
    queue.save_window_profile("1", dialog.weights())
    queue.set_settings(dialog.policy_values())
    assert dict(queue.profile("1").weights) == {"SBYB": 3, "GJJ": 1}
    assert queue.policy_settings().front_streak_limit == 5


# -- the shared hall queue: the UI never waits on the server ----------------------------------------


class SlowHallClient:
    """A HallQueueClient stand-in whose every call sleeps until ``release()`` (or ``delay`` seconds)."""

    def __init__(self, delay: float = 10.0) -> None:
        self.delay = delay
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.calls: list[str] = []
        self.active = 0
        self.max_active = 0
        self.offline = False
        self.waiting: list[dict[str, Any]] = []
        self.serving: list[dict[str, Any]] = []  # tickets being served, as the server's state lists them
        self._lock = threading.Lock()
        self._seq = 0

    def release(self) -> None:
        self.gate.set()

    def _slow(self, name: str) -> None:
        with self._lock:
            self.calls.append(name)
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        self.entered.set()
        try:
            self.gate.wait(self.delay)
            if self.offline:
                raise Offline("connect timeout", detail="连接超时")
        finally:
            with self._lock:
                self.active -= 1

    def _ticket(self, category: str, priority_reason: str = "") -> dict[str, Any]:
        self._seq += 1
        return {"id": new_id(), "ticket_no": f"A{self._seq:03d}", "category": category, "day": "2026-11-23",
                "priority": bool(priority_reason), "priority_reason": priority_reason, "status": "waiting",
                "taken_at": "2026-11-23T01:30:00+00:00", "window_no": None, "call_count": 0}

    def take_ticket(self, category: str, *, priority_reason: str = "", client_id: str | None = None) -> dict[str, Any]:
        self._slow("take_ticket")
        ticket = self._ticket(category, priority_reason)
        self.waiting.append(ticket)
        return ticket

    def call_next(self, window_no: str, categories: dict[str, int], policy: Any = None) -> dict[str, Any] | None:
        self._slow("call_next")
        if not self.waiting:
            return None
        ticket = self.waiting.pop(0)
        return {**ticket, "status": "called", "window_no": window_no, "call_count": 1,
                "called_at": "2026-11-23T01:31:00+00:00"}

    def act(self, ticket_id: str, action: str, window_no: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        self._slow(action)
        return {"id": ticket_id, "status": "done"}

    def state(self) -> dict[str, Any]:
        self._slow("state")
        counts: dict[str, int] = {}
        for t in self.waiting:
            counts[t["category"]] = counts.get(t["category"], 0) + 1
        return {"waiting_by_category": counts, "waiting": list(self.waiting), "serving": list(self.serving),
                "last_event_seq": 0}


def _hall_panel(qtbot: QtBot, station: Station, client: SlowHallClient) -> QueuePanel:
    panel = QueuePanel(station, queue=HallQueue(station, client=cast(Any, client)))
    qtbot.addWidget(panel)
    panel.show()
    client.release()
    qtbot.waitUntil(lambda: panel.state is not None, timeout=5000)
    client.gate.clear()
    client.entered.clear()
    return panel


def _settle(qtbot: QtBot, *workers: Worker) -> None:
    """Let the last refreshes land before the station closes (no job outlives its test)."""
    qtbot.waitUntil(lambda: not any(w.busy for w in workers), timeout=5000)


def test_hall_queue_call_runs_off_the_ui_thread(qtbot: QtBot, clerk_station: Station) -> None:
    client = SlowHallClient()
    client.waiting.append(client._ticket("SSDJ"))
    panel = _hall_panel(qtbot, clerk_station, client)
    on_ui_thread: list[bool] = []
    clerk_station.subscribe(lambda changes: on_ui_thread.append(threading.current_thread() is threading.main_thread()))
    ticks = Ticks()
    assert panel.worker.background and panel.call_button.isEnabled()

    assert panel.call_next()
    assert client.entered.wait(5)  # the server call has started in a worker thread …
    assert all(not b.isEnabled() for b in panel.action_buttons)  # … and no action can be started meanwhile
    assert not panel.call_next() and not panel.recall()  # F1 pressed again: no second call
    before = ticks.count
    qtbot.waitUntil(lambda: panel.busy_label.isVisible(), timeout=3000)  # 正在联系大厅服务器…
    assert ticks.count > before  # the UI thread kept processing events while the call was in flight
    assert panel.busy_label.text() == "正在联系大厅服务器…"
    assert panel.current_label.text() == "—" and client.calls.count("call_next") == 1

    with qtbot.waitSignal(panel.ticketCalled, timeout=5000) as called:
        client.release()
    assert called.args == ["A001"]
    qtbot.waitUntil(lambda: panel.current_label.text() == "A001", timeout=5000)
    assert panel.call_button.isEnabled() and not panel.busy_label.isVisible()
    assert client.calls.count("call_next") == 1
    assert on_ui_thread and all(on_ui_thread)  # station.notify from the worker reached listeners on the UI thread
    ticks.timer.stop()
    _settle(qtbot, panel.worker)


def test_hall_queue_failure_shows_the_message_and_keeps_the_input(qtbot: QtBot, clerk_station: Station) -> None:
    client = SlowHallClient()
    panel = _hall_panel(qtbot, clerk_station, client)
    panel.walk_in_priority.setChecked(True)
    client.offline = True
    with qtbot.waitSignal(panel.actionFinished, timeout=5000):
        assert panel.take_walk_in()
        assert not panel.take_button.isEnabled()
        client.release()
    assert "无法连接大厅共享队列服务器" in panel.message_label.text() and panel.message_label.isVisible()
    assert panel.walk_in_priority.isChecked()  # what the clerk chose is kept for the retry
    assert panel.take_button.isEnabled() and panel.call_button.isEnabled()
    qtbot.waitUntil(lambda: "共享队列离线" in panel.window_label.text(), timeout=5000)
    assert panel.counts_model.rowCount() == 0  # no made-up zeros while the hall queue is unknown
    _settle(qtbot, panel.worker)


def test_refreshes_never_overlap(qtbot: QtBot, clerk_station: Station) -> None:
    client = SlowHallClient()
    panel = _hall_panel(qtbot, clerk_station, client)
    client.calls.clear()
    for _ in range(5):
        panel.refresh()  # the timer, notifications and the clerk all ask at once
    assert client.entered.wait(5)
    for _ in range(5):
        panel.refresh()
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        client.release()
    qtbot.waitUntil(lambda: not panel.worker.busy, timeout=5000)
    assert client.max_active == 1
    assert client.calls.count("state") <= 2  # the one in flight, and at most one more for what changed meanwhile


def test_worker_result_for_a_deleted_widget_is_dropped(qtbot: QtBot) -> None:
    owner = QWidget()
    worker = Worker(owner)
    gate = threading.Event()
    got: list[object] = []
    worker.run(lambda: gate.wait(5), got.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(worker), timeout=3000)
    gate.set()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert got == []


def test_worker_delivers_results_in_order_and_errors(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    worker = Worker(owner)
    seen: list[object] = []
    worker.run(lambda: threading.current_thread() is threading.main_thread(), seen.append)
    worker.run(lambda: (_ for _ in ()).throw(UserError("请核对后重试。")), seen.append,
               lambda err: seen.append(err.message))
    with qtbot.waitSignal(worker.busyChanged, timeout=5000, check_params_cb=lambda busy: not busy):
        worker.run(lambda: 3, seen.append)
    assert seen == [False, "请核对后重试。", 3]


@pytest.mark.qt_log_ignore(*AUDIO_WARNINGS)
def test_kiosk_take_in_shared_mode_waits_without_freezing(qtbot: QtBot, clerk_station: Station,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    client = SlowHallClient()
    hall = HallQueue(clerk_station, client=cast(Any, client))
    monkeypatch.setattr(HallQueue, "enforce_service_hours", lambda self: False)
    monkeypatch.setattr("ui.kiosk.window.queue_for", lambda station: hall)
    kiosk = KioskWindow(clerk_station, speaker=Speaker(engine="mock", clip_sink=Recorder()))
    qtbot.addWidget(kiosk)
    screen = kiosk.take_screen
    kiosk.show_screen(screen)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        client.release()
    client.gate.clear()
    client.entered.clear()
    screen.priority.setChecked(True)

    ticks = Ticks()
    assert screen.take("SSDJ")
    assert client.entered.wait(5)
    assert screen.waiting.isVisibleTo(kiosk) and "请稍候" in screen.waiting.text()
    assert all(not b.isEnabled() for b in screen.buttons.values()) and not screen.priority.isEnabled()
    assert not screen.take("SBYB")  # a second touch takes no second number
    before = ticks.count
    qtbot.waitUntil(lambda: ticks.count > before + 2, timeout=3000)
    assert kiosk.current_screen() is screen
    with qtbot.waitSignal(kiosk.print_jobs.done, timeout=20000):
        client.release()
    assert kiosk.current_screen() is kiosk.result and kiosk.result.number.text() == "A001"
    assert "绿色通道" in kiosk.result.category.text()
    assert client.calls.count("take_ticket") == 1
    assert not screen.waiting.isVisibleTo(kiosk)
    kiosk.print_jobs.wait()
    ticks.timer.stop()
    _settle(qtbot, screen.worker)


@pytest.mark.qt_log_ignore(*AUDIO_WARNINGS)
def test_kiosk_server_unreachable_keeps_the_citizens_choice(qtbot: QtBot, clerk_station: Station,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    client = SlowHallClient()
    gate = client.gate

    class SlowCheckIn(HallQueue):
        def check_in_appointment(self, code: str) -> Any:
            gate.wait(10)
            raise UserError("大厅共享队列未能办理：预约码不存在")

    hall = SlowCheckIn(clerk_station, client=cast(Any, client))
    monkeypatch.setattr(HallQueue, "enforce_service_hours", lambda self: False)
    monkeypatch.setattr("ui.kiosk.window.queue_for", lambda station: hall)
    kiosk = KioskWindow(clerk_station, speaker=Speaker(engine="mock", clip_sink=Recorder()))
    qtbot.addWidget(kiosk)
    kiosk.show_screen(kiosk.take_screen)
    with qtbot.waitSignal(kiosk.take_screen.loaded, timeout=5000):
        client.release()
    kiosk.take_screen.priority.setChecked(True)
    client.offline = True
    with qtbot.waitSignal(kiosk.take_screen.answered, timeout=5000):
        kiosk.take_screen.take("SSDJ")
    assert "暂时连接不上大厅排队系统" in kiosk.take_screen.message.text()
    assert kiosk.take_screen.priority.isChecked() and kiosk.current_screen() is kiosk.take_screen
    qtbot.waitUntil(lambda: kiosk.notice.text() == OFFLINE_NOTICE, timeout=5000)
    qtbot.waitUntil(lambda: "等候人数暂时无法获取" in kiosk.take_screen.buttons["SSDJ"].text(), timeout=5000)
    assert kiosk.take_screen.buttons["SSDJ"].isEnabled()  # the citizen can try again with one touch

    gate.clear()
    kiosk.show_screen(kiosk.checkin_screen)
    screen = kiosk.checkin_screen
    screen.code.setText("123456")
    assert screen.check_in()
    assert screen.waiting.isVisibleTo(kiosk) and not screen.submit.isEnabled()
    assert all(not k.isEnabled() for k in screen.keys)
    with qtbot.waitSignal(screen.answered, timeout=5000):
        gate.set()
    assert screen.code.text() == "123456"  # typed once, kept for the retry
    assert "预约码不存在" in screen.message.text() and screen.submit.isEnabled()
    assert not screen.waiting.isVisibleTo(kiosk)
    _settle(qtbot, kiosk.take_screen.worker, screen.worker)


def test_board_asks_the_hall_server_off_the_ui_thread(qtbot: QtBot, station: Station) -> None:
    """The board's first look at who is being served, and its polling fallback, never block it."""
    station.config.server_url = "http://127.0.0.1:9"  # its event stream finds nobody there: it falls back to polling
    client = SlowHallClient()
    client.serving = [{"ticket_no": "B007", "window_no": "5", "category": "B", "called_at": "2026-11-23T01:29:00+00:00"}]
    board = BoardWindow(station, BoardAnnouncer(Speaker(engine="mock", clip_sink=Recorder())),
                        queue=HallQueue(station, client=cast(Any, client)))
    qtbot.addWidget(board)
    ticks = Ticks()
    assert client.entered.wait(5)  # the server is being asked …
    qtbot.waitUntil(lambda: ticks.count >= 5, timeout=5000)  # … and the board's thread goes on meanwhile
    assert board.listener is None and "B007" not in board.newest.text()
    client.release()
    qtbot.waitUntil(lambda: "B007" in board.newest.text(), timeout=5000)
    qtbot.waitUntil(lambda: board.listener is not None, timeout=5000)
    assert client.calls.count("state") == 1
    board.close()
    ticks.timer.stop()


def test_closing_the_station_waits_for_the_job_in_flight_and_stops_the_panel(qtbot: QtBot, clerk_station: Station) -> None:
    """A refresh still asking the server when the station closes never touches the closed database."""
    client = SlowHallClient()
    panel = _hall_panel(qtbot, clerk_station, client)
    client.calls.clear()
    panel.refresh()
    assert client.entered.wait(5)  # in flight
    threading.Timer(0.3, client.release).start()
    clerk_station.close()  # waits for the refresh, which finishes against an open database
    assert client.active == 0 and not panel.worker.busy
    panel.refresh()  # the panel outlives its station: nothing runs any more
    qtbot.wait(50)
    assert client.calls == ["state"]
