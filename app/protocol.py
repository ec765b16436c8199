"""The sync protocol shared by the client (app/sync) and the reference server (server/).

Plain data and constants only: no Qt, no HTTP library. The server builds its
pydantic models from these shapes; the client builds request bodies from them.

Push (``POST /api/v1/sync/push``)::

    {"protocol": 1, "station_code": "ZJ0101", "records": [Envelope, ...]}

    Envelope = {
        "id": "0192...",            # client-made UUIDv7, the idempotency key
        "kind": "case.accepted",    # one of RECORD_KINDS
        "station_code": "ZJ0101",
        "created_at": "2026-11-23T10:15:02.123+08:00",
        "catalog_version": "2026.11",
        "payload": {...},           # the business record, JSON
        "payload_sha256": "hex",    # sha256 of canonical_json(payload)
        "audit": {"seq": 17, "at": "...", "actor": "S001", "action": "case.accepted",
                  "prev_hash": "hex", "hash": "hex"},
    }

    Every audit entry of a station travels in exactly one envelope, so the server sees
    the whole chain: ``hash == audit_hash(prev_hash, seq, audit_entry_body(envelope))``
    and ``prev_hash`` equals the hash of the entry with ``seq - 1`` (``""`` for seq 1).

Answer::

    {"protocol": 1, "server_time": "...", "results": [
        {"id": "...", "status": "stored" | "duplicate" | "conflict" | "invalid",
         "error": "text, for conflict/invalid"}]}

Pull (``GET /api/v1/sync/pull?cursor=N``) answers changes after the cursor::

    {"protocol": 1, "cursor": 42, "more": false, "changes": [
        {"seq": 41, "kind": "case_status" | "catalog" | "calendar" | "user" | "appointment",
         "key": "...", "data": {...}}]}
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Final

from app.i18n import N_

PROTOCOL_VERSION: Final = 1
# Versions a server still accepts from clients.
SUPPORTED_PROTOCOLS: Final = frozenset({1})

# Records a station owns and pushes (append-only events).
RECORD_KINDS: Final = frozenset(
    {
        "ticket.taken",
        "ticket.event",  # called, recalled, no_show, transferred, held, resumed, finished
        "appointment.checked_in",
        "intake.supplement",  # 补正: a supplement notice was issued
        "case.accepted",  # 受理 or 容缺受理
        "case.refused",  # 不予受理
        "case.event",  # materials supplied later, result handed over, voided …
        "consultation",
        "rating",
        "rating.followup",
        "audit.event",  # login, logout, settings changed: audit only
    }
)

PUSH_STATUSES: Final = ("stored", "duplicate", "conflict", "invalid")

# Case statuses; the first is set by the station, the rest by the server.
CASE_STATUSES: Final = {
    "accepted": N_("已受理"),
    "in_review": N_("审批中"),
    "approved": N_("办结（准予）"),
    "rejected": N_("办结（不予批准）"),
    "ready": N_("待领取"),
    "delivered": N_("已出件"),
    "voided": N_("已作废"),
}


def canonical_json(value: Any) -> bytes:
    """The one byte form used for hashing payloads and audit entries."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def payload_digest(payload: Any) -> str:
    return hashlib.sha256(canonical_json(payload)).hexdigest()


def audit_hash(prev_hash: str, seq: int, entry: dict[str, Any]) -> str:
    """Hash of one audit entry chained to the previous one (``prev_hash`` is "" for the first)."""
    h = hashlib.sha256()
    h.update(prev_hash.encode("ascii"))
    h.update(str(seq).encode("ascii"))
    h.update(canonical_json(entry))
    return h.hexdigest()


def audit_entry_body(record_id: str, at: str, actor: str, action: str, payload_sha256: str) -> dict[str, Any]:
    """The fields of an audit entry that its hash covers."""
    return {
        "action": action,
        "actor": actor,
        "at": at,
        "payload_sha256": payload_sha256,
        "record_id": record_id,
    }


def offline_password_digest(password: str, salt_hex: str, n: int, r: int, p: int, dklen: int) -> str:
    """Offline-login verifier: scrypt of the password with the salt and cost the server sent
    in a user's ``offline_hash`` (never the server's own password hash)."""
    raw = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex), n=n, r=r, p=p, dklen=dklen)
    return raw.hex()


def ids_digest(ids: list[str]) -> str:
    """Reconcile digest of a set of record ids: sha256 of the sorted ids joined by newlines."""
    return hashlib.sha256("\n".join(sorted(ids)).encode("utf-8")).hexdigest()
