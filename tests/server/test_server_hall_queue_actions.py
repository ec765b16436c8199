"""The shared hall queue's actions on the server: a given number (one winner), hold and
resume at the same window, transfer to one window, no-show requeued once then voided,
appointment check-in into the appointment lane (called first when due), the events each
change writes, and the in-process wake-up of the event readers."""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from server_helpers import Site

from server import hall_queue
from server.auth import ClerkIdentity
from server.catalogs import store_catalog
from server.hall_queue import QueueError, call_ticket
from server.routes import queue as queue_routes

# Monday 2026-11-23 10:00 in the hall (Asia/Shanghai)
T0 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
CATALOG = b'{"queue_categories": [{"code": "SSDJ", "prefix": "A"}, {"code": "GSDJ", "prefix": "B"}]}'


class Clock:
    def __init__(self) -> None:
        self.at = T0

    def __call__(self) -> datetime:
        return self.at

    def advance(self, minutes: float) -> None:
        self.at += timedelta(minutes=minutes)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fixed = Clock()
    monkeypatch.setattr(hall_queue, "server_now", fixed)
    return fixed


@pytest.fixture
def hall(site: Site, clock: Clock) -> Site:
    with site.db.write() as session:
        store_catalog(session, CATALOG, "t1", "c" * 64)
    return site


@pytest.fixture
def clerk(hall: Site) -> dict[str, str]:
    return hall.login()


def _take(site: Site, category: str = "SSDJ", **extra: Any) -> dict[str, Any]:
    body = {"protocol": 1, "category": category, "client_id": uuid.uuid4().hex, **extra}
    r = site.client.post("/api/v1/queue/tickets", json=body, headers=site.station_headers())
    assert r.status_code == 200, r.text
    ticket: dict[str, Any] = r.json()["ticket"]
    return ticket


def _take_many(site: Site, clock: Clock, n: int, category: str = "SSDJ") -> list[dict[str, Any]]:
    out = []
    for _ in range(n):
        out.append(_take(site, category))
        clock.advance(1)
    return out


def _call(site: Site, headers: dict[str, str], window: str, categories: dict[str, int] | None = None,
          **extra: Any) -> dict[str, Any] | None:
    cats = [{"code": c, "weight": w} for c, w in (categories or {"SSDJ": 1}).items()]
    r = site.client.post("/api/v1/queue/call-next", json={"protocol": 1, "window_no": window, "categories": cats,
                                                          **extra}, headers=headers)
    assert r.status_code == 200, r.text
    ticket: dict[str, Any] | None = r.json()["ticket"]
    return ticket


def _call_no(site: Site, headers: dict[str, str], window: str, ticket_no: str) -> Any:
    body = {"protocol": 1, "window_no": window, "ticket_no": ticket_no}
    return site.client.post("/api/v1/queue/call-ticket", json=body, headers=headers)


def _act(site: Site, headers: dict[str, str], ticket_id: str, action: str, window: str, **extra: Any) -> Any:
    body = {"protocol": 1, "window_no": window, **extra}
    return site.client.post(f"/api/v1/queue/tickets/{ticket_id}/{action}", json=body, headers=headers)


def _events(site: Site, after: int = 0) -> list[dict[str, Any]]:
    headers = {**site.station_headers(), "Accept": "application/json"}
    body = site.client.get(f"/api/v1/queue/events?after={after}&wait=0", headers=headers).json()
    events: list[dict[str, Any]] = body["events"]
    return events


def _last_seq(site: Site) -> int:
    state = site.client.get("/api/v1/queue/state", headers=site.station_headers()).json()
    return int(state["last_event_seq"])


# -- 指定叫号 --------------------------------------------------------------------------------


def test_call_a_given_number_and_the_second_window_hears_who_has_it(hall: Site, clock: Clock,
                                                                       clerk: dict[str, str]) -> None:
    tickets = _take_many(hall, clock, 3)
    r = _call_no(hall, clerk, "5", tickets[2]["ticket_no"].lower())
    assert r.status_code == 200, r.text
    assert (r.json()["ticket"]["status"], r.json()["ticket"]["window_no"]) == ("called", "5")
    lost = _call_no(hall, clerk, "3", tickets[2]["ticket_no"])
    assert lost.status_code == 409
    assert lost.json()["detail"] == "A003 已被 5 号窗口叫走"
    # the marked template travels with it, so a station in English words it in English
    assert (lost.json()["template"], lost.json()["values"]) == ("{ticket_no} 已被 {window_no} 号窗口叫走",
                                                                {"ticket_no": "A003", "window_no": "5"})
    assert _call_no(hall, clerk, "3", "A999").status_code == 404
    # calling a given number finishes the window's current ticket, like call next
    assert _call_no(hall, clerk, "5", "A001").status_code == 200
    finished = _call_no(hall, clerk, "3", "A003")
    assert finished.status_code == 409 and "已办结" in finished.json()["detail"]
    assert _call(hall, clerk, "3")["ticket_no"] == "A002"  # type: ignore[index]


def test_two_windows_calling_the_same_number_at_once_one_wins(hall: Site, clock: Clock) -> None:
    _take_many(hall, clock, 1)
    outcomes: dict[str, str] = {}
    barrier = threading.Barrier(6)

    def window(n: int) -> None:
        clerk = ClerkIdentity("S001", "张三", "clerk", "ZJ01", hall.station)
        barrier.wait()
        try:
            with hall.db.write() as session:
                outcomes[str(n)] = "won:" + call_ticket(session, clerk, str(n), "A001").window_no  # type: ignore[operator]
        except QueueError as exc:
            outcomes[str(n)] = exc.detail

    threads = [threading.Thread(target=window, args=(n,)) for n in range(1, 7)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    winners = [w for w, o in outcomes.items() if o.startswith("won:")]
    assert len(outcomes) == 6 and len(winners) == 1
    assert all(o == f"A001 已被 {winners[0]} 号窗口叫走" for w, o in outcomes.items() if w not in winners)
    called = [e for e in _events(hall) if e["type"] == "called"]
    assert len(called) == 1 and called[0]["ticket"]["window_no"] == winners[0]


# -- 挂起 / 恢复 ------------------------------------------------------------------------------


def test_hold_then_resume_at_the_same_window_only(hall: Site, clock: Clock, clerk: dict[str, str]) -> None:
    _take_many(hall, clock, 2)
    first = _call(hall, clerk, "2")
    assert first is not None
    assert _act(hall, clerk, first["id"], "hold", "3").status_code == 409  # not this window's ticket
    held = _act(hall, clerk, first["id"], "hold", "2")
    assert held.status_code == 200 and held.json()["ticket"]["status"] == "held"
    state = hall.client.get("/api/v1/queue/state", headers=hall.station_headers()).json()
    assert [t["ticket_no"] for t in state["held"]] == ["A001"] and state["serving"] == []
    second = _call(hall, clerk, "2")  # the window goes on with the next citizen
    assert second is not None and second["ticket_no"] == "A002"
    busy = _act(hall, clerk, first["id"], "resume", "2")
    assert busy.status_code == 409 and "请先办结或挂起当前号 A002" in busy.json()["detail"]
    other = _act(hall, clerk, first["id"], "resume", "3")
    assert other.status_code == 409 and other.json()["detail"] == "A001 不是本窗口挂起的号"
    assert _call_no(hall, clerk, "3", "A001").json()["detail"] == "A001 已被 2 号窗口挂起"
    assert _act(hall, clerk, second["id"], "finish", "2").status_code == 200
    resumed = _act(hall, clerk, first["id"], "resume", "2")
    assert resumed.status_code == 200
    assert (resumed.json()["ticket"]["status"], resumed.json()["ticket"]["window_no"]) == ("called", "2")
    # calling next finishes a resumed ticket like any other
    assert _call(hall, clerk, "2") is None
    kinds = [e["type"] for e in _events(hall)]
    assert kinds.count("held") == 1 and kinds.count("resumed") == 1 and kinds[-1] == "finished"


# -- 转移到指定窗口 ---------------------------------------------------------------------------


def test_transfer_to_a_window_puts_it_at_the_head_for_that_window_only(hall: Site, clock: Clock,
                                                                      clerk: dict[str, str]) -> None:
    _take_many(hall, clock, 3)
    first = _call(hall, clerk, "2")
    assert first is not None and first["ticket_no"] == "A001"
    assert _act(hall, clerk, first["id"], "transfer", "2", to_window="2").status_code == 422
    assert _act(hall, clerk, first["id"], "transfer", "2").status_code == 422
    moved = _act(hall, clerk, first["id"], "transfer", "2", to_window="5").json()["ticket"]
    assert (moved["status"], moved["target_window"], moved["window_no"]) == ("waiting", "5", None)
    assert moved["order_at"] == first["order_at"]  # keeps its place in time
    other = _call_no(hall, clerk, "3", "A001")
    assert other.status_code == 409 and other.json()["detail"] == "A001 已转到 5 号窗口"
    assert _call(hall, clerk, "3")["ticket_no"] == "A002"  # type: ignore[index]
    assert _call(hall, clerk, "5")["ticket_no"] == "A001"  # type: ignore[index]
    assert _call(hall, clerk, "5")["ticket_no"] == "A003"  # type: ignore[index]
    transferred = [e for e in _events(hall) if e["type"] == "transferred"]
    assert len(transferred) == 1 and transferred[0]["ticket"]["target_window"] == "5"


def test_transfer_to_a_window_of_a_category_the_window_does_not_serve(hall: Site, clock: Clock,
                                                                     clerk: dict[str, str]) -> None:
    _take(hall, "GSDJ")
    ticket = _call(hall, clerk, "2", {"GSDJ": 1})
    assert ticket is not None
    assert _act(hall, clerk, ticket["id"], "transfer", "2", to_window="5", to_category="NOPE").status_code == 422
    _act(hall, clerk, ticket["id"], "transfer", "2", to_window="5", to_category="SSDJ")
    assert _call(hall, clerk, "5", {"SSDJ": 1})["ticket_no"] == "B001"  # type: ignore[index]


# -- 过号 --------------------------------------------------------------------------------------


def test_no_show_requeues_once_then_voids(hall: Site, clock: Clock, clerk: dict[str, str]) -> None:
    _take_many(hall, clock, 2)
    first = _call(hall, clerk, "2")
    assert first is not None
    after = _last_seq(hall)
    once = _act(hall, clerk, first["id"], "no-show", "2", no_show_policy="requeue_once").json()["ticket"]
    assert (once["status"], once["no_shows"], once["window_no"], once["call_count"]) == ("waiting", 1, None, 0)
    assert once["order_at"] > first["order_at"]  # to the end of the queue
    assert [e["type"] for e in _events(hall, after)] == ["no_show", "requeued"]
    assert _call(hall, clerk, "2")["ticket_no"] == "A002"  # type: ignore[index]
    again = _call(hall, clerk, "3")
    assert again is not None and again["id"] == first["id"]
    after = _last_seq(hall)
    twice = _act(hall, clerk, first["id"], "no-show", "3", no_show_policy="requeue_once").json()["ticket"]
    assert (twice["status"], twice["no_shows"]) == ("no_show", 2)
    assert [e["type"] for e in _events(hall, after)] == ["no_show", "voided"]
    assert _call(hall, clerk, "3") is None


def test_no_show_with_the_void_policy_closes_at_once(hall: Site, clock: Clock, clerk: dict[str, str]) -> None:
    _take_many(hall, clock, 1)
    ticket = _call(hall, clerk, "2")
    assert ticket is not None
    voided = _act(hall, clerk, ticket["id"], "no-show", "2", no_show_policy="void").json()["ticket"]
    assert voided["status"] == "no_show"
    assert _act(hall, clerk, ticket["id"], "no-show", "2", no_show_policy="bogus").status_code == 422


# -- 预约签到 ----------------------------------------------------------------------------------


def _book(site: Site, appt_id: str, start: str, end: str, date: str = "2026-11-23", hall_code: str = "ZJ01",
          status: str = "booked") -> None:
    body = {"id": appt_id, "hall": hall_code, "category": "SSDJ", "date": date, "start": start, "end": end,
            "applicant_masked": "张*", "status": status}
    r = site.client.post("/api/v1/appointments", json=body, headers={"X-Api-Key": site.backoffice_key})
    assert r.status_code == 200, r.text


def _check_in(site: Site, appt_id: str, client_id: str = "", other: bool = False) -> Any:
    body = {"protocol": 1, "appointment_id": appt_id, "client_id": client_id or f"c-{appt_id}"}
    return site.client.post("/api/v1/queue/check-in", json=body, headers=site.station_headers(other))


def test_check_in_makes_an_appointment_ticket_called_first_when_due(hall: Site, clock: Clock,
                                                                      clerk: dict[str, str]) -> None:
    _take_many(hall, clock, 2)  # A001 09:… normal tickets waiting since 10:00
    _book(hall, "YY-DUE", "09:55", "10:25")
    _book(hall, "YY-EARLY", "10:40", "11:00")
    due = _check_in(hall, "YY-DUE")
    assert due.status_code == 200, due.text
    ticket = due.json()["ticket"]
    assert (ticket["lane"], ticket["appointment_id"], ticket["ticket_no"]) == ("appointment", "YY-DUE", "A003")
    assert ticket["order_at"] == "2026-11-23T01:55:00+00:00"  # the slot start is its place
    assert _check_in(hall, "YY-DUE").json()["ticket"]["id"] == ticket["id"]  # a retry: the same ticket
    again = _check_in(hall, "YY-DUE", client_id="another-kiosk")
    assert again.status_code == 409 and "已签到（排队号 A003）" in again.json()["detail"]
    early = _check_in(hall, "YY-EARLY").json()["ticket"]
    assert early["lane"] == "appointment"
    state = hall.client.get("/api/v1/queue/state", headers=hall.station_headers()).json()
    assert [t["ticket_no"] for t in state["waiting"][:2]] == ["A003", "A004"]  # appointment lane listed first
    assert [_call(hall, clerk, "2")["ticket_no"] for _ in range(3)] == ["A003", "A001", "A002"]  # type: ignore[index]
    assert _call(hall, clerk, "2")["ticket_no"] == "A004"  # type: ignore[index]  # early: when nobody else waits
    assert "checked_in" in [e["type"] for e in _events(hall)]


def test_check_in_rules(hall: Site, clock: Clock) -> None:
    _book(hall, "YY-LATER", "11:30", "12:00")
    _book(hall, "YY-TOMORROW", "09:00", "09:30", date="2026-11-24")
    _book(hall, "YY-CANCELLED", "10:00", "10:30", status="cancelled")
    _book(hall, "YY-LATE", "09:00", "09:30")
    too_early = _check_in(hall, "YY-LATER")
    assert too_early.status_code == 409
    assert too_early.json()["detail"] == "您的预约时段为 11:30–12:00，请于 10:30 后签到。"
    assert "请在预约当天签到" in _check_in(hall, "YY-TOMORROW").json()["detail"]
    assert "已取消" in _check_in(hall, "YY-CANCELLED").json()["detail"]
    assert _check_in(hall, "NO-SUCH-CODE").status_code == 404
    assert _check_in(hall, "YY-LATE", other=True).status_code == 404  # another hall's booking
    late = _check_in(hall, "YY-LATE").json()["ticket"]
    assert late["lane"] == "normal" and late["order_at"] == T0.isoformat()  # late: a normal ticket from now


# -- events and the wake-up --------------------------------------------------------------------


def test_every_action_writes_a_hall_event(hall: Site, clock: Clock, clerk: dict[str, str]) -> None:
    _take_many(hall, clock, 2)
    ticket = _call(hall, clerk, "2")
    assert ticket is not None
    _act(hall, clerk, ticket["id"], "recall", "2")
    _act(hall, clerk, ticket["id"], "hold", "2")
    _act(hall, clerk, ticket["id"], "resume", "2")
    _act(hall, clerk, ticket["id"], "transfer", "2", to_window="4")
    _call_no(hall, clerk, "4", ticket["ticket_no"])
    _act(hall, clerk, ticket["id"], "finish", "4")
    kinds = [e["type"] for e in _events(hall)]
    assert kinds == ["taken", "taken", "called", "recalled", "held", "resumed", "transferred", "called", "finished"]


@pytest.fixture
def slow_poll(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The database poll is too slow to matter: only the wake-up can answer in time."""
    monkeypatch.setattr(queue_routes, "POLL_SECONDS", 120.0)
    yield


def test_a_commit_in_this_process_wakes_a_waiting_long_poll(hall: Site, clock: Clock, slow_poll: None) -> None:
    after = _last_seq(hall)
    answer: dict[str, Any] = {}

    def long_poll() -> None:
        headers = {**hall.station_headers(), "Accept": "application/json"}
        answer.update(hall.client.get(f"/api/v1/queue/events?after={after}&wait=60", headers=headers).json())

    poller = threading.Thread(target=long_poll)
    poller.start()
    for _ in range(200):  # until the poll is registered (it has read once and found nothing)
        if queue_routes.WAKEUPS.listeners("ZJ01"):
            break
        threading.Event().wait(0.05)
    assert queue_routes.WAKEUPS.listeners("ZJ01") == 1
    taken = _take(hall)
    poller.join(30)  # without the wake-up it would sleep out the 120 s poll
    assert not poller.is_alive()
    assert [(e["type"], e["ticket"]["id"]) for e in answer["events"]] == [("taken", taken["id"])]
    assert queue_routes.WAKEUPS.listeners("ZJ01") == 0


def test_wakeups_reach_only_the_readers_of_that_hall() -> None:
    wakeups = queue_routes.HallWakeups()

    async def scenario() -> tuple[bool, bool]:
        with wakeups.listen("H1") as one, wakeups.listen("H2") as two:
            notifier = threading.Thread(target=wakeups.notify, args=("H1",))
            notifier.start()
            await asyncio.wait_for(one.wait(), timeout=10)
            notifier.join()
            await asyncio.sleep(0)
            return one.is_set(), two.is_set()

    assert asyncio.run(scenario()) == (True, False)
    assert wakeups.listeners("H1") == wakeups.listeners("H2") == 0
    wakeups.notify("H1")  # nobody listening: nothing to do


def test_migration_keeps_the_place_and_lane_of_tickets_issued_before_it(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from server.db import MIGRATIONS_DIR, make_engine, run_migrations

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO halls (code, name, created_at) VALUES ('ZJ01', '大厅', :t)"),
                               {"t": T0})
            for n, priority in ((1, False), (2, True)):
                connection.execute(text(
                    "INSERT INTO queue_tickets (id, hall_code, day, category, ticket_no, priority, priority_reason,"
                    " client_id, station_code, status, call_count, taken_at) VALUES (:id, 'ZJ01', '2026-11-23',"
                    " 'SSDJ', :no, :p, '', :id, 'ZJ0101', 'waiting', 0, :t)"),
                    {"id": f"t{n}", "no": f"A00{n}", "p": priority, "t": T0 + timedelta(minutes=n)})
    finally:
        engine.dispose()
    run_migrations(url)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT ticket_no, lane, order_at = taken_at AS same, no_shows FROM queue_tickets ORDER BY ticket_no"))
            assert [tuple(r) for r in rows] == [("A001", "normal", 1, 0), ("A002", "priority", 1, 0)]
    finally:
        engine.dispose()


def test_a_booking_sent_again_keeps_the_check_in(hall: Site) -> None:
    _book(hall, "YY-AGAIN", "09:55", "10:25")
    assert _check_in(hall, "YY-AGAIN").status_code == 200
    body = {"id": "YY-AGAIN", "hall": "ZJ01", "category": "SSDJ", "date": "2026-11-23", "start": "09:55",
            "end": "10:25", "applicant_masked": "张*", "status": "booked"}
    headers = {"X-Api-Key": hall.backoffice_key}
    assert hall.client.post("/api/v1/appointments", json=body, headers=headers).json()["status"] == "checked_in"
    cancelled = hall.client.post("/api/v1/appointments", json={**body, "status": "cancelled"}, headers=headers)
    assert cancelled.json()["status"] == "cancelled"  # the booking system may still cancel it
