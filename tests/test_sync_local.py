"""Sync pieces that need no server: backups and restore, the offline verifier format,
Retry-After, quarantine permissions and the status texts."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.__main__ import main as yichuang
from app.auth import verify_password
from app.clock import FixedClock
from app.errors import PermissionDenied
from app.station import Station, StationOptions
from app.store import StoreCorrupt
from app.sync import backup
from app.sync.client import parse_retry_after
from app.sync.engine import SyncState
from app.sync.pull import local_offline_hash
from app.sync.quarantine import QuarantineService


def _rating(station: Station, n: int) -> str:
    with station.store.unit_of_work("S001") as uow:
        return uow.emit("rating", {"score": 5, "n": n, "station_code": station.station_code})


def test_daily_backup_once_a_day_and_pruned(station: Station, clock: FixedClock) -> None:
    _rating(station, 1)
    first = backup.backup_if_due(station.data_dir, 3, clock.now())
    assert first is not None and first.exists()
    assert backup.backup_if_due(station.data_dir, 3, clock.now()) is None  # today's exists
    for _ in range(5):
        clock.advance(days=1)
        assert backup.backup_if_due(station.data_dir, 3, clock.now()) is not None
    kept = backup.backups(station.data_dir / backup.BACKUP_DIR)
    assert len(kept) == 4 and first not in [p for _, p in kept]


def test_restore_latest_after_corruption(tmp_path: Path, clock: FixedClock) -> None:
    data_dir = tmp_path / "st"
    station = Station.open(StationOptions(data_dir=data_dir, demo=True), clock=clock)
    kept = _rating(station, 1)
    backup.backup_now(data_dir / backup.DB_NAME, data_dir / backup.BACKUP_DIR, clock.now().replace(tzinfo=None))
    station.close()
    db = data_dir / backup.DB_NAME
    with db.open("r+b") as fh:  # wreck pages in the middle of the file
        fh.seek(4096)
        fh.write(os.urandom(8192))
    with pytest.raises(StoreCorrupt):
        Station.open(StationOptions(data_dir=data_dir), clock=clock)
    assert yichuang(["restore", "--latest", "--data-dir", str(data_dir)]) == 0
    assert any(p.name.startswith("station.sqlite3.damaged-") for p in data_dir.iterdir())
    station = Station.open(StationOptions(data_dir=data_dir), clock=clock)
    assert station.store.query_one("SELECT 1 FROM outbox WHERE id = ?", (kept,)) is not None
    assert station.store.verify_audit_chain() is None
    station.close()


def test_restore_skips_a_damaged_backup_and_refuses_when_none_is_good(tmp_path: Path, clock: FixedClock) -> None:
    data_dir = tmp_path / "st"
    station = Station.open(StationOptions(data_dir=data_dir, demo=True), clock=clock)
    good = backup.backup_now(data_dir / backup.DB_NAME, data_dir / backup.BACKUP_DIR, datetime(2026, 11, 20, 18))
    station.close()
    bad = data_dir / backup.BACKUP_DIR / "station-20261122-180000.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    assert backup.restore(data_dir, None, datetime(2026, 11, 23)) == good
    good.unlink()
    with pytest.raises(backup.RestoreError):
        backup.restore(data_dir, None, datetime(2026, 11, 23))
    assert yichuang(["backup", "--data-dir", str(data_dir)]) == 0


def test_server_offline_verifier_logs_in_with_app_auth() -> None:
    from app.protocol import offline_password_digest

    salt = os.urandom(16).hex()
    sent = {"algorithm": "scrypt", "n": 2**14, "r": 8, "p": 1, "dklen": 32, "salt": salt,
            "hash": offline_password_digest("correct-horse-1", salt, 2**14, 8, 1, 32)}  # as the server sends it
    local = local_offline_hash(sent)
    assert local is not None
    assert verify_password("correct-horse-1", local)
    assert not verify_password("wrong-horse-1", local)
    assert local_offline_hash({"algorithm": "bcrypt"}) is None


def test_retry_after_seconds_and_dates() -> None:
    assert parse_retry_after("120") == 120
    now = datetime(2026, 11, 23, 8, 0).timestamp()
    assert parse_retry_after("Mon, 23 Nov 2026 08:01:00 GMT", now=now) == pytest.approx(60, abs=1)
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_quarantine_is_for_supervisors(clerk_station: Station) -> None:
    with pytest.raises(PermissionDenied):
        QuarantineService(clerk_station).records()


def test_quarantine_lists_without_personal_data_and_resends(supervisor_station: Station) -> None:
    station = supervisor_station
    with station.store.unit_of_work("S001") as uow:
        rid = uow.emit("case.accepted", {"case_no": "X-1", "applicant": {"name": "欧阳晓明"}})
    with station.store.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'quarantined', last_error = 'invalid: payload 缺少字段：matter_code'"
                     " WHERE id = ?", (rid,))
    service = QuarantineService(station)
    (record,) = service.records()
    shown = f"{record.kind_label} {record.created_at} {record.reason_label}"
    assert "欧阳" not in shown and record.kind_label == "受理" and "matter_code" in record.reason_label
    assert service.resend([rid]) == 1
    assert [r["state"] for r in station.store.query("SELECT state FROM outbox WHERE id = ?", (rid,))] == ["pending"]
    audit = station.store.query("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert audit[0]["action"] == "sync.resend"


def test_clock_skew_text() -> None:
    assert SyncState(clock_skew_seconds=200).skew_text == ""
    fast = SyncState(clock_skew_seconds=timedelta(days=1).total_seconds())
    assert fast.clock_off and "快 1440 分钟" in fast.skew_text
    assert "慢" in SyncState(clock_skew_seconds=-400).skew_text
