from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from server.db import Database
from server.hall_queue import ACTIONS, QueueError, act_on_ticket, call_next, events_after, queue_state, take_ticket, ticket_json
from server.routes.common import API, ClerkDep, DbDep, StationDep, stamp
from server.schemas import CallNextRequest, TicketActionRequest, TicketRequest

router = APIRouter(prefix=API, tags=["queue"])

POLL_SECONDS = 0.2
HEARTBEAT_SECONDS = 15.0
MAX_LONG_POLL_SECONDS = 60.0


def _queue_error(exc: QueueError) -> HTTPException:
    return HTTPException(status_code=exc.status_code, detail=exc.detail)


@router.post("/queue/tickets")
def post_ticket(body: TicketRequest, station: StationDep, db: DbDep) -> dict[str, Any]:
    """取号: the next number of the category for today in this hall."""
    reason = body.priority_reason or ("priority" if body.priority else "")
    try:
        with db.write() as session:
            ticket = ticket_json(take_ticket(session, station, body.category, body.client_id, reason, body.prefix))
    except QueueError as exc:
        raise _queue_error(exc) from exc
    return {**stamp(), "ticket": ticket}


@router.post("/queue/call-next")
def post_call_next(body: CallNextRequest, clerk: ClerkDep, db: DbDep) -> dict[str, Any]:
    """叫号: finish the window's current ticket and call the next one (or ``ticket: null``)."""
    categories = [c.code for c in body.categories if c.weight > 0]
    with db.write() as session:
        ticket = call_next(session, clerk, body.window_no, categories)
        answer = ticket_json(ticket) if ticket is not None else None
    return {**stamp(), "ticket": answer}


@router.post("/queue/tickets/{ticket_id}/{action}")
def post_ticket_action(
    ticket_id: str,
    action: str,
    body: TicketActionRequest,
    clerk: ClerkDep,
    db: DbDep,
) -> dict[str, Any]:
    """重呼 recall, 过号 no-show, 办结 finish, 转移 transfer (``to_category``)."""
    if action not in ACTIONS:
        raise HTTPException(status_code=404, detail=f"未知操作 {action}")
    try:
        with db.write() as session:
            ticket = act_on_ticket(session, clerk, ticket_id, action, body.window_no, body.to_category)
            answer = ticket_json(ticket)
    except QueueError as exc:
        raise _queue_error(exc) from exc
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
    while True:
        events = await run_in_threadpool(_read_events, db, hall_code, after)
        if events or time.monotonic() >= deadline:
            last = events[-1]["seq"] if events else after
            return {**stamp(), "events": events, "last_seq": last}
        await asyncio.sleep(POLL_SECONDS)


async def _event_stream(request: Request, db: Database, hall_code: str, after: int) -> AsyncIterator[str]:
    last_sent = time.monotonic()
    yield "retry: 1000\n\n"
    while not await request.is_disconnected():
        events = await run_in_threadpool(_read_events, db, hall_code, after)
        for event in events:
            after = event["seq"]
            yield f"id: {event['seq']}\nevent: {event['type']}\ndata: {json.dumps(event, ensure_ascii=False)}\n\n"
            last_sent = time.monotonic()
        if time.monotonic() - last_sent > HEARTBEAT_SECONDS:
            yield ": keep-alive\n\n"
            last_sent = time.monotonic()
        await asyncio.sleep(POLL_SECONDS)
