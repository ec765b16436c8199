"""Broken networks: a tiny fake HTTP server on loopback answers 500, 429, 503, HTML with
status 200 (captive portal), JSON of the wrong shape, slowly, or with a truncated body.
Each is "offline": nothing is marked sent, the clerk sees offline, and the retry backs off.
(The fake stands in for broken networks only; the real server is used everywhere else.)"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from app.station import Station, StationOptions
from app.sync.client import Backoff, Offline, SyncClient
from app.sync.engine import SyncEngine

HEALTHY = {"status": "ok", "protocol": 1, "server_time": "2026-11-23T01:30:00+00:00", "supported": [1]}


class Misbehaving(BaseHTTPRequestHandler):
    mode = "ok"

    def log_message(self, *args: object) -> None:
        pass

    def _json(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(raw)

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self._answer()

    def _answer(self) -> None:
        broken_everywhere = self.mode.endswith("!")
        mode = self.mode.rstrip("!")
        if self.path.startswith("/api/v1/health") and not broken_everywhere:
            self._json(200, HEALTHY)
            return
        if mode == "500":
            self._json(500, {"detail": "Internal Server Error"})
        elif mode == "429":
            self._json(429, {"detail": "slow down"}, {"Retry-After": "7"})
        elif mode == "503":
            self._json(503, {"detail": "maintenance"}, {"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"})
        elif mode == "portal":
            page = "<html><body>请先登录无线网络</body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)
        elif mode == "redirect":
            self.send_response(302)
            self.send_header("Location", "/portal-login")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif mode == "shape":
            self._json(200, {"ok": True})
        elif mode == "slow":
            time.sleep(3)
            self._json(200, {"protocol": 1, "results": []})
        elif mode == "truncated":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "5000")
            self.end_headers()
            self.wfile.write(b'{"protocol": 1, "results": [')
            self.wfile.flush()
            self.close_connection = True


@pytest.fixture
def fake_server() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Misbehaving)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _station(tmp_path: Path, url: str) -> Station:
    data_dir = tmp_path / "st"
    data_dir.mkdir()
    (data_dir / "station.toml").write_text(f'server_url = "{url}"\nstation_code = "ZJ0101"\nsecrets_backend = "file"\n')
    station = Station.open(StationOptions(data_dir=data_dir))
    station.secrets.set("station-secret", "s3cret")
    for n in range(3):
        with station.store.unit_of_work("S001") as uow:
            uow.emit("rating", {"level": "very_satisfied", "n": n, "station_code": "ZJ0101"})
    return station


def _engine(station: Station, url: str) -> SyncEngine:
    client = SyncClient(url, lambda: ("ZJ0101", "s3cret"), timeout=(1.0, 1.0))
    return SyncEngine(station.store, client, station.secrets, station.data_dir, station_code="ZJ0101")


@pytest.mark.parametrize(
    "mode", ["500", "429", "503", "portal", "redirect", "shape", "slow", "truncated", "500!", "portal!", "shape!", "truncated!"]
)
def test_misbehaving_server_is_offline_never_success(fake_server: ThreadingHTTPServer, tmp_path: Path, mode: str) -> None:
    Misbehaving.mode = mode
    url = f"http://127.0.0.1:{fake_server.server_address[1]}"
    station = _station(tmp_path, url)
    engine = _engine(station, url)
    with pytest.raises(Offline) as caught:
        engine.run_once()
    assert station.store.query_one("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")[0] == 3
    assert not engine.state.online and engine.state.detail == caught.value.reason
    if mode == "429":
        assert caught.value.retry_after == 7
        assert Backoff(base=1, cap=5).next_delay(caught.value.retry_after) >= 7
    if mode == "503":
        assert caught.value.retry_after is not None and caught.value.retry_after > 3600
    station.close()


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    import random

    backoff = Backoff(base=2, cap=60, rng=random.Random(7))
    delays = [backoff.next_delay() for _ in range(10)]
    assert all(0 < d <= 60 for d in delays)
    assert delays[0] <= 2 and delays[5] >= 30  # grows to the cap
    assert len({round(d, 3) for d in delays[6:]}) > 1  # jittered, not lock-step
    backoff.reset()
    assert backoff.next_delay() <= 2
