"""Storing a pushed batch: dedupe by id, verify the audit chain, project, answer per record.

One batch is one transaction. Records are inserted with ``ON CONFLICT DO NOTHING`` so a
batch retried forever, or pushed twice at the same time, lands once. A record whose audit
entry does not fit the chain is stored anyway and flagged in ``audit_breaks``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.protocol import RECORD_KINDS, audit_entry_body, audit_hash, payload_digest
from server.auth import StationIdentity
from server.changes import lock_change_log
from server.models import AuditBreak, AuditChain, Record, RejectedRecord
from server.projections import CASE_CHANGING_KINDS, project, projection_problem
from server.upsert import insert_ignore

RECORD_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")


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
    results = [_push_one(session, station, env) for env in envelopes]
    _advance_chain(session, station, chain)
    return results


def _push_one(session: Session, station: StationIdentity, env: Any) -> PushResult:
    record_id = env["id"][:64] if isinstance(env, dict) and isinstance(env.get("id"), str) else None
    try:
        check_envelope(env, station)
    except EnvelopeError as exc:
        return _reject(session, station, record_id, env, str(exc))
    values = _record_from(env, station)
    if session.get(Record, values["id"]) is None:
        problem = projection_problem(session, values["kind"], values["payload"], station.hall_code)
        if problem is not None:
            return _reject(session, station, values["id"], env, problem)
        if insert_ignore(session, Record, values):
            record = session.get_one(Record, values["id"])
            _check_entry_hash(session, station, record)
            project(session, record)
            return PushResult(record.id, "stored")
    return _compare_existing(session, station, values)


def _compare_existing(session: Session, station: StationIdentity, values: dict[str, Any]) -> PushResult:
    existing = session.get_one(Record, values["id"])
    if existing.station_code != station.code:
        return PushResult(values["id"], "conflict", "该记录编号已被其他工作站使用，未覆盖")
    if (existing.kind, existing.payload_sha256) == (values["kind"], values["payload_sha256"]):
        return PushResult(values["id"], "duplicate")
    return PushResult(values["id"], "conflict", "同一记录编号已存有不同内容，未覆盖")


def _reject(session: Session, station: StationIdentity, record_id: str | None, env: Any, reason: str) -> PushResult:
    session.add(RejectedRecord(station_code=station.code, record_id=record_id, reason=reason, envelope=env))
    return PushResult(record_id, "invalid", reason)


def _flag(session: Session, station: StationIdentity, record: Record, reason: str, detail: str) -> None:
    session.add(
        AuditBreak(
            station_code=station.code,
            hall_code=station.hall_code,
            record_id=record.id,
            seq=record.audit_seq,
            reason=reason,
            detail=detail,
        )
    )


def _check_entry_hash(session: Session, station: StationIdentity, record: Record) -> None:
    audit = record.audit
    body = audit_entry_body(record.id, audit["at"], audit["actor"], audit["action"], record.payload_sha256)
    if audit_hash(record.audit_prev_hash, record.audit_seq, body) != record.audit_hash:
        _flag(session, station, record, "hash_mismatch", "审计条目的哈希与内容不符（条目被改动）")
    twin = session.scalar(
        select(Record.id).where(Record.station_code == station.code, Record.audit_seq == record.audit_seq, Record.id != record.id)
    )
    if twin is not None:
        _flag(session, station, record, "duplicate_seq", f"审计序号 {record.audit_seq} 已被记录 {twin} 使用")


def _advance_chain(session: Session, station: StationIdentity, chain: AuditChain) -> None:
    """Walk the chain forward from the last verified entry as far as entries are present."""
    session.flush()
    while True:
        nxt = session.scalars(
            select(Record)
            .where(Record.station_code == station.code, Record.audit_seq == chain.verified_seq + 1)
            .order_by(Record.received_at, Record.id)
            .limit(1)
        ).first()
        if nxt is None:
            return
        if nxt.audit_prev_hash != chain.head_hash:
            _flag(session, station, nxt, "prev_hash_mismatch", f"与第 {chain.verified_seq} 条审计条目的哈希不衔接（链条断裂）")
        chain.verified_seq, chain.head_hash = nxt.audit_seq, nxt.audit_hash
