"""Storing a pushed batch: dedupe by id, verify the audit chain, project, answer per record.

One batch is one transaction. Records are inserted with ``ON CONFLICT DO NOTHING`` so a
batch retried forever, or pushed twice at the same time, lands once. A record whose audit
entry does not fit the chain is stored anyway and flagged in ``audit_breaks``.

The work is set-based: the answers are decided in memory, record by record in batch order,
against one read of the ids already stored (a later record of the batch sees the earlier
ones as stored, exactly as if they had been stored one at a time); then the new records,
their projections, flags and rejections are written with one statement per table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.protocol import RECORD_KINDS, audit_entry_body, audit_hash, payload_digest
from server.auth import StationIdentity
from server.changes import lock_change_log
from server.db import utcnow
from server.models import AuditBreak, AuditChain, Record, RejectedRecord
from server.projections import CASE_CHANGING_KINDS, case_no_named, load_cases, project_batch, projection_problem
from server.upsert import insert_ignore, insert_ignore_many, table_of

RECORD_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
# How many chain entries one read of the stored chain tail covers (the walk reads on while full).
CHAIN_WALK_CHUNK = 2_000
# (station_code, kind, payload_sha256) of a stored record: what duplicate/conflict compare.
Identity = tuple[str, str, str]


@dataclass(frozen=True)
class PushResult:
    id: str | None
    status: str
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        answer: dict[str, Any] = {"id": self.id, "status": self.status}
        if self.error:
            answer["error"] = self.error
        return answer


class EnvelopeError(ValueError):
    pass


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise EnvelopeError(message)


def _check_audit(audit: Any) -> None:
    _require(isinstance(audit, dict), "缺少 audit")
    seq = audit.get("seq")
    _require(isinstance(seq, int) and not isinstance(seq, bool) and seq >= 1, "audit.seq 须为正整数")
    for name in ("at", "actor", "action"):
        _require(isinstance(audit.get(name), str), f"audit.{name} 须为文本")
    _require(isinstance(audit.get("hash"), str) and bool(HEX64.match(audit["hash"])), "audit.hash 须为 64 位十六进制")
    prev = audit.get("prev_hash")
    _require(isinstance(prev, str) and (prev == "" or bool(HEX64.match(prev))), "audit.prev_hash 格式错误")
    _require((prev == "") == (seq == 1), "audit.prev_hash 只在第 1 条时为空")


def check_envelope(env: Any, station: StationIdentity) -> None:
    """Raise :class:`EnvelopeError` (Chinese reason) unless the envelope is well formed."""
    _require(isinstance(env, dict), "记录须为 JSON 对象")
    _require(isinstance(env.get("id"), str) and bool(RECORD_ID.match(env["id"])), "id 缺失或格式错误")
    _require(env.get("kind") in RECORD_KINDS, f"未知的记录类型：{env.get('kind')!r}")
    _require(env.get("station_code") == station.code, "station_code 与当前工作站不符")
    created = env.get("created_at")
    _require(isinstance(created, str) and len(created) <= 40, "created_at 缺失")
    try:
        datetime.fromisoformat(created)
    except ValueError as exc:
        raise EnvelopeError("created_at 不是 ISO 8601 时间") from exc
    version = env.get("catalog_version")
    _require(version is None or (isinstance(version, str) and len(version) <= 40), "catalog_version 格式错误")
    _require(isinstance(env.get("payload"), dict), "payload 须为 JSON 对象")
    _require(env.get("payload_sha256") == payload_digest(env["payload"]), "payload_sha256 与内容不符")
    _check_audit(env.get("audit"))


def _record_from(env: dict[str, Any], station: StationIdentity) -> dict[str, Any]:
    audit = env["audit"]
    return {
        "id": env["id"],
        "kind": env["kind"],
        "station_code": station.code,
        "hall_code": station.hall_code,
        "created_at": env["created_at"],
        "created_day": datetime.fromisoformat(env["created_at"]).date().isoformat(),
        "catalog_version": env.get("catalog_version"),
        "payload": env["payload"],
        "payload_sha256": env["payload_sha256"],
        "audit": audit,
        "audit_seq": audit["seq"],
        "audit_hash": audit["hash"],
        "audit_prev_hash": audit["prev_hash"],
    }


def _lock_chain(session: Session, station_code: str) -> AuditChain:
    """One push per station at a time (PostgreSQL row lock; SQLite's writer lock)."""
    insert_ignore(session, AuditChain, {"station_code": station_code, "verified_seq": 0, "head_hash": ""})
    return session.scalars(select(AuditChain).where(AuditChain.station_code == station_code).with_for_update()).one()


def push_batch(session: Session, station: StationIdentity, envelopes: list[Any]) -> list[PushResult]:
    if any(isinstance(env, dict) and env.get("kind") in CASE_CHANGING_KINDS for env in envelopes):
        lock_change_log(session)  # these update shared case rows and write changes: log first
    chain = _lock_chain(session, station.code)
    return _Batch(session, station).push(envelopes, chain)


class _Batch:
    """One batch's answers (decided in memory) and the rows it writes."""

    def __init__(self, session: Session, station: StationIdentity) -> None:
        self.session = session
        self.station = station
        self.rejected: list[tuple[int, dict[str, Any]]] = []  # by batch position
        self.flags: list[dict[str, Any]] = []

    def push(self, envelopes: list[Any], chain: AuditChain) -> list[PushResult]:
        results: list[PushResult] = []
        valid: list[tuple[int, dict[str, Any]]] = []
        for index, env in enumerate(envelopes):
            values = self._checked(index, env)
            if isinstance(values, PushResult):
                results.append(values)
            else:
                results.append(PushResult(values["id"], "stored"))
                valid.append((index, values))
        # Read after the locks: no other push of this station (chain row) and, when the batch
        # names cases, no other case writer (change log turn) can change these rows until commit.
        known = self._stored_identities({values["id"] for _, values in valid})
        case_nos = (case_no_named(values["kind"], values["payload"]) for _, values in valid)
        cases = load_cases(self.session, (n for n in case_nos if n is not None))
        planned: dict[str, dict[str, Any]] = {}
        for index, values in valid:
            results[index] = self._decide(index, values, envelopes[index], known, planned, cases)
        lost = self._insert_records(list(planned.values()))
        if lost:
            self._answer_lost(results, valid, lost)
        stored = [values for values in planned.values() if values["id"] not in lost]
        self._check_entries(stored)
        project_batch(self.session, stored, cases)
        self._advance_chain(chain)
        insert_ignore_many(self.session, AuditBreak, self.flags)
        self.rejected.sort(key=lambda item: item[0])
        insert_ignore_many(self.session, RejectedRecord, [row for _, row in self.rejected])
        return results

    def _checked(self, index: int, env: Any) -> dict[str, Any] | PushResult:
        record_id = env["id"][:64] if isinstance(env, dict) and isinstance(env.get("id"), str) else None
        try:
            check_envelope(env, self.station)
        except EnvelopeError as exc:
            return self._reject(index, record_id, env, str(exc))
        return _record_from(env, self.station)

    def _stored_identities(self, ids: set[str]) -> dict[str, Identity]:
        if not ids:
            return {}
        rows = self.session.execute(
            select(Record.id, Record.station_code, Record.kind, Record.payload_sha256).where(Record.id.in_(sorted(ids)))
        )
        return {rid: (station_code, kind, digest) for rid, station_code, kind, digest in rows}

    def _decide(
        self,
        index: int,
        values: dict[str, Any],
        env: Any,
        known: dict[str, Identity],
        planned: dict[str, dict[str, Any]],
        cases: dict[str, dict[str, Any]],
    ) -> PushResult:
        """The answer for one valid envelope, given what is stored or stored earlier in the batch."""
        record_id = values["id"]
        if record_id in known:
            return _compare(known[record_id], self.station, values)
        problem = projection_problem(cases, values["kind"], values["payload"], self.station.hall_code)
        if problem is not None:
            return self._reject(index, record_id, env, problem)
        known[record_id] = (self.station.code, values["kind"], values["payload_sha256"])
        planned[record_id] = values
        return PushResult(record_id, "stored")

    def _insert_records(self, planned: list[dict[str, Any]]) -> set[str]:
        """Insert the new records in batch order; the ids another transaction stored first."""
        columns = {c.name for c in table_of(Record).columns}
        rows = [{k: v for k, v in values.items() if k in columns} for values in planned]
        received = utcnow()  # strictly increasing in batch order: the chain walk's "first received"
        for offset, row in enumerate(rows):
            row["received_at"] = received + timedelta(microseconds=offset)
        inserted = insert_ignore_many(self.session, Record, rows, key="id")
        return {values["id"] for values in planned} - inserted

    def _answer_lost(self, results: list[PushResult], valid: list[tuple[int, dict[str, Any]]], lost: set[str]) -> None:
        """Records stored by a concurrent push after our read: compare with what it stored."""
        actual = self._stored_identities(lost)
        for index, values in valid:
            if values["id"] in lost and results[index].status != "invalid":
                results[index] = _compare(actual[values["id"]], self.station, values)

    def _reject(self, index: int, record_id: str | None, env: Any, reason: str) -> PushResult:
        self.rejected.append(
            (index, {"station_code": self.station.code, "record_id": record_id, "reason": reason, "envelope": env})
        )
        return PushResult(record_id, "invalid", reason)

    def _flag(self, record_id: str, seq: int, reason: str, detail: str) -> None:
        self.flags.append(
            {
                "station_code": self.station.code,
                "hall_code": self.station.hall_code,
                "record_id": record_id,
                "seq": seq,
                "reason": reason,
                "detail": detail,
            }
        )

    def _check_entries(self, stored: list[dict[str, Any]]) -> None:
        """Each new entry's own hash, and whether an earlier record already claims its seq."""
        seqs = sorted({values["audit_seq"] for values in stored})
        claimed: dict[int, str] = {}
        if seqs:
            rows = self.session.execute(
                select(Record.audit_seq, Record.id)
                .where(Record.station_code == self.station.code, Record.audit_seq.in_(seqs), _not_in(stored))
                .order_by(Record.received_at, Record.id)
            )
            for seq, rid in rows:
                claimed.setdefault(seq, rid)
        for values in stored:
            audit, seq = values["audit"], values["audit_seq"]
            body = audit_entry_body(values["id"], audit["at"], audit["actor"], audit["action"], values["payload_sha256"])
            if audit_hash(values["audit_prev_hash"], seq, body) != values["audit_hash"]:
                self._flag(values["id"], seq, "hash_mismatch", "审计条目的哈希与内容不符（条目被改动）")
            twin = claimed.setdefault(seq, values["id"])
            if twin != values["id"]:
                self._flag(values["id"], seq, "duplicate_seq", f"审计序号 {seq} 已被记录 {twin} 使用")

    def _advance_chain(self, chain: AuditChain) -> None:
        """Walk the chain forward from the last verified entry as far as entries are present.

        Per seq the first record received counts (its twins are flagged as they arrive).
        """
        verified, head = chain.verified_seq, chain.head_hash
        while True:
            start = verified
            rows = self.session.execute(
                select(Record.audit_seq, Record.id, Record.audit_hash, Record.audit_prev_hash)
                .where(
                    Record.station_code == self.station.code,
                    Record.audit_seq > start,
                    Record.audit_seq <= start + CHAIN_WALK_CHUNK,
                )
                .order_by(Record.audit_seq, Record.received_at, Record.id)
            )
            for seq, rid, entry_hash, prev_hash in rows:
                if seq == verified:
                    continue  # a later twin of the entry just walked
                if seq != verified + 1:
                    break
                if prev_hash != head:
                    self._flag(rid, seq, "prev_hash_mismatch", f"与第 {verified} 条审计条目的哈希不衔接（链条断裂）")
                verified, head = seq, entry_hash
            if verified < start + CHAIN_WALK_CHUNK:
                break
        if (verified, head) != (chain.verified_seq, chain.head_hash):
            chain.verified_seq, chain.head_hash = verified, head


def _not_in(stored: list[dict[str, Any]]) -> ColumnElement[bool]:
    return Record.id.not_in([values["id"] for values in stored])


def _compare(existing: Identity, station: StationIdentity, values: dict[str, Any]) -> PushResult:
    station_code, kind, digest = existing
    if station_code != station.code:
        return PushResult(values["id"], "conflict", "该记录编号已被其他工作站使用，未覆盖")
    if (kind, digest) == (values["kind"], values["payload_sha256"]):
        return PushResult(values["id"], "duplicate")
    return PushResult(values["id"], "conflict", "同一记录编号已存有不同内容，未覆盖")
