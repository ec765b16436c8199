"""Pull (per hall, cursor), back-office case status, catalog download, calendar, appointments."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from server_helpers import Chain, Site

from server.catalogs import CatalogRefused, import_catalog_file, store_catalog

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "sample-catalog.json"
CASE_NO = "ZJ0101-20261123-0007"


def _pull(site: Site, cursor: int = 0, other: bool = False, limit: int = 200) -> dict[str, Any]:
    r = site.client.get(f"/api/v1/sync/pull?cursor={cursor}&limit={limit}", headers=site.station_headers(other))
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def _status(site: Site, status: str, case_no: str = CASE_NO, key: str | None = None) -> Any:
    body = {"status": status, "note": "材料齐全", "at": "2026-11-24T09:00:00+08:00"}
    headers = {"X-Api-Key": key or site.backoffice_key}
    return site.client.post(f"/api/v1/cases/{case_no}/status", json=body, headers=headers)


def test_pull_sends_users_of_own_hall_only(site: Site) -> None:
    users = {c["key"] for c in _pull(site)["changes"] if c["kind"] == "user"}
    assert users == {"S001", "S002"}
    other = {c["key"] for c in _pull(site, other=True)["changes"] if c["kind"] == "user"}
    assert other == {"T001"}
    change = next(c for c in _pull(site)["changes"] if c["key"] == "S001")
    assert set(change["data"]) == {"staff_no", "name", "role", "active", "offline_hash"}


def test_pull_pages_with_cursor_and_more(site: Site) -> None:
    first = _pull(site, limit=1)
    assert first["more"] is True and len(first["changes"]) == 1
    second = _pull(site, cursor=first["cursor"], limit=100)
    assert second["more"] is False
    assert [c["key"] for c in second["changes"]] == ["S002"]
    assert _pull(site, cursor=second["cursor"])["changes"] == []


def test_backoffice_status_reaches_the_cases_hall(site: Site, chain: Chain) -> None:
    site.push([chain.envelope("case.accepted", {"case_no": CASE_NO, "matter_code": "M1"})])
    cursor = _pull(site)["cursor"]
    r = _status(site, "in_review")
    assert r.status_code == 200 and r.json()["changed"] is True
    changes = _pull(site, cursor=cursor)["changes"]
    assert [(c["kind"], c["key"], c["data"]["status"], c["data"]["status_label"]) for c in changes] == [
        ("case_status", CASE_NO, "in_review", "审批中")
    ]
    assert all(c["key"] != CASE_NO for c in _pull(site, other=True)["changes"])


def test_case_status_rules(site: Site, chain: Chain) -> None:
    assert _status(site, "in_review").status_code == 404
    site.push([chain.envelope("case.accepted", {"case_no": CASE_NO, "matter_code": "M1"})])
    assert _status(site, "ready").status_code == 409  # not decided yet
    assert _status(site, "approved").status_code == 200
    again = _status(site, "approved")
    assert again.status_code == 200 and again.json()["changed"] is False
    assert _status(site, "in_review").status_code == 409
    assert _status(site, "ready").status_code == 200
    assert _status(site, "delivered").status_code == 422


def test_case_status_needs_an_api_key(site: Site) -> None:
    body = {"status": "approved", "at": "2026-11-24T09:00:00+08:00"}
    assert site.client.post(f"/api/v1/cases/{CASE_NO}/status", json=body).status_code == 401
    bad = {"X-Api-Key": "not-a-key"}
    assert site.client.post(f"/api/v1/cases/{CASE_NO}/status", json=body, headers=bad).status_code == 401


def test_catalog_version_is_pulled_and_fetched_with_etag(site: Site) -> None:
    raw = SAMPLE.read_bytes()
    with site.db.write() as session:
        outcome = import_catalog_file(session, SAMPLE)
    assert outcome.created
    change = next(c for c in _pull(site)["changes"] if c["kind"] == "catalog")
    assert change["data"] == {"version": outcome.version, "digest": outcome.digest}
    r = site.client.get(f"/api/v1/catalog/{outcome.version}", headers=site.station_headers())
    assert r.status_code == 200 and r.content == raw
    assert r.headers["ETag"] == f'"{outcome.digest}"'
    cached = {**site.station_headers(), "If-None-Match": r.headers["ETag"]}
    assert site.client.get(f"/api/v1/catalog/{outcome.version}", headers=cached).status_code == 304
    assert site.client.get("/api/v1/catalog/1999.01", headers=site.station_headers()).status_code == 404


def test_broken_catalog_is_refused_and_old_version_kept(site: Site, tmp_path: Path) -> None:
    with site.db.write() as session:
        good = import_catalog_file(session, SAMPLE)
    document = json.loads(SAMPLE.read_text(encoding="utf-8"))
    document["catalog_version"] = "2026.12"
    del document["matters"]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogRefused) as refused, site.db.write() as session:
        import_catalog_file(session, broken)
    assert refused.value.problems
    catalogs = [c["key"] for c in _pull(site)["changes"] if c["kind"] == "catalog"]
    assert catalogs == [good.version]


def test_same_version_with_other_content_is_refused(site: Site) -> None:
    with site.db.write() as session:
        store_catalog(session, b"{}", "2026.11", "a" * 64)
    with pytest.raises(CatalogRefused), site.db.write() as session:
        store_catalog(session, b"{ }", "2026.11", "b" * 64)
    with site.db.write() as session:
        assert store_catalog(session, b"{}", "2026.11", "a" * 64).created is False


def test_calendar_is_set_per_year_and_pulled(site: Site) -> None:
    days = [{"date": "2027-01-01", "working": False, "note": "元旦"}, {"date": "2027-02-07", "working": True, "note": "调休"}]
    headers = {"X-Api-Key": site.admin_key}
    r = site.client.post("/api/v1/admin/calendar", json={"year": 2027, "days": days}, headers=headers)
    assert r.status_code == 200 and r.json()["days"] == 2
    wrong_year = {"year": 2027, "days": [{"date": "2028-01-01", "working": False}]}
    assert site.client.post("/api/v1/admin/calendar", json=wrong_year, headers=headers).status_code == 422
    change = next(c for c in _pull(site, other=True)["changes"] if c["kind"] == "calendar")
    assert change["key"] == "2027" and change["data"]["days"][1] == days[1]


def test_appointments_go_to_their_hall(site: Site) -> None:
    body = {"id": "YY-1", "hall": "ZJ02", "category": "SSDJ", "date": "2026-11-25", "start": "09:00", "end": "09:30",
            "applicant_masked": "张*"}  # fmt: skip
    r = site.client.post("/api/v1/appointments", json=body, headers={"X-Api-Key": site.backoffice_key})
    assert r.status_code == 200
    assert [c["key"] for c in _pull(site, other=True)["changes"] if c["kind"] == "appointment"] == ["YY-1"]
    assert [c for c in _pull(site)["changes"] if c["kind"] == "appointment"] == []


def test_user_moved_to_another_hall_is_withdrawn_from_the_old_one(site: Site) -> None:
    from server.identities import set_user

    cursor = _pull(site)["cursor"]
    with site.db.write() as session:
        set_user(session, "S002", "李四", "clerk", "ZJ02", "another-pass-1")
    old_hall = _pull(site, cursor=cursor)["changes"]
    assert [(c["key"], c["data"]["active"], c["data"]["offline_hash"]) for c in old_hall] == [("S002", False, None)]
    new_hall = [c for c in _pull(site, other=True)["changes"] if c["key"] == "S002"]
    assert new_hall[-1]["data"]["active"] is True and new_hall[-1]["data"]["offline_hash"]["hash"]
