"""The local store: pragmas, migrations from every earlier version, unit of work atomicity,
the append-only hash-chained audit log and the encrypted outbox."""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path

import pytest

from app.crypto import FieldCipher
from app.store import LATEST_VERSION, Store, StoreCorrupt, migrate, migrations
from app.store.db import connect, schema_version


def cipher() -> FieldCipher:
    return FieldCipher(b"k" * 32)


def test_pragmas(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3", cipher())
    assert store.query_one("PRAGMA journal_mode")[0] == "wal"
    assert store.query_one("PRAGMA synchronous")[0] == 2  # FULL
    assert store.query_one("PRAGMA foreign_keys")[0] == 1
    assert schema_version(store.conn) == LATEST_VERSION


@pytest.mark.parametrize("start", [0, *(n for n, _ in migrations())])
def test_migrates_from_every_earlier_version(tmp_path: Path, start: int) -> None:
    path = tmp_path / "old.sqlite3"
    conn = connect(path)
    migrate(conn, path, target=start)
    assert schema_version(conn) == start
    if start >= 1:
        conn.execute("INSERT INTO station_meta (key, value) VALUES ('station_code', 'OLD01')")
    conn.close()
    store = Store(path, cipher())
    assert schema_version(store.conn) == LATEST_VERSION
    assert store.query_one("PRAGMA integrity_check")[0] == "ok"
    if start >= 1:
        assert store.station_code == "OLD01"
        if start < LATEST_VERSION:  # a backup was taken before migrating data
            assert list(tmp_path.glob("old.before-v*.sqlite3"))


def test_migration_numbers_are_ordered_and_unique() -> None:
    numbers = [n for n, _ in migrations()]
    assert numbers[0] == 1 and numbers == sorted(set(numbers)) and numbers[-1] == LATEST_VERSION


def test_unit_of_work_writes_record_audit_and_outbox_together(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3", cipher())
    with store.unit_of_work("S001") as uow:
        uow.execute("INSERT INTO station_meta (key, value) VALUES ('x', '1')")
        rid = uow.emit("audit.event", {"event": "test", "name": "张三"})
    assert store.meta("x") == "1"
    audit = store.query_one("SELECT * FROM audit_log WHERE record_id = ?", (rid,))
    out = store.query_one("SELECT * FROM outbox WHERE id = ?", (rid,))
    assert audit is not None and out is not None
    assert out["audit_seq"] == audit["seq"]
    assert store.outbox_payload(out["payload"]) == {"event": "test", "name": "张三"}
    assert store.pending_count() == 1


def test_exception_in_unit_of_work_leaves_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3", cipher())
    with pytest.raises(RuntimeError), store.unit_of_work("S001") as uow:
        uow.execute("INSERT INTO station_meta (key, value) VALUES ('x', '1')")
        uow.emit("audit.event", {"event": "test"})
        raise RuntimeError("crash in the middle")
    assert store.meta("x") is None
    assert store.query_one("SELECT COUNT(*) FROM audit_log")[0] == 0
    assert store.query_one("SELECT COUNT(*) FROM outbox")[0] == 0
    # and the store still works afterwards
    with store.unit_of_work("S001") as uow:
        uow.emit("audit.event", {"event": "after"})
    assert store.pending_count() == 1


def test_audit_log_is_append_only_and_chained(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3", cipher())
    for i in range(5):
        with store.unit_of_work("S001") as uow:
            uow.emit("audit.event", {"i": i})
    assert store.verify_audit_chain() is None
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("UPDATE audit_log SET actor = 'X' WHERE seq = 2")
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("DELETE FROM audit_log WHERE seq = 5")
    # Tampering behind the triggers' back is caught by the chain.
    store.conn.execute("DROP TRIGGER audit_log_no_update")
    store.conn.execute("UPDATE audit_log SET actor = 'X' WHERE seq = 3")
    assert store.verify_audit_chain() == 3


def test_outbox_payload_is_encrypted_at_rest(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = Store(path, cipher())
    with store.unit_of_work("S001") as uow:
        uow.emit("audit.event", {"id_number": "11010519491231002X", "name": "张三丰"})
    store.close()
    raw = path.read_bytes() + (path.with_name(path.name + "-wal").read_bytes()
                               if path.with_name(path.name + "-wal").exists() else b"")
    assert b"11010519491231002X" not in raw
    assert "张三丰".encode() not in raw


def test_corrupt_database_refuses_to_open(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    Store(path, cipher()).close()
    data = bytearray(path.read_bytes())
    data[:100] = b"\x00" * 100  # destroy the header
    path.write_bytes(bytes(data))
    with pytest.raises((StoreCorrupt, sqlite3.DatabaseError)):
        Store(path, cipher())


def test_field_cipher_round_trip_and_blind_index() -> None:
    c = cipher()
    sealed = c.encrypt("11010519491231002X")
    assert sealed and sealed != "11010519491231002X" and sealed.startswith("e1:")
    assert c.decrypt(sealed) == "11010519491231002X"
    assert c.encrypt("x") != c.encrypt("x")  # random nonce
    assert c.blind_index("11010519491231002x") == c.blind_index("11010519491231002X")
    other = FieldCipher(base64.b64decode(base64.b64encode(b"z" * 32)))
    assert other.blind_index("a") != c.blind_index("a")
