"""Request bodies (pydantic). Answers are plain dicts documented in docs/server-api.md."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

MAX_PUSH_RECORDS = 500


class Versioned(BaseModel):
    protocol: int = Field(description="协议版本 / protocol version (app.protocol.PROTOCOL_VERSION)")


class EnrolRequest(Versioned):
    station_code: str = Field(max_length=24)
    enrolment_code: str = Field(max_length=40)


class LoginRequest(Versioned):
    staff_no: str = Field(max_length=32)
    password: str = Field(max_length=200)


class PushRequest(Versioned):
    station_code: str = Field(max_length=24)
    # Raw envelopes: each is checked on its own so one bad record never sinks the batch.
    records: list[Any]


class ReconcileRequest(Versioned):
    counts: dict[str, int] = Field(default_factory=dict)
    digests: dict[str, str] = Field(default_factory=dict)
    ids: dict[str, list[str]] = Field(default_factory=dict, description="可选：数目不符时列出本站的记录编号")


class CaseStatusRequest(BaseModel):
    protocol: int | None = None
    status: str = Field(description="in_review | approved | rejected | ready")
    note: str = Field(default="", max_length=500)
    at: str = Field(max_length=40, description="ISO 8601 time of the decision")


class TicketRequest(Versioned):
    category: str = Field(max_length=64)
    client_id: str = Field(min_length=1, max_length=64, description="client-made id: a retry returns the same ticket")
    priority: bool = False
    priority_reason: str = Field(default="", max_length=32, description="绿色通道原因，如 elderly / disabled")
    prefix: str | None = Field(default=None, max_length=2, description="only used while no catalog is imported")


class WeightedCategory(BaseModel):
    code: str = Field(max_length=64)
    weight: int = Field(default=1, ge=0, le=100)


class QueuePolicyIn(BaseModel):
    """The station's ordering policy settings (app/queue/policy.py PolicySettings)."""

    name: str = Field(default="weighted_aging", pattern=r"^(weighted_aging|fifo)$")
    front_streak_limit: int = Field(default=3, ge=1, le=100)
    aging_minutes: int = Field(default=45, ge=0, le=24 * 60)
    appointment_late_minutes: int = Field(default=10, ge=0, le=24 * 60)


class CallNextRequest(Versioned):
    window_no: str = Field(min_length=1, max_length=16)
    categories: list[WeightedCategory] = Field(min_length=1)
    policy: QueuePolicyIn | None = Field(default=None, description="默认 weighted_aging 的默认参数")


class CallTicketRequest(Versioned):
    window_no: str = Field(min_length=1, max_length=16)
    ticket_no: str = Field(min_length=1, max_length=16, description="指定叫号的号码，如 A012")


class TicketActionRequest(Versioned):
    window_no: str = Field(min_length=1, max_length=16)
    to_category: str | None = Field(default=None, max_length=64)
    to_window: str | None = Field(default=None, max_length=16, description="transfer: 只由该窗口叫号")
    no_show_policy: str | None = Field(
        default=None, pattern=r"^(requeue_once|void)$", description="no-show: 首次过号重新排队或直接作废（默认作废）"
    )


class CheckInRequest(Versioned):
    appointment_id: str = Field(min_length=1, max_length=64, description="预约码（预约编号）")
    client_id: str = Field(min_length=1, max_length=64, description="client-made id: a retry returns the same ticket")


class CalendarDayIn(BaseModel):
    date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    working: bool
    note: str = Field(default="", max_length=100)


class CalendarRequest(BaseModel):
    protocol: int | None = None
    year: int = Field(ge=2000, le=2100)
    days: list[CalendarDayIn]


class AppointmentRequest(BaseModel):
    protocol: int | None = None
    id: str = Field(min_length=1, max_length=64)
    hall: str = Field(max_length=16)
    category: str = Field(max_length=64)
    matter_code: str | None = Field(default=None, max_length=64)
    date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    start: str = Field(pattern=r"^\d{2}:\d{2}$")
    end: str = Field(pattern=r"^\d{2}:\d{2}$")
    applicant_masked: str = Field(default="", max_length=50, description="已脱敏的姓名，如 张*")
    status: str = Field(default="booked", pattern=r"^(booked|cancelled)$")
