"""Push: idempotency, conflicts, invalid records, batch bounds, projections."""

from __future__ import annotations

from typing import Any

from server_helpers import Chain, Site
from sqlalchemy import func, select

from app.protocol import payload_digest
from server.models import Case, Rating, Record, RejectedRecord, Ticket

CASE = {"case_no": "ZJ0101-20261123-0001", "matter_code": "330106-GT-001", "promised_date": "2026-11-30"}


def _statuses(response: Any) -> list[str]:
    return [r["status"] for r in response.json()["results"]]


def test_batch_stored_then_all_duplicate(site: Site, chain: Chain) -> None:
    batch = [chain.envelope("consultation", {"topic": f"问询 {i}"}) for i in range(5)]
    assert _statuses(site.push(batch)) == ["stored"] * 5
    again = site.push(batch)
    assert again.status_code == 200
    assert _statuses(again) == ["duplicate"] * 5
    with site.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Record)) == 5


def test_same_id_with_changed_payload_is_conflict_and_not_overwritten(site: Site, chain: Chain) -> None:
    original = chain.envelope("consultation", {"topic": "原内容"})
    other = chain.envelope("consultation", {"topic": "另一条"})
    site.push([original, other])
    changed = {**original, "payload": {"topic": "被改动"}}
    changed["payload_sha256"] = payload_digest(changed["payload"])
    mixed = site.push([changed, other])
    assert mixed.status_code == 200
    assert mixed.json()["results"][0]["status"] == "conflict"
    assert mixed.json()["results"][0]["error"]
    assert _statuses(mixed)[1] == "duplicate"
    only_conflicts = site.push([changed])
    assert only_conflicts.status_code == 409
    assert _statuses(only_conflicts) == ["conflict"]
    with site.db.read() as session:
        assert session.get_one(Record, original["id"]).payload == {"topic": "原内容"}


def test_invalid_records_are_answered_and_the_rest_stored(site: Site, chain: Chain) -> None:
    good = [chain.envelope("consultation", {"n": i}) for i in range(4)]
    unknown_kind = {**chain.envelope("consultation", {"n": 9}), "kind": "case.deleted"}
    wrong_station = {**chain.envelope("consultation", {"n": 10}), "station_code": site.other_station}
    bad_hash = {**chain.envelope("consultation", {"n": 11}), "payload_sha256": "0" * 64}
    not_an_object = "garbage"
    no_audit = {k: v for k, v in chain.envelope("consultation", {"n": 12}).items() if k != "audit"}
    long_id = {**chain.envelope("consultation", {"n": 13}), "id": "x" * 500}
    batch = [good[0], unknown_kind, good[1], wrong_station, bad_hash, not_an_object, no_audit, long_id, good[2], good[3]]
    r = site.push(batch)
    assert r.status_code == 200
    assert _statuses(r) == [
        "stored",
        "invalid",
        "stored",
        "invalid",
        "invalid",
        "invalid",
        "invalid",
        "invalid",
        "stored",
        "stored",
    ]
    assert "未知的记录类型" in r.json()["results"][1]["error"]
    assert "station_code" in r.json()["results"][3]["error"]
    assert "payload_sha256" in r.json()["results"][4]["error"]
    with site.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Record)) == 4
        assert session.scalar(select(func.count()).select_from(RejectedRecord)) == 6


def test_batch_size_is_bounded(site: Site, chain: Chain) -> None:
    batch = [chain.envelope("consultation", {"n": i}) for i in range(501)]
    assert site.push(batch).status_code == 413


def test_push_for_another_station_is_forbidden(site: Site, chain: Chain) -> None:
    body = {"protocol": 1, "station_code": site.other_station, "records": [chain.envelope("consultation", {})]}
    r = site.client.post("/api/v1/sync/push", json=body, headers=site.station_headers())
    assert r.status_code == 403


def test_projections_land_in_readable_tables(site: Site, chain: Chain) -> None:
    batch = [
        chain.envelope("intake.supplement", {**CASE}),
        chain.envelope("case.accepted", {**CASE, "situation_code": "new", "with_gaps": True}),
        chain.envelope("rating", {"level": "dissatisfied", "case_no": CASE["case_no"], "clerk_staff_no": "S001",
                                  "window_no": "3"}),
        chain.envelope("ticket.taken", {"category_code": "SSDJ", "ticket_no": "A012", "lane": "priority"}),
    ]
    assert _statuses(site.push(batch)) == ["stored"] * 4
    with site.db.read() as session:
        case = session.get_one(Case, CASE["case_no"])
        assert (case.status, case.hall_code, case.with_gaps, case.promised_date) == ("accepted", "ZJ01", True, "2026-11-30")
        rating = session.get_one(Rating, batch[2]["id"])
        assert (rating.score, rating.case_no, rating.rated_day) == (2, CASE["case_no"], "2026-11-23")
        ticket = session.get_one(Ticket, batch[3]["id"])
        assert (ticket.ticket_no, ticket.priority) == ("A012", True)


def test_late_supplement_does_not_downgrade_an_accepted_case(site: Site, chain: Chain) -> None:
    site.push([chain.envelope("case.accepted", {**CASE}), chain.envelope("intake.supplement", {**CASE})])
    with site.db.read() as session:
        assert session.get_one(Case, CASE["case_no"]).status == "accepted"


def test_projection_fields_are_required(site: Site, chain: Chain) -> None:
    r = site.push(
        [
            chain.envelope("case.accepted", {"matter_code": "M"}),
            chain.envelope("rating", {"level": "excellent"}),
            chain.envelope("ticket.taken", {"category_code": "SSDJ"}),
        ]
    )
    assert _statuses(r) == ["invalid", "invalid", "invalid"]
    assert "case_no" in r.json()["results"][0]["error"]


def test_station_cannot_write_another_halls_case(site: Site, chain: Chain) -> None:
    site.push([chain.envelope("case.accepted", {**CASE})])
    other_chain = Chain(site.other_station)
    r = site.push([other_chain.envelope("case.refused", {**CASE})], other=True)
    assert _statuses(r) == ["invalid"]
    assert "其他大厅" in r.json()["results"][0]["error"]


def test_case_event_delivered_updates_status(site: Site, chain: Chain) -> None:
    site.push([chain.envelope("case.accepted", {**CASE})])
    site.push([chain.envelope("case.event", {"case_no": CASE["case_no"], "event": "delivered"})])
    with site.db.read() as session:
        assert session.get_one(Case, CASE["case_no"]).status == "delivered"
