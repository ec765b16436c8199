"""Tables of the central server (SQLAlchemy 2 declarative).

Three groups: identities (halls, stations, users, sessions, API keys), the record store
(records pushed by stations, their audit chain, and readable projections: cases, ratings,
tickets), and what flows back to stations (catalog versions, calendar, appointments, the
global ``changes`` log, the shared hall queue).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from server.db import utcnow


class Base(DeclarativeBase):
    pass


def _now_column() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), default=utcnow, nullable=False)


# --- identities -------------------------------------------------------------------------


class Hall(Base):
    """大厅 / 便民服务中心: the unit that owns stations, users and a queue."""

    __tablename__ = "halls"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = _now_column()


class Station(Base):
    """工作站: one client process on one PC, enrolled once with a one-time code."""

    __tablename__ = "stations"
    code: Mapped[str] = mapped_column(String(24), primary_key=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    enrolment_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    secret_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    enrolled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = _now_column()
    __table_args__ = (UniqueConstraint("hall_code", "seq", name="uq_station_hall_seq"),)


class User(Base):
    """窗口人员 / 管理人员 of one hall."""

    __tablename__ = "users"
    staff_no: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(16))
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    offline_hash: Mapped[dict[str, Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    updated_at: Mapped[datetime] = _now_column()


class ClerkSession(Base):
    """A short-lived clerk bearer token (only its sha256 is stored)."""

    __tablename__ = "clerk_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_no: Mapped[str] = mapped_column(ForeignKey("users.staff_no"), index=True)
    station_code: Mapped[str] = mapped_column(ForeignKey("stations.code"))
    issued_at: Mapped[datetime] = _now_column()
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class ApiKey(Base):
    """A key for back-office systems (scope ``backoffice``) or operators (``admin``)."""

    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scope: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = _now_column()


# --- the record store ---------------------------------------------------------------------


class Record(Base):
    """One envelope pushed by a station, stored once by its client-made id."""

    __tablename__ = "records"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    station_code: Mapped[str] = mapped_column(ForeignKey("stations.code"))
    hall_code: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[str] = mapped_column(String(40))
    created_day: Mapped[str] = mapped_column(String(10))
    catalog_version: Mapped[str | None] = mapped_column(String(40), nullable=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    audit: Mapped[dict[str, Any]] = mapped_column(JSON)
    audit_seq: Mapped[int] = mapped_column(Integer)
    audit_hash: Mapped[str] = mapped_column(String(64))
    audit_prev_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = _now_column()
    __table_args__ = (
        Index("ix_records_station_kind", "station_code", "kind"),
        Index("ix_records_station_seq", "station_code", "audit_seq"),
        Index("ix_records_hall_day", "hall_code", "created_day"),
    )


class RejectedRecord(Base):
    """An envelope answered ``invalid``: kept for the operator, never projected."""

    __tablename__ = "rejected_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    station_code: Mapped[str] = mapped_column(String(24), index=True)
    record_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    envelope: Mapped[Any] = mapped_column(JSON)
    received_at: Mapped[datetime] = _now_column()


class AuditChain(Base):
    """How far each station's audit chain has been verified without a gap."""

    __tablename__ = "audit_chains"
    station_code: Mapped[str] = mapped_column(ForeignKey("stations.code"), primary_key=True)
    verified_seq: Mapped[int] = mapped_column(Integer, default=0)
    head_hash: Mapped[str] = mapped_column(String(64), default="")


class AuditBreak(Base):
    """A place where a station's audit chain does not hold (the record is stored anyway)."""

    __tablename__ = "audit_breaks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    station_code: Mapped[str] = mapped_column(String(24), index=True)
    hall_code: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text)
    detected_at: Mapped[datetime] = _now_column()


class Case(Base):
    """办件 (and 补正 / 不予受理 outcomes), projected from station records by case number."""

    __tablename__ = "cases"
    case_no: Mapped[str] = mapped_column(String(64), primary_key=True)  # a 补正's: its notice code
    hall_code: Mapped[str] = mapped_column(String(16), index=True)
    station_code: Mapped[str] = mapped_column(String(24))
    record_id: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)  # the station's application id
    matter_code: Mapped[str] = mapped_column(String(64))
    situation_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    status_note: Mapped[str] = mapped_column(Text, default="")
    status_at: Mapped[str] = mapped_column(String(40))
    accepted_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    promised_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    with_gaps: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = _now_column()


class CaseStatusLog(Base):
    __tablename__ = "case_status_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_no: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime] = _now_column()


class Rating(Base):
    """好差评, projected from ``rating`` records."""

    __tablename__ = "ratings"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    hall_code: Mapped[str] = mapped_column(String(16), index=True)
    station_code: Mapped[str] = mapped_column(String(24))
    score: Mapped[int] = mapped_column(Integer)
    case_no: Mapped[str | None] = mapped_column(String(64), nullable=True)
    ticket_no: Mapped[str | None] = mapped_column(String(64), nullable=True)
    staff_no: Mapped[str | None] = mapped_column(String(64), nullable=True)
    window_no: Mapped[str | None] = mapped_column(String(64), nullable=True)
    rated_at: Mapped[str] = mapped_column(String(40))
    rated_day: Mapped[str] = mapped_column(String(10))


class Ticket(Base):
    """排队号 taken at a station, projected from ``ticket.taken`` records."""

    __tablename__ = "tickets"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    hall_code: Mapped[str] = mapped_column(String(16), index=True)
    station_code: Mapped[str] = mapped_column(String(24))
    category: Mapped[str] = mapped_column(String(64))
    ticket_no: Mapped[str] = mapped_column(String(64))
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    taken_at: Mapped[str] = mapped_column(String(40))
    taken_day: Mapped[str] = mapped_column(String(10))


# --- what flows back to stations ------------------------------------------------------


class CatalogVersion(Base):
    __tablename__ = "catalog_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[str] = mapped_column(String(40))
    digest: Mapped[str] = mapped_column(String(64))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    imported_at: Mapped[datetime] = _now_column()
    __table_args__ = (UniqueConstraint("version", name="uq_catalog_version"), {"sqlite_autoincrement": True})


class CalendarDay(Base):
    """A working-day override: a holiday on a weekday or a 调休 working weekend day."""

    __tablename__ = "calendar_days"
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(100), default="")


class Appointment(Base):
    """预约: a booked slot, posted by a booking system and sent to the hall's stations."""

    __tablename__ = "appointments"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), index=True)
    category: Mapped[str] = mapped_column(String(64))
    matter_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    slot_date: Mapped[str] = mapped_column(String(10))
    slot_start: Mapped[str] = mapped_column(String(5))
    slot_end: Mapped[str] = mapped_column(String(5))
    applicant_masked: Mapped[str] = mapped_column(String(50), default="")
    status: Mapped[str] = mapped_column(String(16), default="booked")
    updated_at: Mapped[datetime] = _now_column()


class Change(Base):
    """The global change log; its ``seq`` is the stations' pull cursor."""

    __tablename__ = "changes"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hall_code: Mapped[str | None] = mapped_column(String(16), nullable=True)  # None: all halls
    kind: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = _now_column()
    __table_args__ = (Index("ix_changes_hall_seq", "hall_code", "seq"), {"sqlite_autoincrement": True})


# --- the shared hall queue ------------------------------------------------------------


class QueueCounter(Base):
    __tablename__ = "queue_counters"
    hall_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    category: Mapped[str] = mapped_column(String(64), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class QueueTicket(Base):
    """A server-issued ticket of a multi-PC hall.

    ``order_at`` is the queue position (take time, kept through transfers; the slot start for
    an appointment; the requeue time after a no-show). ``target_window``: transferred to that
    window only. ``status``: waiting, called, held, finished, no_show (closed as a no-show).
    """

    __tablename__ = "queue_tickets"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"))
    day: Mapped[str] = mapped_column(String(10))
    category: Mapped[str] = mapped_column(String(64))
    ticket_no: Mapped[str] = mapped_column(String(16))
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    priority_reason: Mapped[str] = mapped_column(String(32), default="")
    client_id: Mapped[str] = mapped_column(String(64))
    station_code: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(16), default="waiting")
    window_no: Mapped[str | None] = mapped_column(String(16), nullable=True)
    staff_no: Mapped[str | None] = mapped_column(String(32), nullable=True)
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    taken_at: Mapped[datetime] = _now_column()
    called_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    lane: Mapped[str] = mapped_column(String(16), default="normal")
    order_at: Mapped[datetime] = _now_column()
    target_window: Mapped[str | None] = mapped_column(String(16), nullable=True)
    no_shows: Mapped[int] = mapped_column(Integer, default=0)
    appointment_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    __table_args__ = (
        UniqueConstraint("hall_code", "client_id", name="uq_queue_ticket_client"),
        UniqueConstraint("hall_code", "day", "ticket_no", name="uq_queue_ticket_no"),
        UniqueConstraint("hall_code", "appointment_id", name="uq_queue_ticket_appointment"),
        Index("ix_queue_waiting", "hall_code", "day", "status"),
    )


class QueueWindow(Base):
    """What the ordering policy (app/queue/policy.py) remembers about one window between calls."""

    __tablename__ = "queue_windows"
    hall_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    window_no: Mapped[str] = mapped_column(String(16), primary_key=True)
    front_streak: Mapped[int] = mapped_column(Integer, default=0)
    credits: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class QueueEvent(Base):
    """What boards and windows of a hall hear: taken, called, recalled, no_show, …"""

    __tablename__ = "queue_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hall_code: Mapped[str] = mapped_column(String(16))
    type: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = _now_column()
    __table_args__ = (Index("ix_queue_events_hall_seq", "hall_code", "seq"), {"sqlite_autoincrement": True})
