"""The global change log stations pull from (``GET /api/v1/sync/pull``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from server.db import advisory_xact_lock
from server.models import Change, User
from server.upsert import table_of

CHANGE_KINDS = ("case_status", "catalog", "calendar", "user", "appointment")


def lock_change_log(session: Session) -> None:
    """Take the change log's turn (PostgreSQL) before any row lock the transaction needs,
    so a writer never holds a row another writer waits for while queueing for the log."""
    advisory_xact_lock(session, "changes")


def record_change(session: Session, kind: str, key: str, data: dict[str, Any], hall_code: str | None) -> Change:
    """Append a change in the caller's transaction (``hall_code=None``: every hall)."""
    assert kind in CHANGE_KINDS, kind
    lock_change_log(session)
    change = Change(hall_code=hall_code, kind=kind, key=key, data=data)
    session.add(change)
    session.flush()
    return change


def record_changes(session: Session, entries: list[tuple[str, str, dict[str, Any], str | None]]) -> None:
    """Append ``(kind, key, data, hall_code)`` changes in this order, in one statement."""
    if not entries:
        return
    lock_change_log(session)
    for kind, *_ in entries:
        assert kind in CHANGE_KINDS, kind
    rows = [{"hall_code": hall, "kind": kind, "key": key, "data": data} for kind, key, data, hall in entries]
    session.execute(insert(table_of(Change)), rows)


def changes_after(session: Session, hall_code: str, cursor: int, limit: int) -> tuple[list[Change], bool]:
    """Changes for one hall after ``cursor``, oldest first, and whether more follow."""
    rows = session.scalars(
        select(Change)
        .where(Change.seq > cursor, or_(Change.hall_code == hall_code, Change.hall_code.is_(None)))
        .order_by(Change.seq)
        .limit(limit + 1)
    ).all()
    return list(rows[:limit]), len(rows) > limit


def user_change_data(user: User) -> dict[str, Any]:
    return {
        "staff_no": user.staff_no,
        "name": user.name,
        "role": user.role,
        "active": user.active,
        "offline_hash": user.offline_hash,
    }
