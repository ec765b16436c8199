"""Pull: the server's changes after this station's cursor, applied in order.

The cursor (``station_meta`` ``sync_cursor``) is the server's ``seq`` of the last change
applied; ``sync_cursor_covers`` says which server it belongs to and when it was taken.
A change and the cursor move in one local transaction, so a crash re-applies at most
the change in flight, and every applier is idempotent.

Records with unsent local changes are never overwritten: a case status for a case whose
own events are still in the outbox is parked in ``sync_deferred`` and applied after the
next push (the newest change per key wins).
"""

from __future__ import annotations

import base64
import json
import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from app.auth import ROLES
from app.catalog.loader import CatalogError
from app.catalog.repository import install_catalog
from app.clock import iso
from app.i18n import N_, Text
from app.protocol import CASE_STATUSES
from app.store import Store
from app.sync.client import Offline, SyncClient

log = logging.getLogger(__name__)

PAGE = 500
CURSOR_KEY = "sync_cursor"
COVERS_KEY = "sync_cursor_covers"
CASE_KINDS = ("case.accepted", "case.refused", "case.event", "intake.supplement")
SERVER_ACTOR = "server"
SERVER_NAME = "中心服务器"  # i18n: data (stored as the actor of a case event)
# Statuses the server owns after acceptance; a station-made status is never replaced by these.
SERVER_STATUSES = frozenset({"in_review", "approved", "rejected", "ready", "delivered", "voided"})
FINAL_LOCAL = frozenset({"delivered", "voided"})


@dataclass
class PullReport:
    applied: int = 0
    deferred: int = 0
    changed: set[str] = field(default_factory=set)  # what the UI must refresh (station.notify names)
    errors: list[Text] = field(default_factory=list)  # stored as .chinese(), shown as str()


def local_offline_hash(data: Any) -> str | None:
    """The server's offline verifier in app.auth's ``scrypt$n$r$p$salt$hash`` (base64) form."""
    if not isinstance(data, dict) or data.get("algorithm") != "scrypt":
        return None
    try:
        salt = base64.b64encode(bytes.fromhex(str(data["salt"]))).decode()
        digest = base64.b64encode(bytes.fromhex(str(data["hash"]))).decode()
        return f"scrypt${int(data['n'])}${int(data['r'])}${int(data['p'])}${salt}${digest}"
    except (KeyError, ValueError, TypeError):
        return None


class Puller:
    def __init__(self, store: Store, client: SyncClient, *, offline_login_days: int = 7) -> None:
        self.store = store
        self.client = client
        self.offline_login_days = offline_login_days
        self._pending_cases: set[str] | None = None

    @property
    def cursor(self) -> int:
        return int(self.store.meta(CURSOR_KEY, "0") or 0)

    def pull_all(self) -> PullReport:
        report = PullReport()
        self._pending_cases = None
        self._apply_deferred(report)
        while True:
            answer = self.client.call("GET", "/sync/pull", params={"cursor": self.cursor, "limit": PAGE},
                                      required=("protocol", "cursor", "more", "changes"))
            changes = answer.body["changes"]
            if not isinstance(changes, list):
                raise Offline(N_("服务器的应答格式不正确，稍后重试"))
            for change in changes:
                self._apply_change(change, report)
            if not answer.body["more"] or not changes:
                self._set_cursor(int(answer.body["cursor"]) if not changes else self.cursor)
                return report

    # -- one change --------------------------------------------------------------
    def _apply_change(self, change: Any, report: PullReport) -> None:
        if not isinstance(change, dict) or not isinstance(change.get("seq"), int):
            raise Offline(N_("服务器的变更记录格式不正确，稍后重试"))
        kind, data, seq = change.get("kind"), change.get("data"), int(change["seq"])
        if not isinstance(data, dict):
            data = {}
        if kind == "catalog":
            self._catalog(data, report)  # fetched over the network first, then installed
            self._set_cursor(seq)
            return
        with self.store.transaction() as conn:
            if kind == "user":
                self._user(conn, data, report)
            elif kind == "calendar":
                self._calendar(conn, data, report)
            elif kind == "appointment":
                self._appointment(conn, data, report)
            elif kind == "case_status":
                self._case_status(conn, seq, data, report)
            else:
                log.info("ignoring unknown change kind %r", kind)
            _write_cursor(conn, seq)
        report.applied += 1

    def _set_cursor(self, seq: int) -> None:
        with self.store.transaction() as conn:
            _write_cursor(conn, seq)
            covers = {"server": self.client.base_url, "at": iso(self.store.clock.now()), "seq": seq}
            conn.execute("INSERT INTO station_meta (key, value) VALUES (?, ?) ON CONFLICT(key)"
                         " DO UPDATE SET value = excluded.value", (COVERS_KEY, json.dumps(covers)))

    # -- catalog -------------------------------------------------------------------
    def _catalog(self, data: dict[str, Any], report: PullReport) -> None:
        version, digest = str(data.get("version", "")), str(data.get("digest", ""))
        if not version:
            return
        row = self.store.query_one("SELECT digest, active FROM catalog_versions WHERE version = ?", (version,))
        if row is not None and row["digest"] == digest:
            if not row["active"]:
                self._activate(version)
                report.changed.add("catalog")
            return
        extra = {"If-None-Match": f'"{row["digest"]}"'} if row is not None else {}
        answer = self.client.call("GET", f"/catalog/{version}", expect_json=False, extra_headers=extra,
                                  ok=(200, 304))
        if answer.status == 304:
            return
        try:
            install_catalog(self.store, answer.raw, source=f"server:{self.client.base_url}")
        except CatalogError as exc:
            # the good catalog stays active; the problem is reported, never silently dropped
            report.errors.append(Text("事项目录 {version} 未能导入：{problems}", version=version,
                                      problems="；".join(str(p) for p in exc.problems[:3])))  # i18n: data (separator)
            log.warning("catalog %s refused: %s", version, exc)
            return
        report.changed.add("catalog")

    def _activate(self, version: str) -> None:
        with self.store.transaction() as conn:
            conn.execute("UPDATE catalog_versions SET active = 0 WHERE active = 1")
            conn.execute("UPDATE catalog_versions SET active = 1 WHERE version = ?", (version,))
            conn.execute("INSERT INTO station_meta (key, value) VALUES ('catalog_version', ?)"
                         " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (version,))

    # -- users (offline login) -------------------------------------------------------
    def _user(self, conn: sqlite3.Connection, data: dict[str, Any], report: PullReport) -> None:
        staff_no, role = str(data.get("staff_no", "")), str(data.get("role", ""))
        if not staff_no or role not in ROLES:
            return
        if not data.get("active", True):
            conn.execute("UPDATE users SET offline_hash = NULL, offline_until = NULL WHERE staff_no = ?", (staff_no,))
            report.changed.add("users")
            return
        offline_hash = local_offline_hash(data.get("offline_hash"))
        until = iso(self.store.clock.now() + timedelta(days=self.offline_login_days))
        conn.execute(
            "INSERT INTO users (staff_no, name, role, window_no, offline_hash, offline_until, source)"
            " VALUES (?, ?, ?, '', ?, ?, 'server') ON CONFLICT(staff_no) DO UPDATE SET name = excluded.name,"
            " role = excluded.role, offline_hash = COALESCE(excluded.offline_hash, users.offline_hash),"
            " offline_until = excluded.offline_until, source = 'server'",
            (staff_no, str(data.get("name", staff_no)), role, offline_hash, until))
        report.changed.add("users")

    # -- working-day calendar ----------------------------------------------------------
    def _calendar(self, conn: sqlite3.Connection, data: dict[str, Any], report: PullReport) -> None:
        year, days = data.get("year"), data.get("days")
        if not isinstance(year, int) or not isinstance(days, list):
            return
        conn.execute("DELETE FROM calendar_days WHERE day LIKE ?", (f"{year:04d}-%",))
        for d in days:
            if isinstance(d, dict) and str(d.get("date", "")).startswith(f"{year:04d}-"):
                conn.execute("INSERT OR REPLACE INTO calendar_days (day, working, name) VALUES (?, ?, ?)",
                             (d["date"], int(bool(d.get("working"))), str(d.get("note", ""))))
        row = conn.execute("SELECT value FROM station_meta WHERE key = 'calendar_complete_years'").fetchone()
        years = {int(y) for y in (row["value"] if row else "").split(",") if y.strip()}
        years.add(year)
        conn.execute("INSERT INTO station_meta (key, value) VALUES ('calendar_complete_years', ?)"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (",".join(str(y) for y in sorted(years)),))
        report.changed.add("calendar")

    # -- appointments (the queue's table, 0003_queue.sql) ------------------------------
    def _appointment(self, conn: sqlite3.Connection, data: dict[str, Any], report: PullReport) -> None:
        appt_id = str(data.get("id", ""))
        if not appt_id or not data.get("date") or not data.get("start") or not data.get("end"):
            return
        day = str(data["date"])
        start, end = f"{day}T{data['start']}:00.000+08:00", f"{day}T{data['end']}:00.000+08:00"
        state = "cancelled" if data.get("status") == "cancelled" else "booked"
        holder = self.store.cipher.encrypt(str(data.get("applicant_masked", ""))) or ""
        code = str(data.get("code") or appt_id)
        taken = conn.execute("SELECT id FROM appointments WHERE code = ? AND id != ?", (code, appt_id)).fetchone()
        if taken is not None:
            report.errors.append(Text("预约 {appt_id} 的预约码与本机已有预约重复，未导入", appt_id=appt_id))
            return
        conn.execute(
            "INSERT INTO appointments (id, code, category_code, day, slot_start, slot_end, holder_name, state,"
            " source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'server', ?) ON CONFLICT(id) DO UPDATE SET"
            " category_code = excluded.category_code, day = excluded.day, slot_start = excluded.slot_start,"
            " slot_end = excluded.slot_end, holder_name = excluded.holder_name,"
            " state = CASE WHEN appointments.state = 'checked_in' THEN 'checked_in' ELSE excluded.state END",
            (appt_id, code, str(data.get("category", "")), day, start, end, holder, state,
             iso(self.store.clock.now())))
        report.changed.add("queue")

    # -- case status (the intake table, 0004_intake.sql) -----------------------------------
    def _case_status(self, conn: sqlite3.Connection, seq: int, data: dict[str, Any], report: PullReport) -> None:
        case_no, status = str(data.get("case_no", "")), str(data.get("status", ""))
        if not case_no or status not in SERVER_STATUSES:
            return
        if case_no in self.pending_cases():
            conn.execute("INSERT INTO sync_deferred (kind, key, seq, data) VALUES ('case_status', ?, ?, ?)"
                         " ON CONFLICT(kind, key) DO UPDATE SET seq = excluded.seq, data = excluded.data"
                         " WHERE excluded.seq > sync_deferred.seq", (case_no, seq, json.dumps(data)))
            report.deferred += 1
            return
        if apply_case_status(self.store, conn, case_no, status, str(data.get("note") or "")):
            report.changed.add("cases")

    def pending_cases(self) -> set[str]:
        """Case numbers with events still waiting in the outbox (decrypted once per pull)."""
        if self._pending_cases is None:
            found: set[str] = set()
            marks = ",".join("?" * len(CASE_KINDS))
            for row in self.store.query(f"SELECT payload FROM outbox WHERE state = 'pending' AND kind IN ({marks})",
                                        CASE_KINDS):
                case_no = self.store.outbox_payload(bytes(row["payload"])).get("case_no")
                if isinstance(case_no, str):
                    found.add(case_no)
            self._pending_cases = found
        return self._pending_cases

    def _apply_deferred(self, report: PullReport) -> None:
        rows = self.store.query("SELECT kind, key, seq, data FROM sync_deferred ORDER BY seq")
        for row in rows:
            if row["key"] in self.pending_cases():
                report.deferred += 1
                continue
            data = json.loads(row["data"])
            with self.store.transaction() as conn:
                if apply_case_status(self.store, conn, row["key"], str(data.get("status", "")),
                                     str(data.get("note") or "")):
                    report.changed.add("cases")
                conn.execute("DELETE FROM sync_deferred WHERE kind = ? AND key = ?", (row["kind"], row["key"]))


def apply_case_status(store: Store, conn: sqlite3.Connection, case_no: str, status: str, note: str) -> bool:
    """Set a local case's status from the server and add the step to its timeline."""
    from app.ids import new_id

    row = conn.execute("SELECT id, status FROM cases WHERE case_no = ?", (case_no,)).fetchone()
    if row is None or row["status"] == status or status not in SERVER_STATUSES:
        return False
    if row["status"] in FINAL_LOCAL:
        return False  # delivered / voided here: the station's own event is newer
    now = iso(store.clock.now())
    conn.execute("UPDATE cases SET status = ?, status_at = ? WHERE id = ?", (status, now, row["id"]))
    # the case timeline keeps the record in Chinese, like every stored event text
    remark = f"（{note.strip()}）" if note.strip() else ""  # i18n: data
    text = f"中心服务器更新状态：{CASE_STATUSES.get(status, status)}{remark}"  # i18n: data
    conn.execute("INSERT INTO case_events (id, case_id, at, actor, actor_name, event, text)"
                 " VALUES (?, ?, ?, ?, ?, 'server_status', ?)", (new_id(), row["id"], now, SERVER_ACTOR, SERVER_NAME, text))
    return True


def _write_cursor(conn: sqlite3.Connection, seq: int) -> None:
    conn.execute("INSERT INTO station_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value ="
                 " CASE WHEN CAST(station_meta.value AS INTEGER) < CAST(excluded.value AS INTEGER)"
                 " THEN excluded.value ELSE station_meta.value END", (CURSOR_KEY, str(seq)))
