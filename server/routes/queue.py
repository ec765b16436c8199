"""The shared hall queue's HTTP endpoints, and the event stream boards and windows listen to.

Events are rows in ``queue_events`` so any server process can serve any board; a reader
re-reads them every ``POLL_SECONDS`` (writes made by other processes) and is woken at once
by a queue commit made in this process (:class:`HallWakeups`).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager, suppress
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from app.i18n import N_
from app.queue.policy import PolicySettings
from server.db import Database
from server.hall_queue import (
    ACTIONS,
    act_on_ticket,
    call_next,
    call_ticket,
    check_in_appointment,
    events_after,
    queue_state,
    take_ticket,
    ticket_json,
)
from server.messages import Refusal
from server.routes.common import API, ClerkDep, DbDep, StationDep, stamp
from server.schemas import CallNextRequest, CallTicketRequest, CheckInRequest, TicketActionRequest, TicketRequest

router = APIRouter(prefix=API, tags=["queue"])

POLL_SECONDS = 0.2
HEARTBEAT_SECONDS = 15.0
MAX_LONG_POLL_SECONDS = 60.0


class HallWakeups:
    """Per-hall wake-up of this process's event readers, set from any thread after a commit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: dict[str, set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]] = {}

    @contextmanager
    def listen(self, hall_code: str) -> Iterator[asyncio.Event]:
        waiter = (asyncio.get_running_loop(), asyncio.Event())
        with self._lock:
            self._waiters.setdefault(hall_code, set()).add(waiter)
        try:
            yield waiter[1]
        finally:
            with self._lock:
                waiters = self._waiters.get(hall_code, set())
                waiters.discard(waiter)
                if not waiters:
                    self._waiters.pop(hall_code, None)

    def notify(self, hall_code: str) -> None:
        with self._lock:
            waiters = list(self._waiters.get(hall_code, ()))
        for loop, event in waiters:
            with suppress(RuntimeError):  # that reader's loop is closed
                loop.call_soon_threadsafe(event.set)

    def listeners(self, hall_code: str) -> int:
        with self._lock:
            return len(self._waiters.get(hall_code, ()))


WAKEUPS = HallWakeups()


async def _wait(event: asyncio.Event, seconds: float) -> None:
    with suppress(TimeoutError):
        await asyncio.wait_for(event.wait(), timeout=max(0.0, seconds))


@router.post("/queue/tickets")
def post_ticket(body: TicketRequest, station: StationDep, db: DbDep) -> dict[str, Any]:
    """取号: the next number of the category for today in this hall."""
    reason = body.priority_reason or ("priority" if body.priority else "")
    with db.write() as session:
        ticket = ticket_json(take_ticket(session, station, body.category, body.client_id, reason, body.prefix))
    WAKEUPS.notify(station.hall_code)
    return {**stamp(), "ticket": ticket}


@router.post("/queue/check-in")
def post_check_in(body: CheckInRequest, station: StationDep, db: DbDep) -> dict[str, Any]:
    """预约签到 (kiosk, no clerk): the appointment becomes an appointment-lane ticket."""
    with db.write() as session:
        ticket = ticket_json(check_in_appointment(session, station, body.appointment_id, body.client_id))
    WAKEUPS.notify(station.hall_code)
    return {**stamp(), "ticket": ticket}


@router.post("/queue/call-next")
def post_call_next(body: CallNextRequest, clerk: ClerkDep, db: DbDep) -> dict[str, Any]:
    """叫号: finish the window's current ticket and call the next one (or ``ticket: null``)."""
    weights = {c.code: c.weight for c in body.categories if c.weight > 0}
    settings = PolicySettings(**body.policy.model_dump()) if body.policy else None
    with db.write() as session:
        ticket = call_next(session, clerk, body.window_no, weights, settings)
        answer = ticket_json(ticket) if ticket is not None else None
    WAKEUPS.notify(clerk.hall_code)
    return {**stamp(), "ticket": answer}


@router.post("/queue/call-ticket")
def post_call_ticket(body: CallTicketRequest, clerk: ClerkDep, db: DbDep) -> dict[str, Any]:
    """指定叫号: one winner when two windows call the same number; 409 tells the other who has it."""
    with db.write() as session:
        answer = ticket_json(call_ticket(session, clerk, body.window_no, body.ticket_no))
    WAKEUPS.notify(clerk.hall_code)
    return {**stamp(), "ticket": answer}


@router.post("/queue/tickets/{ticket_id}/{action}")
def post_ticket_action(
    ticket_id: str,
    action: str,
    body: TicketActionRequest,
    clerk: ClerkDep,
    db: DbDep,
) -> dict[str, Any]:
    """重呼 recall, 过号 no-show, 办结 finish, 转移 transfer, 挂起 hold, 恢复 resume."""
    if action not in ACTIONS:
        raise Refusal(404, N_("未知操作 {action}"), action=action)
    with db.write() as session:
        ticket = act_on_ticket(session, clerk, ticket_id, action, body.window_no, body.to_category,
                               to_window=body.to_window, no_show_policy=body.no_show_policy)
        answer = ticket_json(ticket)
    WAKEUPS.notify(clerk.hall_code)
    return {**stamp(), "ticket": answer}


@router.get("/queue/state")
def get_state(station: StationDep, db: DbDep) -> dict[str, Any]:
    with db.read() as session:
        return {**stamp(), "hall": station.hall_code, **queue_state(session, station.hall_code)}


def _read_events(db: Database, hall_code: str, after: int) -> list[dict[str, Any]]:
    with db.read() as session:
        return events_after(session, hall_code, after)


@router.get("/queue/events", responses={200: {"content": {"text/event-stream": {}, "application/json": {}}}})
async def get_events(
    request: Request,
    station: StationDep,
    db: DbDep,
    after: Annotated[int, Query(ge=0)] = 0,
    wait: Annotated[float, Query(ge=0, le=MAX_LONG_POLL_SECONDS)] = 25.0,
) -> Any:
    """Queue events after ``after``: server-sent events, or one long-poll JSON answer when
    the request says ``Accept: application/json`` (waits up to ``wait`` seconds)."""
    if "application/json" in request.headers.get("accept", ""):
        return await _long_poll(db, station.hall_code, after, wait)
    return StreamingResponse(
        _event_stream(request, db, station.hall_code, after),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


async def _long_poll(db: Database, hall_code: str, after: int, wait: float) -> dict[str, Any]:
    deadline = time.monotonic() + wait
    with WAKEUPS.listen(hall_code) as woken:
        while True:
            woken.clear()  # before reading: a commit after the read wakes the wait below
            events = await run_in_threadpool(_read_events, db, hall_code, after)
            remaining = deadline - time.monotonic()
            if events or remaining <= 0:
                last = events[-1]["seq"] if events else after
                return {**stamp(), "events": events, "last_seq": last}
            await _wait(woken, min(POLL_SECONDS, remaining))


async def _event_stream(request: Request, db: Database, hall_code: str, after: int) -> AsyncIterator[str]:
    last_sent = time.monotonic()
    yield "retry: 1000\n\n"
    with WAKEUPS.listen(hall_code) as woken:
        while not await request.is_disconnected():
            woken.clear()
            events = await run_in_threadpool(_read_events, db, hall_code, after)
            for event in events:
                after = event["seq"]
                yield f"id: {event['seq']}\nevent: {event['type']}\ndata: {json.dumps(event, ensure_ascii=False)}\n\n"
                last_sent = time.monotonic()
            if time.monotonic() - last_sent > HEARTBEAT_SECONDS:
                yield ": keep-alive\n\n"
                last_sent = time.monotonic()
            await _wait(woken, POLL_SECONDS)
