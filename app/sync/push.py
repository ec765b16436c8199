"""Push: the outbox goes up oldest first in bounded batches.

A record is marked sent only after the server's answer, in one local transaction per
batch. A crash anywhere before that commit leaves the records pending: they are sent
again and the server, deduplicating on the id, stores them once. A record the server
calls ``conflict`` or ``invalid`` is quarantined with the reason and never blocks the rest.
"""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from app.clock import iso
from app.i18n import N_
from app.protocol import PROTOCOL_VERSION
from app.store import Store
from app.sync.client import Offline, ServerRefused, SyncClient

log = logging.getLogger(__name__)

DEFAULT_BATCH = 200
MAX_BATCH = 500
MIN_BATCH = 10  # the server's limit (server/schemas.py MAX_PUSH_RECORDS)
CRASH_ENV = "YICHUANG_SYNC_CRASH_AT"
CRASH_POINTS = ("before_post", "after_post", "mid_commit", "after_commit")
CONFLICT = "conflict"
INVALID = "invalid"


def crash_point(name: str) -> None:
    """Test hook: ``YICHUANG_SYNC_CRASH_AT=name`` kills this process right here (kill -9)."""
    if os.environ.get(CRASH_ENV) == name:
        log.warning("crash point %s reached: killing the process", name)
        if hasattr(signal, "SIGKILL"):
            os.kill(os.getpid(), signal.SIGKILL)
        os._exit(137)


@dataclass
class PushReport:
    stored: int = 0
    duplicate: int = 0
    quarantined: int = 0
    batches: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def sent(self) -> int:
        return self.stored + self.duplicate


_PENDING_SQL = (
    "SELECT o.seq, o.id, o.kind, o.created_at, o.catalog_version, o.payload, o.payload_sha256,"
    " a.seq AS a_seq, a.at AS a_at, a.actor AS a_actor, a.action AS a_action, a.prev_hash AS a_prev,"
    " a.hash AS a_hash FROM outbox o JOIN audit_log a ON a.seq = o.audit_seq"
    " WHERE o.state = 'pending' AND o.seq > ? ORDER BY o.seq LIMIT ?"
)


def envelope(store: Store, row: sqlite3.Row, station_code: str) -> dict[str, Any]:
    """The wire form of one outbox row (protocol.py docstring)."""
    return {
        "id": row["id"],
        "kind": row["kind"],
        "station_code": station_code,
        "created_at": row["created_at"],
        "catalog_version": row["catalog_version"] or None,
        "payload": store.outbox_payload(bytes(row["payload"])),
        "payload_sha256": row["payload_sha256"],
        "audit": {"seq": row["a_seq"], "at": row["a_at"], "actor": row["a_actor"], "action": row["a_action"],
                  "prev_hash": row["a_prev"], "hash": row["a_hash"]},
    }


class Pusher:
    """Drains the outbox of one store through one client."""

    def __init__(self, store: Store, client: SyncClient, station_code: str, batch_size: int = DEFAULT_BATCH) -> None:
        self.store = store
        self.client = client
        self.station_code = station_code
        self.batch_size = max(1, min(batch_size, MAX_BATCH))

    def push_all(self) -> PushReport:
        """Push every pending record; raises Offline (and the other client errors) to the caller."""
        report = PushReport()
        after = 0
        while True:
            rows = self.store.query(_PENDING_SQL, (after, self.batch_size))
            if not rows:
                return report
            envelopes, broken = self._envelopes(rows)
            if broken:
                self._quarantine_local(broken, report)
            if envelopes:
                self._push_batch(envelopes, report)
            after = int(rows[-1]["seq"])

    def _envelopes(self, rows: list[sqlite3.Row]) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
        good, broken = [], []
        for row in rows:
            try:
                good.append(envelope(self.store, row, self.station_code))
            except Exception as exc:  # an unreadable payload must not stop the others
                broken.append((row["id"], f"{INVALID}: 本机无法读取该记录（{type(exc).__name__}）"))  # i18n: data (stored)
        return good, broken

    def _push_batch(self, envelopes: list[dict[str, Any]], report: PushReport) -> None:
        body = {"protocol": PROTOCOL_VERSION, "station_code": self.station_code, "records": envelopes}
        crash_point("before_post")
        try:
            answer = self.client.call("POST", "/sync/push", json_body=body, required=("protocol", "results"),
                                      ok=(200, 409))
        except Offline as exc:
            if exc.timed_out:  # a slow server: smaller batches next time (it may have stored this one)
                self.batch_size = max(MIN_BATCH, len(envelopes) // 2)
            raise
        except ServerRefused as exc:
            if exc.status == 413 and len(envelopes) > 1:
                half = len(envelopes) // 2
                self.batch_size = max(1, half)
                self._push_batch(envelopes[:half], report)
                self._push_batch(envelopes[half:], report)
                return
            raise
        crash_point("after_post")
        results = _match_results(envelopes, answer.body.get("results"))
        self._apply(results, report)
        report.batches += 1

    def _apply(self, results: list[tuple[str, str, str]], report: PushReport) -> None:
        now = iso(self.store.clock.now())
        with self.store.transaction() as conn:
            for record_id, status, error in results:
                if status in ("stored", "duplicate"):
                    conn.execute("UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1,"
                                 " last_error = NULL WHERE id = ? AND state = 'pending'", (now, record_id))
                    report.stored += status == "stored"
                    report.duplicate += status == "duplicate"
                else:
                    conn.execute("UPDATE outbox SET state = 'quarantined', attempts = attempts + 1,"
                                 " last_error = ? WHERE id = ? AND state = 'pending'",
                                 (f"{status}: {error}", record_id))
                    report.quarantined += 1
                    log.warning("record %s quarantined (%s)", record_id, status)
            crash_point("mid_commit")
        crash_point("after_commit")

    def _quarantine_local(self, broken: list[tuple[str, str]], report: PushReport) -> None:
        with self.store.transaction() as conn:
            for record_id, error in broken:
                conn.execute("UPDATE outbox SET state = 'quarantined', last_error = ? WHERE id = ?",
                             (error, record_id))
        report.quarantined += len(broken)


def _match_results(envelopes: list[dict[str, Any]], results: Any) -> list[tuple[str, str, str]]:
    """One (id, status, error) per envelope; anything else means the answer can't be trusted."""
    if not isinstance(results, list) or len(results) != len(envelopes):
        raise Offline(N_("服务器的应答与所发记录不符，稍后重试"))
    matched = []
    for env, result in zip(envelopes, results, strict=True):
        if not isinstance(result, dict) or result.get("status") not in ("stored", "duplicate", CONFLICT, INVALID):
            raise Offline(N_("服务器的应答格式不正确，稍后重试"))
        if result.get("id") not in (None, env["id"]):
            raise Offline(N_("服务器的应答顺序与所发记录不符，稍后重试"))
        matched.append((env["id"], str(result["status"]), str(result.get("error") or "")))
    return matched
