"""Readable tables kept from pushed records, in the same transaction as the record.

Each projected kind needs a few payload fields (documented in docs/server-api.md);
:func:`projection_problem` names what is missing so the envelope is answered ``invalid``
before anything is stored.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from app.protocol import CASE_STATUSES
from server.changes import record_change
from server.db import utcnow
from server.models import Case, Rating, Record, Ticket
from server.upsert import insert_ignore

CASE_KINDS = {"case.accepted": "accepted", "case.refused": "refused", "intake.supplement": "supplement"}
# Statuses the server shows for intake outcomes that are not (yet) cases.
INTAKE_STATUS_LABELS = {"refused": "不予受理", "supplement": "待补正"}
# A later intake outcome may replace an earlier one for the same number, never the reverse.
REPLACEABLE_BY = {"accepted": {"supplement", "refused"}, "refused": {"supplement"}, "supplement": set()}
CASE_EVENT_STATUSES = {"delivered": "delivered", "voided": "voided"}
CASE_CHANGING_KINDS = frozenset({*CASE_KINDS, "case.event"})
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def status_label(status: str) -> str:
    return CASE_STATUSES.get(status) or INTAKE_STATUS_LABELS.get(status, status)


def _text(payload: dict[str, Any], name: str) -> str | None:
    value = payload.get(name)
    return value if isinstance(value, str) and value.strip() and len(value) <= 64 else None


def projection_problem(session: Session, kind: str, payload: dict[str, Any], hall_code: str) -> str | None:
    """Why this payload cannot be projected, or None."""
    if kind in CASE_KINDS or kind == "case.event":
        needed = ("case_no", "matter_code") if kind in CASE_KINDS else ("case_no", "event")
        missing = [n for n in needed if _text(payload, n) is None]
        if missing:
            return f"payload 缺少字段：{', '.join(missing)}"
        existing = session.get(Case, payload["case_no"])
        if existing is not None and existing.hall_code != hall_code:
            return "办件编号属于其他大厅"
    if kind == "rating":
        score = payload.get("score")
        if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
            return "payload.score 须为 1–5 的整数"
    if kind == "ticket.taken":
        missing = [n for n in ("category", "ticket_no") if _text(payload, n) is None]
        if missing:
            return f"payload 缺少字段：{', '.join(missing)}"
    return None


def project(session: Session, record: Record) -> None:
    if record.kind in CASE_KINDS:
        _project_intake(session, record, CASE_KINDS[record.kind])
    elif record.kind == "case.event":
        _project_case_event(session, record)
    elif record.kind == "rating":
        _project_rating(session, record)
    elif record.kind == "ticket.taken":
        _project_ticket(session, record)


def case_change(session: Session, case: Case) -> None:
    record_change(
        session,
        "case_status",
        case.case_no,
        {
            "case_no": case.case_no,
            "matter_code": case.matter_code,
            "status": case.status,
            "status_label": status_label(case.status),
            "note": case.status_note,
            "at": case.status_at,
            "station_code": case.station_code,
        },
        case.hall_code,
    )


def _project_intake(session: Session, record: Record, status: str) -> None:
    p = record.payload
    promised = p.get("promised_date") if isinstance(p.get("promised_date"), str) else None
    values = {
        "case_no": p["case_no"],
        "hall_code": record.hall_code,
        "station_code": record.station_code,
        "record_id": record.id,
        "matter_code": p["matter_code"],
        "situation_code": _text(p, "situation_code"),
        "status": status,
        "status_note": "",
        "status_at": record.created_at,
        "accepted_at": record.created_at if status == "accepted" else None,
        "promised_date": promised if promised and DATE.match(promised) else None,
        "with_gaps": bool(p.get("with_gaps", False)),
        "updated_at": utcnow(),
    }
    if insert_ignore(session, Case, values):
        case_change(session, session.get_one(Case, values["case_no"]))
        return
    case = session.get_one(Case, values["case_no"])
    if case.status not in REPLACEABLE_BY[status]:
        return
    for name, value in values.items():
        setattr(case, name, value)
    session.flush()
    case_change(session, case)


def _project_case_event(session: Session, record: Record) -> None:
    new_status = CASE_EVENT_STATUSES.get(record.payload["event"])
    case = session.get(Case, record.payload["case_no"])
    if new_status is None or case is None or case.status == new_status:
        return
    case.status, case.status_at, case.updated_at = new_status, record.created_at, utcnow()
    case.status_note = str(record.payload.get("note", ""))[:500]
    session.flush()
    case_change(session, case)


def _project_rating(session: Session, record: Record) -> None:
    p = record.payload
    insert_ignore(
        session,
        Rating,
        {
            "id": record.id,
            "hall_code": record.hall_code,
            "station_code": record.station_code,
            "score": p["score"],
            "case_no": _text(p, "case_no"),
            "ticket_no": _text(p, "ticket_no"),
            "staff_no": _text(p, "staff_no"),
            "window_no": _text(p, "window_no"),
            "rated_at": record.created_at,
            "rated_day": record.created_day,
        },
    )


def _project_ticket(session: Session, record: Record) -> None:
    p = record.payload
    insert_ignore(
        session,
        Ticket,
        {
            "id": record.id,
            "hall_code": record.hall_code,
            "station_code": record.station_code,
            "category": p["category"],
            "ticket_no": p["ticket_no"],
            "priority": bool(p.get("priority", False)),
            "taken_at": record.created_at,
            "taken_day": record.created_day,
        },
    )
