"""Rating requests and ratings (好差评): 一次一评 at the window, 一事一评 at the kiosk.

The queue and intake features call :meth:`RatingService.request_rating` when a service
finishes; the pad shows the pending request and calls :meth:`RatingService.rate` with the
citizen's answer. A request that is not answered within ``rating_timeout_seconds`` is
recorded as 未评价 by :meth:`RatingService.expire_pending`, never as a good rating.

Citizens are not logged in: rating needs no role. Asking for a rating needs a clerk.
Every rating (and every 未评价) is one unit of work with its audit and outbox rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from app import identity
from app.auth import require
from app.clock import iso
from app.errors import NotFound, UserError
from app.i18n import N_, Text, tr
from app.ids import new_id
from app.ratings import followup as fu
from app.ratings.cases import CaseForRating, CaseLookup, find_case
from app.ratings.levels import (
    CHANNEL_LABELS,
    NOT_RATED_LABEL,
    OTHER_REASON,
    POOR_REASONS,
    Channel,
    RatingLevel,
    parse_level,
    platform,
)
from app.station import Station
from app.store.db import UnitOfWork

KINDS = ("window_service", "case")
CITIZEN = "citizen"  # audit actor of a rating: the citizen is not logged in
SYSTEM = "system"  # audit actor of a timed-out request
MAX_COMMENT = 200


@dataclass(frozen=True)
class ServiceRecord:
    """A finished service to be rated: a window service (ticket, consultation) or a case."""

    service_id: str  # the ticket, intake or consultation id
    kind: str  # "window_service" | "case"
    ticket_no: str = ""
    case_no: str = ""
    matter_code: str = ""
    matter_name: str = ""
    window_no: str = ""
    clerk_staff_no: str = ""
    clerk_name: str = ""
    station_code: str = ""
    finished_at: datetime | None = None

    @property
    def subject(self) -> str:
        """What 一次一评 / 一事一评 counts: the case number for a case, else the service."""
        return self.case_no if self.kind == "case" and self.case_no else self.service_id

    @property
    def description(self) -> str:
        """The service as the citizen sees it on the pad, in the interface language."""
        parts = [self.matter_name or tr(N_("窗口服务"))]
        if self.case_no:
            parts.append(str(Text("办件编号 {case_no}", case_no=self.case_no)))
        elif self.ticket_no:
            parts.append(str(Text("排队号 {ticket_no}", ticket_no=self.ticket_no)))
        return " · ".join(parts)


@dataclass(frozen=True)
class RatingRequest:
    id: str
    record: ServiceRecord
    requested_at: datetime
    expires_at: datetime
    state: str

    def seconds_left(self, now: datetime) -> int:
        return max(0, int((self.expires_at - now).total_seconds()))


@dataclass(frozen=True)
class RatingResult:
    rating_id: str
    level: RatingLevel | None  # None: 未评价
    rating_count: int
    followup_id: str | None = None
    deadline: date | None = None


@dataclass(frozen=True)
class CitizenAnswer:
    """What the citizen chose on the pad or the kiosk."""

    level: RatingLevel
    reasons: tuple[str, ...] = ()
    comment: str = ""
    callback_ok: bool = False
    rater_name: str | None = None  # None: anonymous
    rater_phone: str | None = None


def check_answer(level: RatingLevel | str, reasons: list[str] | tuple[str, ...] = (), comment: str = "",
                 callback_ok: bool = False, rater_name: str | None = None,
                 rater_phone: str | None = None) -> CitizenAnswer:
    """The answer, cleaned; a UserError saying what is missing otherwise."""
    lvl = parse_level(level)
    picked = tuple(dict.fromkeys(r.strip() for r in reasons if r.strip()))
    unknown = [r for r in picked if r not in POOR_REASONS]
    if unknown:
        raise UserError("不认识的原因：{reasons}。", reasons=unknown)
    text = comment.strip()
    if len(text) > MAX_COMMENT:
        raise UserError("意见不能超过 {limit} 字。", field="comment", limit=MAX_COMMENT)
    if lvl.poor and not picked:
        raise UserError("请选择不满意的原因（可多选）。", field="reasons")
    if OTHER_REASON in picked and not text:
        raise UserError("选择“其他”时，请写下具体意见。", field="comment")
    name = identity.check_name(rater_name, N_("评价人姓名")) if rater_name and rater_name.strip() else None
    phone = identity.check_phone(rater_phone, N_("回访电话")) if rater_phone and rater_phone.strip() else None
    return CitizenAnswer(lvl, picked if lvl.poor else (), text, bool(callback_ok), name, phone)


class RatingService:
    def __init__(self, station: Station, case_lookup: CaseLookup = find_case) -> None:
        self.station = station
        self._find_case = case_lookup

    # -- asking ------------------------------------------------------------
    def request_rating(self, record: ServiceRecord) -> RatingRequest:
        """Put a finished service on the pad. One pending request at a time: an older one
        that was never answered is recorded as 未评价."""
        require(self.station.session, "queue.call")
        self._check_record(record)
        existing = self._pending_for(record.subject)
        if existing is not None:
            self.station.notify("rating_request")
            return existing
        for older in self._pending_requests():
            self._not_rated(older)
        now = self.station.clock.now()
        if record.finished_at is None:
            record = replace(record, finished_at=now)
        request = RatingRequest(new_id(), record, now,
                                now + timedelta(seconds=self.station.config.rating_timeout_seconds), "pending")
        with self.station.store.transaction() as conn:
            conn.execute(
                "INSERT INTO rating_requests (id, service_id, kind, subject, ticket_no, case_no, matter_code,"
                " matter_name, window_no, clerk_staff_no, clerk_name, station_code, finished_at, requested_at,"
                " expires_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')",
                (request.id, record.service_id, record.kind, record.subject, record.ticket_no, record.case_no,
                 record.matter_code, record.matter_name, record.window_no, record.clerk_staff_no, record.clerk_name,
                 record.station_code, iso(record.finished_at or now), iso(now), iso(request.expires_at)),
            )
        self.station.notify("rating_request", "ratings")
        return request

    def window_service_record(self, **known: Any) -> ServiceRecord:
        """A window-service record for the logged-in clerk, with whatever else is known
        (used when the clerk asks for a rating with no ticket or case open)."""
        session = require(self.station.session, "queue.call")
        base = ServiceRecord(service_id=new_id(), kind="window_service",
                             window_no=session.window_no or self.station.config.window_no,
                             clerk_staff_no=session.staff_no, clerk_name=session.name,
                             station_code=self.station.station_code, finished_at=self.station.clock.now())
        return replace(base, **known)

    def _check_record(self, record: ServiceRecord) -> None:
        if record.kind not in KINDS:
            raise ValueError(f"unknown service kind {record.kind!r}")
        if record.kind == "case" and not record.case_no:
            raise UserError("办件评价需要办件编号。")
        if self._rating_exists(record.kind, record.subject, 1):
            if record.kind == "case":
                raise UserError("该办件已经评价过了（一次一评）。")
            raise UserError("本次服务已经评价过了（一次一评）。")

    # -- the pad -------------------------------------------------------------
    def pending_request(self) -> RatingRequest | None:
        """The request the pad should show now, if any (not yet timed out)."""
        now = self.station.clock.now()
        for request in reversed(self._pending_requests()):
            if request.expires_at > now:
                return request
        return None

    def request(self, request_id: str) -> RatingRequest:
        row = self.station.store.query_one("SELECT * FROM rating_requests WHERE id = ?", (request_id,))
        if row is None:
            raise NotFound("找不到这次评价请求。")
        return _request_from_row(row)

    def rate(self, request_id: str, level: RatingLevel | str, reasons: list[str] | tuple[str, ...] = (),
             comment: str = "", callback_ok: bool = False, rater_name: str | None = None,
             rater_phone: str | None = None) -> RatingResult:
        """The citizen's rating of a pending request (on the pad)."""
        answer = check_answer(level, reasons, comment, callback_ok, rater_name, rater_phone)
        request = self.request(request_id)
        if request.state != "pending":
            raise UserError("这次服务已经评价过或已超时，无需再评。")
        if self.station.clock.now() >= request.expires_at:
            self._not_rated(request)
            raise UserError("评价已超时，本次记为未评价。")
        with self.station.store.unit_of_work(CITIZEN) as uow:
            result = self._record(uow, request.record, answer, Channel.HALL_PAD, 1, request.id)
            uow.execute("UPDATE rating_requests SET state = 'rated', rating_id = ? WHERE id = ?",
                        (result.rating_id, request.id))
        self.station.notify("ratings", "rating_request", "outbox")
        return result

    def keep_alive(self, request_id: str) -> RatingRequest:
        """The citizen is still answering (picked a level, a reason): the timeout restarts, so
        only a pad left alone for ``rating_timeout_seconds`` records 未评价."""
        request = self.request(request_id)
        now = self.station.clock.now()
        if request.state != "pending" or request.expires_at <= now:
            return request
        expires = now + timedelta(seconds=self.station.config.rating_timeout_seconds)
        with self.station.store.transaction() as conn:
            conn.execute("UPDATE rating_requests SET expires_at = ? WHERE id = ? AND state = 'pending'",
                         (iso(expires), request_id))
        return replace(request, expires_at=expires)

    def expire_pending(self, now: datetime | None = None) -> list[str]:
        """Record 未评价 for every request past its timeout; the ids of those requests."""
        now = now or self.station.clock.now()
        expired = [r for r in self._pending_requests() if r.expires_at <= now]
        for request in expired:
            self._not_rated(request)
        return [r.id for r in expired]

    def _not_rated(self, request: RatingRequest) -> None:
        with self.station.store.unit_of_work(SYSTEM) as uow:
            result = self._record(uow, request.record, None, Channel.HALL_PAD, 1, request.id)
            uow.execute("UPDATE rating_requests SET state = 'not_rated', rating_id = ? WHERE id = ?",
                        (result.rating_id, request.id))
        self.station.notify("ratings", "rating_request", "outbox")

    # -- the kiosk: 一事一评 -----------------------------------------------------
    def find_case_to_rate(self, case_no: str, proof: str) -> tuple[CaseForRating, int]:
        """The finished case the citizen may rate, and the rating count it would get
        (1 first, 2 补充评价)."""
        case_no = case_no.strip().upper()
        if not case_no:
            raise UserError("请扫描受理回执上的条码，或输入办件编号。", field="case_no")
        case = self._find_case(self.station.store, case_no)
        if case is None or not case.proof_matches(proof):
            raise UserError("没有找到这个办件，或身份证号码后六位不符。请核对后重试，或到窗口咨询。", field="case_no")
        if not case.finished:
            raise UserError("这个办件还在办理中，办结后才能评价。", field="case_no")
        return case, self._next_case_count(case.case_no)

    def rate_case(self, case_no: str, id_suffix_or_scan_code: str, level: RatingLevel | str,
                  reasons: list[str] | tuple[str, ...] = (), comment: str = "", callback_ok: bool = False,
                  rater_name: str | None = None, rater_phone: str | None = None) -> RatingResult:
        """A rating of a whole finished case at the kiosk (一事一评), or its 补充评价."""
        answer = check_answer(level, reasons, comment, callback_ok, rater_name, rater_phone)
        case, count = self.find_case_to_rate(case_no, id_suffix_or_scan_code)
        record = ServiceRecord(
            service_id=case.case_no, kind="case", case_no=case.case_no, matter_code=case.matter_code,
            matter_name=case.matter_name, clerk_staff_no=case.clerk_staff_no, clerk_name=case.clerk_name,
            station_code=case.station_code or self.station.station_code,
            finished_at=datetime.fromisoformat(case.finished_at) if case.finished_at else None,
        )
        with self.station.store.unit_of_work(CITIZEN) as uow:
            result = self._record(uow, record, answer, Channel.HALL_TERMINAL, count, None)
        self.station.notify("ratings", "outbox")
        return result

    def _next_case_count(self, case_no: str) -> int:
        first = self.station.store.query_one(
            "SELECT rated_at FROM ratings WHERE kind = 'case' AND subject = ? AND rated = 1 AND rating_count = 1",
            (case_no,))
        if first is None:
            return 1
        days = self.station.config.rating_supplement_days
        if days <= 0 or self._rating_exists("case", case_no, 2):
            raise UserError("这个办件已经评价过了。", field="case_no")
        first_day = datetime.fromisoformat(first["rated_at"]).date()
        if self.station.clock.now().date() > first_day + timedelta(days=days):
            raise UserError("补充评价须在首次评价后 {days} 天内进行，这个办件已不能再评价。", field="case_no", days=days)
        return 2

    # -- writing one rating --------------------------------------------------
    def _record(self, uow: UnitOfWork, record: ServiceRecord, answer: CitizenAnswer | None, channel: Channel,
                count: int, request_id: str | None) -> RatingResult:
        st = self.station
        now = st.clock.now()
        codes = platform(st.config.rating_platform)
        rating_id = new_id()
        level = answer.level if answer else None
        cipher = st.store.cipher
        uow.execute(
            "INSERT INTO ratings (id, request_id, service_id, kind, subject, rating_count, rated, level, level_code,"
            " platform, poor, reasons, comment, callback_ok, rater_name, rater_phone, channel, channel_code,"
            " case_no, ticket_no, matter_code, matter_name, window_no, clerk_staff_no, clerk_name, station_code,"
            " region_code, finished_at, rated_at, day)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rating_id, request_id, record.service_id, record.kind, record.subject, count, int(answer is not None),
             level.value if level else None, codes.level_code(level) if level else None, codes.name,
             int(bool(level and level.poor)), json.dumps(list(answer.reasons) if answer else [], ensure_ascii=False),
             cipher.encrypt(answer.comment if answer else "") or "", int(bool(answer and answer.callback_ok)),
             cipher.encrypt(answer.rater_name) if answer and answer.rater_name else None,
             cipher.encrypt(answer.rater_phone) if answer and answer.rater_phone else None,
             channel.value, codes.channel_code(channel), record.case_no, record.ticket_no, record.matter_code,
             record.matter_name, record.window_no, record.clerk_staff_no, record.clerk_name,
             record.station_code or st.station_code, st.config.region_code,
             iso(record.finished_at) if record.finished_at else None, iso(now), now.date().isoformat()),
        )
        followup: dict[str, Any] | None = None
        if answer is not None and answer.level.poor:
            followup = self._open_followup(uow, rating_id, answer, now)
        payload = self._payload(rating_id, request_id, record, answer, channel, count, now, followup)
        uow.emit("rating", payload, record_id=rating_id, action="rating" if answer else "rating.not_rated")
        if followup is not None:
            uow.emit("rating.followup", {"followup_id": followup["id"], "rating_id": rating_id, "step": "opened",
                                         "from_state": "", "to_state": fu.FollowupState.VERIFYING.value,
                                         "to_state_label": fu.FollowupState.VERIFYING.label,
                                         "staff_no": SYSTEM, "at": iso(now), "note": "",
                                         "deadline": followup["deadline"],
                                         "station_code": st.station_code}, record_id=followup["step_id"])
        return RatingResult(rating_id, level, count, followup["id"] if followup else None,
                            date.fromisoformat(followup["deadline"]) if followup else None)

    def _open_followup(self, uow: UnitOfWork, rating_id: str, answer: CitizenAnswer, now: datetime) -> dict[str, Any]:
        days = fu.usable_deadline_days(self.station.config.followup_deadline_days)
        deadline = fu.followup_deadline(self.station.calendar, now.date(), days)
        required = fu.callback_required(answer.rater_name is not None, answer.callback_ok, answer.rater_phone is not None)
        followup_id, step_id = new_id(), new_id()
        uow.execute(
            "INSERT INTO rating_followups (id, rating_id, state, opened_on, deadline, deadline_days,"
            " callback_required, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (followup_id, rating_id, fu.FollowupState.VERIFYING.value, now.date().isoformat(), deadline.isoformat(),
             days, int(required), iso(now)),
        )
        uow.execute(
            "INSERT INTO rating_followup_steps (id, followup_id, from_state, to_state, staff_no, staff_name, at, note)"
            " VALUES (?, ?, '', ?, ?, '', ?, '')",
            (step_id, followup_id, fu.FollowupState.VERIFYING.value, SYSTEM, iso(now)),
        )
        return {"id": followup_id, "step_id": step_id, "deadline": deadline.isoformat(), "deadline_days": days,
                "callback_required": required}

    def _payload(self, rating_id: str, request_id: str | None, record: ServiceRecord, answer: CitizenAnswer | None,
                 channel: Channel, count: int, now: datetime, followup: dict[str, Any] | None) -> dict[str, Any]:
        """The record for the server: the GB/T 39046 fields plus the hall's own."""
        st = self.station
        codes = platform(st.config.rating_platform)
        level = answer.level if answer else None
        return {
            "rating_id": rating_id, "request_id": request_id, "service_id": record.service_id,
            "kind": record.kind, "subject": record.subject, "case_no": record.case_no, "ticket_no": record.ticket_no,
            "matter_code": record.matter_code, "matter_name": record.matter_name, "window_no": record.window_no,
            "clerk_staff_no": record.clerk_staff_no, "clerk_name": record.clerk_name,
            "station_code": record.station_code or st.station_code, "region_code": st.config.region_code,
            "channel": channel.value, "channel_name": CHANNEL_LABELS[channel], "channel_code": codes.channel_code(channel),
            "rated": answer is not None, "rating_count": count, "platform": codes.name,
            "level": level.value if level else None, "level_label": level.label if level else NOT_RATED_LABEL,
            "level_code": codes.level_code(level) if level else None, "poor": bool(level and level.poor),
            "reasons": list(answer.reasons) if answer else [], "comment": answer.comment if answer else "",
            "anonymous": not (answer and answer.rater_name), "rater_name": answer.rater_name if answer else None,
            "rater_phone": answer.rater_phone if answer else None,
            "callback_ok": bool(answer and answer.callback_ok),
            "finished_at": iso(record.finished_at) if record.finished_at else None, "rated_at": iso(now),
            "followup": {k: followup[k] for k in ("id", "deadline", "deadline_days", "callback_required")}
            if followup else None,
        }

    # -- reading -------------------------------------------------------------
    def _pending_requests(self) -> list[RatingRequest]:
        rows = self.station.store.query(
            "SELECT * FROM rating_requests WHERE state = 'pending' ORDER BY requested_at, id")
        return [_request_from_row(r) for r in rows]

    def _pending_for(self, subject: str) -> RatingRequest | None:
        now = self.station.clock.now()
        for request in self._pending_requests():
            if request.record.subject == subject and request.expires_at > now:
                return request
        return None

    def _rating_exists(self, kind: str, subject: str, count: int) -> bool:
        row = self.station.store.query_one(
            "SELECT 1 FROM ratings WHERE kind = ? AND subject = ? AND rating_count = ? AND rated = 1",
            (kind, subject, count))
        return row is not None


def _request_from_row(row: Any) -> RatingRequest:
    record = ServiceRecord(
        service_id=row["service_id"], kind=row["kind"], ticket_no=row["ticket_no"], case_no=row["case_no"],
        matter_code=row["matter_code"], matter_name=row["matter_name"], window_no=row["window_no"],
        clerk_staff_no=row["clerk_staff_no"], clerk_name=row["clerk_name"], station_code=row["station_code"],
        finished_at=datetime.fromisoformat(row["finished_at"]) if row["finished_at"] else None,
    )
    return RatingRequest(row["id"], record, datetime.fromisoformat(row["requested_at"]),
                         datetime.fromisoformat(row["expires_at"]), row["state"])
