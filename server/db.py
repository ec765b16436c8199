"""Engine, sessions, migrations and the few dialect-specific locks the server needs.

SQLite: WAL, ``synchronous=FULL`` and every transaction starts with ``BEGIN IMMEDIATE`` so
that writers queue on the busy timeout instead of failing when a read lock would have to be
upgraded; that same lock makes queue calls single-winner. PostgreSQL: row locks
(``FOR UPDATE [SKIP LOCKED]``) and transaction advisory locks where order matters.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000


def default_database_url() -> str:
    data_dir = Path(platformdirs.user_data_dir("yichuang-server", appauthor=False))
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / 'server.sqlite3'}"


def is_sqlite(engine_or_session: Engine | Session) -> bool:
    bind = engine_or_session.get_bind() if isinstance(engine_or_session, Session) else engine_or_session
    return bind.dialect.name == "sqlite"


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        return _make_sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def _make_sqlite_engine(url: str) -> Engine:
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        pool_size=20,
        max_overflow=20,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy (not the sqlite3 module) decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


def make_read_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for read-only requests: on SQLite they take no write lock."""
    bind = engine.execution_options(sqlite_begin="DEFERRED") if is_sqlite(engine) else engine
    return sessionmaker(bind=bind, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error."""
    session = factory()
    try:
        with session.begin():
            yield session
    finally:
        session.close()


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything the server stores is UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def advisory_xact_lock(session: Session, name: str) -> None:
    """Serialise writers of an ordered log (changes, queue events) on PostgreSQL.

    Sequence numbers are handed out in commit order only if the writers take turns, so a
    reader that remembers the last seq it saw never skips a row committed later with a
    smaller one. SQLite's single writer already gives that.
    """
    if is_postgresql(session):
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": zlib.crc32(name.encode())})


def run_migrations(url: str) -> None:
    """Bring the database to the newest schema (``alembic upgrade head``)."""
    from alembic import command
    from alembic.config import Config

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                # Several server processes may start at once.
                connection.execute(text("SELECT pg_advisory_lock(7001)"))
                connection.commit()
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_unlock(7001)"))
                connection.commit()
    finally:
        engine.dispose()


class Database:
    """The engine and the two kinds of transaction the server uses."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._write = make_session_factory(self.engine)
        self._read = make_read_session_factory(self.engine)

    def write(self) -> Any:
        """A read-write transaction (context manager yielding a Session)."""
        return session_scope(self._write)

    def read(self) -> Any:
        """A read-only transaction; on SQLite it does not queue behind writers."""
        return session_scope(self._read)

    def dispose(self) -> None:
        self.engine.dispose()
