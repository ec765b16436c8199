"""The shared hall queue: the station's queue operations when a server is configured.

The server issues the numbers and decides who is called next (one winner when two windows
call at once); this station keeps a local record of every ticket it takes or calls (the
ticket row, the call log, the slip PDF, the audit entry and the outbox record, in one unit
of work each) so its figures, its audit trail and the rating hook see them.

Every queue action of the local service works here too, decided by the server with the
same rules (app/queue/policy.py; docs/queue-policy.md): call next, call a given number (one
winner when two windows call it at once), recall, no-show (requeued once or voided per this
station's ``no_show_policy``), transfer to a category or to one window, hold and resume at
the same window, finish, and appointment check-in at the kiosk. The server acts first; the
local record follows from its answer. Methods may run on a worker thread: one action at a
time per instance, and the store's own write lock for the database.

When the server cannot be reached, nothing falls back to a local number: a multi-PC hall
must never hand out the same number twice. Actions raise a UserError saying so and the
reading methods report ``online = False`` (the UI shows 共享队列离线).
"""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.clock import HALL_TZ, iso
from app.errors import UserError
from app.i18n import N_, Text, tr
from app.ids import new_id
from app.queue.policy import Lane
from app.queue.service import (
    LATE_NOTE,
    CallRecord,
    QueueService,
    TakenTicket,
    Ticket,
    in_service_hours,
    outside_hours,
    recall_first,
    ticket_from_row,
)
from app.store import UnitOfWork

if TYPE_CHECKING:
    from app.station import Station
    from app.sync.hall_queue import HallQueueClient

ONLINE_TEXT = N_("大厅共享队列")
OFFLINE_TEXT = N_("共享队列离线")
RECENT_CALLS = 50
REFRESH_QUIET_SECONDS = 15.0
_CALL_EVENTS = {"called": "called", "recalled": "recalled", "resumed": "recalled"}
_REFUSALS_AS_IS = (404, 409)  # the server's own sentence says what happened (“A012 已被 5 号窗口叫走”)
_CHINESE = re.compile(r"[\u4e00-\u9fff]")  # not a bare "Not Found" from a server without the endpoint


def uses_shared_queue(station: Station) -> bool:
    cfg = station.config
    return bool(cfg.server_url) and bool(getattr(cfg, "shared_queue", True))


def queue_for(station: Station) -> QueueService:
    """The queue the UI uses: the server's shared hall queue, or this station's own."""
    return HallQueue(station) if uses_shared_queue(station) else QueueService(station)


def _unreachable(reason: str) -> UserError:
    return UserError("无法连接大厅共享队列服务器：{reason}，请稍后重试或联系管理员。", reason=reason)


def _server_words(detail: str, body: Any) -> Text:
    """The server's own sentence: its marked template and values when it sent them (so an
    English station shows it in English), else its Chinese ``detail`` as it is."""
    if isinstance(body, dict) and isinstance(body.get("template"), str) and isinstance(body.get("values"), dict):
        text = Text(body["template"], **{str(k): v for k, v in body["values"].items()})
        try:
            if text.chinese() == detail:
                return text
        except (KeyError, IndexError, ValueError):
            pass
    return Text(detail)  # not a marked template: shown as the server worded it


def _server_dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).astimezone(HALL_TZ) if text else None


def _lane(data: dict[str, Any]) -> Lane:
    """The server's lane (servers before the lanes only said ``priority``)."""
    lane = data.get("lane")
    if lane in {x.value for x in Lane}:
        return Lane(str(lane))
    return Lane.PRIORITY if data.get("priority") else Lane.NORMAL


class HallQueue(QueueService):
    """The queue of a station in a hall whose queue lives on the server."""

    def __init__(self, station: Station, client: HallQueueClient | None = None) -> None:
        super().__init__(station)
        self._client = client
        self.online = True
        self._lock = threading.Lock()
        self._calls: deque[CallRecord] = deque(maxlen=RECENT_CALLS)
        self._seeded = False
        self._quiet_until = 0.0  # after a failure, refreshes do not touch the network for a while
        self._action = threading.RLock()  # one action at a time (the base class keeps per-action state)

    # -- the server ------------------------------------------------------------
    @property
    def client(self) -> HallQueueClient:
        if self._client is None:
            from app.sync import auth
            from app.sync.hall_queue import HallQueueClient
            from app.sync.runner import make_client

            station = self.station
            self._client = HallQueueClient(make_client(station),
                                           lambda: auth.clerk_token(station.secrets, station.clock.now()))
        return self._client

    def _server(self, method: str, *args: Any, field: str | None = None, **kwargs: Any) -> Any:
        """One server call; its failures become messages a clerk or citizen can act on."""
        from app.sync.client import AuthRefused, Offline, ProtocolTooOld, ServerRefused

        try:
            answer = getattr(self.client, method)(*args, **kwargs)
        except Offline as exc:
            self._set_online(False)
            self._quiet_until = time.monotonic() + REFRESH_QUIET_SECONDS
            raise _unreachable(exc.detail or exc.reason) from exc
        except AuthRefused as exc:
            raise UserError("大厅共享队列拒绝了本次操作：{detail}。请重新联网登录后再试。", detail=exc.detail) from exc
        except ServerRefused as exc:
            self._set_online(True)
            if exc.status in _REFUSALS_AS_IS and _CHINESE.search(exc.detail or ""):
                raise UserError(_server_words(exc.detail, exc.body), field=field) from exc
            raise UserError("大厅共享队列未能办理：{detail}", field=field, detail=_server_words(exc.detail, exc.body)) \
                from exc
        except ProtocolTooOld as exc:
            raise UserError(exc.text) from exc
        self._set_online(True)
        return answer

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.station.notify("queue")

    def server_state(self) -> dict[str, Any] | None:
        """The hall's waiting and serving tickets, or None when the server cannot be reached.

        Screens refresh this often; after a failure it answers None at once for a while
        instead of waiting on the network again (a clerk's own action still tries)."""
        if not self.online and time.monotonic() < self._quiet_until:
            return None
        try:
            state: dict[str, Any] = self._server("state")
        except UserError:
            return None
        return state

    @property
    def status_text(self) -> str:
        """The queue's state for the screen, in the interface language."""
        return tr(ONLINE_TEXT if self.online else OFFLINE_TEXT)

    # -- local record ------------------------------------------------------------
    def _mirror(self, uow: UnitOfWork, data: dict[str, Any], source: str) -> None:
        """The server's ticket as a local row (the id is the server's; the number is the server's)."""
        taken = _server_dt(data.get("taken_at")) or self._now()
        order_at = _server_dt(data.get("order_at")) or taken
        uow.execute(
            "INSERT OR IGNORE INTO queue_tickets (id, day, category_code, first_category, ticket_no, lane,"
            " priority_reason, appointment_id, source, taken_at, order_at, state)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting')",
            (data["id"], data.get("day") or taken.date().isoformat(), data["category"], data["category"],
             data["ticket_no"], _lane(data).value, data.get("priority_reason") or "", data.get("appointment_id"),
             source, iso(taken), iso(order_at)))

    def _mirror_waiting(self, uow: UnitOfWork, data: dict[str, Any], source: str) -> None:
        """Before a call: the local row as the server had it, waiting (it may have moved
        through other windows and stations since this station last saw it)."""
        self._mirror(uow, data, source)
        order_at = _server_dt(data.get("order_at")) or self._now()
        uow.execute("UPDATE queue_tickets SET state = 'waiting', window_no = NULL, target_window = NULL, recalls = 0,"
                    " category_code = ?, lane = ?, order_at = ?, no_shows = ? WHERE id = ?",
                    (data["category"], _lane(data).value, iso(order_at), int(data.get("no_shows") or 0), data["id"]))

    def _row(self, uow: UnitOfWork, ticket_id: str) -> Ticket:
        return ticket_from_row(uow.execute("SELECT * FROM queue_tickets WHERE id = ?", (ticket_id,)).fetchone())

    # -- taking a ticket -------------------------------------------------------------
    def take_ticket(self, category_code: str, *, lane: Lane = Lane.NORMAL, priority_reason: str = "",
                    source: str = "kiosk") -> TakenTicket:
        """取号: the number comes from the server; the slip is printed here."""
        with self._action:
            return self._take_ticket(category_code, lane, priority_reason, source)

    def _take_ticket(self, category_code: str, lane: Lane, priority_reason: str, source: str) -> TakenTicket:
        from app.documents import save_document

        actor = self._clerk() if source == "clerk" else f"kiosk:{self.station.station_code}"
        category = self._category(category_code)
        now = self._now()
        if self.enforce_service_hours() and not in_service_hours(category, now):
            raise outside_hours(category)
        if lane is Lane.APPOINTMENT:
            raise ValueError("appointment tickets come from check_in_appointment")
        reason = priority_reason or (lane.label if lane is Lane.PRIORITY else "")  # sent and stored in Chinese
        data = self._server("take_ticket", category.code, priority_reason=reason, client_id=new_id())
        ahead = self._people_ahead_on_server(data)
        est = self.estimated_wait(category.code, ahead)
        pdf = self._slip_pdf(category, data["ticket_no"], lane, ahead, est, now)
        with self.store.unit_of_work(actor) as uow:
            self._mirror(uow, data, source)
            doc_id = save_document(uow, "ticket", data["id"], pdf, doc_no=data["ticket_no"])
            uow.execute("UPDATE queue_tickets SET slip_doc_id = ? WHERE id = ?", (doc_id, data["id"]))
            uow.emit("ticket.taken", {
                "ticket_id": data["id"], "station_code": self.station.station_code, "day": data.get("day"),
                "ticket_no": data["ticket_no"], "category_code": category.code, "lane": lane.value,
                "priority_reason": reason, "source": source, "taken_at": iso(now), "order_at": iso(now),
                "appointment_id": None, "people_ahead": ahead, "est_wait_minutes": est, "hall_queue": True},
                action="ticket.taken")
            ticket = self._row(uow, data["id"])
        self._changed()
        return TakenTicket(ticket, category.name, ahead, est, doc_id)

    def _people_ahead_on_server(self, data: dict[str, Any]) -> int:
        """Waiting tickets of the same category the server lists before this one (call order)."""
        state = self.server_state()
        if state is None:
            return 0
        ahead = 0
        for t in state.get("waiting", []):
            if t.get("id") == data["id"]:
                return ahead
            if t.get("category") == data["category"] and not t.get("target_window"):
                ahead += 1
        return max(0, int(state.get("waiting_by_category", {}).get(data["category"], 1)) - 1)

    def check_in_appointment(self, code: str) -> TakenTicket:
        """预约签到 at the kiosk: the server turns the booking into an appointment-lane ticket
        (served at its slot; a late arrival queues as a normal ticket from now)."""
        with self._action:
            return self._check_in(code.strip())

    def _check_in(self, code: str) -> TakenTicket:
        from app.documents import save_document

        if not code:
            raise UserError("请输入预约码。", field="code")
        local = self.store.query_one("SELECT id, slot_start FROM appointments WHERE code = ? OR id = ?", (code, code))
        appointment_id = str(local["id"]) if local else code
        data = self._server("check_in", appointment_id, client_id=new_id(), field="code")
        category = self._category(data["category"])
        lane, now = _lane(data), self._now()
        late = lane is not Lane.APPOINTMENT
        ahead = self._people_ahead_on_server(data)
        est = self.estimated_wait(category.code, ahead)
        pdf = self._slip_pdf(category, data["ticket_no"], lane, ahead, est, now)
        order_at = _server_dt(data.get("order_at")) or now
        slot_start = str(local["slot_start"]) if local else (None if late else iso(order_at))
        with self.store.unit_of_work(f"kiosk:{self.station.station_code}") as uow:
            self._mirror(uow, data, "appointment")
            if late:
                uow.execute("UPDATE queue_tickets SET note = ? WHERE id = ?", (LATE_NOTE, data["id"]))
            doc_id = save_document(uow, "ticket", data["id"], pdf, doc_no=data["ticket_no"])
            uow.execute("UPDATE queue_tickets SET slip_doc_id = ? WHERE id = ?", (doc_id, data["id"]))
            uow.execute("UPDATE appointments SET state = 'checked_in', ticket_id = ? WHERE id = ?",
                        (data["id"], appointment_id))
            uow.emit("ticket.taken", {
                "ticket_id": data["id"], "station_code": self.station.station_code, "day": data.get("day"),
                "ticket_no": data["ticket_no"], "category_code": category.code, "lane": lane.value,
                "priority_reason": "", "source": "appointment", "taken_at": iso(now), "order_at": iso(order_at),
                "appointment_id": appointment_id, "people_ahead": ahead, "est_wait_minutes": est,
                "hall_queue": True}, action="ticket.taken")
            uow.emit("appointment.checked_in", {
                "appointment_id": appointment_id, "station_code": self.station.station_code,
                "ticket_id": data["id"], "ticket_no": data["ticket_no"], "checked_in_at": iso(now),
                "slot_start": slot_start, "late": late, "hall_queue": True},
                action="appointment.checked_in")
            ticket = self._row(uow, data["id"])
        self._changed()
        return TakenTicket(ticket, category.name, ahead, est, doc_id)

    # -- calling ----------------------------------------------------------------------
    def _policy(self) -> dict[str, Any]:
        p = self.policy_settings()
        return {"name": p.name, "front_streak_limit": p.front_streak_limit, "aging_minutes": p.aging_minutes,
                "appointment_late_minutes": p.appointment_late_minutes}

    def _open_window(self, window_no: str) -> dict[str, int]:
        """The window's category weights; refused while the window is paused."""
        profile = self.profile(window_no)
        if profile.paused:
            raise UserError("本窗口已暂停叫号，请先恢复叫号（F5）。")
        return dict(profile.weights)

    def call_next(self, window_no: str | None = None) -> Ticket | None:
        """叫号 (F1): the server finishes this window's ticket and picks the next one by the policy."""
        with self._action:
            actor = self._clerk()
            window_no = window_no or self.window_no
            weights = self._open_window(window_no)
            data = self._server("call_next", window_no, weights, self._policy())
            return self._record_call(actor, window_no, data, "hall_queue")

    def call_ticket(self, ticket_no: str, window_no: str | None = None) -> Ticket:
        """指定叫号: the server gives the number to the first window that asks; the other
        hears who has it (“A012 已被 5 号窗口叫走”)."""
        with self._action:
            actor = self._clerk()
            window_no = window_no or self.window_no
            number = ticket_no.strip().upper()
            if not number:
                raise UserError("请输入要叫的号码，如 A012。", field="ticket_no")
            self._open_window(window_no)
            data = self._server("call_ticket", window_no, number, field="ticket_no")
            ticket = self._record_call(actor, window_no, data, "chosen")
            assert ticket is not None
            return ticket

    def _record_call(self, actor: str, window_no: str, data: dict[str, Any] | None, reason: str) -> Ticket | None:
        with self.store.unit_of_work(actor) as uow:
            self._finish_current(uow, window_no)
            ticket = None
            if data is not None:
                self._mirror_waiting(uow, data, "hall")
                ticket = self._mark_called(uow, data["id"], window_no, self._now(), reason=reason)
        self._changed()
        return ticket

    def _current_or_fail(self, window_no: str) -> Ticket:
        ticket = self.current(window_no)
        if ticket is None:
            raise UserError("本窗口当前没有正在办理的号。")
        return ticket

    def recall(self, window_no: str | None = None) -> Ticket:
        with self._action:
            self._clerk()
            window_no = window_no or self.window_no
            ticket = self._current_or_fail(window_no)
            self._server("act", ticket.id, "recall", window_no)
            return super().recall(window_no)

    def no_show(self, window_no: str | None = None) -> Ticket:
        """过号: after the configured recalls; the server requeues it once or closes it per
        this station's ``no_show_policy`` (its count of no-shows is the hall's, not the station's)."""
        with self._action:
            actor = self._clerk()
            window_no = window_no or self.window_no
            cfg = self.station.config
            ticket = self._current_or_fail(window_no)
            if ticket.recalls < cfg.recalls_before_no_show:
                raise recall_first(ticket.recalls, cfg.recalls_before_no_show)
            data = self._server("act", ticket.id, "no-show", window_no, no_show_policy=cfg.no_show_policy)
            with self.store.unit_of_work(actor) as uow:
                self._record_no_show(uow, ticket, data, window_no)
                ticket = self._row(uow, ticket.id)
            self._changed()
            return ticket

    def _record_no_show(self, uow: UnitOfWork, ticket: Ticket, data: dict[str, Any], window_no: str) -> None:
        no_shows = int(data.get("no_shows") or ticket.no_shows + 1)
        self._event(uow, ticket, "no_show", window_no, recalls=ticket.recalls, hall_queue=True)
        if data.get("status") == "waiting":
            order_at = _server_dt(data.get("order_at")) or self._now()
            uow.execute("UPDATE queue_tickets SET state = 'waiting', order_at = ?, window_no = NULL, recalls = 0,"
                        " no_shows = ?, target_window = NULL WHERE id = ?", (iso(order_at), no_shows, ticket.id))
            self._event(uow, ticket, "requeued", window_no, order_at=iso(order_at), hall_queue=True)
        else:
            uow.execute("UPDATE queue_tickets SET state = 'voided', no_shows = ?, finished_at = ? WHERE id = ?",
                        (no_shows, iso(self._now()), ticket.id))
            self._event(uow, ticket, "voided", window_no, hall_queue=True)

    def transfer(self, *, to_category: str | None = None, to_window: str | None = None, note: str = "",
                 window_no: str | None = None) -> Ticket:
        """转移 (F4): to a category and/or one window (only that window calls it, first)."""
        with self._action:
            self._clerk()
            window_no = window_no or self.window_no
            to_window = self._transfer_target(to_category, to_window, window_no)
            ticket = self._current_or_fail(window_no)
            self._server("act", ticket.id, "transfer", window_no, to_category=to_category, to_window=to_window,
                         field="to_window" if to_window else "to_category")
            return super().transfer(to_category=to_category, to_window=to_window, note=note, window_no=window_no)

    def finish(self, window_no: str | None = None) -> Ticket:
        with self._action:
            self._clerk()
            window_no = window_no or self.window_no
            ticket = self._current_or_fail(window_no)
            self._server("act", ticket.id, "finish", window_no)
            return super().finish(window_no)

    def hold(self, window_no: str | None = None) -> Ticket:
        """挂起: the citizen steps away; only this window can resume the ticket."""
        with self._action:
            self._clerk()
            window_no = window_no or self.window_no
            ticket = self._current_or_fail(window_no)
            self._server("act", ticket.id, "hold", window_no)
            return super().hold(window_no)

    def resume(self, ticket_id: str, window_no: str | None = None) -> Ticket:
        """恢复 a ticket this window held (after its current one is finished or held)."""
        with self._action:
            self._clerk()
            window_no = window_no or self.window_no
            if self.current(window_no) is not None:
                raise UserError("请先办结或挂起当前号，再恢复挂起的号。")
            if self.store.query_one("SELECT 1 FROM queue_tickets WHERE id = ? AND state = 'held' AND window_no = ?",
                                    (ticket_id, window_no)) is None:
                raise UserError("该号不是本窗口挂起的号。")
            self._server("act", ticket_id, "resume", window_no)
            return super().resume(ticket_id, window_no)

    # -- reading --------------------------------------------------------------------------
    def waiting_counts(self) -> dict[str, int]:
        counts = {c.code: 0 for c in self.station.catalog.queue_categories}
        state = self.server_state()
        if state is not None:
            for code, n in state.get("waiting_by_category", {}).items():
                counts[str(code)] = int(n)
        return counts

    def waiting(self, category_codes: list[str] | None = None, limit: int = 200) -> list[Ticket]:
        state = self.server_state()
        if state is None:
            return []
        out = [self._ticket_from_server(t) for t in state.get("waiting", [])
               if category_codes is None or t["category"] in category_codes]
        return out[:limit]

    def _ticket_from_server(self, t: dict[str, Any]) -> Ticket:
        taken = _server_dt(t.get("taken_at")) or self._now()
        return Ticket(t["id"], t.get("day") or taken.date().isoformat(), t["ticket_no"], t["category"],
                      _lane(t), t["status"], taken, _server_dt(t.get("order_at")) or taken,
                      t.get("window_no"), t.get("target_window"), max(0, int(t.get("call_count") or 0) - 1),
                      int(t.get("no_shows") or 0), t.get("priority_reason") or "", "",
                      _server_dt(t.get("called_at")), t.get("appointment_id"), None)

    # -- the board: calls of the whole hall -------------------------------------------------
    def record_event(self, event: dict[str, Any]) -> CallRecord | None:
        """A queue event of the hall (from QueueEventListener); a call is kept for the board."""
        kind = _CALL_EVENTS.get(str(event.get("type")))
        data = event.get("ticket")
        if kind is None or not isinstance(data, dict) or not data.get("window_no"):
            return None
        at = _server_dt(str(event.get("at") or "")) or self._now()
        call = CallRecord(int(event["seq"]), str(data["ticket_no"]), str(data["window_no"]),
                          str(data.get("category") or ""), at, kind)
        with self._lock:
            if not any(c.seq == call.seq for c in self._calls):
                self._calls.appendleft(call)
        return call

    def seed_calls(self) -> int | None:
        """The tickets being served now (the board's start, and its polling fallback); the last event seq."""
        state = self.server_state()
        if state is None:
            return None
        with self._lock:
            known = {(c.ticket_no, c.window_no) for c in self._calls}
            serving = sorted(state.get("serving", []), key=lambda t: t.get("called_at") or "")
            for t in serving:
                if (t["ticket_no"], t["window_no"]) in known:
                    continue
                at = _server_dt(t.get("called_at")) or self._now()
                seq = int(state.get("last_event_seq") or 0) if t is serving[-1] else 0
                self._calls.appendleft(CallRecord(seq, t["ticket_no"], t["window_no"], t["category"], at, "called"))
            self._seeded = True
        return int(state.get("last_event_seq") or 0)

    def recent_calls(self, limit: int = 10) -> list[CallRecord]:
        with self._lock:
            calls = sorted(self._calls, key=lambda c: (c.seq, c.at), reverse=True)
        return calls[:limit]

    def last_call_seq(self) -> int:
        with self._lock:
            return max((c.seq for c in self._calls), default=0)

    def window_calls(self) -> dict[str, CallRecord]:
        out: dict[str, CallRecord] = {}
        for call in reversed(self.recent_calls(RECENT_CALLS)):
            out[call.window_no] = call
        return out
