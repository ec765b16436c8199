"""Hard kills: the client at each step of a push, the server mid-push, and a loop of kills
during local writes. Afterwards every record is on the server exactly once and the local
database passes its integrity check."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sync_helpers import (
    ROOT,
    ServerProcess,
    emit_case,
    emit_rating,
    engine_for,
    held_on_server,
    new_station,
    open_station,
    outbox_states,
    run_client,
    sync,
)

from app.sync.client import Offline
from app.sync.push import CRASH_POINTS, Pusher


@pytest.mark.parametrize("crash_at", CRASH_POINTS)
def test_client_killed_at_each_step_of_a_push(shared_server: ServerProcess, tmp_path: Path, crash_at: str) -> None:
    data_dir = tmp_path / "st"
    station = new_station(shared_server, data_dir)
    sync(station)
    ids = [emit_case(station, n) for n in range(12)] + [emit_rating(station, n) for n in range(12)]
    station.close()
    killed = run_client(data_dir, crash_at)
    assert killed.returncode in (-signal.SIGKILL, 137), killed.stderr.decode()[-2000:]
    after_kill = open_station(data_dir)
    states = outbox_states(after_kill)
    if crash_at == "after_commit":
        assert states == {"sent": len(ids)}
    else:
        assert states == {"pending": len(ids)}  # nothing marked sent without a committed answer
    after_kill.close()
    again = run_client(data_dir)
    assert again.returncode == 0, again.stdout.decode() + again.stderr.decode()[-2000:]
    station = open_station(data_dir)
    assert outbox_states(station) == {"sent": len(ids)}
    assert held_on_server(station, shared_server.url) == {"case.accepted": 12, "rating": 12}
    assert station.store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    station.close()


def test_server_killed_and_restarted_mid_push(server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(server, tmp_path / "st")
    sync(station)
    total = 600
    for n in range(total):
        emit_case(station, n)
    engine = engine_for(station)
    outcome: list[BaseException | None] = []

    def push() -> None:
        try:
            Pusher(engine.store, engine.client, station.station_code, batch_size=20).push_all()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    pusher = threading.Thread(target=push)
    pusher.start()
    while outbox_states(station).get("sent", 0) < 40 and pusher.is_alive():
        time.sleep(0.01)
    server.kill()
    pusher.join(60)
    assert outcome and isinstance(outcome[0], Offline)
    partly = outbox_states(station)
    assert partly.get("pending", 0) > 0
    server.start()
    engine.store.close()
    sync(station)
    assert outbox_states(station) == {"sent": total}
    assert held_on_server(station, server.url) == {"case.accepted": total}
    station.close()


WRITER = r"""
import sys
from pathlib import Path
from app.station import Station, StationOptions
station = Station.open(StationOptions(data_dir=Path(sys.argv[1])))
n = 0
while True:
    with station.store.unit_of_work("S001") as uow:
        rid = uow.emit("rating", {"level": "very_satisfied", "n": n, "station_code": station.station_code,
                                  "comment": "x" * 400})
    print(rid, flush=True)  # acknowledged: committed before it is printed
    n += 1
"""


def test_hard_kills_during_writes_lose_no_acknowledged_record(tmp_path: Path) -> None:
    data_dir = tmp_path / "st"
    data_dir.mkdir()
    (data_dir / "station.toml").write_text('station_code = "K01"\nsecrets_backend = "file"\n', "utf-8")
    acknowledged: list[str] = []
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for round_no in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        assert proc.stdout is not None
        for lines, line in enumerate(proc.stdout, start=1):
            acknowledged.append(line.decode().strip())
            if lines >= 20 + round_no * 7:
                break
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
        acknowledged += [x for x in rest.decode().split() if x]
    conn = sqlite3.connect(data_dir / "station.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    held = {r[0] for r in conn.execute("SELECT id FROM outbox")}
    assert set(acknowledged) <= held
    audit_ids = {r[0] for r in conn.execute("SELECT record_id FROM audit_log")}
    assert held <= audit_ids
    conn.close()
    station = open_station(data_dir)
    assert station.store.verify_audit_chain() is None
    station.close()
