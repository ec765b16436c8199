"""The shared queue of a multi-PC hall: server-issued tickets and single-winner calls.

Ordering policy (kept simple on purpose, see docs/server-api.md): among today's waiting
tickets of the categories the window serves, priority-lane tickets first, then the oldest
(``taken_at``), then the lower number. Category weights are accepted and reported but do not
change the order yet.
"""

from __future__ import annotations

import os
import re
import uuid
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from server.auth import ClerkIdentity, StationIdentity
from server.catalogs import category_prefixes, latest_catalog
from server.db import advisory_xact_lock, as_utc, utcnow
from server.models import QueueCounter, QueueEvent, QueueTicket
from server.upsert import insert_ignore

PREFIX = re.compile(r"^[A-Z]{1,2}$")
HALL_TIMEZONE = os.environ.get("YICHUANG_HALL_TZ", "Asia/Shanghai")


class QueueError(Exception):
    def __init__(self, status_code: int, detail: str) -> None:
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail


def hall_today() -> str:
    return datetime.now(ZoneInfo(HALL_TIMEZONE)).date().isoformat()


def ticket_json(t: QueueTicket) -> dict[str, Any]:
    return {
        "id": t.id,
        "ticket_no": t.ticket_no,
        "category": t.category,
        "day": t.day,
        "priority": t.priority,
        "priority_reason": t.priority_reason,
        "status": t.status,
        "window_no": t.window_no,
        "call_count": t.call_count,
        "taken_at": as_utc(t.taken_at).isoformat(),
        "called_at": as_utc(t.called_at).isoformat() if t.called_at else None,
    }


def _lock_hall_queue(session: Session, hall_code: str) -> None:
    """One queue writer per hall at a time on PostgreSQL, taken before any row lock: events
    get their seq in commit order and no two writers wait on each other's rows."""
    advisory_xact_lock(session, f"queue:{hall_code}")


def _event(session: Session, ticket: QueueTicket, kind: str) -> None:
    _lock_hall_queue(session, ticket.hall_code)
    data = {k: v for k, v in ticket_json(ticket).items() if k not in ("taken_at", "called_at")}
    session.add(QueueEvent(hall_code=ticket.hall_code, type=kind, data=data))
    session.flush()


def _prefix_for(session: Session, category: str, prefix_hint: str | None) -> str:
    catalog = latest_catalog(session)
    if catalog is not None:
        prefix = category_prefixes(catalog).get(category)
        if prefix is None:
            raise QueueError(422, f"事项目录中没有业务类别 {category}")
        return prefix
    if prefix_hint and PREFIX.match(prefix_hint):
        return prefix_hint
    raise QueueError(422, "服务器尚未导入事项目录，请在请求中给出号码前缀（prefix）")


def take_ticket(
    session: Session,
    station: StationIdentity,
    category: str,
    client_id: str,
    priority_reason: str = "",
    prefix_hint: str | None = None,
) -> QueueTicket:
    """Issue the next number of a category for today; a retried ``client_id`` gets the same."""
    _lock_hall_queue(session, station.hall_code)
    existing = session.scalar(
        select(QueueTicket).where(QueueTicket.hall_code == station.hall_code, QueueTicket.client_id == client_id)
    )
    if existing is not None:
        return existing
    prefix = _prefix_for(session, category, prefix_hint)
    day = hall_today()
    key = {"hall_code": station.hall_code, "day": day, "category": category}
    insert_ignore(session, QueueCounter, {**key, "last": 0})
    number = session.execute(
        update(QueueCounter)
        .where(*(getattr(QueueCounter, k) == v for k, v in key.items()))
        .values(last=QueueCounter.last + 1)
        .returning(QueueCounter.last)
    ).scalar_one()
    ticket = QueueTicket(
        id=str(uuid.uuid4()),
        hall_code=station.hall_code,
        day=day,
        category=category,
        ticket_no=f"{prefix}{number:03d}",
        priority=bool(priority_reason),
        priority_reason=priority_reason,
        client_id=client_id,
        station_code=station.code,
        status="waiting",
        call_count=0,
        taken_at=utcnow(),
    )
    session.add(ticket)
    session.flush()
    _event(session, ticket, "taken")
    return ticket


def _finish_current(session: Session, hall_code: str, window_no: str) -> None:
    current = session.scalars(
        select(QueueTicket).where(
            QueueTicket.hall_code == hall_code, QueueTicket.window_no == window_no, QueueTicket.status == "called"
        )
    ).all()
    for ticket in current:
        ticket.status, ticket.closed_at = "finished", utcnow()
        _event(session, ticket, "finished")


def call_next(session: Session, clerk: ClerkIdentity, window_no: str, categories: list[str]) -> QueueTicket | None:
    """Exactly one window wins each waiting ticket (row lock / SQLite writer lock)."""
    _lock_hall_queue(session, clerk.hall_code)
    _finish_current(session, clerk.hall_code, window_no)
    ticket = session.scalars(
        select(QueueTicket)
        .where(
            QueueTicket.hall_code == clerk.hall_code,
            QueueTicket.day == hall_today(),
            QueueTicket.status == "waiting",
            QueueTicket.category.in_(categories),
        )
        .order_by(QueueTicket.priority.desc(), QueueTicket.taken_at, QueueTicket.ticket_no)
        .limit(1)
        .with_for_update(skip_locked=True)
    ).first()
    if ticket is None:
        return None
    ticket.status, ticket.window_no, ticket.staff_no = "called", window_no, clerk.staff_no
    ticket.called_at, ticket.call_count = utcnow(), 1
    _event(session, ticket, "called")
    return ticket


ACTIONS = ("recall", "no-show", "finish", "transfer")


def act_on_ticket(
    session: Session,
    clerk: ClerkIdentity,
    ticket_id: str,
    action: str,
    window_no: str,
    to_category: str | None = None,
) -> QueueTicket:
    _lock_hall_queue(session, clerk.hall_code)
    ticket = session.scalars(select(QueueTicket).where(QueueTicket.id == ticket_id).with_for_update()).first()
    if ticket is None or ticket.hall_code != clerk.hall_code:
        raise QueueError(404, "没有这张排队号")
    allowed = ("called", "waiting") if action == "transfer" else ("called",)
    if ticket.status not in allowed:
        raise QueueError(409, f"排队号 {ticket.ticket_no} 当前状态为 {ticket.status}，不能执行此操作")
    if action == "recall":
        ticket.call_count, ticket.window_no, ticket.called_at = ticket.call_count + 1, window_no, utcnow()
        _event(session, ticket, "recalled")
    elif action in ("no-show", "finish"):
        ticket.status = "no_show" if action == "no-show" else "finished"
        ticket.closed_at = utcnow()
        _event(session, ticket, ticket.status)
    else:
        if not to_category:
            raise QueueError(422, "转移须指定目标业务类别（to_category）")
        ticket.status, ticket.category, ticket.window_no = "waiting", to_category, None
        _event(session, ticket, "transferred")
    return ticket


def queue_state(session: Session, hall_code: str) -> dict[str, Any]:
    day = hall_today()
    tickets = session.scalars(
        select(QueueTicket)
        .where(QueueTicket.hall_code == hall_code, QueueTicket.day == day, QueueTicket.status.in_(("waiting", "called")))
        .order_by(QueueTicket.priority.desc(), QueueTicket.taken_at, QueueTicket.ticket_no)
    ).all()
    waiting = [ticket_json(t) for t in tickets if t.status == "waiting"]
    counts: dict[str, int] = {}
    for t in waiting:
        counts[t["category"]] = counts.get(t["category"], 0) + 1
    return {
        "day": day,
        "waiting": waiting,
        "waiting_by_category": counts,
        "serving": [ticket_json(t) for t in tickets if t.status == "called"],
        "last_event_seq": last_event_seq(session, hall_code),
    }


def last_event_seq(session: Session, hall_code: str) -> int:
    return session.scalar(select(func.max(QueueEvent.seq)).where(QueueEvent.hall_code == hall_code)) or 0


def events_after(session: Session, hall_code: str, after: int, limit: int = 200) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(QueueEvent).where(QueueEvent.hall_code == hall_code, QueueEvent.seq > after).order_by(QueueEvent.seq).limit(limit)
    ).all()
    return [{"seq": e.seq, "type": e.type, "at": as_utc(e.at).isoformat(), "ticket": e.data} for e in rows]
