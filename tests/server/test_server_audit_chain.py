"""The server checks each station's audit hash chain as records arrive."""

from __future__ import annotations

from typing import Any

from server_helpers import Chain, Site

from app.protocol import audit_entry_body, audit_hash


def _breaks(site: Site) -> dict[str, Any]:
    r = site.client.get("/api/v1/admin/audit-breaks", headers={"X-Api-Key": site.admin_key})
    assert r.status_code == 200
    result: dict[str, Any] = r.json()
    return result


def test_intact_chain_has_no_breaks(site: Site, chain: Chain) -> None:
    site.push([chain.envelope("consultation", {"n": i}) for i in range(3)])
    site.push([chain.envelope("consultation", {"n": i}) for i in range(3, 6)])
    report = _breaks(site)
    assert (report["breaks"], report["gaps"]) == ([], [])


def test_tampered_entry_is_flagged_and_still_stored(site: Site, chain: Chain) -> None:
    first = chain.envelope("consultation", {"n": 1})
    tampered = chain.envelope("consultation", {"n": 2})
    tampered["audit"] = {**tampered["audit"], "actor": "S999"}  # hash no longer covers it
    r = site.push([first, tampered, chain.envelope("consultation", {"n": 3})])
    assert [x["status"] for x in r.json()["results"]] == ["stored", "stored", "stored"]
    breaks = _breaks(site)["breaks"]
    assert [(b["record_id"], b["reason"]) for b in breaks] == [(tampered["id"], "hash_mismatch")]


def test_broken_link_is_flagged(site: Site, chain: Chain) -> None:
    site.push([chain.envelope("consultation", {"n": 1})])
    chain.head = "f" * 64  # the station's chain was rewritten: next prev_hash does not fit
    r = site.push([chain.envelope("consultation", {"n": 2})])
    assert r.status_code == 200
    breaks = _breaks(site)["breaks"]
    assert [(b["seq"], b["reason"]) for b in breaks] == [(2, "prev_hash_mismatch")]


def test_out_of_order_arrival_is_not_a_break_but_a_gap_until_filled(site: Site, chain: Chain) -> None:
    envs = [chain.envelope("consultation", {"n": i}) for i in range(4)]
    site.push(envs[2:])
    gaps = _breaks(site)["gaps"]
    assert gaps == [{"station_code": site.station, "verified_seq": 0, "highest_seq": 4, "detail": gaps[0]["detail"]}]
    site.push(envs[:2])
    assert _breaks(site)["breaks"] == []
    assert _breaks(site)["gaps"] == []


def test_two_records_claiming_one_seq_are_flagged(site: Site, chain: Chain) -> None:
    first = chain.envelope("consultation", {"n": 1})
    twin = {**first, "id": "twin-0001", "payload": first["payload"]}
    body = audit_entry_body(twin["id"], first["audit"]["at"], "S001", "consultation", first["payload_sha256"])
    twin["audit"] = {**first["audit"], "hash": audit_hash("", 1, body)}
    site.push([first, twin])
    reasons = [(b["record_id"], b["reason"]) for b in _breaks(site)["breaks"]]
    assert ("twin-0001", "duplicate_seq") in reasons


def test_audit_breaks_need_an_admin_key(site: Site) -> None:
    assert site.client.get("/api/v1/admin/audit-breaks").status_code == 401
    headers = {"X-Api-Key": site.backoffice_key}
    assert site.client.get("/api/v1/admin/audit-breaks", headers=headers).status_code == 403
