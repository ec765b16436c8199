"""The station's queue: take a ticket, call, recall, no-show, transfer, hold, pause, finish.

Every action is one unit of work (BEGIN IMMEDIATE): the ticket rows, the call log,
the audit entry and the outbox record commit together. Who is called next is decided
by :func:`app.queue.policy.choose_next` over the head of each (category, lane), read
with one index seek each, so a call costs the same with 10 or 10,000 people waiting.
Because the read and the update happen inside the same write transaction, two windows
(two connections to one file) can never get the same ticket.
"""

from __future__ import annotations

import math
import secrets
import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.auth import require
from app.catalog.model import QueueCategory
from app.clock import HALL_TZ, iso
from app.errors import NotFound, UserError
from app.i18n import N_, Text, tr
from app.ids import new_id
from app.queue import windows
from app.queue.announce import display_text
from app.queue.policy import Candidate, Lane, PolicySettings, WindowState, choose_next, policy_sentence
from app.store import UnitOfWork

if TYPE_CHECKING:
    import sqlite3

    from app.station import Station

HISTORY_SIZE = 20  # service durations the estimate looks at
DEFAULT_MINUTES = 5  # per citizen, until a category has history
CHECKIN_EARLY_MINUTES = 60  # an appointment can be checked in this long before its slot
CHECKIN_LATE_MINUTES = 15  # later than this after the slot start: a normal ticket
LANES_JSON = '["priority","appointment","normal"]'

# Everything the policy looks at (app/queue/policy.py), whatever the queue's size: the head
# of every category's normal lane (one covering-index seek each), the oldest priority and
# the oldest appointment ticket of the window's categories, and the tickets transferred to
# this window (few).
_NORMAL_HEADS_SQL = """
SELECT c.value AS category_code,
       (SELECT h.order_at || ' ' || h.id FROM queue_tickets AS h
         WHERE h.state = 'waiting' AND h.target_window IS NULL AND h.category_code = c.value AND h.lane = 'normal'
         ORDER BY h.order_at, h.id LIMIT 1) AS head
FROM json_each(:cats) AS c
"""
_FRONT_SQL = """
SELECT * FROM (SELECT id, category_code, lane, order_at, target_window FROM queue_tickets
                WHERE state = 'waiting' AND target_window IS NULL AND lane <> 'normal' AND lane = 'priority'
                  AND category_code IN (SELECT value FROM json_each(:cats)) ORDER BY order_at, id LIMIT 1)
UNION ALL
SELECT * FROM (SELECT id, category_code, lane, order_at, target_window FROM queue_tickets
                WHERE state = 'waiting' AND target_window IS NULL AND lane <> 'normal' AND lane = 'appointment'
                  AND category_code IN (SELECT value FROM json_each(:cats)) ORDER BY order_at, id LIMIT 1)
UNION ALL
SELECT id, category_code, lane, order_at, target_window FROM queue_tickets
 WHERE state = 'waiting' AND target_window = :window
"""

STATE_LABELS = {"waiting": N_("等候中"), "called": N_("已叫号"), "held": N_("已挂起"), "finished": N_("已办结"),
                "no_show": N_("过号"), "voided": N_("已作废")}
# Stored as the ticket's note (Chinese, like every stored text); the screens show it with app.i18n.tr.
LATE_NOTE = N_("预约迟到，按普通号排队")


@dataclass(frozen=True)
class Ticket:
    id: str
    day: str
    ticket_no: str
    category_code: str
    lane: Lane
    state: str
    taken_at: datetime
    order_at: datetime
    window_no: str | None
    target_window: str | None
    recalls: int
    no_shows: int
    priority_reason: str
    note: str
    called_at: datetime | None
    appointment_id: str | None
    slip_doc_id: str | None

    @property
    def state_label(self) -> str:
        """The state's name in Chinese (a marked label: app.i18n.tr shows it in the interface language)."""
        return STATE_LABELS.get(self.state, self.state)


@dataclass(frozen=True)
class TakenTicket:
    ticket: Ticket
    category_name: str
    people_ahead: int
    est_wait_minutes: int | None
    slip_doc_id: str


@dataclass(frozen=True)
class CategoryStatus:
    """One category as the kiosk shows it."""

    code: str
    prefix: str
    name: str
    description: str
    waiting: int
    est_wait_minutes: int | None  # for a ticket taken now
    in_hours: bool
    hours_text: str
    remaining: int  # tickets left under the daily cap


@dataclass(frozen=True)
class CallRecord:
    seq: int
    ticket_no: str
    window_no: str
    category_code: str
    at: datetime
    kind: str  # called, recalled

    @property
    def text(self) -> str:
        return display_text(self.ticket_no, self.window_no)


@dataclass(frozen=True)
class Appointment:
    id: str
    code: str
    category_code: str
    slot_start: datetime
    slot_end: datetime
    state: str
    ticket_id: str | None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def ticket_from_row(row: sqlite3.Row) -> Ticket:
    return Ticket(row["id"], row["day"], row["ticket_no"], row["category_code"], Lane(row["lane"]), row["state"],
                  datetime.fromisoformat(row["taken_at"]), datetime.fromisoformat(row["order_at"]),
                  row["window_no"], row["target_window"], int(row["recalls"]), int(row["no_shows"]),
                  row["priority_reason"], row["note"], _dt(row["called_at"]), row["appointment_id"],
                  row["slip_doc_id"])


def service_hours(category: QueueCategory) -> list[str]:
    """The category's opening periods, e.g. ["08:30–12:00", "13:30–17:00"]."""
    return [f"{h.start}–{h.end}" for h in category.service_hours]


def hours_text(category: QueueCategory) -> str:
    """The opening periods as one line for the screen (joined with the interface language's separator)."""
    return tr(N_("、")).join(service_hours(category))


def outside_hours(category: QueueCategory) -> UserError:
    return UserError("现在不在“{category}”的取号时间（{hours}），请在办理时间内取号。", category=category.name,
                     hours=service_hours(category))


def recall_first(recalls: int, needed: int) -> UserError:
    return UserError("请先重呼（F2）：已重呼 {recalls} 次，重呼 {needed} 次仍未到才能过号。", recalls=recalls,
                     needed=needed)


def in_service_hours(category: QueueCategory, now: datetime) -> bool:
    hm = now.strftime("%H:%M")
    return any(h.start <= hm < h.end for h in category.service_hours) or not category.service_hours


class QueueService:
    """The queue of one station (standalone: fully local)."""

    def __init__(self, station: Station) -> None:
        self.station = station
        self.store = station.store
        self._weights: dict[tuple[str, int, int, str], dict[str, int]] = {}  # call-next cache
        self._finished: list[Ticket] = []  # finished by the action in progress (rated after commit)

    # -- settings ------------------------------------------------------
    def _setting(self, key: str, default: str) -> str:
        row = self.store.query_one("SELECT value FROM queue_settings WHERE key = ?", (key,))
        return str(row["value"]) if row else default

    def policy_settings(self) -> PolicySettings:
        base = PolicySettings()
        values = {r["key"]: r["value"] for r in self.store.query("SELECT key, value FROM queue_settings")}
        return PolicySettings(
            name=self.station.config.queue_policy,
            front_streak_limit=int(values.get("front_streak_limit", base.front_streak_limit)),
            aging_minutes=int(values.get("aging_minutes", base.aging_minutes)),
            appointment_late_minutes=int(values.get("appointment_late_minutes", base.appointment_late_minutes)))

    def enforce_service_hours(self) -> bool:
        from app.demo import DEMO_STATION_CODE

        default = "0" if self.station.station_code == DEMO_STATION_CODE else "1"
        return self._setting("enforce_service_hours", default) == "1"

    def set_settings(self, values: Mapping[str, str | int]) -> None:
        """Queue settings (policy parameters, enforce_service_hours); hall manager only."""
        session = require(self.station.session, "settings.edit")
        allowed = {"front_streak_limit", "aging_minutes", "appointment_late_minutes", "enforce_service_hours"}
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"unknown queue settings {sorted(unknown)}")
        if int(values.get("front_streak_limit", 1)) < 1:
            raise UserError("连续优先叫号次数至少为 1。", field="front_streak_limit")
        with self.store.unit_of_work(session.staff_no) as uow:
            for key, value in values.items():
                uow.execute("INSERT INTO queue_settings (key, value) VALUES (?, ?) ON CONFLICT(key)"
                            " DO UPDATE SET value = excluded.value", (key, str(value)))
            uow.emit("audit.event", {"event": "queue_settings_changed", "station_code": self.station.station_code,
                                     "values": {k: str(v) for k, v in values.items()}}, action="queue.settings")
        self.station.notify("queue", "outbox")

    def save_window_profile(self, window_no: str, weights: Mapping[str, int]) -> None:
        session = require(self.station.session, "settings.edit")
        clean = windows.validate_weights(self.station.catalog, weights)
        with self.store.unit_of_work(session.staff_no) as uow:
            windows.write_profile(uow, window_no, clean)
            uow.emit("audit.event", {"event": "window_profile_changed", "station_code": self.station.station_code,
                                     "window_no": window_no, "weights": clean}, action="queue.window_profile")
        self.station.notify("queue", "outbox")

    def set_default_minutes(self, category_code: str, minutes: int) -> None:
        session = require(self.station.session, "settings.edit")
        self._category(category_code)
        if not 1 <= minutes <= 240:
            raise UserError("每人预计办理时间应在 1 到 240 分钟之间。", field="default_minutes")
        with self.store.unit_of_work(session.staff_no) as uow:
            uow.execute("INSERT INTO queue_category_settings (category_code, default_minutes) VALUES (?, ?)"
                        " ON CONFLICT(category_code) DO UPDATE SET default_minutes = excluded.default_minutes",
                        (category_code, minutes))
            uow.emit("audit.event", {"event": "queue_default_minutes", "category_code": category_code,
                                     "minutes": minutes, "station_code": self.station.station_code},
                     action="queue.settings")
        self.station.notify("queue", "outbox")

    def profile(self, window_no: str | None = None) -> windows.WindowProfile:
        return windows.load_profile(self.store, self.station.catalog, window_no or self.window_no)

    # -- helpers ---------------------------------------------------------
    @property
    def window_no(self) -> str:
        session = self.station.session
        return (session.window_no if session and session.window_no else "") or self.station.config.window_no

    def _now(self) -> datetime:
        return self.station.clock.now().astimezone(HALL_TZ)

    def _category(self, code: str) -> QueueCategory:
        try:
            return self.station.catalog.category(code)
        except KeyError:
            raise NotFound("业务类别 {code} 不存在，请刷新后重新选择。", code=code) from None

    def _clerk(self) -> str:
        self._finished = []  # a new action: nothing it finished is committed yet
        return require(self.station.session, "queue.call").staff_no

    def _event(self, uow: UnitOfWork, ticket: Ticket | None, event: str, window_no: str,
               **extra: Any) -> None:
        payload: dict[str, Any] = {
            "event": event, "station_code": self.station.station_code, "window_no": window_no,
            "at": iso(self._now()), "staff_no": uow.actor,
            "ticket_id": ticket.id if ticket else None, "ticket_no": ticket.ticket_no if ticket else None,
            "day": ticket.day if ticket else self._now().date().isoformat(),
        }
        payload.update(extra)
        uow.emit("ticket.event", payload, action=f"ticket.{event}")

    def _changed(self) -> None:
        """After a committed action: tell the UI, and ask for a rating of each finished service."""
        finished, self._finished = self._finished, []
        self.station.notify("queue", "outbox")
        if finished:
            from app.ratings import hooks

            for ticket in finished:
                hooks.ticket_finished(self.station, ticket.id, ticket.ticket_no)

    # -- reading -----------------------------------------------------------
    def ticket(self, ticket_id: str) -> Ticket:
        row = self.store.query_one("SELECT * FROM queue_tickets WHERE id = ?", (ticket_id,))
        if row is None:
            raise NotFound("找不到该排队号。")
        return ticket_from_row(row)

    def find_ticket(self, ticket_no: str, day: date | None = None) -> Ticket:
        day_text = (day or self._now().date()).isoformat()
        rows = self.store.query("SELECT * FROM queue_tickets WHERE day = ? AND ticket_no = ? ORDER BY taken_at DESC",
                                (day_text, ticket_no.strip().upper()))
        if not rows:
            raise NotFound("今天没有 {ticket_no} 号，请核对号码。", field="ticket_no", ticket_no=ticket_no.strip().upper())
        return ticket_from_row(rows[0])

    def current(self, window_no: str | None = None) -> Ticket | None:
        row = self.store.query_one("SELECT * FROM queue_tickets WHERE window_no = ? AND state = 'called'",
                                   (window_no or self.window_no,))
        return ticket_from_row(row) if row else None

    def held(self, window_no: str | None = None) -> list[Ticket]:
        rows = self.store.query("SELECT * FROM queue_tickets WHERE window_no = ? AND state = 'held' ORDER BY called_at",
                                (window_no or self.window_no,))
        return [ticket_from_row(r) for r in rows]

    def waiting(self, category_codes: list[str] | None = None, limit: int = 200) -> list[Ticket]:
        """Waiting tickets (all categories or the given ones), lanes first, then by queue position."""
        sql = "SELECT * FROM queue_tickets WHERE state = 'waiting'"
        params: list[Any] = []
        if category_codes is not None:
            sql += " AND category_code IN (SELECT value FROM json_each(?))"
            params.append(_json(category_codes))
        sql += " ORDER BY CASE lane WHEN 'priority' THEN 0 WHEN 'appointment' THEN 1 ELSE 2 END, order_at LIMIT ?"
        params.append(limit)
        return [ticket_from_row(r) for r in self.store.query(sql, params)]

    def waiting_counts(self) -> dict[str, int]:
        counts = {c.code: 0 for c in self.station.catalog.queue_categories}
        for row in self.store.query("SELECT category_code, COUNT(*) AS n FROM queue_tickets WHERE state = 'waiting'"
                                    " GROUP BY category_code"):
            counts[row["category_code"]] = int(row["n"])
        return counts

    def recent_calls(self, limit: int = 10) -> list[CallRecord]:
        rows = self.store.query("SELECT * FROM queue_calls ORDER BY seq DESC LIMIT ?", (limit,))
        return [CallRecord(int(r["seq"]), r["ticket_no"], r["window_no"], r["category_code"],
                           datetime.fromisoformat(r["at"]), r["kind"]) for r in rows]

    def last_call_seq(self) -> int:
        row = self.store.query_one("SELECT MAX(seq) AS m FROM queue_calls")
        return int(row["m"] or 0) if row else 0

    def window_calls(self) -> dict[str, CallRecord]:
        """The latest call of every window today (what the board's window list shows)."""
        day = self._now().date().isoformat()
        rows = self.store.query(
            "SELECT c.* FROM queue_calls c JOIN (SELECT window_no, MAX(seq) AS seq FROM queue_calls"
            " WHERE at >= ? GROUP BY window_no) m ON m.seq = c.seq", (day,))
        return {r["window_no"]: CallRecord(int(r["seq"]), r["ticket_no"], r["window_no"], r["category_code"],
                                           datetime.fromisoformat(r["at"]), r["kind"]) for r in rows}

    # -- estimated wait ----------------------------------------------------------
    def minutes_per_citizen(self, category_code: str) -> float:
        rows = self.store.query(
            "SELECT service_seconds FROM queue_tickets WHERE state = 'finished' AND category_code = ?"
            " AND service_seconds IS NOT NULL ORDER BY finished_at DESC LIMIT ?", (category_code, HISTORY_SIZE))
        if rows:
            return max(0.5, statistics.median(float(r["service_seconds"]) for r in rows) / 60)
        row = self.store.query_one("SELECT default_minutes FROM queue_category_settings WHERE category_code = ?",
                                   (category_code,))
        return float(row["default_minutes"]) if row else float(DEFAULT_MINUTES)

    def estimated_wait(self, category_code: str, people_ahead: int | None = None) -> int | None:
        """约 X 分钟 for someone with ``people_ahead`` before them (default: a ticket taken now).

        None when every window serving the category is paused."""
        if people_ahead is None:
            people_ahead = self.waiting_counts().get(category_code, 0)
        counts = windows.open_window_counts(self.store, self.station.catalog, only=category_code)
        open_now, known = counts.get(category_code, (0, 0))
        if known and not open_now:
            return None
        if people_ahead <= 0:
            return 0
        return max(1, math.ceil(people_ahead * self.minutes_per_citizen(category_code) / max(1, open_now)))

    def categories(self) -> list[CategoryStatus]:
        now = self._now()
        counts = self.waiting_counts()
        taken = self._taken_today(now.date())
        out = []
        for c in self.station.catalog.queue_categories:
            out.append(CategoryStatus(
                c.code, c.prefix, c.name, c.description, counts.get(c.code, 0),
                self.estimated_wait(c.code, counts.get(c.code, 0)),
                in_service_hours(c, now) or not self.enforce_service_hours(), hours_text(c),
                max(0, c.daily_cap - taken.get(c.code, 0))))
        return out

    def _taken_today(self, day: date) -> dict[str, int]:
        rows = self.store.query("SELECT first_category, COUNT(*) AS n FROM queue_tickets WHERE day = ?"
                                " GROUP BY first_category", (day.isoformat(),))
        return {r["first_category"]: int(r["n"]) for r in rows}

    # -- taking a ticket -----------------------------------------------------------
    def take_ticket(self, category_code: str, *, lane: Lane = Lane.NORMAL, priority_reason: str = "",
                    source: str = "kiosk") -> TakenTicket:
        """取号 at the kiosk (anyone) or by a clerk for a walk-in (``source="clerk"``)."""
        actor = self._clerk() if source == "clerk" else f"kiosk:{self.station.station_code}"
        category = self._category(category_code)
        now = self._now()
        if self.enforce_service_hours() and not in_service_hours(category, now):
            raise outside_hours(category)
        if lane is Lane.APPOINTMENT:
            raise ValueError("appointment tickets come from check_in_appointment")
        with self.store.unit_of_work(actor) as uow:
            taken = self._insert_ticket(uow, category, lane, priority_reason, source, now, now, None, "")
        self._changed()
        return taken

    def _insert_ticket(self, uow: UnitOfWork, category: QueueCategory, lane: Lane, priority_reason: str,
                       source: str, now: datetime, order_at: datetime, appointment_id: str | None,
                       note: str) -> TakenTicket:
        from app.documents import next_sequence, save_document

        day = now.date().isoformat()
        seq = next_sequence(uow, f"ticket:{day}:{category.code}")
        if seq > category.daily_cap:
            raise UserError("“{category}”今日号源（{cap} 个）已取完，请明天再来或预约办理。", category=category.name,
                            cap=category.daily_cap)
        ticket_no = f"{category.prefix}{seq:03d}"
        ahead = self._people_ahead(uow, category.code, lane, order_at)
        ticket_id = new_id()
        uow.execute(
            "INSERT INTO queue_tickets (id, day, category_code, first_category, ticket_no, lane, priority_reason,"
            " appointment_id, source, taken_at, order_at, state, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " 'waiting', ?)",
            (ticket_id, day, category.code, category.code, ticket_no, lane.value, priority_reason, appointment_id,
             source, iso(now), iso(order_at), note))
        est = self.estimated_wait(category.code, ahead)
        pdf = self._slip_pdf(category, ticket_no, lane, ahead, est, now)
        doc_id = save_document(uow, "ticket", ticket_id, pdf, doc_no=ticket_no)
        uow.execute("UPDATE queue_tickets SET slip_doc_id = ? WHERE id = ?", (doc_id, ticket_id))
        uow.emit("ticket.taken", {
            "ticket_id": ticket_id, "station_code": self.station.station_code, "day": day, "ticket_no": ticket_no,
            "category_code": category.code, "lane": lane.value, "priority_reason": priority_reason,
            "source": source, "taken_at": iso(now), "order_at": iso(order_at), "appointment_id": appointment_id,
            "people_ahead": ahead, "est_wait_minutes": est}, action="ticket.taken")
        row = uow.execute("SELECT * FROM queue_tickets WHERE id = ?", (ticket_id,)).fetchone()
        return TakenTicket(ticket_from_row(row), category.name, ahead, est, doc_id)

    def _people_ahead(self, uow: UnitOfWork, category_code: str, lane: Lane, order_at: datetime) -> int:
        lanes = {Lane.PRIORITY: ("priority",), Lane.APPOINTMENT: ("priority", "appointment")}.get(
            lane, ("priority", "appointment", "normal"))
        row = uow.execute(
            "SELECT COUNT(*) AS n FROM queue_tickets WHERE state = 'waiting' AND target_window IS NULL"
            " AND category_code = ? AND lane IN (SELECT value FROM json_each(?)) AND order_at <= ?",
            (category_code, _json(list(lanes)), iso(order_at))).fetchone()
        return int(row["n"])

    def _slip_pdf(self, category: QueueCategory, ticket_no: str, lane: Lane, ahead: int, est: int | None,
                  now: datetime) -> bytes:
        from printing.ticket import render_ticket_slip
        from printing.viewdata import TicketSlipData

        cfg = self.station.config
        code = self.station.station_code
        ymd = now.strftime("%Y%m%d")
        qr = (f"{cfg.server_url.rstrip('/')}/q/{code}/{ymd}/{ticket_no}" if cfg.server_url
              else f"一窗通排队 {cfg.hall_name} {now:%Y-%m-%d} {ticket_no}")  # i18n: data
        name = category.name if lane is Lane.NORMAL else f"{category.name}（{lane.label}）"  # i18n: data (paper)
        return render_ticket_slip(TicketSlipData(
            hall_name=cfg.hall_name, ticket_no=ticket_no, category_name=name, people_ahead=ahead,
            est_wait_minutes=est, taken_at=now.replace(tzinfo=None), policy_text=self._no_show_sentence().chinese(),
            barcode_value=f"{ticket_no}-{ymd}-{code}", qr_value=qr))

    def _no_show_sentence(self) -> Text:
        cfg = self.station.config
        return policy_sentence(cfg.recalls_before_no_show, cfg.no_show_policy)

    def no_show_text(self) -> str:
        """过号处理说明 for the screen, in the interface language (the slip prints it in Chinese)."""
        return str(self._no_show_sentence())

    # -- calling -----------------------------------------------------------------------
    def _window_row(self, uow: UnitOfWork, window_no: str) -> sqlite3.Row:
        sql = "SELECT * FROM queue_windows WHERE window_no = ?"
        row: sqlite3.Row | None = uow.execute(sql, (window_no,)).fetchone()
        if row is None:
            windows.ensure_window(uow, window_no)
            row = uow.execute(sql, (window_no,)).fetchone()
        assert row is not None
        return row

    def _current_in(self, uow: UnitOfWork, window_no: str, state: str = "called") -> Ticket | None:
        # literal states, so the partial index queue_tickets_at_window applies
        sql = {"called": "SELECT * FROM queue_tickets WHERE window_no = ? AND state = 'called' LIMIT 1",
               "held": "SELECT * FROM queue_tickets WHERE window_no = ? AND state = 'held' ORDER BY called_at LIMIT 1"}
        row = uow.execute(sql[state], (window_no,)).fetchone()
        return ticket_from_row(row) if row else None

    def _require_current(self, uow: UnitOfWork, window_no: str) -> Ticket:
        ticket = self._current_in(uow, window_no)
        if ticket is None:
            raise UserError("本窗口当前没有正在办理的号。")
        return ticket

    def _candidates(self, uow: UnitOfWork, window_no: str, categories: list[str]) -> list[Candidate]:
        params = {"cats": _json(categories), "window": window_no}
        out = []
        for row in uow.execute(_NORMAL_HEADS_SQL, params).fetchall():
            if row["head"]:
                order_at, ticket_id = row["head"].split(" ", 1)
                out.append(Candidate(ticket_id, row["category_code"], Lane.NORMAL, datetime.fromisoformat(order_at)))
        for row in uow.execute(_FRONT_SQL, params).fetchall():
            category = f"@{window_no}" if row["target_window"] else row["category_code"]
            out.append(Candidate(row["id"], category, Lane(row["lane"]), datetime.fromisoformat(row["order_at"])))
        return out

    def call_next(self, window_no: str | None = None) -> Ticket | None:
        """叫号 (F1): finishes the current ticket, calls the next by the policy; None if nobody waits."""
        actor = self._clerk()
        window_no = window_no or self.window_no
        with self.store.unit_of_work(actor) as uow:
            wrow = self._window_row(uow, window_no)
            if wrow["paused"]:
                raise UserError("本窗口已暂停叫号，请先恢复叫号（F5）。")
            self._finish_current(uow, window_no)
            weights = self._window_weights(wrow)
            now = self._now()
            state = WindowState(int(wrow["front_streak"]), windows.load_credits(wrow["credits"]))
            decision = choose_next(self._candidates(uow, window_no, list(weights)), weights,
                                   state, now, self.policy_settings())
            if decision is None:
                ticket = None
            else:
                uow.execute("UPDATE queue_windows SET front_streak = ?, credits = ? WHERE window_no = ?",
                            (decision.state.front_streak, _json(dict(decision.state.credits)), window_no))
                ticket = self._mark_called(uow, decision.ticket_id, window_no, now, reason=decision.reason)
        self._changed()
        return ticket

    def _window_weights(self, wrow: sqlite3.Row) -> dict[str, int]:
        """The window's weights, cached until its profile or the catalog changes."""
        catalog = self.station.catalog
        key = (wrow["window_no"], int(wrow["has_profile"]), int(wrow["profile_rev"]), catalog.digest or catalog.version)
        if key not in self._weights:
            self._weights[key] = dict(self.profile(wrow["window_no"]).weights)
        return self._weights[key]

    def call_ticket(self, ticket_no: str, window_no: str | None = None) -> Ticket:
        """指定叫号: call a given waiting ticket (any category) at this window."""
        actor = self._clerk()
        window_no = window_no or self.window_no
        wanted = self.find_ticket(ticket_no)
        with self.store.unit_of_work(actor) as uow:
            row = uow.execute("SELECT * FROM queue_tickets WHERE id = ?", (wanted.id,)).fetchone()
            ticket = ticket_from_row(row)
            if ticket.state != "waiting":
                raise UserError("{ticket_no} 号当前{state}，不能叫号。", field="ticket_no", ticket_no=ticket.ticket_no,
                                state=ticket.state_label)
            if ticket.target_window and ticket.target_window != window_no:
                raise UserError("{ticket_no} 号已转到 {window_no} 号窗口。", field="ticket_no", ticket_no=ticket.ticket_no,
                                window_no=ticket.target_window)
            if self._window_row(uow, window_no)["paused"]:
                raise UserError("本窗口已暂停叫号，请先恢复叫号（F5）。")
            self._finish_current(uow, window_no)
            called = self._mark_called(uow, ticket.id, window_no, self._now(), reason="chosen")
        self._changed()
        return called

    def _mark_called(self, uow: UnitOfWork, ticket_id: str, window_no: str, now: datetime, *, reason: str) -> Ticket:
        cur = uow.execute(
            "UPDATE queue_tickets SET state = 'called', window_no = ?, called_at = ?, target_window = NULL,"
            " first_called_at = COALESCE(first_called_at, ?) WHERE id = ? AND state = 'waiting'",
            (window_no, iso(now), iso(now), ticket_id))
        if cur.rowcount != 1:  # cannot happen inside BEGIN IMMEDIATE; never hand one ticket to two windows
            raise RuntimeError(f"ticket {ticket_id} is no longer waiting")
        ticket = ticket_from_row(uow.execute("SELECT * FROM queue_tickets WHERE id = ?", (ticket_id,)).fetchone())
        self._log_call(uow, ticket, window_no, now, "called")
        self._event(uow, ticket, "called", window_no, reason=reason, category_code=ticket.category_code,
                    lane=ticket.lane.value)
        return ticket

    def _log_call(self, uow: UnitOfWork, ticket: Ticket, window_no: str, now: datetime, kind: str) -> None:
        uow.execute("INSERT INTO queue_calls (ticket_id, ticket_no, window_no, category_code, at, kind)"
                    " VALUES (?, ?, ?, ?, ?, ?)", (ticket.id, ticket.ticket_no, window_no, ticket.category_code,
                                                   iso(now), kind))

    def recall(self, window_no: str | None = None) -> Ticket:
        """重呼 (F2): call the current ticket again; counted."""
        actor = self._clerk()
        window_no = window_no or self.window_no
        with self.store.unit_of_work(actor) as uow:
            ticket = self._require_current(uow, window_no)
            uow.execute("UPDATE queue_tickets SET recalls = recalls + 1 WHERE id = ?", (ticket.id,))
            ticket = ticket_from_row(uow.execute("SELECT * FROM queue_tickets WHERE id = ?", (ticket.id,)).fetchone())
            self._log_call(uow, ticket, window_no, self._now(), "recalled")
            self._event(uow, ticket, "recalled", window_no, recalls=ticket.recalls)
        self._changed()
        return ticket

    def no_show(self, window_no: str | None = None) -> Ticket:
        """过号 (F3): after the configured recalls; requeued once or voided per policy."""
        actor = self._clerk()
        window_no = window_no or self.window_no
        cfg = self.station.config
        with self.store.unit_of_work(actor) as uow:
            ticket = self._require_current(uow, window_no)
            if ticket.recalls < cfg.recalls_before_no_show:
                raise recall_first(ticket.recalls, cfg.recalls_before_no_show)
            now = self._now()
            self._event(uow, ticket, "no_show", window_no, recalls=ticket.recalls)
            if cfg.no_show_policy == "requeue_once" and ticket.no_shows == 0:
                uow.execute("UPDATE queue_tickets SET state = 'waiting', order_at = ?, window_no = NULL,"
                            " recalls = 0, no_shows = no_shows + 1, target_window = NULL WHERE id = ?",
                            (iso(now), ticket.id))
                self._event(uow, ticket, "requeued", window_no, order_at=iso(now))
            else:
                uow.execute("UPDATE queue_tickets SET state = 'voided', no_shows = no_shows + 1, finished_at = ?"
                            " WHERE id = ?", (iso(now), ticket.id))
                self._event(uow, ticket, "voided", window_no)
            ticket = ticket_from_row(uow.execute("SELECT * FROM queue_tickets WHERE id = ?", (ticket.id,)).fetchone())
        self._changed()
        return ticket

    def _transfer_target(self, to_category: str | None, to_window: str | None, window_no: str) -> str | None:
        """The checked target of 转移: the window to send to (None: any window of the category)."""
        to_window = (to_window or "").strip() or None
        if to_category is None and to_window is None:
            raise UserError("请选择要转到的业务类别或窗口。", field="to_category")
        if to_window == window_no:
            raise UserError("不能转到本窗口。", field="to_window")
        if to_category is not None:
            self._category(to_category)
        return to_window

    def transfer(self, *, to_category: str | None = None, to_window: str | None = None, note: str = "",
                 window_no: str | None = None) -> Ticket:
        """转移 (F4): to another category and/or window; the ticket keeps its place in time."""
        actor = self._clerk()
        window_no = window_no or self.window_no
        to_window = self._transfer_target(to_category, to_window, window_no)
        with self.store.unit_of_work(actor) as uow:
            ticket = self._require_current(uow, window_no)
            category = to_category or ticket.category_code
            uow.execute("UPDATE queue_tickets SET state = 'waiting', category_code = ?, target_window = ?,"
                        " window_no = NULL, recalls = 0, note = ? WHERE id = ?",
                        (category, to_window, note.strip(), ticket.id))
            self._event(uow, ticket, "transferred", window_no, from_category=ticket.category_code,
                        to_category=category, to_window=to_window, note=note.strip(), order_at=iso(ticket.order_at))
            ticket = ticket_from_row(uow.execute("SELECT * FROM queue_tickets WHERE id = ?", (ticket.id,)).fetchone())
        self._changed()
        return ticket

    def hold(self, window_no: str | None = None) -> Ticket:
        """挂起: the citizen steps away (copies, a missing paper); the window may call the next."""
        actor = self._clerk()
        window_no = window_no or self.window_no
        with self.store.unit_of_work(actor) as uow:
            ticket = self._require_current(uow, window_no)
            uow.execute("UPDATE queue_tickets SET state = 'held',"
                        " service_seconds = COALESCE(service_seconds, 0) + ? WHERE id = ?",
                        (self._served_seconds(ticket), ticket.id))
            self._event(uow, ticket, "held", window_no)
            ticket = ticket_from_row(uow.execute("SELECT * FROM queue_tickets WHERE id = ?", (ticket.id,)).fetchone())
        self._changed()
        return ticket

    def resume(self, ticket_id: str, window_no: str | None = None) -> Ticket:
        """恢复 a held ticket at this window (after the current one is finished or held)."""
        actor = self._clerk()
        window_no = window_no or self.window_no
        with self.store.unit_of_work(actor) as uow:
            if self._current_in(uow, window_no) is not None:
                raise UserError("请先办结或挂起当前号，再恢复挂起的号。")
            now = self._now()
            cur = uow.execute("UPDATE queue_tickets SET state = 'called', called_at = ? WHERE id = ?"
                              " AND state = 'held' AND window_no = ?", (iso(now), ticket_id, window_no))
            if cur.rowcount != 1:
                raise UserError("该号不是本窗口挂起的号。")
            ticket = ticket_from_row(uow.execute("SELECT * FROM queue_tickets WHERE id = ?", (ticket_id,)).fetchone())
            self._log_call(uow, ticket, window_no, now, "recalled")
            self._event(uow, ticket, "resumed", window_no)
        self._changed()
        return ticket

    def finish(self, window_no: str | None = None) -> Ticket:
        """办结: the citizen has been served."""
        actor = self._clerk()
        window_no = window_no or self.window_no
        with self.store.unit_of_work(actor) as uow:
            ticket = self._finish_current(uow, window_no)
            if ticket is None:
                raise UserError("本窗口当前没有正在办理的号。")
        self._changed()
        return ticket

    def _served_seconds(self, ticket: Ticket) -> float:
        return max(0.0, (self._now() - ticket.called_at).total_seconds()) if ticket.called_at else 0.0

    def _finish_current(self, uow: UnitOfWork, window_no: str) -> Ticket | None:
        ticket = self._current_in(uow, window_no)
        if ticket is None:
            return None
        now = self._now()
        seconds = self._served_seconds(ticket)
        uow.execute("UPDATE queue_tickets SET state = 'finished', finished_at = ?,"
                    " service_seconds = COALESCE(service_seconds, 0) + ? WHERE id = ?", (iso(now), seconds, ticket.id))
        self._event(uow, ticket, "finished", window_no, category_code=ticket.category_code)
        finished = ticket_from_row(uow.execute("SELECT * FROM queue_tickets WHERE id = ?", (ticket.id,)).fetchone())
        self._finished.append(finished)
        return finished

    def pause_window(self, reason: str = "", window_no: str | None = None) -> None:
        """暂停叫号 (F5): the window takes no calls; estimates stop counting it."""
        self._set_paused(True, reason.strip(), window_no or self.window_no)

    def resume_window(self, window_no: str | None = None) -> None:
        self._set_paused(False, "", window_no or self.window_no)

    def is_paused(self, window_no: str | None = None) -> bool:
        return self.profile(window_no).paused

    def _set_paused(self, paused: bool, reason: str, window_no: str) -> None:
        actor = self._clerk()
        with self.store.unit_of_work(actor) as uow:
            if bool(self._window_row(uow, window_no)["paused"]) == paused:
                raise UserError("本窗口已暂停叫号。") if paused else UserError("本窗口未暂停。")
            uow.execute("UPDATE queue_windows SET paused = ?, pause_reason = ? WHERE window_no = ?",
                        (int(paused), reason, window_no))
            self._event(uow, None, "window_paused" if paused else "window_resumed", window_no, reason=reason)
        self._changed()

    # -- appointments -----------------------------------------------------------------
    def create_appointment(self, category_code: str, slot_start: datetime, slot_end: datetime,
                           holder_name: str = "") -> Appointment:
        """A local booking (预约) until appointments come from the server; returns its code."""
        actor = self._clerk()
        self._category(category_code)
        start, end = slot_start.astimezone(HALL_TZ), slot_end.astimezone(HALL_TZ)
        if end <= start:
            raise UserError("预约时段的结束时间应晚于开始时间。", field="slot_end")
        appt_id = new_id()
        with self.store.unit_of_work(actor) as uow:
            code = self._new_code(uow)
            uow.execute("INSERT INTO appointments (id, code, category_code, day, slot_start, slot_end, holder_name,"
                        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (appt_id, code, category_code, start.date().isoformat(), iso(start), iso(end),
                         self.store.cipher.encrypt(holder_name.strip()) or "", iso(self._now())))
            uow.emit("audit.event", {"event": "appointment_created", "appointment_id": appt_id,
                                     "station_code": self.station.station_code, "category_code": category_code,
                                     "slot_start": iso(start), "slot_end": iso(end)}, action="appointment.created")
        self._changed()
        return Appointment(appt_id, code, category_code, start, end, "booked", None)

    def _new_code(self, uow: UnitOfWork) -> str:
        while True:
            code = f"{secrets.randbelow(900000) + 100000}"
            if uow.execute("SELECT 1 FROM appointments WHERE code = ?", (code,)).fetchone() is None:
                return code

    def appointment(self, code: str) -> Appointment:
        row = self.store.query_one("SELECT * FROM appointments WHERE code = ?", (code.strip(),))
        if row is None:
            raise NotFound("没有找到该预约码，请核对后重新输入。", field="code")
        return Appointment(row["id"], row["code"], row["category_code"], datetime.fromisoformat(row["slot_start"]),
                           datetime.fromisoformat(row["slot_end"]), row["state"], row["ticket_id"])

    def check_in_appointment(self, code: str) -> TakenTicket:
        """预约签到 at the kiosk: the booking becomes a ticket served at its slot time."""
        appt = self.appointment(code)
        now = self._now()
        if appt.state != "booked":
            raise UserError("该预约已签到或已取消，无需重复签到。", field="code")
        if appt.slot_start.date() != now.date():
            raise UserError("您的预约日期是 {day:%Y年%m月%d日}，请在预约当天签到。", field="code", day=appt.slot_start)
        opens = appt.slot_start - timedelta(minutes=CHECKIN_EARLY_MINUTES)
        if now < opens:
            raise UserError("您的预约时段为 {start:%H:%M}–{end:%H:%M}，请于 {opens:%H:%M} 后签到。", field="code",
                            start=appt.slot_start, end=appt.slot_end, opens=opens)
        late = now > appt.slot_start + timedelta(minutes=CHECKIN_LATE_MINUTES)
        lane, order_at = (Lane.NORMAL, now) if late else (Lane.APPOINTMENT, appt.slot_start)
        note = LATE_NOTE if late else ""
        category = self._category(appt.category_code)
        with self.store.unit_of_work(f"kiosk:{self.station.station_code}") as uow:
            cur = uow.execute("UPDATE appointments SET state = 'checked_in' WHERE id = ? AND state = 'booked'",
                              (appt.id,))
            if cur.rowcount != 1:
                raise UserError("该预约已签到，无需重复签到。", field="code")
            taken = self._insert_ticket(uow, category, lane, "", "appointment", now, order_at, appt.id, note)
            uow.execute("UPDATE appointments SET ticket_id = ? WHERE id = ?", (taken.ticket.id, appt.id))
            uow.emit("appointment.checked_in", {
                "appointment_id": appt.id, "station_code": self.station.station_code, "ticket_id": taken.ticket.id,
                "ticket_no": taken.ticket.ticket_no, "checked_in_at": iso(now), "slot_start": iso(appt.slot_start),
                "late": late}, action="appointment.checked_in")
        self._changed()
        return taken


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True)
