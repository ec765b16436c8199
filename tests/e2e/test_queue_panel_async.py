"""The clerk's queue panel and the kiosk with the REAL server's hall queue: the refresh and the
actions run off the UI thread, so a stopped server, or one that never answers, shows its message
in the panel while the window keeps processing events."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import ServerProcess, logged_in_station

from app.queue import queue_for
from app.queue.hall import HallQueue
from app.station import Station
from tests.qt_helpers import Ticks

CATEGORY = "SSDJ"
AUDIO_WARNINGS = ("pipewire", "Couldn't load", "Couldn't resolve", "PulseAudio", "va-", "FFmpeg")


pytestmark = pytest.mark.usefixtures("any_hour")


def _station(server: ServerProcess, tmp_path: Path, name: str, staff: int, window_no: str) -> Station:
    return logged_in_station(server, tmp_path / name, staff, window_no)


@contextmanager
def _silent_server(port: int) -> Iterator[None]:
    """Something listening on the server's port that never answers (a hung server or a dead proxy)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(16)
    try:
        yield
    finally:
        sock.close()


@pytest.mark.qt_log_ignore(*AUDIO_WARNINGS)
def test_panel_and_kiosk_do_not_wait_on_a_stopped_or_silent_server(qtbot: Any, server: ServerProcess,
                                                                   tmp_path: Path) -> None:
    from ui.clerk.queue_panel import QueuePanel
    from ui.kiosk.window import OFFLINE_NOTICE, KioskWindow
    from ui.speech import Speaker

    a = _station(server, tmp_path, "a", 1, "3")
    b = _station(server, tmp_path, "b", 2, "5")
    panel = QueuePanel(b)
    qtbot.addWidget(panel)
    panel.show()
    assert isinstance(panel.queue, HallQueue) and panel.worker.background
    taken = queue_for(a).take_ticket(CATEGORY)
    with qtbot.waitSignal(panel.refreshed, timeout=10000):
        panel.refresh()
    assert panel.counts_model.rowCount() > 0 and "离线" not in panel.window_label.text()
    with qtbot.waitSignal(panel.ticketCalled, timeout=10000) as called:
        panel.call_next()
    assert called.args == [taken.ticket.ticket_no]
    qtbot.waitUntil(lambda: panel.current_label.text() == taken.ticket.ticket_no, timeout=10000)

    server.stop()  # refused at once
    with qtbot.waitSignal(panel.actionFinished, timeout=10000):
        assert panel.finish()
    assert "无法连接大厅共享队列服务器" in panel.message_label.text()
    qtbot.waitUntil(lambda: "共享队列离线" in panel.window_label.text(), timeout=10000)
    assert panel.call_button.isEnabled()

    panel.queue.client.client.timeout = (2.0, 2.0)
    ticks = Ticks()
    with _silent_server(server.port):
        with qtbot.waitSignal(panel.actionFinished, timeout=20000):
            assert panel.finish()
            qtbot.waitUntil(lambda: panel.busy_label.isVisible(), timeout=3000)  # 正在联系大厅服务器…
            before = ticks.count
            qtbot.waitUntil(lambda: ticks.count > before + 5, timeout=1500)  # the window still answers
            assert not panel.finish_button.isEnabled() and not panel.finish()  # no second call meanwhile
        assert "无法连接大厅共享队列服务器" in panel.message_label.text()
        assert panel.finish_button.isEnabled() and not panel.busy_label.isVisible()

        kiosk = KioskWindow(b, speaker=Speaker(engine="mock", clip_sink=lambda paths: None))
        qtbot.addWidget(kiosk)
        kiosk.take_screen.queue.client.client.timeout = (2.0, 2.0)  # type: ignore[attr-defined]
        kiosk.show_screen(kiosk.take_screen)
        qtbot.waitUntil(lambda: not kiosk.take_screen.worker.busy, timeout=20000)
        kiosk.take_screen.priority.setChecked(True)
        with qtbot.waitSignal(kiosk.take_screen.answered, timeout=20000):
            assert kiosk.take_screen.take(CATEGORY)
            assert kiosk.take_screen.waiting.isVisibleTo(kiosk)
        assert "暂时连接不上大厅排队系统" in kiosk.take_screen.message.text()
        assert kiosk.take_screen.priority.isChecked() and kiosk.current_screen() is kiosk.take_screen
        qtbot.waitUntil(lambda: kiosk.notice.text() == OFFLINE_NOTICE, timeout=5000)
    ticks.timer.stop()
    panel.timer.stop()
    kiosk.close()
    qtbot.waitUntil(lambda: not panel.worker.busy and not kiosk.take_screen.worker.busy, timeout=20000)
    a.close()
    b.close()
