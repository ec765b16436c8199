"""Reconcile counts and the minimal statistics summary."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.protocol import RECORD_KINDS, ids_digest
from server.models import AuditBreak, AuditChain, Record, Station


def reconcile(
    session: Session, station_code: str, counts: dict[str, int], digests: dict[str, str], ids: dict[str, list[str]]
) -> dict[str, Any]:
    """Compare what the station says it pushed with what the server holds, per kind."""
    answer: dict[str, Any] = {}
    for kind in sorted(set(counts) | set(digests) | set(ids)):
        if kind not in RECORD_KINDS:
            answer[kind] = {"error": "未知的记录类型"}
            continue
        held = session.scalars(select(Record.id).where(Record.station_code == station_code, Record.kind == kind)).all()
        server_digest = ids_digest(list(held))
        match = counts.get(kind, len(held)) == len(held) and digests.get(kind, server_digest) == server_digest
        entry: dict[str, Any] = {"server_count": len(held), "server_digest": server_digest, "match": match}
        if not match:
            if kind in ids:
                held_set = set(held)
                entry["missing"] = sorted(i for i in ids[kind] if i not in held_set)
            else:
                entry["resend"] = True
        answer[kind] = entry
    return answer


def summary(session: Session, hall_code: str, day_from: str | None, day_to: str | None) -> dict[str, int]:
    query = select(Record.kind, func.count()).where(Record.hall_code == hall_code)
    if day_from:
        query = query.where(Record.created_day >= day_from)
    if day_to:
        query = query.where(Record.created_day <= day_to)
    return {kind: n for kind, n in session.execute(query.group_by(Record.kind))}


def audit_report(session: Session, hall_code: str | None) -> dict[str, Any]:
    breaks = select(AuditBreak).order_by(AuditBreak.id)
    if hall_code:
        breaks = breaks.where(AuditBreak.hall_code == hall_code)
    rows = session.scalars(breaks).all()
    gaps = []
    heads = session.execute(
        select(AuditChain.station_code, AuditChain.verified_seq, func.max(Record.audit_seq), Station.hall_code)
        .join(Record, Record.station_code == AuditChain.station_code)
        .join(Station, Station.code == AuditChain.station_code)
        .group_by(AuditChain.station_code, AuditChain.verified_seq, Station.hall_code)
    )
    for station_code, verified, highest, hall in heads:
        if highest > verified and (not hall_code or hall == hall_code):
            gaps.append(
                {
                    "station_code": station_code,
                    "verified_seq": verified,
                    "highest_seq": highest,
                    "detail": f"第 {verified + 1} 条审计条目尚未收到，其后的条目无法核验",
                }
            )
    return {
        "breaks": [
            {
                "station_code": b.station_code,
                "hall_code": b.hall_code,
                "record_id": b.record_id,
                "seq": b.seq,
                "reason": b.reason,
                "detail": b.detail,
                "detected_at": b.detected_at.isoformat(),
            }
            for b in rows
        ],
        "gaps": gaps,
    }
