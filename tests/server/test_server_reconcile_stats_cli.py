"""Reconcile, statistics summary, and the operator's CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from server_helpers import Chain, Site

from app.protocol import ids_digest
from server.cli import main
from server.db import Database
from server.models import CatalogVersion, Station, User

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "sample-catalog.json"


def test_reconcile_reports_match_and_missing_ids(site: Site, chain: Chain) -> None:
    envs = [chain.envelope("consultation", {"n": i}) for i in range(3)]
    site.push(envs[:2])
    ids = [e["id"] for e in envs]
    body = {"protocol": 1, "counts": {"consultation": 3}, "digests": {"consultation": ids_digest(ids)}}
    r = site.client.post("/api/v1/sync/reconcile", json=body, headers=site.station_headers())
    kind = r.json()["kinds"]["consultation"]
    assert (kind["server_count"], kind["match"], kind["resend"]) == (2, False, True)
    r = site.client.post("/api/v1/sync/reconcile", json={**body, "ids": {"consultation": ids}}, headers=site.station_headers())
    assert r.json()["kinds"]["consultation"]["missing"] == [envs[2]["id"]]
    site.push(envs[2:])
    r = site.client.post("/api/v1/sync/reconcile", json=body, headers=site.station_headers())
    assert r.json()["kinds"]["consultation"] == {"server_count": 3, "server_digest": ids_digest(ids), "match": True}


def test_summary_counts_kinds_for_own_hall_only(site: Site, chain: Chain) -> None:
    site.push(
        [chain.envelope("consultation", {}), chain.envelope("rating", {"level": "very_satisfied"}),
         chain.envelope("rating", {"level": "very_dissatisfied"})]
    )
    r = site.client.get("/api/v1/stats/summary?from=2026-11-01&to=2026-11-30", headers=site.station_headers())
    assert r.json()["counts"] == {"consultation": 1, "rating": 2} and r.json()["total"] == 3
    assert site.client.get("/api/v1/stats/summary?hall=ZJ02", headers=site.station_headers()).status_code == 403
    empty = site.client.get("/api/v1/stats/summary?from=2026-12-01", headers=site.station_headers()).json()
    assert empty["counts"] == {}
    by_key = site.client.get("/api/v1/stats/summary?hall=ZJ01", headers={"X-Api-Key": site.backoffice_key})
    assert by_key.json()["total"] == 3


def test_cli_sets_up_hall_station_user_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["add-hall", "--code", "HZ01", "--name", "杭州市民中心", "--database-url", url]) == 0
    assert main(["add-station", "--hall", "HZ01", "--name", "1号窗口", "--database-url", url]) == 0
    out = capsys.readouterr().out
    assert "工作站编码：HZ0101" in out and "一次性登记码：" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
    args = ["add-user", "--staff-no", "S001", "--name", "张三", "--role", "clerk", "--hall", "HZ01", "--password-stdin"]
    assert main([*args, "--database-url", url]) == 0
    assert main(["add-api-key", "--name", "审批", "--database-url", url]) == 0
    assert main(["add-station", "--hall", "NOPE", "--name", "x", "--database-url", url]) == 2
    assert main(["deactivate-user", "--staff-no", "S001", "--database-url", url]) == 0
    assert main(["deactivate-user", "--staff-no", "NOBODY", "--database-url", url]) == 2
    db = Database(url)
    with db.read() as session:
        assert session.get_one(Station, "HZ0101").secret_hash is None
        user = session.get_one(User, "S001")
        assert user.password_hash.startswith("scrypt$16384$8$1$") and user.active is False
    db.dispose()


def test_cli_import_catalog_refuses_broken_file_and_keeps_old(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["import-catalog", str(SAMPLE), "--database-url", url]) == 0
    broken = tmp_path / "broken.json"
    document = json.loads(SAMPLE.read_text(encoding="utf-8"))
    document["catalog_version"] = "2099.01"
    document["queue_categories"] = []
    broken.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["import-catalog", str(broken), "--database-url", url]) == 2
    assert "原版本保持不变" in capsys.readouterr().err
    assert main(["import-catalog", str(tmp_path / "missing.json"), "--database-url", url]) == 2
    db = Database(url)
    with db.read() as session:
        versions = [row.version for row in session.query(CatalogVersion).all()]
    db.dispose()
    assert versions == [json.loads(SAMPLE.read_text(encoding="utf-8"))["catalog_version"]]
