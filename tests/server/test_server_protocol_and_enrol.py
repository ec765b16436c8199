"""Protocol version checks and station enrolment."""

from __future__ import annotations

from server_helpers import Site


def test_health_answers_with_protocol_and_header(site: Site) -> None:
    r = site.client.get("/api/v1/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"
    assert r.json()["protocol"] == 1
    assert r.headers["X-Yichuang-Protocol"] == "1"


def test_unsupported_protocol_in_body_gets_426_before_validation(site: Site) -> None:
    body = {"protocol": 99, "station_code": site.station, "records": "not even a list"}
    r = site.client.post("/api/v1/sync/push", json=body, headers={"Authorization": f"Station {site.station}:{site.secret}"})
    assert r.status_code == 426
    assert r.json()["supported"] == [1]
    assert "不支持的协议版本 99" in r.json()["detail"]
    assert "Unsupported protocol version 99" in r.json()["detail"]


def test_unsupported_protocol_in_header_or_query_gets_426(site: Site) -> None:
    assert site.client.get("/api/v1/sync/pull", headers={"X-Yichuang-Protocol": "2"}).status_code == 426
    assert site.client.get("/api/v1/queue/state?protocol=0").status_code == 426


def test_station_endpoint_without_protocol_gets_426(site: Site) -> None:
    r = site.client.get("/api/v1/sync/pull", headers={"Authorization": f"Station {site.station}:{site.secret}"})
    assert r.status_code == 426


def test_enrolment_code_is_single_use(site: Site) -> None:
    with site.db.write() as session:
        from server.identities import add_station

        new = add_station(session, "ZJ01", "综合窗口 2")
    assert new.code == "ZJ0102"
    body = {"protocol": 1, "station_code": new.code, "enrolment_code": new.enrolment_code.lower().replace("-", " ")}
    first = site.client.post("/api/v1/stations/enrol", json=body)
    assert first.status_code == 200
    assert len(first.json()["station_secret"]) >= 40
    assert first.json()["hall"]["code"] == "ZJ01"
    again = site.client.post("/api/v1/stations/enrol", json=body)
    assert again.status_code == 403


def test_wrong_enrolment_code_is_refused(site: Site) -> None:
    with site.db.write() as session:
        from server.identities import add_station

        new = add_station(session, "ZJ01", "综合窗口 3")
    body = {"protocol": 1, "station_code": new.code, "enrolment_code": "AAAA-BBBB-CCCC"}
    assert site.client.post("/api/v1/stations/enrol", json=body).status_code == 403


def test_bad_station_secret_is_401(site: Site) -> None:
    headers = {"Authorization": f"Station {site.station}:wrong", "X-Yichuang-Protocol": "1"}
    r = site.client.get("/api/v1/sync/pull", headers=headers)
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"] == "Station"


def test_reset_station_revokes_old_secret(site: Site) -> None:
    from server.identities import reset_enrolment

    with site.db.write() as session:
        code = reset_enrolment(session, site.station)
    assert site.client.get("/api/v1/sync/pull", headers=site.station_headers()).status_code == 401
    body = {"protocol": 1, "station_code": site.station, "enrolment_code": code}
    assert site.client.post("/api/v1/stations/enrol", json=body).status_code == 200


def test_openapi_document_lists_the_api(site: Site) -> None:
    r = site.client.get("/openapi.json")
    assert r.status_code == 200
    paths = r.json()["paths"]
    for path in ("/api/v1/sync/push", "/api/v1/sync/pull", "/api/v1/queue/events", "/api/v1/cases/{case_no}/status"):
        assert path in paths
