"""A push batch is decided and written set-based, but answers as if stored one record at a time.

Every test mixes several outcomes in one batch, so a record's answer, flag or projection that
depended on the records before it in the same batch (or on what was stored before the
batch) is checked.
"""

from __future__ import annotations

from typing import Any

from server_helpers import Chain, Site
from sqlalchemy import select

from app.protocol import audit_entry_body, audit_hash, payload_digest
from server.models import AuditBreak, AuditChain, Case, Change, Rating, Record, RejectedRecord, Ticket

CASE_A = {"case_no": "ZJ0101-20261123-0001", "matter_code": "330106-GT-001", "promised_date": "2026-11-30"}
CASE_B = {"case_no": "ZJ0101-20261123-0002", "matter_code": "330106-GT-002"}


def _answers(response: Any) -> list[tuple[str, str]]:
    return [(r["id"], r["status"]) for r in response.json()["results"]]


def _changed(envelope: dict[str, Any], payload: dict[str, Any]) -> dict[str, Any]:
    return {**envelope, "payload": payload, "payload_sha256": payload_digest(payload)}


def test_mixed_batch_answers_each_record_in_order(site: Site, chain: Chain) -> None:
    stored_rating = chain.envelope("rating", {"level": "satisfied", "ticket_no": "A001"})
    stored_ticket = chain.envelope("ticket.taken", {"category_code": "SSDJ", "ticket_no": "A001"})
    site.push([stored_rating, stored_ticket])
    new_rating = chain.envelope("rating", {"level": "very_satisfied", "window_no": "3"})
    new_ticket = chain.envelope("ticket.taken", {"category_code": "SSDJ", "ticket_no": "A002", "lane": "priority"})
    bad_score = chain.envelope("rating", {"level": "excellent"})
    no_category = chain.envelope("ticket.taken", {"ticket_no": "A003"})
    rating_conflict = _changed(stored_rating, {"level": "very_dissatisfied"})
    batch = [
        new_rating,
        stored_rating,  # duplicate of a stored record
        bad_score,
        rating_conflict,
        new_ticket,
        new_rating,  # repeated within the batch: a duplicate of the record stored just before
        _changed(new_ticket, {"category_code": "SSDJ", "ticket_no": "B999"}),  # same id, other content
        "garbage",
        no_category,
        stored_ticket,
    ]
    r = site.push(batch)
    assert r.status_code == 200
    assert _answers(r) == [
        (new_rating["id"], "stored"),
        (stored_rating["id"], "duplicate"),
        (bad_score["id"], "invalid"),
        (stored_rating["id"], "conflict"),
        (new_ticket["id"], "stored"),
        (new_rating["id"], "duplicate"),
        (new_ticket["id"], "conflict"),
        (None, "invalid"),
        (no_category["id"], "invalid"),
        (stored_ticket["id"], "duplicate"),
    ]
    results = r.json()["results"]
    assert results[3]["error"] == results[6]["error"] == "同一记录编号已存有不同内容，未覆盖"
    with site.db.read() as session:
        assert session.scalars(select(Record.id).order_by(Record.id)).all() == sorted(
            e["id"] for e in (stored_rating, stored_ticket, new_rating, new_ticket)
        )
        assert session.get_one(Rating, stored_rating["id"]).score == 4  # not overwritten
        assert (session.get_one(Rating, new_rating["id"]).score, session.get_one(Rating, new_rating["id"]).window_no) == (5, "3")
        ticket = session.get_one(Ticket, new_ticket["id"])
        assert (ticket.ticket_no, ticket.priority, ticket.taken_day) == ("A002", True, "2026-11-23")
        rejected = session.scalars(select(RejectedRecord).order_by(RejectedRecord.id)).all()
        assert [(x.record_id, x.envelope) for x in rejected] == [
            (bad_score["id"], bad_score),
            (None, "garbage"),
            (no_category["id"], no_category),
        ]


def test_another_stations_id_is_a_conflict_in_a_mixed_batch(site: Site, chain: Chain) -> None:
    other = Chain(site.other_station)
    taken = other.envelope("rating", {"level": "basically_satisfied"}, record_id="shared-0001")
    site.push([taken], other=True)
    mine = chain.envelope("rating", {"level": "basically_satisfied"}, record_id="shared-0001")
    fresh = chain.envelope("rating", {"level": "dissatisfied"})
    r = site.push([mine, fresh])
    assert _answers(r) == [("shared-0001", "conflict"), (fresh["id"], "stored")]
    assert r.json()["results"][0]["error"] == "该记录编号已被其他工作站使用，未覆盖"
    with site.db.read() as session:
        assert session.get_one(Record, "shared-0001").station_code == site.other_station


def _case_changes(site: Site) -> list[tuple[str, str, str]]:
    with site.db.read() as session:
        rows = session.scalars(select(Change).where(Change.kind == "case_status").order_by(Change.seq)).all()
        return [(c.key, c.data["status"], c.data["note"]) for c in rows]


def test_case_history_within_one_batch_is_played_in_order(site: Site, chain: Chain) -> None:
    site.push([chain.envelope("intake.supplement", {**CASE_B})])
    batch = [
        chain.envelope("intake.supplement", {**CASE_A}),
        chain.envelope("case.event", {"case_no": CASE_A["case_no"], "event": "delivered"}),  # supplement -> delivered
        chain.envelope("case.accepted", {**CASE_B, "with_gaps": True}),  # replaces the stored supplement
        chain.envelope("intake.supplement", {**CASE_B}),  # never downgrades: no change
        chain.envelope("case.event", {"case_no": CASE_B["case_no"], "event": "voided", "note": "申请人撤回"}),
        chain.envelope("case.event", {"case_no": CASE_B["case_no"], "event": "voided"}),  # same status: no change
        chain.envelope("case.event", {"case_no": "ZJ0101-NOPE", "event": "delivered"}),  # no such case: stored only
        chain.envelope("case.accepted", {"case_no": CASE_A["case_no"]}),  # lacks matter_code
    ]
    r = site.push(batch)
    assert [s for _, s in _answers(r)] == ["stored"] * 7 + ["invalid"]
    assert _case_changes(site) == [
        (CASE_B["case_no"], "supplement", ""),
        (CASE_A["case_no"], "supplement", ""),
        (CASE_A["case_no"], "delivered", ""),
        (CASE_B["case_no"], "accepted", ""),
        (CASE_B["case_no"], "voided", "申请人撤回"),
    ]
    with site.db.read() as session:
        a, b = session.get_one(Case, CASE_A["case_no"]), session.get_one(Case, CASE_B["case_no"])
        assert (a.status, a.record_id, a.promised_date) == ("delivered", batch[0]["id"], "2026-11-30")
        assert (b.status, b.record_id, b.with_gaps, b.status_note) == ("voided", batch[2]["id"], True, "申请人撤回")
        assert b.accepted_at == batch[2]["created_at"]
        assert session.get(Case, "ZJ0101-NOPE") is None


def test_other_halls_case_is_invalid_but_the_rest_of_the_batch_lands(site: Site, chain: Chain) -> None:
    site.push([chain.envelope("case.accepted", {**CASE_A})])
    other = Chain(site.other_station)
    batch = [
        other.envelope("case.accepted", {**CASE_B}),
        other.envelope("case.refused", {**CASE_A}),  # ZJ01's number
        other.envelope("case.event", {"case_no": CASE_A["case_no"], "event": "voided"}),
        other.envelope("case.event", {"case_no": CASE_B["case_no"], "event": "delivered"}),
    ]
    r = site.push(batch, other=True)
    assert [s for _, s in _answers(r)] == ["stored", "invalid", "invalid", "stored"]
    assert r.json()["results"][1]["error"] == "办件编号属于其他大厅"
    with site.db.read() as session:
        assert session.get_one(Case, CASE_A["case_no"]).status == "accepted"
        b = session.get_one(Case, CASE_B["case_no"])
        assert (b.hall_code, b.status) == ("ZJ02", "delivered")


def _breaks(site: Site) -> list[tuple[str, int, str, str]]:
    with site.db.read() as session:
        rows = session.scalars(select(AuditBreak).order_by(AuditBreak.id)).all()
        return [(b.record_id, b.seq, b.reason, b.detail) for b in rows]


def _twin_of(env: dict[str, Any], record_id: str) -> dict[str, Any]:
    twin = {**env, "id": record_id}
    audit = env["audit"]
    body = audit_entry_body(record_id, audit["at"], audit["actor"], audit["action"], env["payload_sha256"])
    twin["audit"] = {**audit, "hash": audit_hash(audit["prev_hash"], audit["seq"], body)}
    return twin


def test_audit_chain_in_one_batch_flags_in_order_and_walks_out_of_order_entries(site: Site, chain: Chain) -> None:
    envs = [chain.envelope("consultation", {"n": i}) for i in range(6)]
    site.push([envs[0], envs[4]])  # seq 5 waits for 2-4
    tampered = {**envs[2], "audit": {**envs[2]["audit"], "actor": "S999"}}
    twin_of_1 = _twin_of(envs[0], "twin-0001")  # seq 1 again: the stored one counts
    twin_of_6 = _twin_of(envs[5], "twin-0006")  # seq 6 twice in this batch: the first one counts
    r = site.push([envs[5], envs[3], twin_of_1, tampered, twin_of_6, envs[1]])
    assert [s for _, s in _answers(r)] == ["stored"] * 6
    assert _breaks(site) == [
        ("twin-0001", 1, "duplicate_seq", f"审计序号 1 已被记录 {envs[0]['id']} 使用"),
        (tampered["id"], 3, "hash_mismatch", "审计条目的哈希与内容不符（条目被改动）"),
        ("twin-0006", 6, "duplicate_seq", f"审计序号 6 已被记录 {envs[5]['id']} 使用"),
    ]
    with site.db.read() as session:
        state = session.get_one(AuditChain, site.station)
        assert (state.verified_seq, state.head_hash) == (6, envs[5]["audit"]["hash"])


def test_broken_link_in_a_batch_is_flagged_against_the_entry_before(site: Site, chain: Chain) -> None:
    first = [chain.envelope("consultation", {"n": i}) for i in range(2)]
    chain.head = "f" * 64
    rewritten = [chain.envelope("consultation", {"n": i}) for i in range(2, 4)]
    site.push([*rewritten, *first])
    assert _breaks(site) == [(rewritten[0]["id"], 3, "prev_hash_mismatch", "与第 2 条审计条目的哈希不衔接（链条断裂）")]
    with site.db.read() as session:
        assert session.get_one(AuditChain, site.station).verified_seq == 4
