"""The shared queue of a multi-PC hall: server-issued tickets and single-winner calls.

Who is called next is decided by the same pure policy the stations use
(:func:`app.queue.policy.choose_next`): late appointments, the priority lane and due
appointments first (with the N:1 interleave), then normal tickets by aging and the window's
category weights; early appointments only when nobody else waits. Tickets transferred to a
window are candidates at that window only. The policy's memory per window (front streak,
round-robin credits) is kept in ``queue_windows``. docs/queue-policy.md has the rules.

Every write takes the hall's queue lock first (PostgreSQL: a transaction advisory lock;
SQLite: the ``BEGIN IMMEDIATE`` writer lock), so two windows never win the same ticket and
event ``seq`` numbers are in commit order. Every change writes a hall event.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, or_, select, update
from sqlalchemy.orm import Session

from app.i18n import N_, Text
from app.queue.policy import Candidate, Lane, PolicySettings, WindowState, choose_next
from server.auth import ClerkIdentity, StationIdentity
from server.catalogs import category_prefixes, latest_catalog
from server.db import advisory_xact_lock, as_utc, utcnow
from server.messages import Refusal
from server.models import Appointment, QueueCounter, QueueEvent, QueueTicket, QueueWindow
from server.upsert import insert_ignore

PREFIX = re.compile(r"^[A-Z]{1,2}$")
HALL_TIMEZONE = os.environ.get("YICHUANG_HALL_TZ", "Asia/Shanghai")
# The station's check-in window (app/queue/service.py CHECKIN_EARLY_MINUTES / CHECKIN_LATE_MINUTES).
CHECKIN_EARLY_MINUTES = 60
CHECKIN_LATE_MINUTES = 15
NO_SHOW_POLICIES = ("requeue_once", "void")
STATUS_LABELS = {"waiting": N_("等候中"), "called": N_("已叫号"), "held": N_("已挂起"), "finished": N_("已办结"),
                 "no_show": N_("已过号作废")}
# "number X is <state> and cannot be <action>ed", one whole sentence per action so that it translates well
CANNOT = {
    "call": N_("排队号 {ticket_no} 当前{state}，不能叫号"),
    "transfer": N_("排队号 {ticket_no} 当前{state}，不能转移"),
    "recall": N_("排队号 {ticket_no} 当前{state}，不能重呼"),
    "no-show": N_("排队号 {ticket_no} 当前{state}，不能过号"),
    "finish": N_("排队号 {ticket_no} 当前{state}，不能办结"),
    "hold": N_("排队号 {ticket_no} 当前{state}，不能挂起"),
}
ACTIONS = ("recall", "no-show", "finish", "transfer", "hold", "resume")


class QueueError(Refusal):
    """A refusal of the shared queue, worded from a marked template; the route answers it as is."""

    def __init__(self, status_code: int, template: str, /, **values: str | int) -> None:
        super().__init__(status_code, Text(template, **values))


def server_now() -> datetime:
    """The server's clock (tests replace it)."""
    return utcnow()


def hall_tz() -> ZoneInfo:
    return ZoneInfo(HALL_TIMEZONE)


def hall_today() -> str:
    return server_now().astimezone(hall_tz()).date().isoformat()


def ticket_json(t: QueueTicket) -> dict[str, Any]:
    return {
        "id": t.id,
        "ticket_no": t.ticket_no,
        "category": t.category,
        "day": t.day,
        "priority": t.priority,
        "priority_reason": t.priority_reason,
        "lane": t.lane,
        "status": t.status,
        "window_no": t.window_no,
        "target_window": t.target_window,
        "call_count": t.call_count,
        "no_shows": t.no_shows,
        "appointment_id": t.appointment_id,
        "taken_at": as_utc(t.taken_at).isoformat(),
        "order_at": as_utc(t.order_at).isoformat(),
        "called_at": as_utc(t.called_at).isoformat() if t.called_at else None,
    }


_EVENT_DROPS = ("taken_at", "called_at", "order_at")


def _lock_hall_queue(session: Session, hall_code: str) -> None:
    """One queue writer per hall at a time on PostgreSQL, taken before any row lock: events
    get their seq in commit order and no two writers wait on each other's rows."""
    advisory_xact_lock(session, f"queue:{hall_code}")


def _event(session: Session, ticket: QueueTicket, kind: str) -> None:
    _lock_hall_queue(session, ticket.hall_code)
    data = {k: v for k, v in ticket_json(ticket).items() if k not in _EVENT_DROPS}
    session.add(QueueEvent(hall_code=ticket.hall_code, type=kind, data=data))
    session.flush()


def _refuse_state(ticket: QueueTicket, doing: str) -> QueueError:
    label = STATUS_LABELS.get(ticket.status, ticket.status)
    return QueueError(409, CANNOT[doing], ticket_no=ticket.ticket_no, state=label)


# -- taking a ticket -------------------------------------------------------------------------


def _prefix_for(session: Session, category: str, prefix_hint: str | None) -> str:
    catalog = latest_catalog(session)
    if catalog is not None:
        prefix = category_prefixes(catalog).get(category)
        if prefix is None:
            raise QueueError(422, N_("事项目录中没有业务类别 {category}"), category=category)
        return prefix
    if prefix_hint and PREFIX.match(prefix_hint):
        return prefix_hint
    raise QueueError(422, N_("服务器尚未导入事项目录，请在请求中给出号码前缀（prefix）"))


def _check_category(session: Session, category: str) -> None:
    catalog = latest_catalog(session)
    if catalog is not None and category not in category_prefixes(catalog):
        raise QueueError(422, N_("事项目录中没有业务类别 {category}"), category=category)


def _next_number(session: Session, hall_code: str, day: str, category: str, prefix: str) -> str:
    key = {"hall_code": hall_code, "day": day, "category": category}
    insert_ignore(session, QueueCounter, {**key, "last": 0})
    number = session.execute(
        update(QueueCounter)
        .where(*(getattr(QueueCounter, k) == v for k, v in key.items()))
        .values(last=QueueCounter.last + 1)
        .returning(QueueCounter.last)
    ).scalar_one()
    return f"{prefix}{number:03d}"


def _by_client_id(session: Session, hall_code: str, client_id: str) -> QueueTicket | None:
    return session.scalar(
        select(QueueTicket).where(QueueTicket.hall_code == hall_code, QueueTicket.client_id == client_id)
    )


def _new_ticket(session: Session, station: StationIdentity, category: str, prefix: str, client_id: str,
                **fields: Any) -> QueueTicket:
    day = hall_today()
    at = server_now()
    values: dict[str, Any] = {"priority": False, "priority_reason": "", "lane": Lane.NORMAL.value, "order_at": at,
                              **fields}
    ticket = QueueTicket(
        id=str(uuid.uuid4()), hall_code=station.hall_code, day=day, category=category,
        ticket_no=_next_number(session, station.hall_code, day, category, prefix), client_id=client_id,
        station_code=station.code, status="waiting", call_count=0, no_shows=0, taken_at=at, **values,
    )
    session.add(ticket)
    session.flush()
    return ticket


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
    existing = _by_client_id(session, station.hall_code, client_id)
    if existing is not None:
        return existing
    prefix = _prefix_for(session, category, prefix_hint)
    lane = Lane.PRIORITY if priority_reason else Lane.NORMAL
    ticket = _new_ticket(session, station, category, prefix, client_id, priority=bool(priority_reason),
                         priority_reason=priority_reason, lane=lane.value)
    _event(session, ticket, "taken")
    return ticket


# -- appointment check-in (预约签到) --------------------------------------------------------


def _slot(appointment: Appointment, hhmm: str) -> datetime:
    day = datetime.fromisoformat(appointment.slot_date).date()
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=hall_tz())


def _check_in_window(appointment: Appointment, at: datetime) -> bool:
    """Raises when the booking cannot be checked in now; True when the citizen is late."""
    start, end = _slot(appointment, appointment.slot_start), _slot(appointment, appointment.slot_end)
    local = at.astimezone(hall_tz())
    if start.date() != local.date():
        raise QueueError(409, N_("您的预约日期是 {day}，请在预约当天签到。"), day=start.date().isoformat())
    opens = start - timedelta(minutes=CHECKIN_EARLY_MINUTES)
    if local < opens:
        raise QueueError(409, N_("您的预约时段为 {start}–{end}，请于 {opens} 后签到。"), start=f"{start:%H:%M}",
                         end=f"{end:%H:%M}", opens=f"{opens:%H:%M}")
    return local > start + timedelta(minutes=CHECKIN_LATE_MINUTES)


def check_in_appointment(session: Session, station: StationIdentity, appointment_id: str, client_id: str) -> QueueTicket:
    """预约签到: a booked appointment of today becomes a ticket served at its slot time
    (the appointment lane); later than the grace period it queues as a normal ticket from now.
    A retried ``client_id`` gets the same ticket; a second check-in is refused."""
    _lock_hall_queue(session, station.hall_code)
    existing = _by_client_id(session, station.hall_code, client_id)
    if existing is not None:
        return existing
    appointment = session.get(Appointment, appointment_id.strip())
    if appointment is None or appointment.hall_code != station.hall_code:
        raise QueueError(404, N_("没有找到该预约码，请核对后重新输入。"))
    if appointment.status == "cancelled":
        raise QueueError(409, N_("该预约已取消，如需办理请重新预约或直接取号。"))
    taken = session.scalar(select(QueueTicket.ticket_no).where(
        QueueTicket.hall_code == station.hall_code, QueueTicket.appointment_id == appointment.id))
    if taken is not None:
        raise QueueError(409, N_("该预约已签到（排队号 {ticket_no}），无需重复签到。"), ticket_no=taken)
    at = server_now()
    late = _check_in_window(appointment, at)
    prefix = _prefix_for(session, appointment.category, None)
    slot_start = _slot(appointment, appointment.slot_start).astimezone(UTC)  # stored as UTC (SQLite drops zones)
    lane, order_at = (Lane.NORMAL, at) if late else (Lane.APPOINTMENT, slot_start)
    ticket = _new_ticket(session, station, appointment.category, prefix, client_id, lane=lane.value,
                         order_at=order_at, appointment_id=appointment.id)
    appointment.status, appointment.updated_at = "checked_in", utcnow()
    _event(session, ticket, "checked_in")
    return ticket


# -- calling ---------------------------------------------------------------------------------


def _finish_current(session: Session, hall_code: str, window_no: str) -> None:
    current = session.scalars(
        select(QueueTicket).where(
            QueueTicket.hall_code == hall_code, QueueTicket.window_no == window_no, QueueTicket.status == "called"
        )
    ).all()
    for ticket in current:
        ticket.status, ticket.closed_at = "finished", server_now()
        _event(session, ticket, "finished")


def _candidates(session: Session, hall_code: str, window_no: str, categories: list[str]) -> list[Candidate]:
    """The head of every (category, lane) of the window's categories, and the tickets
    transferred to this window (they count as one category of their own, ``@<window>``)."""
    position = func.row_number().over(
        partition_by=(QueueTicket.category, QueueTicket.lane, QueueTicket.target_window),
        order_by=(QueueTicket.order_at, QueueTicket.id),
    )
    inner = (
        select(QueueTicket.id, QueueTicket.category, QueueTicket.lane, QueueTicket.order_at,
               QueueTicket.target_window, position.label("position"))
        .where(
            QueueTicket.hall_code == hall_code,
            QueueTicket.day == hall_today(),
            QueueTicket.status == "waiting",
            or_(QueueTicket.target_window == window_no,
                (QueueTicket.target_window.is_(None)) & QueueTicket.category.in_(categories)),
        )
        .subquery()
    )
    rows = session.execute(select(inner).where(inner.c.position == 1)).all()
    return [
        Candidate(r.id, f"@{window_no}" if r.target_window else r.category, Lane(r.lane), as_utc(r.order_at))
        for r in rows
    ]


def _window_state(session: Session, hall_code: str, window_no: str) -> QueueWindow:
    insert_ignore(session, QueueWindow, {"hall_code": hall_code, "window_no": window_no, "front_streak": 0,
                                         "credits": {}})
    row = session.get(QueueWindow, (hall_code, window_no), populate_existing=True)
    assert row is not None
    return row


def _mark_called(session: Session, ticket: QueueTicket, clerk: ClerkIdentity, window_no: str) -> QueueTicket:
    ticket.status, ticket.window_no, ticket.staff_no, ticket.target_window = "called", window_no, clerk.staff_no, None
    ticket.called_at, ticket.call_count = server_now(), 1
    _event(session, ticket, "called")
    return ticket


def _weights(categories: Mapping[str, int] | list[str]) -> dict[str, int]:
    if isinstance(categories, Mapping):
        return {code: int(w) for code, w in categories.items() if int(w) > 0}
    return {code: 1 for code in categories}


def call_next(
    session: Session,
    clerk: ClerkIdentity,
    window_no: str,
    categories: Mapping[str, int] | list[str],
    settings: PolicySettings | None = None,
) -> QueueTicket | None:
    """叫号: finish the window's current ticket, then call the one the policy picks.
    Exactly one window wins each waiting ticket (the hall lock, then a guarded update)."""
    _lock_hall_queue(session, clerk.hall_code)
    _finish_current(session, clerk.hall_code, window_no)
    weights = _weights(categories)
    window = _window_state(session, clerk.hall_code, window_no)
    state = WindowState(window.front_streak, dict(window.credits or {}))
    candidates = _candidates(session, clerk.hall_code, window_no, list(weights))
    decision = choose_next(candidates, weights, state, server_now(), settings or PolicySettings())
    if decision is None:
        return None
    ticket = session.scalars(
        select(QueueTicket).where(QueueTicket.id == decision.ticket_id, QueueTicket.status == "waiting")
        .with_for_update()
    ).first()
    if ticket is None:  # cannot happen under the hall lock; never hand one ticket to two windows
        raise QueueError(409, N_("排队号已被其他窗口叫走，请重新叫号"))
    window.front_streak, window.credits = decision.state.front_streak, dict(decision.state.credits)
    return _mark_called(session, ticket, clerk, window_no)


def _today_ticket(session: Session, hall_code: str, ticket_no: str) -> QueueTicket:
    number = ticket_no.strip().upper()
    ticket = session.scalars(
        select(QueueTicket)
        .where(QueueTicket.hall_code == hall_code, QueueTicket.day == hall_today(), QueueTicket.ticket_no == number)
        .with_for_update()
    ).first()
    if ticket is None:
        raise QueueError(404, N_("今天没有 {ticket_no} 号，请核对号码。"), ticket_no=number)
    return ticket


def call_ticket(session: Session, clerk: ClerkIdentity, window_no: str, ticket_no: str) -> QueueTicket:
    """指定叫号: call a given waiting number at this window. Two windows calling the same
    number at once: the first wins, the other hears who has it."""
    _lock_hall_queue(session, clerk.hall_code)
    ticket = _today_ticket(session, clerk.hall_code, ticket_no)
    if ticket.status == "called":
        if ticket.window_no == window_no:
            raise QueueError(409, N_("{ticket_no} 正在本窗口办理"), ticket_no=ticket.ticket_no)
        raise QueueError(409, N_("{ticket_no} 已被 {window_no} 号窗口叫走"), ticket_no=ticket.ticket_no,
                         window_no=ticket.window_no or "")
    if ticket.status == "held":
        raise QueueError(409, N_("{ticket_no} 已被 {window_no} 号窗口挂起"), ticket_no=ticket.ticket_no,
                         window_no=ticket.window_no or "")
    if ticket.status != "waiting":
        raise _refuse_state(ticket, "call")
    if ticket.target_window and ticket.target_window != window_no:
        raise QueueError(409, N_("{ticket_no} 已转到 {window_no} 号窗口"), ticket_no=ticket.ticket_no,
                         window_no=ticket.target_window)
    _finish_current(session, clerk.hall_code, window_no)
    return _mark_called(session, ticket, clerk, window_no)


# -- acting on one ticket ----------------------------------------------------------------------


# "X is being served at window N: this window cannot <action> it", one sentence per action
NOT_YOURS = {
    "hold": N_("{ticket_no} 正在 {window_no} 号窗口办理，本窗口不能挂起"),
    "recall": N_("{ticket_no} 正在 {window_no} 号窗口办理，本窗口不能重呼"),
    "no-show": N_("{ticket_no} 正在 {window_no} 号窗口办理，本窗口不能过号"),
    "finish": N_("{ticket_no} 正在 {window_no} 号窗口办理，本窗口不能办结"),
    "transfer": N_("{ticket_no} 正在 {window_no} 号窗口办理，本窗口不能转移"),
}


def _check_own_call(ticket: QueueTicket, window_no: str, action: str) -> None:
    """Only the window that called a ticket may hold, recall, skip, finish or transfer it."""
    if ticket.status != "called":
        raise _refuse_state(ticket, action)
    if ticket.window_no != window_no:
        raise QueueError(409, NOT_YOURS[action], ticket_no=ticket.ticket_no, window_no=ticket.window_no or "")


def _no_show(session: Session, ticket: QueueTicket, policy: str | None) -> None:
    """过号: requeued once from now (``requeue_once``, first no-show), else closed."""
    ticket.no_shows += 1
    _event(session, ticket, "no_show")
    if policy == "requeue_once" and ticket.no_shows == 1:
        ticket.status, ticket.order_at, ticket.window_no = "waiting", server_now(), None
        ticket.call_count, ticket.target_window = 0, None
        _event(session, ticket, "requeued")
    else:
        ticket.status, ticket.closed_at = "no_show", server_now()
        _event(session, ticket, "voided")


def _transfer(session: Session, ticket: QueueTicket, window_no: str, to_category: str | None,
              to_window: str | None) -> None:
    """转移: to a category and/or one window; the ticket keeps its place in time."""
    to_window = (to_window or "").strip() or None
    if not to_category and not to_window:
        raise QueueError(422, N_("转移须指定目标业务类别（to_category）或目标窗口（to_window）"))
    if to_window is not None and to_window == window_no:
        raise QueueError(422, N_("不能转到本窗口"))
    if to_category:
        _check_category(session, to_category)
        ticket.category = to_category
    ticket.status, ticket.window_no, ticket.target_window, ticket.call_count = "waiting", None, to_window, 0
    _event(session, ticket, "transferred")


def _resume(session: Session, ticket: QueueTicket, window_no: str) -> None:
    if ticket.status != "held" or ticket.window_no != window_no:
        raise QueueError(409, N_("{ticket_no} 不是本窗口挂起的号"), ticket_no=ticket.ticket_no)
    busy = session.scalar(select(QueueTicket.ticket_no).where(
        QueueTicket.hall_code == ticket.hall_code, QueueTicket.window_no == window_no, QueueTicket.status == "called"))
    if busy is not None:
        raise QueueError(409, N_("请先办结或挂起当前号 {ticket_no}，再恢复挂起的号"), ticket_no=busy)
    ticket.status, ticket.called_at = "called", server_now()
    _event(session, ticket, "resumed")


def act_on_ticket(
    session: Session,
    clerk: ClerkIdentity,
    ticket_id: str,
    action: str,
    window_no: str,
    to_category: str | None = None,
    *,
    to_window: str | None = None,
    no_show_policy: str | None = None,
) -> QueueTicket:
    _lock_hall_queue(session, clerk.hall_code)
    ticket = session.scalars(select(QueueTicket).where(QueueTicket.id == ticket_id).with_for_update()).first()
    if ticket is None or ticket.hall_code != clerk.hall_code:
        raise QueueError(404, N_("没有这张排队号"))
    if action == "transfer":
        if ticket.status != "waiting":  # a waiting ticket may be sent on by any window (the supervisor's view)
            _check_own_call(ticket, window_no, "transfer")
        _transfer(session, ticket, window_no, to_category, to_window)
        return ticket
    if action == "resume":
        _resume(session, ticket, window_no)
        return ticket
    _check_own_call(ticket, window_no, action)
    if action == "hold":
        ticket.status = "held"
        _event(session, ticket, "held")
    elif action == "recall":
        ticket.call_count, ticket.window_no, ticket.called_at = ticket.call_count + 1, window_no, server_now()
        _event(session, ticket, "recalled")
    elif action == "no-show":
        _no_show(session, ticket, no_show_policy)
    else:
        ticket.status, ticket.closed_at = "finished", server_now()
        _event(session, ticket, "finished")
    return ticket


# -- reading -----------------------------------------------------------------------------------

LANE_RANK = case((QueueTicket.lane == "priority", 0), (QueueTicket.lane == "appointment", 1), else_=2)


def queue_state(session: Session, hall_code: str) -> dict[str, Any]:
    day = hall_today()
    tickets = session.scalars(
        select(QueueTicket)
        .where(QueueTicket.hall_code == hall_code, QueueTicket.day == day,
               QueueTicket.status.in_(("waiting", "called", "held")))
        .order_by(LANE_RANK, QueueTicket.order_at, QueueTicket.ticket_no)
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
        "held": [ticket_json(t) for t in tickets if t.status == "held"],
        "last_event_seq": last_event_seq(session, hall_code),
    }


def last_event_seq(session: Session, hall_code: str) -> int:
    return session.scalar(select(func.max(QueueEvent.seq)).where(QueueEvent.hall_code == hall_code)) or 0


def events_after(session: Session, hall_code: str, after: int, limit: int = 200) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(QueueEvent).where(QueueEvent.hall_code == hall_code, QueueEvent.seq > after).order_by(QueueEvent.seq).limit(limit)
    ).all()
    return [{"seq": e.seq, "type": e.type, "at": as_utc(e.at).isoformat(), "ticket": e.data} for e in rows]
