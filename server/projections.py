"""Readable tables kept from pushed records, in the same transaction as the record.

Each projected kind needs a few payload fields (documented in docs/server-api.md);
:func:`projection_problem` names what is missing so the envelope is answered ``invalid``
before anything is stored. A batch is projected set-based (:func:`project_batch`): the
cases it names are read once, their history within the batch is played in memory in
record order (one ``case_status`` change per status change, as they happened), and then
cases, ratings, tickets and changes are written with a few statements.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from app.protocol import CASE_STATUSES
from server.changes import record_change, record_changes
from server.db import utcnow
from server.models import Case, Rating, Ticket
from server.upsert import insert_ignore_many, table_of

CASE_KINDS = {"case.accepted": "accepted", "case.refused": "refused", "intake.supplement": "supplement"}
# Statuses the server shows for intake outcomes that are not (yet) cases.
INTAKE_STATUS_LABELS = {"refused": "不予受理", "supplement": "待补正", "supplied": "已补正"}
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


CASE_COLUMNS = tuple(c.name for c in table_of(Case).columns)
CaseRows = dict[str, dict[str, Any]]


def load_cases(session: Session, case_nos: Iterable[str]) -> CaseRows:
    """The stored cases among ``case_nos`` (one SELECT), as mutable rows by case number."""
    wanted = sorted(set(case_nos))
    if not wanted:
        return {}
    table = table_of(Case)
    rows = session.execute(select(table).where(table.c.case_no.in_(wanted))).mappings()
    return {row["case_no"]: dict(row) for row in rows}


def case_no_named(kind: str, payload: dict[str, Any]) -> str | None:
    """The case number a record of a case kind names (None for other kinds or no number).

    A 补正 has no case number yet (the application is not accepted): its row is keyed by
    the code of the supplement notice the citizen holds."""
    if kind == "intake.supplement":
        return _text(payload, "case_no") or _text(payload, "notice_code")
    if kind in CASE_CHANGING_KINDS:
        return _text(payload, "case_no")
    return None


# The five levels of app/ratings/levels.py as the ratings table's score (5 = 非常满意).
LEVEL_SCORES: dict[str, int] = {
    "very_satisfied": 5,
    "satisfied": 4,
    "basically_satisfied": 3,
    "dissatisfied": 2,
    "very_dissatisfied": 1,
}


def projection_problem(cases: Mapping[str, Mapping[str, Any]], kind: str, payload: dict[str, Any], hall_code: str) -> str | None:
    """Why this payload cannot be projected, or None (``cases``: see :func:`load_cases`)."""
    if kind in CASE_KINDS or kind == "case.event":
        needed = ("matter_code",) if kind in CASE_KINDS else ("event",)
        missing = [n for n in needed if _text(payload, n) is None]
        key = case_no_named(kind, payload)
        if key is None:
            missing.insert(0, "notice_code" if kind == "intake.supplement" else "case_no")
        if missing:
            return f"payload 缺少字段：{', '.join(missing)}"
        existing = cases.get(str(key))
        if existing is not None and existing["hall_code"] != hall_code:
            return "办件编号属于其他大厅"
    if kind == "rating":
        level = payload.get("level")
        if level is not None and level not in LEVEL_SCORES:
            return f"payload.level 须为 {'、'.join(LEVEL_SCORES)} 之一，或为空（未评价）"
    if kind == "ticket.taken":
        missing = [n for n in ("category_code", "ticket_no") if _text(payload, n) is None]
        if missing:
            return f"payload 缺少字段：{', '.join(missing)}"
    return None


def case_change_data(case: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "case_no": case["case_no"],
        "matter_code": case["matter_code"],
        "status": case["status"],
        "status_label": status_label(case["status"]),
        "note": case["status_note"],
        "at": case["status_at"],
        "station_code": case["station_code"],
    }


def case_change(session: Session, case: Case) -> None:
    row = {name: getattr(case, name) for name in CASE_COLUMNS}
    record_change(session, "case_status", case.case_no, case_change_data(row), case.hall_code)


class _CaseReplay:
    """The batch's case records played in order against the cases as stored."""

    def __init__(self, cases: CaseRows) -> None:
        self.cases = cases
        self.new: set[str] = set()
        self.dirty: set[str] = set()
        self.changes: list[tuple[str, str, dict[str, Any], str | None]] = []
        self.supplied: list[tuple[str, str, str]] = []  # (hall, case id, case number) decided after a 补正

    def _changed(self, case: dict[str, Any]) -> None:
        if case["case_no"] not in self.new:
            self.dirty.add(case["case_no"])
        self.changes.append(("case_status", case["case_no"], case_change_data(case), case["hall_code"]))

    def intake(self, record: Mapping[str, Any], status: str) -> None:
        p = record["payload"]
        promised = p.get("promised_date") if isinstance(p.get("promised_date"), str) else None
        key = case_no_named(record["kind"], p)
        case_id = _text(p, "case_id")
        values = {
            "case_no": key,
            "case_id": case_id,
            "hall_code": record["hall_code"],
            "station_code": record["station_code"],
            "record_id": record["id"],
            "matter_code": p["matter_code"],
            "situation_code": _text(p, "situation_code"),
            "status": status,
            "status_note": "",
            "status_at": record["created_at"],
            "accepted_at": record["created_at"] if status == "accepted" else None,
            "promised_date": promised if promised and DATE.match(promised) else None,
            "with_gaps": bool(p.get("with_gaps", False)),
            "updated_at": utcnow(),
        }
        if case_id is not None and status != "supplement":
            self.supplied.append((record["hall_code"], case_id, str(key)))
        case = self.cases.get(values["case_no"])
        if case is None:
            self.cases[values["case_no"]] = values
            self.new.add(values["case_no"])
            self._changed(values)
            return
        if case["status"] not in REPLACEABLE_BY[status]:
            return
        case.update(values)
        self._changed(case)

    def event(self, record: Mapping[str, Any]) -> None:
        p = record["payload"]
        new_status = CASE_EVENT_STATUSES.get(p["event"])
        case = self.cases.get(p["case_no"])
        if new_status is None or case is None or case["status"] == new_status:
            return
        case.update(status=new_status, status_at=record["created_at"], updated_at=utcnow())
        case["status_note"] = str(p.get("note", ""))[:500]
        self._changed(case)

    def write(self, session: Session) -> None:
        table = table_of(Case)
        insert_ignore_many(session, Case, [self.cases[n] for n in sorted(self.new)])
        if self.dirty:
            statement = update(table).where(table.c.case_no == bindparam("b_case_no"))
            rows = []
            for case_no in sorted(self.dirty):
                row = {k: v for k, v in self.cases[case_no].items() if k != "case_no"}
                rows.append({"b_case_no": case_no, **row})
            session.execute(statement, rows)
        for hall_code, case_id, case_no in self.supplied:  # the notices these applications answered
            session.execute(update(table).where(table.c.hall_code == hall_code, table.c.case_id == case_id,
                                                table.c.status == "supplement", table.c.case_no != case_no)
                            .values(status="supplied", status_note=f"已补正，办件编号 {case_no}", updated_at=utcnow()))
        record_changes(session, self.changes)


def project_batch(session: Session, records: list[dict[str, Any]], cases: CaseRows) -> None:
    """Project the stored records of one batch, in their order.

    ``cases`` holds (at least) every stored case the batch's case records name, read after
    the change log lock was taken; it is updated in place.
    """
    replay = _CaseReplay(cases)
    ratings: list[dict[str, Any]] = []
    tickets: list[dict[str, Any]] = []
    for record in records:
        kind = record["kind"]
        if kind in CASE_KINDS:
            replay.intake(record, CASE_KINDS[kind])
        elif kind == "case.event":
            replay.event(record)
        elif kind == "rating" and record["payload"].get("level") is not None:
            ratings.append(_rating_row(record))  # 未评价 stays in the records, not in the ratings table
        elif kind == "ticket.taken":
            tickets.append(_ticket_row(record))
    replay.write(session)
    insert_ignore_many(session, Rating, ratings)
    insert_ignore_many(session, Ticket, tickets)


def _rating_row(record: Mapping[str, Any]) -> dict[str, Any]:
    p = record["payload"]
    return {
        "id": record["id"],
        "hall_code": record["hall_code"],
        "station_code": record["station_code"],
        "score": LEVEL_SCORES[p["level"]],
        "case_no": _text(p, "case_no"),
        "ticket_no": _text(p, "ticket_no"),
        "staff_no": _text(p, "clerk_staff_no"),
        "window_no": _text(p, "window_no"),
        "rated_at": record["created_at"],
        "rated_day": record["created_day"],
    }


def _ticket_row(record: Mapping[str, Any]) -> dict[str, Any]:
    p = record["payload"]
    return {
        "id": record["id"],
        "hall_code": record["hall_code"],
        "station_code": record["station_code"],
        "category": p["category_code"],
        "ticket_no": p["ticket_no"],
        "priority": p.get("lane") in ("priority", "appointment"),
        "taken_at": record["created_at"],
        "taken_day": record["created_day"],
    }
