"""End to end: the real ``python -m server serve`` process on 127.0.0.1, driven with requests.

Runs on SQLite always, and on PostgreSQL too when ``YICHUANG_TEST_PG_URL`` names an empty
throwaway database (its ``public`` schema is dropped and re-created here).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from app.protocol import audit_entry_body, audit_hash, ids_digest, payload_digest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "catalog" / "sample-catalog.json"
PG_URL = os.environ.get("YICHUANG_TEST_PG_URL", "")
PASSWORD = "window-pass-2026"
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql", marks=[pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="YICHUANG_TEST_PG_URL not set")]
    ),
]


def cli(url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server", *args, "--database-url", url],
        input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip


def cli_many(url: str, commands: list[list[str]], stdin: str = "") -> list[str]:
    """Several CLI commands in one process (imports are slow on a busy machine): their outputs."""
    script = (
        "import contextlib, io, json, sys\nfrom server.cli import main\nouts = []\n"
        "for argv in json.loads(sys.argv[1]):\n"
        "    buf = io.StringIO()\n"
        "    with contextlib.redirect_stdout(buf):\n"
        "        code = main(argv)\n"
        "    if code:\n"
        "        sys.exit(f'{argv} exited {code}')\n"
        "    outs.append(buf.getvalue())\n"
        "print(json.dumps(outs))\n"
    )
    argv = json.dumps([[*c, "--database-url", url] for c in commands])
    done = subprocess.run([sys.executable, "-c", script, argv], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=300, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    outs: list[str] = json.loads(done.stdout.splitlines()[-1])
    return outs


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Server:
    base: str
    url: str
    admin_key: str
    backoffice_key: str
    seats: dict[str, list[tuple[str, str]]]  # hall -> [(station code, enrolment code)]
    workdir: Path

    def new_station(self, hall: str = "ZJ01") -> Station:
        code, enrolment = self.seats[hall].pop()
        body = {"protocol": 1, "station_code": code, "enrolment_code": enrolment}
        r = requests.post(f"{self.base}/api/v1/stations/enrol", json=body, timeout=10)
        assert r.status_code == 200, r.text
        return Station(self.base, code, r.json()["station_secret"])


def _seat(out: str) -> tuple[str, str]:
    code = re.search(r"工作站编码：(\S+)", out)
    enrolment = re.search(r"一次性登记码：(\S+)", out)
    assert code and enrolment, out
    return code.group(1), enrolment.group(1)


@dataclass
class Station:
    base: str
    code: str
    secret: str
    seq: int = 0
    head: str = ""
    session: requests.Session = field(default_factory=requests.Session)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Station {self.code}:{self.secret}", "X-Yichuang-Protocol": "1"}

    def envelope(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        self.seq += 1
        rid = f"{self.code}-{self.seq:06d}-{hashlib.sha256(os.urandom(8)).hexdigest()[:8]}"
        digest, at = payload_digest(payload), "2026-11-23T10:15:02+08:00"
        audit = {"seq": self.seq, "at": at, "actor": "S001", "action": kind, "prev_hash": self.head}
        audit["hash"] = self.head = audit_hash(self.head, self.seq, audit_entry_body(rid, at, "S001", kind, digest))
        return {"id": rid, "kind": kind, "station_code": self.code, "created_at": at, "catalog_version": "2026.11",
                "payload": payload, "payload_sha256": digest, "audit": audit}  # fmt: skip

    def post(self, path: str, body: dict[str, Any], clerk: str = "") -> requests.Response:
        headers = {**self.headers, **({"X-Clerk-Token": clerk} if clerk else {})}
        return self.session.post(f"{self.base}{path}", json={"protocol": 1, **body}, headers=headers, timeout=60)

    def get(self, path: str) -> requests.Response:
        return self.session.get(f"{self.base}{path}", headers=self.headers, timeout=60)

    def push(self, records: list[dict[str, Any]]) -> requests.Response:
        return self.post("/api/v1/sync/push", {"station_code": self.code, "records": records})

    def login(self, staff_no: str = "S001") -> str:
        r = self.post("/api/v1/auth/login", {"staff_no": staff_no, "password": PASSWORD})
        assert r.status_code == 200, r.text
        token: str = r.json()["token"]
        return token


def _statuses(r: requests.Response) -> list[str]:
    return [x["status"] for x in r.json()["results"]]


def _wait_healthy(base: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"server exited early:\n{log.read_text(errors='replace')}")
        try:
            if requests.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    pytest.fail(f"server did not become healthy:\n{log.read_text(errors='replace')}")


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp(f"e2e-{request.param}")
    if request.param == "postgresql":
        _reset_postgres(PG_URL)
        url = PG_URL
    else:
        url = f"sqlite:///{tmp / 'server.sqlite3'}"
    user = ["add-user", "--name", "张三", "--role", "clerk", "--hall", "ZJ01", "--password-stdin", "--staff-no"]
    outs = cli_many(
        url,
        [
            ["add-hall", "--code", "ZJ01", "--name", "西湖区政务服务中心"],
            ["add-hall", "--code", "ZJ02", "--name", "转塘街道便民服务中心"],
            [*user, "S001"],
            [*user, "S002"],
            ["add-api-key", "--name", "e2e-admin", "--scope", "admin"],
            ["add-api-key", "--name", "e2e-backoffice", "--scope", "backoffice"],
            *[["add-station", "--hall", "ZJ01", "--name", f"窗口 {n}"] for n in range(12)],
            *[["add-station", "--hall", "ZJ02", "--name", f"窗口 {n}"] for n in range(2)],
        ],
        stdin=f"{PASSWORD}\n" * 2,
    )
    keys = [re.search(r"接口密钥（\w+）：(\S+)", out).group(1) for out in outs[4:6]]  # type: ignore[union-attr]
    seats = {"ZJ01": [_seat(out) for out in outs[6:18]], "ZJ02": [_seat(out) for out in outs[18:]]}
    done = cli(url, "import-catalog", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    with running_server(url, tmp / "server.log") as base:
        yield Server(base, url, keys[0], keys[1], seats, tmp)


@contextmanager
def running_server(url: str, log: Path) -> Iterator[str]:
    """``python -m server serve`` on a free loopback port until the block ends; its base URL."""
    port = _free_port()
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "server", "serve", "--host", "127.0.0.1", "--port", str(port), "--database-url", url],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base, proc, log)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_push_twice_conflict_and_invalid(server: Server) -> None:
    station = server.new_station()
    assert station.login()
    batch = [station.envelope("consultation", {"topic": f"咨询 {i}"}) for i in range(20)]
    assert _statuses(station.push(batch)) == ["stored"] * 20
    again = station.push(batch)
    assert again.status_code == 200 and _statuses(again) == ["duplicate"] * 20
    changed = {**batch[3], "payload": {"topic": "改过的"}}
    changed["payload_sha256"] = payload_digest(changed["payload"])
    conflict = station.push([changed])
    assert conflict.status_code == 409 and _statuses(conflict) == ["conflict"]
    mixed = [station.envelope("consultation", {"n": i}) for i in range(10)]
    mixed[4] = {**mixed[4], "kind": "no.such.kind"}
    mixed[7] = {**mixed[7], "id": "x" * 300}  # too long for the id column: answered, not a 500
    r = station.push(mixed)
    assert r.status_code == 200
    assert _statuses(r) == ["stored"] * 4 + ["invalid"] + ["stored"] * 2 + ["invalid"] + ["stored"] * 2


def test_concurrent_pushes_of_one_batch_land_once(server: Server) -> None:
    station = server.new_station()
    levels = ("very_dissatisfied", "dissatisfied", "basically_satisfied", "satisfied", "very_satisfied")
    batch = [station.envelope("rating", {"level": levels[i % 5]}) for i in range(60)]
    answers: list[list[str]] = []
    lock = threading.Lock()

    def push() -> None:
        own = Station(station.base, station.code, station.secret)
        r = own.push(batch)
        with lock:
            answers.append(_statuses(r))

    threads = [threading.Thread(target=push) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stored = [i for i in range(60) if sum(a[i] == "stored" for a in answers) == 1]
    assert len(answers) == 4 and len(stored) == 60
    assert all(set(a) <= {"stored", "duplicate"} for a in answers)
    ids = [e["id"] for e in batch]
    body = {"counts": {"rating": 60}, "digests": {"rating": ids_digest(ids)}}
    assert station.post("/api/v1/sync/reconcile", body).json()["kinds"]["rating"]["match"] is True


def test_backoffice_status_shows_up_in_pull(server: Server) -> None:
    station = server.new_station()
    case_no = f"{station.code}-20261123-0001"
    station.push([station.envelope("case.accepted", {"case_no": case_no, "matter_code": "M1"})])
    cursor = station.get("/api/v1/sync/pull?cursor=0&limit=1000").json()["cursor"]
    body = {"status": "approved", "note": "准予许可", "at": "2026-11-25T16:00:00+08:00"}
    r = requests.post(f"{server.base}/api/v1/cases/{case_no}/status", json=body,
                      headers={"X-Api-Key": server.backoffice_key}, timeout=10)  # fmt: skip
    assert r.status_code == 200, r.text
    changes = station.get(f"/api/v1/sync/pull?cursor={cursor}").json()["changes"]
    mine = [c for c in changes if c["key"] == case_no]
    assert [(c["kind"], c["data"]["status"]) for c in mine] == [("case_status", "approved")]
    other_hall = server.new_station("ZJ02")
    assert all(c["key"] != case_no for c in other_hall.get("/api/v1/sync/pull?cursor=0&limit=1000").json()["changes"])


def test_audit_chain_break_is_flagged(server: Server) -> None:
    station = server.new_station()
    station.push([station.envelope("audit.event", {"event": "login"})])
    station.head = "0" * 64  # history rewritten on the station
    r = station.push([station.envelope("audit.event", {"event": "logout"})])
    assert _statuses(r) == ["stored"]
    report = requests.get(f"{server.base}/api/v1/admin/audit-breaks", headers={"X-Api-Key": server.admin_key}, timeout=10)
    mine = [(b["seq"], b["reason"]) for b in report.json()["breaks"] if b["station_code"] == station.code]
    assert mine == [(2, "prev_hash_mismatch")]


def test_two_windows_calling_next_never_get_the_same_ticket(server: Server) -> None:
    kiosk = server.new_station()
    for i in range(30):
        r = kiosk.post("/api/v1/queue/tickets", {"category": "SSDJ", "client_id": f"{kiosk.code}-{i}", "prefix": "A"})
        assert r.status_code == 200, r.text
    windows = [server.new_station(), server.new_station()]
    tokens = [windows[0].login("S001"), windows[1].login("S002")]
    won: list[list[str]] = [[], []]

    def serve(n: int) -> None:
        own = Station(windows[n].base, windows[n].code, windows[n].secret)
        body = {"window_no": f"{n + 1}", "categories": [{"code": "SSDJ", "weight": 1}]}
        while True:
            r = own.post("/api/v1/queue/call-next", body, clerk=tokens[n])
            assert r.status_code == 200, r.text
            if r.json()["ticket"] is None:
                return
            won[n].append(r.json()["ticket"]["id"])

    threads = [threading.Thread(target=serve, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not set(won[0]) & set(won[1])
    assert len(won[0]) + len(won[1]) == 30
    events = kiosk.session.get(f"{server.base}/api/v1/queue/events?after=0&wait=0",
                               headers={**kiosk.headers, "Accept": "application/json"}, timeout=10).json()  # fmt: skip
    called = [e["ticket"]["id"] for e in events["events"] if e["type"] == "called"]
    assert sorted(called) == sorted(won[0] + won[1])


def test_import_catalog_refuses_broken_file_and_keeps_old(server: Server, tmp_path: Path) -> None:
    station = server.new_station()
    before = [c["data"] for c in station.get("/api/v1/sync/pull?cursor=0&limit=1000").json()["changes"] if c["kind"] == "catalog"]
    document = json.loads(SAMPLE.read_text(encoding="utf-8"))
    document["catalog_version"] = "2099.01"
    document["matters"][0]["situations"] = "oops"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    done = cli(server.url, "import-catalog", str(broken))
    assert done.returncode == 2
    assert "原版本保持不变" in done.stderr
    after = [c["data"] for c in station.get("/api/v1/sync/pull?cursor=0&limit=1000").json()["changes"] if c["kind"] == "catalog"]
    assert after == before and len(after) == 1
    version = after[0]["version"]
    r = station.get(f"/api/v1/catalog/{version}")
    assert r.status_code == 200 and r.content == SAMPLE.read_bytes()
    assert station.get("/api/v1/catalog/2099.01").status_code == 404


def test_unsupported_protocol_gets_426(server: Server) -> None:
    station = server.new_station()
    body = {"protocol": 2, "station_code": station.code, "records": []}
    r = requests.post(
        f"{server.base}/api/v1/sync/push", json=body, headers={"Authorization": station.headers["Authorization"]}, timeout=10
    )
    assert r.status_code == 426
    assert r.json()["supported"] == [1]
    assert "不支持的协议版本" in r.json()["detail"]


def test_a_call_on_one_process_reaches_a_board_on_another(server: Server) -> None:
    """No queue state lives in a process: a second server on the same database streams the call."""
    kiosk, window = server.new_station(), server.new_station()
    r = kiosk.post("/api/v1/queue/tickets", {"category": "SSDJ", "client_id": f"{kiosk.code}-board", "prefix": "A"})
    ticket = r.json()["ticket"]
    start = kiosk.session.get(f"{server.base}/api/v1/queue/state", headers=kiosk.headers, timeout=10).json()["last_event_seq"]
    seen: list[dict[str, Any]] = []
    listening = threading.Event()

    def board(base: str) -> None:
        headers = {**kiosk.headers, "Accept": "text/event-stream"}
        with requests.get(f"{base}/api/v1/queue/events?after={start}", headers=headers, stream=True, timeout=30) as stream:
            listening.set()
            for line in stream.iter_lines(decode_unicode=True):
                if line and line.startswith("data:"):
                    event = json.loads(line[5:])
                    seen.append(event)
                    if event["type"] == "called":
                        return

    with running_server(server.url, server.workdir / "second.log") as second:
        listener = threading.Thread(target=board, args=(second,), daemon=True)
        listener.start()
        assert listening.wait(30)
        body = {"window_no": "9", "categories": [{"code": "SSDJ"}]}
        called = None
        while called is None or called["id"] != ticket["id"]:  # earlier tests may have left tickets waiting
            called = window.post("/api/v1/queue/call-next", body, clerk=window.login()).json()["ticket"]
            assert called is not None
        listener.join(timeout=30)
    assert any(e["type"] == "called" for e in seen)
    assert seen[-1]["ticket"]["window_no"] == "9"
