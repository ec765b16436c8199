"""The station's local store: one SQLite file, WAL, ``synchronous=FULL``, foreign keys on.

Every business action is ONE :class:`UnitOfWork`: the business rows, their audit
entry (append-only, hash-chained) and the outbox row that will carry them to the
server are committed together or not at all.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app import protocol
from app.clock import Clock, SystemClock, iso
from app.crypto import FieldCipher
from app.ids import new_id

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class StoreCorrupt(Exception):
    """The database file failed its integrity check; the station must not start on it."""


def migrations() -> list[tuple[int, Path]]:
    """The numbered migration scripts, in order."""
    found = []
    for path in MIGRATIONS_DIR.iterdir():
        m = _MIGRATION_NAME.match(path.name)
        if m:
            found.append((int(m.group(1)), path))
    found.sort()
    numbers = [n for n, _ in found]
    if len(set(numbers)) != len(numbers) or (numbers and numbers[0] != 1):
        raise RuntimeError(f"migration numbers must start at 1 and be unique, found {numbers}")
    return found


LATEST_VERSION = migrations()[-1][0]


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, db_path: Path | None = None, target: int | None = None) -> int:
    """Bring the schema to ``target`` (default: latest); back up first when data exists."""
    current = schema_version(conn)
    target = LATEST_VERSION if target is None else target
    pending = [(n, p) for n, p in migrations() if current < n <= target]
    if not pending:
        return current
    if current > 0 and db_path is not None:
        backup = db_path.with_name(f"{db_path.stem}.before-v{pending[0][0]:04d}.sqlite3")
        if not backup.exists():
            conn.execute("VACUUM INTO ?", (str(backup),))
    for number, script in pending:
        sql = script.read_text("utf-8")
        # executescript commits first; wrap each migration in its own transaction.
        conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        log.info("store migrated to schema %d (%s)", number, script.name)
    return schema_version(conn)


class UnitOfWork:
    """One business action: rows, audit entry and outbox row in one transaction."""

    def __init__(self, store: Store, actor: str) -> None:
        self.store = store
        self.actor = actor
        self.conn = store.conn
        self.emitted: list[str] = []

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def emit(self, kind: str, payload: dict[str, Any], *, action: str | None = None,
             record_id: str | None = None) -> str:
        """Record an event for the audit log and the server; returns its record id."""
        if kind not in protocol.RECORD_KINDS:
            raise ValueError(f"unknown record kind {kind!r}")
        record_id = record_id or new_id()
        at = iso(self.store.clock.now())
        digest = protocol.payload_digest(payload)
        action = action or kind
        prev = self.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq = (prev["seq"] + 1) if prev else 1
        prev_hash = prev["hash"] if prev else ""
        body = protocol.audit_entry_body(record_id, at, self.actor, action, digest)
        entry_hash = protocol.audit_hash(prev_hash, seq, body)
        self.conn.execute(
            "INSERT INTO audit_log (seq, at, actor, action, record_id, payload_sha256, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, self.actor, action, record_id, digest, prev_hash, entry_hash),
        )
        sealed = self.store.cipher.encrypt_bytes(protocol.canonical_json(payload))
        self.conn.execute(
            "INSERT INTO outbox (id, kind, created_at, catalog_version, payload, payload_sha256, audit_seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (record_id, kind, at, self.store.catalog_version, sealed, digest, seq),
        )
        self.emitted.append(record_id)
        return record_id


class Store:
    """The open local store of one station."""

    def __init__(self, path: Path, cipher: FieldCipher, *, clock: Clock | None = None,
                 check_integrity: bool = True) -> None:
        self.path = path
        self.cipher = cipher
        self.clock: Clock = clock or SystemClock()
        self._write_lock = threading.RLock()
        existed = path.exists() and path.stat().st_size > 0
        self.conn = connect(path)
        if existed and check_integrity:
            self._check_integrity()
        migrate(self.conn, path)

    def _check_integrity(self) -> None:
        try:
            result = self.conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreCorrupt(str(exc)) from exc
        if result != "ok":
            raise StoreCorrupt(result)

    def close(self) -> None:
        self.conn.close()

    # -- station facts -------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM station_meta WHERE key = ?", (key,)).fetchone()
        return row["value"] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self._write_lock:
            self.conn.execute(
                "INSERT INTO station_meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def station_code(self) -> str:
        return self.meta("station_code", "") or ""

    @property
    def catalog_version(self) -> str:
        return self.meta("catalog_version", "") or ""

    # -- reading and writing -------------------------------------------
    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
        return row

    @contextmanager
    def unit_of_work(self, actor: str) -> Iterator[UnitOfWork]:
        """``with store.unit_of_work(actor) as uow:`` – all or nothing."""
        with self._write_lock:
            self.conn.execute("BEGIN IMMEDIATE")
            uow = UnitOfWork(self, actor)
            try:
                yield uow
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A plain transaction for rows that are not business events (cache, settings)."""
        with self._write_lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    # -- outbox ---------------------------------------------------------
    def pending_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM outbox WHERE state = 'pending'").fetchone()[0])

    def outbox_payload(self, sealed: bytes) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.cipher.decrypt_bytes(sealed))
        return data

    def verify_audit_chain(self) -> int | None:
        """The seq of the first broken audit entry, or None when the chain is whole."""
        prev_hash = ""
        expected = 1
        for row in self.conn.execute("SELECT * FROM audit_log ORDER BY seq"):
            body = protocol.audit_entry_body(row["record_id"], row["at"], row["actor"], row["action"],
                                             row["payload_sha256"])
            if (row["seq"] != expected or row["prev_hash"] != prev_hash
                    or protocol.audit_hash(prev_hash, row["seq"], body) != row["hash"]):
                return int(row["seq"])
            prev_hash = row["hash"]
            expected += 1
        return None
