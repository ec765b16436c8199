"""Helpers for the server tests: an audit-chained envelope builder and a driven test site."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi.testclient import TestClient

from app.protocol import PROTOCOL_VERSION, audit_entry_body, audit_hash, payload_digest
from server.db import Database

PASSWORD = "correct-horse-1"


@dataclass
class Chain:
    """Builds envelopes with a valid audit hash chain, like a station would."""

    station_code: str
    seq: int = 0
    head: str = ""
    made: list[dict[str, Any]] = field(default_factory=list)

    def envelope(self, kind: str, payload: dict[str, Any], record_id: str | None = None) -> dict[str, Any]:
        self.seq += 1
        rid = record_id or f"{self.station_code}-{self.seq:06d}"
        digest = payload_digest(payload)
        at = "2026-11-23T10:15:02.123+08:00"
        audit: dict[str, Any] = {"seq": self.seq, "at": at, "actor": "S001", "action": kind, "prev_hash": self.head}
        self.head = audit_hash(self.head, self.seq, audit_entry_body(rid, at, "S001", kind, digest))
        audit["hash"] = self.head
        env = {
            "id": rid,
            "kind": kind,
            "station_code": self.station_code,
            "created_at": at,
            "catalog_version": "2026.11",
            "payload": payload,
            "payload_sha256": digest,
            "audit": audit,
        }
        self.made.append(env)
        return env


@dataclass
class Site:
    client: TestClient
    db: Database
    station: str
    secret: str
    other_station: str
    other_secret: str
    backoffice_key: str
    admin_key: str

    def station_headers(self, other: bool = False) -> dict[str, str]:
        code, secret = (self.other_station, self.other_secret) if other else (self.station, self.secret)
        return {"Authorization": f"Station {code}:{secret}", "X-Yichuang-Protocol": str(PROTOCOL_VERSION)}

    def login(self, staff_no: str = "S001", other: bool = False) -> dict[str, str]:
        headers = self.station_headers(other)
        r = self.client.post(
            "/api/v1/auth/login", json={"protocol": 1, "staff_no": staff_no, "password": PASSWORD}, headers=headers
        )
        assert r.status_code == 200, r.text
        return {**headers, "X-Clerk-Token": r.json()["token"]}

    def push(self, records: list[Any], other: bool = False) -> Any:
        code = self.other_station if other else self.station
        body = {"protocol": 1, "station_code": code, "records": records}
        return self.client.post("/api/v1/sync/push", json=body, headers=self.station_headers(other))


def enrol(client: TestClient, code: str, enrolment_code: str) -> str:
    r = client.post("/api/v1/stations/enrol", json={"protocol": 1, "station_code": code, "enrolment_code": enrolment_code})
    assert r.status_code == 200, r.text
    secret: str = r.json()["station_secret"]
    return secret
