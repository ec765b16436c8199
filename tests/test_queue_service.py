"""QueueService on a real local store: tickets, clerk actions, estimates, appointments, concurrency."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest

from app.auth import Session
from app.clock import FixedClock
from app.documents import document_pdf, documents_for
from app.errors import PermissionDenied, UserError
from app.queue.policy import Lane
from app.queue.service import QueueService, Ticket
from app.station import Station
from app.store import Store


def _count(station: Station, sql: str, params: tuple[str, ...] = ()) -> Any:
    row = station.store.query_one(sql, params)
    assert row is not None
    return row[0]


def _next(queue: QueueService, window_no: str | None = None) -> Ticket:
    ticket = queue.call_next(window_no=window_no)
    assert ticket is not None
    return ticket


def _current_id(queue: QueueService) -> str:
    current = queue.current()
    assert current is not None
    return current.id


def _outbox_kinds(station: Station) -> list[str]:
    return [r["kind"] for r in station.store.query("SELECT kind FROM outbox ORDER BY seq")]


def _events(station: Station) -> list[str]:
    rows = station.store.query("SELECT payload FROM outbox WHERE kind = 'ticket.event' ORDER BY seq")
    return [station.store.outbox_payload(bytes(r["payload"]))["event"] for r in rows]


def test_kiosk_ticket_is_numbered_per_category_and_day_with_its_slip(station: Station, clock: FixedClock) -> None:
    queue = QueueService(station)
    first = queue.take_ticket("SSDJ")
    second = queue.take_ticket("SSDJ")
    other = queue.take_ticket("SBYB")
    assert (first.ticket.ticket_no, second.ticket.ticket_no, other.ticket.ticket_no) == ("A001", "A002", "B001")
    assert second.people_ahead == 1 and first.people_ahead == 0
    assert second.est_wait_minutes == 5  # default 5 minutes per citizen, one window assumed
    docs = documents_for(station.store, second.ticket.id)
    assert [d.kind for d in docs] == ["ticket"] and docs[0].id == second.slip_doc_id
    assert document_pdf(station.store, second.slip_doc_id).startswith(b"%PDF")
    assert _outbox_kinds(station).count("ticket.taken") == 3
    clock.advance(days=1)
    assert queue.take_ticket("SSDJ").ticket.ticket_no == "A001"


def test_daily_cap_and_service_hours(supervisor_station: Station, clock: FixedClock) -> None:
    station = supervisor_station
    queue = QueueService(station)
    queue.set_settings({"enforce_service_hours": 1})
    clock.set(clock.now().replace(hour=12, minute=30))
    with pytest.raises(UserError, match="取号时间"):
        queue.take_ticket("SSDJ")
    clock.set(clock.now().replace(hour=13, minute=45))
    cap = station.catalog.category("GJJ").daily_cap
    station.store.conn.execute("INSERT INTO sequences (name, value) VALUES (?, ?)",
                               (f"ticket:{clock.now().date().isoformat()}:GJJ", cap))
    with pytest.raises(UserError, match="号源"):
        queue.take_ticket("GJJ")
    assert _count(station, "SELECT COUNT(*) FROM queue_tickets") == 0


def test_walk_in_needs_a_clerk_and_settings_need_a_manager(station: Station, clerk_station: Station) -> None:
    queue = QueueService(clerk_station)
    taken = queue.take_ticket("HZ", lane=Lane.PRIORITY, priority_reason="老年人", source="clerk")
    assert taken.ticket.lane is Lane.PRIORITY and taken.ticket.ticket_no == "D001"
    with pytest.raises(PermissionDenied):
        queue.save_window_profile("3", {"HZ": 1})
    clerk_station.session = None
    with pytest.raises(PermissionDenied):
        queue.take_ticket("HZ", source="clerk")
    with pytest.raises(PermissionDenied):
        queue.call_next()


def test_call_next_serves_priority_first_and_finishes_the_current_one(clerk_station: Station,
                                                                     clock: FixedClock) -> None:
    queue = QueueService(clerk_station)
    normal = queue.take_ticket("SSDJ").ticket
    clock.advance(minutes=1)
    prio = queue.take_ticket("SSDJ", lane=Lane.PRIORITY, priority_reason="残疾人").ticket
    first = queue.call_next()
    assert first is not None and first.id == prio.id and first.window_no == "3"
    clock.advance(minutes=7)
    second = queue.call_next()
    assert second is not None and second.id == normal.id
    assert queue.ticket(prio.id).state == "finished"
    assert queue.call_next() is None
    assert queue.ticket(normal.id).state == "finished"
    assert queue.minutes_per_citizen("SSDJ") == pytest.approx(3.5)  # median of 7 and 0 minutes
    assert _events(clerk_station) == ["called", "finished", "called", "finished"]
    calls = queue.recent_calls()
    assert [c.ticket_no for c in calls] == ["A001", "A002"] and calls[0].text == "请 A001 号到 3 号窗口办理"


def test_recall_then_no_show_requeues_once_then_voids(clerk_station: Station, clock: FixedClock) -> None:
    queue = QueueService(clerk_station)
    ticket = queue.take_ticket("SW").ticket
    later = queue.take_ticket("SW").ticket
    queue.call_next()
    with pytest.raises(UserError, match="重呼"):
        queue.no_show()
    assert queue.recall().recalls == 1
    assert queue.recall().recalls == 2
    clock.advance(minutes=3)
    requeued = queue.no_show()
    assert requeued.state == "waiting" and requeued.no_shows == 1 and requeued.recalls == 0
    assert _next(queue).id == later.id  # requeued behind those already waiting
    assert _next(queue).id == ticket.id
    queue.recall()
    queue.recall()
    assert queue.no_show().state == "voided"
    assert "no_show" in _events(clerk_station) and _events(clerk_station)[-1] == "voided"
    assert [c.kind for c in queue.recent_calls(3)][:2] == ["recalled", "recalled"]


def test_void_policy(clerk_station: Station) -> None:
    clerk_station.config.no_show_policy = "void"
    clerk_station.config.recalls_before_no_show = 0
    queue = QueueService(clerk_station)
    queue.take_ticket("SW")
    queue.call_next()
    assert queue.no_show().state == "voided"


def test_transfer_keeps_the_place_in_time(clerk_station: Station, clock: FixedClock) -> None:
    queue = QueueService(clerk_station)
    early = queue.take_ticket("SSDJ").ticket
    clock.advance(minutes=5)
    queue.take_ticket("SBYB")
    queue.call_ticket(early.ticket_no)
    moved = queue.transfer(to_category="SBYB", note="应办社保")
    assert moved.category_code == "SBYB" and moved.order_at == early.order_at and moved.state == "waiting"
    assert moved.ticket_no == "A001" and moved.note == "应办社保"
    assert _next(queue).id == early.id  # before B001, who came later


def test_transfer_to_a_window_is_called_only_there(clerk_station: Station) -> None:
    queue = QueueService(clerk_station)
    ticket = queue.take_ticket("BDC").ticket
    queue.call_next()
    with pytest.raises(UserError):
        queue.transfer(to_window="3")
    queue.transfer(to_window="7", note="需不动产专窗")
    assert queue.call_next() is None  # window 3 does not get it
    with pytest.raises(UserError, match="7 号窗口"):
        queue.call_ticket(ticket.ticket_no)
    called = queue.call_next(window_no="7")
    assert called is not None and called.id == ticket.id and called.target_window is None


def test_hold_resume_pause(clerk_station: Station, clock: FixedClock) -> None:
    queue = QueueService(clerk_station)
    first = queue.take_ticket("QT").ticket
    second = queue.take_ticket("QT").ticket
    queue.call_next()
    assert queue.hold().state == "held"
    assert _next(queue).id == second.id
    with pytest.raises(UserError, match="办结或挂起"):
        queue.resume(first.id)
    queue.finish()
    assert queue.resume(first.id).state == "called"
    assert _current_id(queue) == first.id
    queue.pause_window("午休")
    assert queue.is_paused()
    with pytest.raises(UserError, match="暂停"):
        queue.call_next()
    assert queue.estimated_wait("QT", 3) is None  # the only known window is paused
    queue.resume_window()
    assert not queue.is_paused()
    assert _events(clerk_station)[-2:] == ["window_paused", "window_resumed"]


def test_estimated_wait_from_history_and_open_windows(clerk_station: Station, clock: FixedClock) -> None:
    queue = QueueService(clerk_station)
    for minutes in (4, 6, 8):
        queue.take_ticket("GJJ")
        queue.call_next()
        clock.advance(minutes=minutes)
        queue.finish()
    assert queue.estimated_wait("GJJ", 2) == 12  # median 6 minutes × 2 people, one window
    queue.call_next(window_no="5")  # a second open window (default profile: every category)
    assert queue.estimated_wait("GJJ", 2) == 6
    assert queue.estimated_wait("GJJ", 0) == 0


def test_window_profile_limits_what_a_window_calls(supervisor_station: Station) -> None:
    queue = QueueService(supervisor_station)
    queue.save_window_profile("8", {"SBYB": 2, "GJJ": 1})
    with pytest.raises(UserError):
        queue.save_window_profile("8", {})
    a = queue.take_ticket("SSDJ").ticket
    b = queue.take_ticket("SBYB").ticket
    assert _next(queue, "8").id == b.id
    assert queue.call_next(window_no="8") is None
    assert queue.ticket(a.id).state == "waiting"
    assert dict(queue.profile("8").weights) == {"SBYB": 2, "GJJ": 1}


def test_appointment_check_in(clerk_station: Station, clock: FixedClock) -> None:
    queue = QueueService(clerk_station)
    now = clock.now()
    appt = queue.create_appointment("SBYB", now + timedelta(minutes=20), now + timedelta(minutes=50), "张三")
    assert len(appt.code) == 6
    walk_in = queue.take_ticket("SBYB").ticket
    clock.advance(minutes=10)
    taken = queue.check_in_appointment(appt.code)
    assert taken.ticket.lane is Lane.APPOINTMENT and taken.ticket.order_at == appt.slot_start
    with pytest.raises(UserError, match="重复"):
        queue.check_in_appointment(appt.code)
    assert _next(queue).id == walk_in.id  # not yet due, the walk-in goes first
    queue.take_ticket("SBYB")
    clock.advance(minutes=15)  # slot started
    assert _next(queue).id == taken.ticket.id
    assert "appointment.checked_in" in _outbox_kinds(clerk_station)
    holder = _count(clerk_station, "SELECT holder_name FROM appointments")
    assert "张三" not in holder


def test_appointment_too_early_or_late(clerk_station: Station, clock: FixedClock) -> None:
    queue = QueueService(clerk_station)
    now = clock.now()
    early = queue.create_appointment("HZ", now + timedelta(hours=3), now + timedelta(hours=3, minutes=30))
    with pytest.raises(UserError, match="后签到"):
        queue.check_in_appointment(early.code)
    late = queue.create_appointment("HZ", now - timedelta(minutes=40), now - timedelta(minutes=10))
    taken = queue.check_in_appointment(late.code)
    assert taken.ticket.lane is Lane.NORMAL and "迟到" in taken.ticket.note
    with pytest.raises(UserError, match="预约码"):
        queue.check_in_appointment("000000")


def _window_station(station: Station, clock: FixedClock, window: int) -> Station:
    """Another window's process: its OWN connection to the same store file."""
    store = Store(station.store.path, station.store.cipher, clock=clock)
    other = Station(station.config, station.data_dir, station.secrets, store, clock)
    other.session = Session(f"S{window:03d}", f"窗口{window}", "clerk", str(window))
    return other


def test_several_windows_calling_at_once_never_get_the_same_ticket(station: Station, clock: FixedClock) -> None:
    queue = QueueService(station)
    taken = {queue.take_ticket(("SSDJ", "SBYB", "HZ")[i % 3]).ticket.id for i in range(60)}
    windows = [_window_station(station, clock, w) for w in range(1, 7)]
    barrier = threading.Barrier(len(windows))
    called: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def run(st: Station) -> None:
        service = QueueService(st)
        barrier.wait()
        try:
            while (ticket := service.call_next()) is not None:
                with lock:
                    called.append(ticket.id)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(st,)) for st in windows]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for st in windows:
        st.close()
    assert not errors
    assert len(called) == len(set(called)) == 60 and set(called) == taken
    assert station.store.verify_audit_chain() is None
