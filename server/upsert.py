"""``INSERT … ON CONFLICT DO NOTHING`` for SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def table_of(model: type[Any]) -> Table:
    """The Core table of a mapped class (Core statements skip the ORM's per-row work)."""
    return cast(Table, model.__table__)


def _insert(session: Session, target: Any) -> Any:
    dialect = session.get_bind().dialect.name
    return postgresql.insert(target) if dialect == "postgresql" else sqlite.insert(target)


def insert_ignore(session: Session, model: Any, values: dict[str, Any]) -> bool:
    """Insert one row unless its key exists; True when this call inserted it."""
    statement = _insert(session, model).values(**values).on_conflict_do_nothing()
    result = session.execute(statement)
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def insert_ignore_many(session: Session, model: type[Any], rows: Sequence[dict[str, Any]], key: str | None = None) -> set[Any]:
    """Insert rows (one Core executemany, in the given order) unless their key exists.

    With ``key`` (a column name) the answer is the set of keys this call inserted (``RETURNING``);
    without, an empty set.
    """
    if not rows:
        return set()
    table = table_of(model)
    statement = _insert(session, table).on_conflict_do_nothing()
    if key is None:
        session.execute(statement, list(rows))
        return set()
    return set(session.scalars(statement.returning(table.c[key]), list(rows)))
