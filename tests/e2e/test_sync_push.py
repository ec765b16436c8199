"""Push against the real server: idempotent batches, lost answers, bad records, conflicts,
a week's backlog, catalog changes and clock trouble. Every record lands exactly once."""

from __future__ import annotations

import json
import socket
import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from sync_helpers import (
    ServerProcess,
    emit_case,
    emit_rating,
    emit_ticket,
    engine_for,
    held_on_server,
    new_station,
    open_station,
    outbox_states,
    sync,
)

from app.auth import login_offline
from app.clock import FixedClock
from app.protocol import canonical_json, payload_digest
from app.station import Station, StationOptions
from app.sync.client import Offline, SyncClient
from app.sync.push import _PENDING_SQL, envelope
from app.sync.quarantine import QuarantineService


def _exactly_once(station: Station, server: ServerProcess) -> None:
    assert outbox_states(station).get("pending", 0) == 0
    sent = {
        r["kind"]: int(r["n"])
        for r in station.store.query("SELECT kind, COUNT(*) AS n FROM outbox WHERE state = 'sent' GROUP BY kind")
    }
    assert held_on_server(station, server.url) == sent


def test_first_sync_enrols_pulls_and_pushes(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(shared_server, tmp_path / "st")
    assert not station.has_catalog
    sync(station)
    assert station.has_catalog and station.store.catalog_version.startswith("2026.")  # the server's newest
    assert station.store.query_one("SELECT source FROM catalog_versions WHERE active = 1")["source"].startswith("server:")
    assert station.secrets.get("enrolment-code") is None and station.secrets.get("station-secret")
    # the pulled offline verifier logs the clerk in with no network
    session = login_offline(station.store, shared_server.staff(1), "correct-horse-1")
    assert session.name == "张三"
    ids = [emit_case(station, n) for n in range(5)] + [emit_rating(station, 1), emit_ticket(station, 1)]
    sync(station)
    assert outbox_states(station) == {"sent": len(ids)}
    _exactly_once(station, shared_server)
    assert json.loads(station.store.meta("sync_cursor_covers") or "{}")["server"] == shared_server.url
    station.close()


def _envelopes(station: Station) -> list[dict[str, object]]:
    rows = station.store.query(_PENDING_SQL, (0, 500))
    return [envelope(station.store, r, station.station_code) for r in rows]


def _client(station: Station, url: str) -> SyncClient:
    from app.sync.auth import station_credentials

    return SyncClient(url, lambda: station_credentials(station.secrets, station.station_code))


def test_same_batch_twice_and_concurrently(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(shared_server, tmp_path / "st")
    sync(station)
    for n in range(30):
        emit_case(station, n)
    body = {"protocol": 1, "station_code": station.station_code, "records": _envelopes(station)}
    client = _client(station, shared_server.url)
    first = client.call("POST", "/sync/push", json_body=body, required=("results",)).body["results"]
    again = client.call("POST", "/sync/push", json_body=body, required=("results",)).body["results"]
    assert {r["status"] for r in first} == {"stored"} and {r["status"] for r in again} == {"duplicate"}
    for n in range(30, 60):
        emit_case(station, n)
    body = {"protocol": 1, "station_code": station.station_code, "records": _envelopes(station)}
    answers: list[list[dict[str, str]]] = []

    def push() -> None:
        answers.append(
            _client(station, shared_server.url).call("POST", "/sync/push", json_body=body, required=("results",)).body["results"]
        )

    threads = [threading.Thread(target=push) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = [r["status"] for a in answers for r in a]
    assert statuses.count("stored") == 30  # each new record stored by exactly one of the four
    assert statuses.count("duplicate") == 4 * 60 - 30
    sync(station)
    _exactly_once(station, shared_server)
    assert held_on_server(station, shared_server.url) == {"case.accepted": 60}
    station.close()


class DroppingProxy:
    """Loopback TCP proxy: forwards each request to the server, then drops the answer."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.forwarded = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn: socket.socket) -> None:
        request = _read_request(conn)
        with socket.create_connection(("127.0.0.1", self.target_port)) as upstream:
            upstream.sendall(request)
            upstream.settimeout(30)
            upstream.recv(65536)  # the server committed and started answering
        self.forwarded += 1
        conn.close()  # ... and the answer never reaches the client

    def close(self) -> None:
        self.sock.close()


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        data += conn.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    while len(body) < length:
        body += conn.recv(65536)
    return head + b"\r\n\r\n" + body


def test_lost_response_resends_and_lands_once(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(shared_server, tmp_path / "st")
    sync(station)
    for n in range(20):
        emit_case(station, n)
    proxy = DroppingProxy(shared_server.port)
    engine = engine_for(station)
    engine.client.base_url = f"http://127.0.0.1:{proxy.port}"
    with pytest.raises(Offline):
        engine.run_once()  # the health probe through the proxy is dropped too: offline
    from app.sync.push import Pusher

    with pytest.raises(Offline):
        Pusher(engine.store, engine.client, station.station_code).push_all()
    assert proxy.forwarded >= 2
    assert outbox_states(station) == {"pending": 20}  # never marked sent without an answer
    assert held_on_server(station, shared_server.url) == {"case.accepted": 20}  # but the server has them
    proxy.close()
    engine.store.close()
    report = sync(station)
    assert report.push.duplicate == 20 and report.push.stored == 0
    _exactly_once(station, shared_server)
    station.close()


def test_one_bad_record_among_many_is_quarantined(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(shared_server, tmp_path / "st")
    sync(station)
    for n in range(10):
        emit_rating(station, n)
    bad = emit_rating(station, 10, score=9)
    for n in range(11, 20):
        emit_rating(station, n)
    report = sync(station)
    assert report.push.quarantined == 1 and report.push.stored == 19
    row = station.store.query_one("SELECT state, last_error FROM outbox WHERE id = ?", (bad,))
    assert row["state"] == "quarantined" and "level" in row["last_error"]
    assert held_on_server(station, shared_server.url) == {"rating": 19}
    # the supervisor sees it (without personal data) and may send it again
    from app.auth import Session

    station.session = Session(shared_server.staff(9), "陈静", "supervisor")
    listed = QuarantineService(station).records()
    assert [q.id for q in listed] == [bad] and "level" in listed[0].error
    QuarantineService(station).resend([bad])
    assert station.store.query_one("SELECT state FROM outbox WHERE id = ?", (bad,))["state"] == "pending"
    station.close()


def test_same_id_with_changed_payload_is_a_conflict(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(shared_server, tmp_path / "st")
    sync(station)
    record_id = emit_rating(station, 1, score=5)
    sync(station)
    changed = {"level": "very_dissatisfied", "station_code": station.station_code}
    with station.store.transaction() as conn:  # e.g. a DB restored and edited by hand
        conn.execute(
            "UPDATE outbox SET state = 'pending', payload = ?, payload_sha256 = ? WHERE id = ?",
            (station.store.cipher.encrypt_bytes(canonical_json(changed)), payload_digest(changed), record_id),
        )
    report = sync(station)
    assert report.push.quarantined == 1
    row = station.store.query_one("SELECT state, last_error FROM outbox WHERE id = ?", (record_id,))
    assert row["state"] == "quarantined" and row["last_error"].startswith("conflict:")
    assert held_on_server(station, shared_server.url) == {"rating": 1}
    station.close()


def test_seven_days_offline_backlog(shared_server: ServerProcess, tmp_path: Path, clock: FixedClock) -> None:
    seat = shared_server.add_station()
    station = open_station(tmp_path / "st", shared_server.url, seat)
    station.close()
    station = Station.open(StationOptions(data_dir=tmp_path / "st"), clock=clock)
    start = clock.now()
    for day in range(7):
        clock.set(start + timedelta(days=day))
        for n in range(60):
            emit_ticket(station, day * 100 + n)
        for n in range(20):
            emit_case(station, day * 100 + n)
    clock.set(start + timedelta(days=7))
    report = sync(station)
    assert report.push.stored == 7 * 80 and report.push.batches >= 3
    _exactly_once(station, shared_server)
    station.close()


def test_clock_a_day_wrong_is_flagged_and_sync_goes_on(shared_server: ServerProcess, tmp_path: Path, clock: FixedClock) -> None:
    seat = shared_server.add_station()
    open_station(tmp_path / "st", shared_server.url, seat).close()
    from datetime import datetime

    from app.clock import HALL_TZ

    wrong = FixedClock(datetime.now(HALL_TZ) + timedelta(days=1))
    station = Station.open(StationOptions(data_dir=tmp_path / "st"), clock=wrong)
    emit_case(station, 1)
    engine = engine_for(station)
    engine.run_once()
    assert engine.state.clock_off and "快" in engine.state.skew_text
    assert engine.state.pending == 0
    engine.store.close()
    _exactly_once(station, shared_server)
    station.close()


def test_catalog_changed_while_records_pending(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(shared_server, tmp_path / "st")
    sync(station)
    before = station.store.catalog_version
    old = [emit_case(station, n) for n in range(3)]
    from app.catalog.loader import default_catalog_path

    doc = json.loads(default_catalog_path().read_text("utf-8"))
    doc["catalog_version"] = "2026.12-" + shared_server.hall
    newer = tmp_path / "catalog-new.json"
    newer.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    shared_server.cli(["import-catalog", str(newer)])
    sync(station)
    assert station.store.catalog_version == doc["catalog_version"]
    versions = {
        r["catalog_version"] for r in station.store.query("SELECT catalog_version FROM outbox WHERE id IN (?, ?, ?)", old)
    }
    assert versions == {before}  # records keep the catalog they were made with
    server_db = shared_server.database_url.removeprefix("sqlite:///")
    if shared_server.database_url.startswith("sqlite"):
        with sqlite3.connect(server_db) as conn:
            held = {r[0] for r in conn.execute("SELECT catalog_version FROM records WHERE id IN (?, ?, ?)", old)}
        assert held == {before}
    _exactly_once(station, shared_server)
    station.close()


def test_reconcile_resends_what_the_server_lacks(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(shared_server, tmp_path / "st")
    sync(station)
    for n in range(5):
        emit_rating(station, n)
    lost = emit_rating(station, 99)
    with station.store.transaction() as conn:  # marked sent, but never reached the server
        conn.execute("UPDATE outbox SET state = 'sent' WHERE id = ?", (lost,))
    report = sync(station)
    assert report.reconcile.resent == 1 and "rating" in report.reconcile.mismatched
    finding = station.store.query_one("SELECT text FROM sync_findings WHERE kind = 'reconcile'")
    assert finding is not None and "缺少 1 条" in finding["text"]
    _exactly_once(station, shared_server)
    station.close()


def test_old_client_against_new_server_gets_426_and_keeps_data(
    shared_server: ServerProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    station = new_station(shared_server, tmp_path / "st")
    sync(station)
    emit_case(station, 1)
    import app.sync.client as client_mod
    import app.sync.push as push_mod

    monkeypatch.setattr(client_mod, "PROTOCOL_VERSION", 99)
    monkeypatch.setattr(push_mod, "PROTOCOL_VERSION", 99)
    engine = engine_for(station)
    from app.sync.client import ProtocolTooOld

    with pytest.raises(ProtocolTooOld) as caught:
        engine.run_once()
    assert "升级" in str(caught.value) and engine.state.blocked
    assert outbox_states(station) == {"pending": 1}
    engine.store.close()
    monkeypatch.undo()
    sync(station)
    assert outbox_states(station) == {"sent": 1}
    station.close()


def test_health_probe_answers_with_the_server_time(shared_server: ServerProcess) -> None:
    body = requests.get(f"{shared_server.url}/api/v1/health", timeout=5).json()
    assert body["status"] == "ok" and 1 in body["supported"]


def test_runner_thread_syncs_on_its_own_connection_and_wakes_on_outbox(shared_server: ServerProcess,
                                                                        tmp_path: Path) -> None:
    from app.sync.runner import running, start_sync_if_configured

    station = new_station(shared_server, tmp_path / "st")
    states: list[object] = []
    runner = start_sync_if_configured(station)
    assert runner is not None and running(station) is runner
    runner.add_state_listener(states.append)
    assert runner.round_done.wait(60)
    runner.round_done.clear()
    emit_case(station, 1)
    station.notify("outbox")  # what every service does after a unit of work: the runner wakes up
    deadline = threading.Event()
    for _ in range(600):
        if runner.state.online and runner.state.pending == 0 and outbox_states(station) == {"sent": 1}:
            break
        deadline.wait(0.1)
    runner.stop()
    assert outbox_states(station) == {"sent": 1}
    assert any(getattr(s, "online", False) for s in states)
    assert (station.data_dir / "backups").is_dir()  # the daily backup ran
    station.close()
