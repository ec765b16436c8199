"""Reconcile at the end of each sync: counts and an id digest per kind, compared with what
the server holds from this station. A difference sends the missing records again and is
reported (logged and kept in ``sync_findings``), never silently ignored.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field

from app.clock import iso
from app.i18n import N_, Text
from app.protocol import PROTOCOL_VERSION, ids_digest
from app.store import Store
from app.sync.client import Offline, SyncClient
from app.sync.quarantine import KIND_LABELS

log = logging.getLogger(__name__)

# Rows the server holds: sent ones, and quarantined conflicts (the id exists there).
_HELD_SQL = "SELECT kind, id FROM outbox WHERE state = 'sent' OR (state = 'quarantined' AND last_error LIKE 'conflict:%')"


@dataclass
class ReconcileReport:
    kinds_checked: int = 0
    mismatched: dict[str, Text] = field(default_factory=dict)  # kind -> description (stored as .chinese())
    resent: int = 0

    @property
    def ok(self) -> bool:
        return not self.mismatched


def local_ids(store: Store) -> dict[str, list[str]]:
    held: dict[str, list[str]] = {}
    for row in store.query(_HELD_SQL):
        held.setdefault(row["kind"], []).append(row["id"])
    return held


def reconcile(store: Store, client: SyncClient) -> ReconcileReport:
    report = ReconcileReport()
    held = local_ids(store)
    if not held:
        return report
    body = {"protocol": PROTOCOL_VERSION, "counts": {k: len(v) for k, v in held.items()},
            "digests": {k: ids_digest(v) for k, v in held.items()}}
    kinds = _kinds(client.call("POST", "/sync/reconcile", json_body=body, required=("protocol", "kinds")).body)
    report.kinds_checked = len(held)
    differing = [k for k in held if not kinds.get(k, {}).get("match", False)]
    if not differing:
        return report
    detail_body = {**body, "ids": {k: held[k] for k in differing}}
    detail = _kinds(client.call("POST", "/sync/reconcile", json_body=detail_body, required=("protocol", "kinds")).body)
    for kind in differing:
        entry = detail.get(kind, {})
        listed = entry.get("missing")
        missing = [i for i in listed if isinstance(i, str)] if isinstance(listed, list) else []
        server_count = entry.get("server_count")
        label, sent = KIND_LABELS.get(kind, kind), len(held[kind])
        log.warning("reconcile difference: %s sent %d, server holds %s, missing %d", kind, sent, server_count,
                    len(missing))
        if missing:
            report.mismatched[kind] = Text("{kind}记录：本机已发送 {sent} 条，服务器存有 {held} 条，"
                                           "缺少 {missing} 条，已重新发送",
                                           kind=label, sent=sent, held=server_count, missing=len(missing))
            report.resent += _mark_pending(store, missing)
        else:
            report.mismatched[kind] = Text("{kind}记录：本机已发送 {sent} 条，服务器存有 {held} 条",
                                           kind=label, sent=sent, held=server_count)
    _record(store, report)
    return report


def _kinds(body: dict[str, object]) -> dict[str, dict[str, object]]:
    kinds = body.get("kinds")
    if not isinstance(kinds, dict):
        raise Offline(N_("服务器的核对应答格式不正确，稍后重试"))
    return {str(k): v for k, v in kinds.items() if isinstance(v, dict)}


def _mark_pending(store: Store, ids: list[str]) -> int:
    changed = 0
    with store.transaction() as conn:
        for record_id in ids:
            changed += conn.execute("UPDATE outbox SET state = 'pending', sent_at = NULL WHERE id = ?"
                                    " AND state = 'sent'", (record_id,)).rowcount
    return changed


def _record(store: Store, report: ReconcileReport) -> None:
    at = iso(store.clock.now())
    with store.transaction() as conn:
        for text in report.mismatched.values():
            _insert_finding(conn, at, "reconcile", text)


def _insert_finding(conn: sqlite3.Connection, at: str, kind: str, text: Text) -> None:
    """Kept in Chinese, and as its template so that the screen shows it in the interface language."""
    conn.execute("INSERT INTO sync_findings (at, kind, text, wording) VALUES (?, ?, ?, ?)",
                 (at, kind, text.chinese(), json.dumps(text.to_data(), ensure_ascii=False)))


def record_finding(store: Store, kind: str, text: Text) -> None:
    with store.transaction() as conn:
        _insert_finding(conn, iso(store.clock.now()), kind, text)


def recent_findings(store: Store, limit: int = 5) -> list[tuple[str, Text]]:
    """The last findings, newest first: (when, what) with what ready for the screen."""
    found = []
    for row in store.query("SELECT at, text, wording FROM sync_findings ORDER BY seq DESC LIMIT ?", (limit,)):
        try:
            text = Text.from_data(json.loads(row["wording"])) if row["wording"] else Text(row["text"])
        except ValueError:
            text = Text(row["text"])
        found.append((str(row["at"]), text))
    return found
