"""What the kiosk needs to know about a case before it may be rated (一事一评).

Reads the intake feature's ``cases`` table (migration 0004) when it exists; the
service takes any function of this shape, so a hall with another intake system can
plug its own look-up in.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.store import Store

# 办结 and after: a case may be rated once it is decided.
FINISHED_STATUSES = frozenset({"approved", "rejected", "ready", "delivered"})


@dataclass(frozen=True)
class CaseForRating:
    case_no: str
    status: str
    matter_code: str
    matter_name: str
    clerk_staff_no: str
    clerk_name: str
    station_code: str
    finished_at: str
    # Last six characters of the applicant's, agent's or company's number, kept only in memory.
    id_tails: frozenset[str] = field(default_factory=frozenset, repr=False)

    @property
    def finished(self) -> bool:
        return self.status in FINISHED_STATUSES

    def proof_matches(self, proof: str) -> bool:
        """The receipt was scanned (its barcode is the case number) or the citizen typed the
        last six characters of the applicant's ID number."""
        text = proof.strip().upper()
        return bool(text) and (text == self.case_no.upper() or text in self.id_tails)


CaseLookup = Callable[[Store, str], "CaseForRating | None"]


def _has_cases_table(store: Store) -> bool:
    return store.query_one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'cases'") is not None


def find_case(store: Store, case_no: str) -> CaseForRating | None:
    """The case with this number in the local store, or None (also when there is no intake)."""
    if not _has_cases_table(store):
        return None
    row = store.query_one("SELECT * FROM cases WHERE case_no = ?", (case_no.strip().upper(),))
    if row is None:
        return None
    clerk = store.query_one("SELECT name FROM users WHERE staff_no = ?", (row["clerk"],))
    return CaseForRating(
        case_no=row["case_no"], status=row["status"], matter_code=row["matter_code"],
        matter_name=row["matter_name"], clerk_staff_no=row["clerk"], clerk_name=clerk["name"] if clerk else "",
        station_code=row["station_code"], finished_at=row["status_at"],
        id_tails=_id_tails(store, row["applicant"]),
    )


def _id_tails(store: Store, sealed: str) -> frozenset[str]:
    try:
        raw: dict[str, Any] = json.loads(store.cipher.decrypt(sealed) or "{}")
    except (ValueError, json.JSONDecodeError):
        return frozenset()
    numbers = [(raw.get("person") or {}).get("id_no", ""), raw.get("credit_code", ""),
               (raw.get("agent") or {}).get("id_no", "")]
    return frozenset(str(n).strip().upper()[-6:] for n in numbers if n and len(str(n).strip()) >= 6)
