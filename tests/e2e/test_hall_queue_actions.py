"""Two stations and the REAL server share a hall queue, and every queue action works through
it: a given number called by two windows at once (one wins, the other is told who has it),
hold and resume at the same window, transfer to window 5 (only window 5 gets it), no-show
requeued once then voided (counted across stations), and appointment check-in at a kiosk
station, called first when due. Runs on SQLite, and on PostgreSQL too when
``YICHUANG_TEST_PG_URL`` is set (the ``server`` fixture)."""

from __future__ import annotations

import threading
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sync_helpers import ServerProcess, local_kinds, logged_in_station, sync

from app.errors import UserError
from app.queue import queue_for
from app.queue.hall import HallQueue
from app.queue.policy import Lane
from app.queue.service import Ticket
from app.station import Station
from app.sync.hall_queue import QueueEventListener
from app.sync.runner import make_client

CATEGORY = "SSDJ"
HALL_TZ = ZoneInfo("Asia/Shanghai")


pytestmark = pytest.mark.usefixtures("any_hour")


def _station(server: ServerProcess, tmp_path: Path, name: str, staff: int, window_no: str) -> Station:
    return logged_in_station(server, tmp_path / name, staff, window_no)


def _queue(station: Station) -> HallQueue:
    queue = queue_for(station)
    assert isinstance(queue, HallQueue)
    return queue


def _pair(server: ServerProcess, tmp_path: Path) -> tuple[Station, HallQueue, Station, HallQueue]:
    a = _station(server, tmp_path, "a", 1, "3")
    b = _station(server, tmp_path, "b", 2, "5")
    return a, _queue(a), b, _queue(b)


def _local_state(station: Station, ticket_id: str) -> str:
    row = station.store.query_one("SELECT state FROM queue_tickets WHERE id = ?", (ticket_id,))
    return str(row["state"]) if row else ""


def _recall_until_no_show_allowed(queue: HallQueue) -> None:
    for _ in range(queue.station.config.recalls_before_no_show):
        queue.recall()


def test_two_windows_call_the_same_number_at_once_one_wins(server: ServerProcess, tmp_path: Path) -> None:
    a, window_a, b, window_b = _pair(server, tmp_path)
    taken = window_a.take_ticket(CATEGORY)
    number = taken.ticket.ticket_no
    heard: list[dict[str, Any]] = []
    board = QueueEventListener(make_client(b), lambda e: heard.append(e), after=window_b.seed_calls() or 0)
    board.start()
    assert board.connected.wait(10)
    barrier = threading.Barrier(2)
    outcome: dict[str, Ticket | str] = {}

    def call(queue: HallQueue, window_no: str) -> None:
        barrier.wait()
        try:
            outcome[window_no] = queue.call_ticket(number)
        except UserError as exc:
            outcome[window_no] = str(exc)

    threads = [threading.Thread(target=call, args=(window_a, "3")), threading.Thread(target=call, args=(window_b, "5"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    winners = [w for w, o in outcome.items() if isinstance(o, Ticket)]
    assert len(winners) == 1, outcome
    winner = winners[0]
    loser = "5" if winner == "3" else "3"
    assert outcome[loser] == f"{number} 已被 {winner} 号窗口叫走"
    won = outcome[winner]
    assert isinstance(won, Ticket) and won.state == "called" and won.window_no == winner
    winner_station, loser_station = (a, b) if winner == "3" else (b, a)
    assert _local_state(winner_station, taken.ticket.id) == "called"
    assert _local_state(loser_station, taken.ticket.id) in ("", "waiting")  # the loser recorded no call
    deadline = datetime.now() + timedelta(seconds=10)
    while datetime.now() < deadline and not any(e["type"] == "called" for e in heard):
        threading.Event().wait(0.05)
    board.stop()
    calls = [e for e in heard if e["type"] == "called"]
    assert len(calls) == 1 and calls[0]["ticket"]["window_no"] == winner
    a.close()
    b.close()


def test_hold_and_resume_at_the_same_window(server: ServerProcess, tmp_path: Path) -> None:
    a, window_a, b, window_b = _pair(server, tmp_path)
    first = window_a.take_ticket(CATEGORY).ticket
    second = window_b.take_ticket(CATEGORY).ticket
    called = window_a.call_next()
    assert called is not None and called.id == first.id
    held = window_a.hold()
    assert held.state == "held" and window_a.current() is None
    assert [t.id for t in window_a.held()] == [first.id]
    with pytest.raises(UserError, match=f"{first.ticket_no} 已被 3 号窗口挂起"):
        window_b.call_ticket(first.ticket_no)
    nxt = window_a.call_next()
    assert nxt is not None and nxt.id == second.id
    with pytest.raises(UserError, match="请先办结或挂起当前号"):
        window_a.resume(first.id)
    window_a.finish()
    resumed = window_a.resume(first.id)
    assert resumed.state == "called" and window_a.current() == resumed
    server_state = window_b.server_state()
    assert server_state is not None
    assert [(t["ticket_no"], t["window_no"]) for t in server_state["serving"]] == [(first.ticket_no, "3")]
    assert server_state["held"] == []
    window_a.finish()
    a.close()
    b.close()


def test_transfer_to_window_5_then_only_window_5_gets_it(server: ServerProcess, tmp_path: Path) -> None:
    a, window_a, b, window_b = _pair(server, tmp_path)
    first, second = (window_a.take_ticket(CATEGORY).ticket for _ in range(2))
    called = window_a.call_next()
    assert called is not None and called.id == first.id
    with pytest.raises(UserError, match="不能转到本窗口"):
        window_a.transfer(to_window="3")
    moved = window_a.transfer(to_window="5", note="需到 5 号窗口核验原件")
    assert moved.state == "waiting" and moved.target_window == "5" and window_a.current() is None
    with pytest.raises(UserError, match=f"{first.ticket_no} 已转到 5 号窗口"):
        window_a.call_ticket(first.ticket_no, window_no="4")
    other = window_a.call_next(window_no="4")  # another window of the hall: not the transferred one
    assert other is not None and other.id == second.id
    window_a.finish(window_no="4")
    assert window_a.call_next(window_no="4") is None
    at_five = window_b.call_next()
    assert at_five is not None and at_five.id == first.id and at_five.window_no == "5"
    assert at_five.target_window is None
    window_b.finish()
    a.close()
    b.close()


def test_no_show_requeues_once_then_voids_across_stations(server: ServerProcess, tmp_path: Path) -> None:
    a, window_a, b, window_b = _pair(server, tmp_path)
    assert a.config.no_show_policy == "requeue_once"
    ticket = window_a.take_ticket(CATEGORY).ticket
    assert window_a.call_next() is not None
    with pytest.raises(UserError, match="请先重呼"):
        window_a.no_show()
    _recall_until_no_show_allowed(window_a)
    requeued = window_a.no_show()
    assert (requeued.state, requeued.no_shows, requeued.window_no) == ("waiting", 1, None)
    state = window_b.server_state()
    assert state is not None and [t["ticket_no"] for t in state["waiting"]] == [ticket.ticket_no]
    again = window_b.call_next()  # the other station calls it: it knows this is the second time
    assert again is not None and again.id == ticket.id and again.no_shows == 1
    _recall_until_no_show_allowed(window_b)
    voided = window_b.no_show()
    assert voided.state == "voided" and voided.no_shows == 2
    assert window_b.call_next() is None and window_a.call_next() is None
    # called, two recalls, no-show, then requeued (A) / voided (B): each recorded for the server
    assert local_kinds(a).get("ticket.event") == local_kinds(b).get("ticket.event") == 5
    a.close()
    b.close()


def _book_due(server: ServerProcess, appt_id: str) -> None:
    """A booking of today whose slot started five minutes ago (hall time)."""
    now = datetime.now(HALL_TZ)
    if not time(0, 10) <= now.time() <= time(23, 20):
        pytest.skip("a slot around midnight in the hall would fall on another day")
    start, end = now - timedelta(minutes=5), now + timedelta(minutes=25)
    r = server.backoffice("POST", "/appointments", json={
        "id": appt_id, "hall": server.hall, "category": CATEGORY, "date": start.date().isoformat(),
        "start": f"{start:%H:%M}", "end": f"{end:%H:%M}", "applicant_masked": "张*", "status": "booked"})
    assert r.status_code == 200, r.text


def test_appointment_check_in_at_a_kiosk_station_is_called_first_when_due(server: ServerProcess,
                                                                           tmp_path: Path) -> None:
    a, kiosk, b, window_b = _pair(server, tmp_path)
    walk_ins = [window_b.take_ticket(CATEGORY).ticket for _ in range(2)]
    code = f"YY{server.hall}"
    _book_due(server, code)
    sync(a)  # the kiosk station pulls today's bookings
    assert a.store.query_one("SELECT state FROM appointments WHERE code = ?", (code,))["state"] == "booked"
    taken = kiosk.check_in_appointment(f" {code} ")
    assert taken.ticket.lane is Lane.APPOINTMENT and taken.ticket.appointment_id == code
    assert a.store.query_one("SELECT 1 FROM documents WHERE id = ?", (taken.slip_doc_id,))  # the slip
    row = a.store.query_one("SELECT state, ticket_id FROM appointments WHERE code = ?", (code,))
    assert (row["state"], row["ticket_id"]) == ("checked_in", taken.ticket.id)
    assert local_kinds(a).get("appointment.checked_in") == 1
    with pytest.raises(UserError, match="已签到") as again:
        kiosk.check_in_appointment(code)
    assert again.value.field == "code"
    with pytest.raises(UserError, match="没有找到该预约码"):
        kiosk.check_in_appointment("NO-SUCH-CODE")
    first = window_b.call_next()  # a due appointment before the walk-ins who came earlier
    assert first is not None and first.id == taken.ticket.id and first.lane is Lane.APPOINTMENT
    assert [window_b.call_next().id for _ in walk_ins] == [t.id for t in walk_ins]  # type: ignore[union-attr]
    window_b.finish()
    a.close()
    b.close()
