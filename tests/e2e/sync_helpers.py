"""End-to-end helpers: the REAL reference server as a process on 127.0.0.1, set up through
its own CLI, and real stations that sync with it through app/sync.

``server``: SQLite in a temp folder; with ``YICHUANG_TEST_PG_URL`` set, every test that uses
it also runs against that PostgreSQL (halls, stations and staff numbers are unique per
fixture, so one database serves many runs).
"""

from __future__ import annotations

import json
import os
import re
import secrets as pysecrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from app.catalog.loader import default_catalog_path
from app.station import Station, StationOptions
from app.sync.auth import ENROLMENT_CODE
from app.sync.engine import SyncEngine
from app.sync.runner import build_engine

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct-horse-1"
PG_ENV = "YICHUANG_TEST_PG_URL"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("YICHUANG_SYNC_CRASH_AT", None)
    return env


@dataclass
class StationSeat:
    code: str
    enrolment_code: str


def _seat(out: str) -> StationSeat:
    code = re.search(r"工作站编码：(\S+)", out)
    enrol = re.search(r"一次性登记码：(\S+)", out)
    assert code and enrol, out
    return StationSeat(code.group(1), enrol.group(1))


@dataclass
class ServerProcess:
    """The reference server, run and administered through ``python -m server``."""

    database_url: str
    workdir: Path
    port: int = field(default_factory=free_port)
    hall: str = field(default_factory=lambda: "H" + pysecrets.token_hex(3).upper())
    proc: subprocess.Popen[bytes] | None = None
    api_key: str = ""
    admin_key: str = ""
    pool: list[StationSeat] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def staff(self, n: int) -> str:
        return f"{self.hall}S{n:03d}"

    def cli(self, *commands: list[str], stdin: str = "") -> list[str]:
        """Run CLI commands (``python -m server`` argv lists) in one process; their outputs."""
        script = (
            "import json, sys\nfrom contextlib import redirect_stdout\nimport io\n"
            "from server.cli import main\nouts = []\n"
            "for argv in json.loads(sys.argv[1]):\n"
            "    buf = io.StringIO()\n"
            "    with redirect_stdout(buf):\n"
            "        code = main(argv)\n"
            "    if code != 0:\n"
            "        sys.exit(f'command {argv} exited {code}')\n"
            "    outs.append(buf.getvalue())\n"
            "print(json.dumps(outs))\n"
        )
        argvs = [[c[0], "--database-url", self.database_url, *c[1:]] for c in commands]
        result = subprocess.run(
            [sys.executable, "-c", script, json.dumps(argvs)],
            input=stdin.encode(),
            capture_output=True,
            cwd=ROOT,
            env=_env(),
            timeout=180,
        )
        if result.returncode != 0:
            raise RuntimeError(f"server CLI {commands} failed: {result.stderr.decode()}")
        outs: list[str] = json.loads(result.stdout.decode().strip().splitlines()[-1])
        return outs

    def setup(self, stations: int = 0) -> None:
        users = [(1, "张三", "clerk"), (2, "李四", "clerk"), (9, "陈静", "supervisor")]
        commands = [["add-hall", "--code", self.hall, "--name", "西湖区政务服务中心"]]
        commands += [
            ["add-user", "--staff-no", self.staff(n), "--name", name, "--role", role, "--hall", self.hall, "--password-stdin"]
            for n, name, role in users
        ]
        commands += [
            ["import-catalog", str(default_catalog_path())],
            ["add-api-key", "--name", f"backoffice-{self.hall}", "--scope", "backoffice"],
            ["add-api-key", "--name", f"admin-{self.hall}", "--scope", "admin"],
        ]
        commands += [["add-station", "--hall", self.hall, "--name", f"综合窗口{i}"] for i in range(stations)]
        outs = self.cli(*commands, stdin=(PASSWORD + "\n") * len(users))
        self.api_key = outs[5].split("：", 1)[1].splitlines()[0].strip()
        self.admin_key = outs[6].split("：", 1)[1].splitlines()[0].strip()
        self.pool = [_seat(out) for out in outs[7:]]

    def add_user(self, n: int, name: str, role: str, password: str = PASSWORD) -> None:
        self.cli(
            ["add-user", "--staff-no", self.staff(n), "--name", name, "--role", role, "--hall", self.hall, "--password-stdin"],
            stdin=password + "\n",
        )

    def add_station(self) -> StationSeat:
        if self.pool:
            return self.pool.pop(0)
        return _seat(self.cli(["add-station", "--hall", self.hall, "--name", "综合窗口"])[0])

    def start(self) -> None:
        log = (self.workdir / f"server-{self.port}.log").open("ab")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "server",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--database-url",
                self.database_url,
            ],
            cwd=ROOT,
            env=_env(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}")
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise RuntimeError("server did not start within 30 s")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    # -- what the server holds (through its API, as a back office would see it) ----------
    def backoffice(self, method: str, path: str, admin: bool = False, **kwargs: Any) -> requests.Response:
        key = self.admin_key if admin else self.api_key
        return requests.request(method, f"{self.url}/api/v1{path}", headers={"X-Api-Key": key}, timeout=10, **kwargs)

    def set_case_status(self, case_no: str, status: str, note: str = "") -> requests.Response:
        return self.backoffice(
            "POST", f"/cases/{case_no}/status", json={"status": status, "note": note, "at": "2026-11-23T11:00:00+08:00"}
        )


def server_params() -> list[Any]:
    """SQLite always; PostgreSQL too when ``YICHUANG_TEST_PG_URL`` is set (marked ``postgres``)."""
    return ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)] if os.environ.get(PG_ENV) else ["sqlite"]


def make_server(kind: str, workdir: Path, stations: int = 2) -> ServerProcess:
    url = os.environ[PG_ENV] if kind == "postgres" else f"sqlite:///{workdir / 'server.sqlite3'}"
    srv = ServerProcess(url, workdir)
    srv.setup(stations)
    srv.start()
    return srv


# -- stations ------------------------------------------------------------------------------
def station_config(data_dir: Path, server_url: str, station_code: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "station.toml").write_text(
        f'server_url = "{server_url}"\nstation_code = "{station_code}"\nsecrets_backend = "file"\n', "utf-8"
    )


def open_station(data_dir: Path, server_url: str | None = None, seat: StationSeat | None = None) -> Station:
    """A new (or reopened) station in ``data_dir``; a seat writes its config and enrolment code."""
    if seat is not None:
        assert server_url
        station_config(data_dir, server_url, seat.code)
        from app.secrets import FileVault

        FileVault(data_dir / "secrets.vault.json").set(ENROLMENT_CODE, seat.enrolment_code)
    return Station.open(StationOptions(data_dir=data_dir))


def new_station(server: ServerProcess, data_dir: Path) -> Station:
    return open_station(data_dir, server.url, server.add_station())


def engine_for(station: Station) -> SyncEngine:
    return build_engine(station)


def sync(station: Station) -> Any:
    engine = engine_for(station)
    try:
        return engine.run_once()
    finally:
        engine.store.close()
        engine.client.close()


# -- outbox records with realistic payloads -------------------------------------------------
def case_payload(station: Station, n: int) -> dict[str, Any]:
    """A case.accepted payload of realistic size: applicant (encrypted), an 8-item checklist."""
    code = station.station_code
    return {
        "case_id": f"{code}-case-{n}", "case_no": f"{code}-20261123-{n:04d}", "station_code": code,
        "matter_code": "330106-SCJG-XK-0001", "situation_code": "S01", "status": "accepted",
        "at": "2026-11-23T10:00:00.000+08:00", "promised_date": "2026-12-04",
        "applicant": {"name": station.store.cipher.encrypt("张三"), "id_no": "3301**********1234"},
        "items": [{"material_code": f"M{i:02d}", "state": "received", "applies": True, "form": "original",
                   "copies": 1, "reason": ""} for i in range(8)],
    }


def emit_case(station: Station, n: int, actor: str = "S001") -> str:
    with station.store.unit_of_work(actor) as uow:
        return uow.emit("case.accepted", case_payload(station, n))


LEVELS = ("very_dissatisfied", "dissatisfied", "basically_satisfied", "satisfied", "very_satisfied")


def emit_rating(station: Station, n: int, score: int = 5) -> str:
    """A rating record shaped as RatingService emits it (score 1–5 picks the level; others are invalid)."""
    with station.store.unit_of_work("S001") as uow:
        return uow.emit(
            "rating",
            {
                "level": LEVELS[score - 1] if 1 <= score <= 5 else "excellent",
                "station_code": station.station_code,
                "window_no": "3",
                "clerk_staff_no": "S001",
                "ticket_no": f"A{n:03d}",
                "at": "2026-11-23T10:00:00+08:00",
            },
        )


def emit_ticket(station: Station, n: int) -> str:
    with station.store.unit_of_work("kiosk") as uow:
        return uow.emit(
            "ticket.taken",
            {
                "category_code": "SSDJ",
                "ticket_no": f"A{n % 1000:03d}",
                "station_code": station.station_code,
                "lane": "normal",
                "taken_at": "2026-11-23T09:00:00+08:00",
                "day": "2026-11-23",
            },
        )


def outbox_states(station: Station) -> dict[str, int]:
    return {r["state"]: int(r["n"]) for r in station.store.query("SELECT state, COUNT(*) AS n FROM outbox GROUP BY state")}


def server_summary(server: ServerProcess) -> dict[str, int]:
    r = server.backoffice("GET", "/stats/summary", params={"hall": server.hall})
    assert r.status_code == 200, r.text
    counts: dict[str, int] = r.json()["counts"]
    return counts


def run_client(data_dir: Path, crash_at: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """``python -m app.sync once`` in a subprocess (optionally killed at a crash point)."""
    env = _env()
    if crash_at:
        env["YICHUANG_SYNC_CRASH_AT"] = crash_at
    return subprocess.run(
        [sys.executable, "-m", "app.sync", "once", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=timeout,
    )


def held_on_server(station: Station, server_url: str) -> dict[str, int]:
    """What the server holds from this station, per kind (its reconcile answer)."""
    from app.protocol import RECORD_KINDS
    from app.sync.auth import station_credentials

    creds = station_credentials(station.secrets, station.station_code)
    assert creds is not None
    r = requests.post(
        f"{server_url}/api/v1/sync/reconcile",
        timeout=10,
        json={"protocol": 1, "counts": {k: 0 for k in RECORD_KINDS}},
        headers={"Authorization": f"Station {creds[0]}:{creds[1]}"},
    )
    assert r.status_code == 200, r.text
    return {k: v["server_count"] for k, v in r.json()["kinds"].items() if v["server_count"]}


def local_kinds(station: Station) -> dict[str, int]:
    return {r["kind"]: int(r["n"]) for r in station.store.query("SELECT kind, COUNT(*) AS n FROM outbox GROUP BY kind")}


def logged_in_station(server: ServerProcess, data_dir: Path, staff: int, window_no: str) -> Station:
    """A new station, synced once, with staff member ``staff`` logged in online at ``window_no``."""
    from dataclasses import replace

    from app.sync import auth
    from app.sync.runner import make_client

    station = new_station(server, data_dir)
    sync(station)
    auth.login(station, make_client(station), server.staff(staff), PASSWORD)
    assert station.session is not None
    station.session = replace(station.session, window_no=window_no)
    return station
