"""Daily backup of the station database and ``yichuang restore``.

Backups are made with SQLite's online backup API (a consistent copy while the station
keeps writing) into ``data_dir/backups/station-YYYYMMDD-HHMMSS.sqlite3``; backups older
than the configured number of days are removed (the newest is always kept).

Restore puts a backup that passes ``PRAGMA integrity_check`` in place of the station
database; the damaged file is kept beside it (``.damaged-<time>``), never deleted.
Records made after the backup and already sent are safe on the server; the outbox of
the restored copy sends again what was pending then (the server stores each id once).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

DB_NAME = "station.sqlite3"
BACKUP_DIR = "backups"
DEFAULT_KEEP_DAYS = 14
_NAME = re.compile(r"^station-(\d{8})-(\d{6})\.sqlite3$")


class RestoreError(Exception):
    """Nothing was changed; the message (Chinese) says why."""


def backups(backup_dir: Path) -> list[tuple[datetime, Path]]:
    """Backups in the folder, oldest first."""
    found = []
    if backup_dir.is_dir():
        for path in backup_dir.iterdir():
            m = _NAME.match(path.name)
            if m:
                found.append((datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S"), path))
    return sorted(found)


def backup_now(db_path: Path, backup_dir: Path, now: datetime) -> Path:
    """A consistent copy of the live database (other connections may keep writing)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"station-{now:%Y%m%d-%H%M%S}.sqlite3"
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(db_path, timeout=30.0)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    partial.replace(target)
    return target


def prune(backup_dir: Path, keep_days: int, now: datetime) -> list[Path]:
    existing = backups(backup_dir)
    limit = now.replace(tzinfo=None) - timedelta(days=keep_days)
    removed = [p for when, p in existing[:-1] if when < limit]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_if_due(data_dir: Path, keep_days: int, now: datetime) -> Path | None:
    """Back up once per calendar day; returns the new backup, or None when today's exists."""
    backup_dir = data_dir / BACKUP_DIR
    today = now.replace(tzinfo=None).date()
    if any(when.date() == today for when, _ in backups(backup_dir)):
        return None
    made = backup_now(data_dir / DB_NAME, backup_dir, now.replace(tzinfo=None))
    prune(backup_dir, keep_days, now)
    return made


def check_file(path: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise RestoreError(f"备份文件 {path.name} 无法读取（{exc}），未恢复。") from exc
    if result != "ok":
        raise RestoreError(f"备份文件 {path.name} 未通过完整性检查（{result}），未恢复。")


def restore(data_dir: Path, source: Path | None, now: datetime) -> Path:
    """Put ``source`` (default: the newest good backup) in place; returns the file used."""
    candidates = [source] if source is not None else [p for _, p in reversed(backups(data_dir / BACKUP_DIR))]
    if not candidates:
        raise RestoreError(f"{data_dir / BACKUP_DIR} 中没有备份，无法恢复。")
    problems = []
    for candidate in candidates:
        if not candidate.is_file():
            raise RestoreError(f"找不到备份文件 {candidate}。")
        try:
            check_file(candidate)
        except RestoreError as exc:
            problems.append(str(exc))
            continue
        _swap_in(data_dir / DB_NAME, candidate, now)
        return candidate
    raise RestoreError("没有可用的备份：\n" + "\n".join(problems))


def _swap_in(db_path: Path, backup: Path, now: datetime) -> None:
    stamp = f"{now:%Y%m%d-%H%M%S}"
    for suffix in ("", "-wal", "-shm"):
        current = db_path.with_name(db_path.name + suffix)
        if current.exists():
            current.replace(current.with_name(f"{current.name}.damaged-{stamp}"))
    partial = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, partial)
    partial.replace(db_path)


# -- command line: yichuang backup / yichuang restore --------------------------------
def _data_dir(value: Path | None) -> Path:
    from app.paths import data_dir

    return value or data_dir()


def backup_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="yichuang backup", description="立即备份本工作站数据库")
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args(argv)
    directory = _data_dir(args.data_dir)
    if not (directory / DB_NAME).exists():
        print(f"找不到工作站数据库 {directory / DB_NAME}。")
        return 2
    print(backup_now(directory / DB_NAME, directory / BACKUP_DIR, datetime.now()))
    return 0


def restore_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="yichuang restore", description="从备份恢复本工作站数据库")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--latest", action="store_true", help="最近一份完好的备份")
    which.add_argument("file", nargs="?", type=Path, help="指定的备份文件")
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args(argv)
    directory = _data_dir(args.data_dir)
    try:
        used = restore(directory, None if args.latest else args.file, datetime.now())
    except RestoreError as exc:
        print(str(exc))
        return 2
    print(f"已从 {used} 恢复。原数据库已改名保留在 {directory}。请重新启动一窗通。")
    return 0
