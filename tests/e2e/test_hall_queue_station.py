"""Two stations and the REAL server share a hall queue: one number sequence for the hall,
no ticket called twice when two windows call at once, a board on one station sees a call
made on the other within a second, and without the server the station says so (no local
numbers) while cases and ratings keep working."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import ServerProcess, emit_case, local_kinds, logged_in_station

from app.errors import UserError
from app.queue import queue_for
from app.queue.hall import HallQueue
from app.queue.service import QueueService
from app.ratings import hooks
from app.ratings.levels import RatingLevel
from app.ratings.service import RatingService
from app.station import Station
from app.sync.hall_queue import QueueEventListener
from app.sync.runner import make_client

CATEGORY = "SSDJ"


pytestmark = pytest.mark.usefixtures("any_hour")


def _station(server: ServerProcess, tmp_path: Path, name: str, staff: int, window_no: str) -> Station:
    return logged_in_station(server, tmp_path / name, staff, window_no)


def _number(ticket_no: str) -> int:
    return int(ticket_no.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def test_two_stations_share_one_hall_queue(shared_server: ServerProcess, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    a = _station(shared_server, tmp_path, "a", 1, "3")
    b = _station(shared_server, tmp_path, "b", 2, "5")
    finished: list[str] = []
    monkeypatch.setattr(hooks, "ticket_finished", lambda station, ticket_id, ticket_no: finished.append(ticket_id))
    kiosk, window_a, window_b = queue_for(a), queue_for(a), queue_for(b)
    assert isinstance(kiosk, HallQueue) and isinstance(window_b, HallQueue)
    taken = [kiosk.take_ticket(CATEGORY) for _ in range(3)] + [window_b.take_ticket(CATEGORY, source="clerk")]
    numbers = [_number(t.ticket.ticket_no) for t in taken]
    assert numbers == list(range(numbers[0], numbers[0] + 4))  # one sequence for the hall, both stations
    assert all(a.store.query_one("SELECT 1 FROM documents WHERE id = ?", (t.slip_doc_id,)) for t in taken[:3])
    assert local_kinds(a).get("ticket.taken") == 3 and local_kinds(b).get("ticket.taken") == 1
    assert window_a.waiting_counts()[CATEGORY] >= 4

    # a board on station B listens to the hall's events
    arrived = threading.Event()
    board = queue_for(b)
    assert isinstance(board, HallQueue)
    after = board.seed_calls()
    assert after is not None

    def on_event(event: dict[str, Any]) -> None:
        call = board.record_event(event)
        if call is not None and call.window_no == "3":
            arrived.set()

    listener = QueueEventListener(make_client(b), on_event, after=after)
    listener.start()
    assert listener.connected.wait(10)
    first = window_a.call_next()
    assert first is not None and first.state == "called" and first.window_no == "3"
    assert arrived.wait(1.0)  # pushed to the other station's board within a second
    listener.stop()
    assert board.window_calls()["3"].ticket_no == first.ticket_no
    assert window_a.current() == first

    # both windows call at once until nobody waits: each ticket called once
    called: dict[str, list[str]] = {"3": [first.id], "5": []}

    def calls(queue: QueueService, window_no: str) -> None:
        while (ticket := queue.call_next()) is not None:
            called[window_no].append(ticket.id)

    threads = [threading.Thread(target=calls, args=(window_a, "3")),
               threading.Thread(target=calls, args=(window_b, "5"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    everything = called["3"] + called["5"]
    assert len(everything) == len(set(everything))
    assert {t.ticket.id for t in taken} <= set(everything)
    assert first.id in finished  # calling the next finished the first: the rating hook ran
    assert window_a.current() is None  # the call that found nobody finished the window's ticket
    kiosk.take_ticket(CATEGORY)
    last_a = window_a.call_next()
    assert last_a is not None and window_a.current() == last_a
    window_a.finish()
    assert last_a.id in finished
    assert window_a.current() is None
    with pytest.raises(UserError):
        window_a.finish()
    a.close()
    b.close()


def test_without_the_server_the_station_says_so_and_cases_and_ratings_work(
        server: ServerProcess, tmp_path: Path) -> None:
    station = _station(server, tmp_path, "a", 1, "3")
    queue = queue_for(station)
    assert isinstance(queue, HallQueue)
    queue.take_ticket(CATEGORY)
    server.stop()
    with pytest.raises(UserError, match="无法连接大厅共享队列服务器") as err:
        queue.take_ticket(CATEGORY)
    assert "请稍后重试或联系管理员" in str(err.value)
    assert queue.online is False and queue.status_text == "共享队列离线"
    with pytest.raises(UserError, match="无法连接大厅共享队列服务器"):
        queue.call_next()
    assert len(station.store.query("SELECT id FROM queue_tickets")) == 1  # no local number handed out
    emit_case(station, 1)
    hooks.ticket_finished(station, "walk-in-1", "")
    ratings = RatingService(station)
    pending = ratings.pending_request()
    assert pending is not None
    ratings.rate(pending.id, RatingLevel.VERY_SATISFIED)
    kinds = local_kinds(station)
    assert kinds.get("case.accepted") == 1 and kinds.get("rating", 0) >= 1
    station.close()


def test_without_shared_queue_the_station_keeps_its_own(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = _station(shared_server, tmp_path, "a", 1, "3")
    station.config.shared_queue = False
    queue = queue_for(station)
    assert type(queue) is QueueService
    station.close()


class _Clips:
    def __call__(self, paths: list[Path]) -> None:
        pass


AUDIO_WARNINGS = ("pipewire", "Couldn't load", "Couldn't resolve", "PulseAudio", "va-", "FFmpeg")


@pytest.mark.qt_log_ignore(*AUDIO_WARNINGS)
def test_board_and_queue_panel_of_the_other_station(qtbot: Any, server: ServerProcess, tmp_path: Path) -> None:
    from ui.board.speech import BoardAnnouncer
    from ui.board.window import BoardWindow
    from ui.clerk.queue_panel import QueuePanel
    from ui.speech import Speaker

    a = _station(server, tmp_path, "a", 1, "3")
    b = _station(server, tmp_path, "b", 2, "5")
    board = BoardWindow(b, BoardAnnouncer(Speaker(engine="mock", clip_sink=_Clips())))
    qtbot.addWidget(board)
    panel = QueuePanel(b)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: board.listener is not None, timeout=10000)  # after its first look at the hall
    assert board.listener.connected.wait(10)
    window_a = queue_for(a)
    taken = window_a.take_ticket(CATEGORY)
    panel.refresh()  # off the UI thread with the hall queue: wait for its answer
    qtbot.waitUntil(lambda: panel.counts_model.rowCount() > 0, timeout=10000)
    assert "离线" not in panel.window_label.text()
    with qtbot.waitSignal(board.callsShown, timeout=5000):
        called = window_a.call_next()
    assert called is not None and called.id == taken.ticket.id
    assert board.newest.text() == board.queue.recent_calls(1)[0].text
    assert called.ticket_no in board.newest.text() and "3" in board.newest.text()
    server.stop()
    panel.refresh()
    qtbot.waitUntil(lambda: "共享队列离线" in panel.window_label.text(), timeout=10000)
    from ui.kiosk.window import OFFLINE_NOTICE, KioskWindow

    kiosk = KioskWindow(b, speaker=Speaker(engine="mock", clip_sink=_Clips()))
    qtbot.addWidget(kiosk)
    kiosk.show_screen(kiosk.take_screen)
    qtbot.waitUntil(lambda: kiosk.notice.text() == OFFLINE_NOTICE, timeout=10000)
    with qtbot.waitSignal(kiosk.take_screen.answered, timeout=10000):
        kiosk.take_screen.take(CATEGORY)
    assert "暂时连接不上大厅排队系统" in kiosk.take_screen.message.text()
    assert kiosk.current_screen() is kiosk.take_screen  # no slip, no number
    kiosk.close()
    board.close()
    a.close()
    b.close()
