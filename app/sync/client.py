"""HTTP to the central server: one ``requests.Session`` per station, a timeout on every
call, TLS verification on, and every answer classified before anyone trusts it.

What counts as "offline" (retry later with back-off, never success): no connection, a
timeout, a truncated body, 5xx, 429/503 (with ``Retry-After``), and captive-portal
answers (a login page with status 200, or JSON without the shape the call expects).
"""

from __future__ import annotations

import email.utils
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import requests

from app.i18n import N_, Text
from app.protocol import PROTOCOL_VERSION

API = "/api/v1"
PROTOCOL_HEADER = "X-Yichuang-Protocol"
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 30.0


class Offline(Exception):
    """The server could not be reached or did not answer like the server (retry later).

    ``reason`` (and ``str()``) is in the interface language; ``args[0]`` keeps the Chinese.
    """

    def __init__(self, reason: str | Text, retry_after: float | None = None, status: int | None = None,
                 detail: str = "", *, timed_out: bool = False) -> None:
        self.text = reason if isinstance(reason, Text) else Text(reason)
        super().__init__(self.text.chinese())
        self.timed_out = timed_out
        self.retry_after = retry_after
        self.status = status
        self.detail = detail

    @property
    def reason(self) -> str:
        return str(self.text)

    def __str__(self) -> str:
        return self.reason


class ProtocolTooOld(Exception):
    """HTTP 426: this client speaks a protocol the server no longer (or not yet) accepts."""

    def __init__(self, detail: str = "") -> None:
        self.text = Text("服务器不支持本客户端的同步协议版本，请联系运维人员升级一窗通客户端。"
                         "数据都保存在本机，升级后会自动上传，不会丢失。")
        super().__init__(self.text.chinese())
        self.detail = detail

    def __str__(self) -> str:  # in the interface language; args[0] keeps the Chinese
        return str(self.text)


class AuthRefused(Exception):
    """401/403: a credential is missing, wrong or revoked (message from the server)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class ServerRefused(Exception):
    """Another 4xx the caller must handle (413 batch too large, 404, 409, 422 …)."""

    def __init__(self, status: int, detail: str, body: Any = None) -> None:
        super().__init__(f"{status}: {detail}")
        self.status = status
        self.detail = detail
        self.body = body


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any
    headers: dict[str, str]
    raw: bytes = b""


@dataclass
class Backoff:
    """Exponential back-off with jitter, capped; ``Retry-After`` is honoured."""

    base: float = 2.0
    cap: float = 300.0
    attempt: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self, retry_after: float | None = None) -> float:
        ceiling = min(self.cap, self.base * (2 ** self.attempt))
        self.attempt += 1
        delay: float = ceiling / 2 + self.rng.uniform(0, ceiling / 2)  # "equal jitter": never zero, never above the cap
        if retry_after is not None:
            delay = max(delay, min(retry_after, 3600.0))
        return delay

    def reset(self) -> None:
        self.attempt = 0


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = datetime.fromtimestamp(now if now is not None else time.time(), UTC)
    return max(0.0, (when - current).total_seconds())


def _detail(body: Any, fallback: str) -> str:
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        return str(body["detail"])
    return fallback


SecretProvider = Callable[[], tuple[str, str] | None]


class SyncClient:
    """The station's HTTP client. ``credentials()`` gives (station_code, secret) or None."""

    def __init__(self, base_url: str, credentials: SecretProvider, *, session: requests.Session | None = None,
                 timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT)) -> None:
        self.base_url = base_url.rstrip("/")
        self.credentials = credentials
        self.session = session or requests.Session()
        self.session.verify = True
        self.timeout = timeout
        self.last_server_time: datetime | None = None
        self.last_round_trip: float = 0.0

    def close(self) -> None:
        self.session.close()

    def url(self, path: str) -> str:
        return f"{self.base_url}{API}{path}"

    def headers(self, *, station: bool = True, clerk_token: str | None = None) -> dict[str, str]:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Accept": "application/json"}
        creds = self.credentials() if station else None
        if creds is not None:
            headers["Authorization"] = f"Station {creds[0]}:{creds[1]}"
        if clerk_token:
            headers["X-Clerk-Token"] = clerk_token
        return headers

    def call(self, method: str, path: str, *, json_body: Any = None, params: dict[str, Any] | None = None,
             station: bool = True, clerk_token: str | None = None, extra_headers: dict[str, str] | None = None,
             expect_json: bool = True, required: tuple[str, ...] = ("protocol",),
             ok: tuple[int, ...] = (200,)) -> Answer:
        """One request; returns the answer or raises Offline / ProtocolTooOld / AuthRefused / ServerRefused."""
        headers = self.headers(station=station, clerk_token=clerk_token)
        headers.update(extra_headers or {})
        data = None
        if json_body is not None:
            data = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            headers["Content-Type"] = "application/json; charset=utf-8"
        started = time.monotonic()
        try:
            response = self.session.request(method, self.url(path), data=data, params=params, headers=headers,
                                            timeout=self.timeout)
            raw = response.content  # reads the whole body: a truncated one raises here
        except requests.exceptions.SSLError as exc:
            raise Offline(Text("TLS 证书校验失败：{error}", error=type(exc).__name__)) from exc
        except requests.exceptions.Timeout as exc:
            raise Offline(N_("服务器响应超时"), timed_out=True) from exc
        except requests.exceptions.RequestException as exc:  # connection refused/reset, truncated body …
            raise Offline(Text("无法连接服务器（{error}）", error=type(exc).__name__)) from exc
        self.last_round_trip = time.monotonic() - started
        return self._classify(response, raw, expect_json, required, ok)

    def _classify(self, response: requests.Response, raw: bytes, expect_json: bool, required: tuple[str, ...],
                  ok: tuple[int, ...]) -> Answer:
        status = response.status_code
        headers = {k.lower(): v for k, v in response.headers.items()}
        body = _parse_json(raw, headers.get("content-type", ""))
        if status in (429, 503) or status >= 500:
            raise Offline(Text("服务器暂时不可用（HTTP {status}）", status=status),
                          parse_retry_after(headers.get("retry-after")), status,
                          _detail(body, ""))
        if status == 426:
            raise ProtocolTooOld(_detail(body, ""))
        if status in (401, 403):
            raise AuthRefused(status, _detail(body, f"HTTP {status}"))
        if status not in ok:
            if 300 <= status < 400 or body is None:
                # a redirect to a portal login, or HTML where JSON was expected
                raise Offline(Text("网络被拦截或需要认证（HTTP {status}）", status=status))
            raise ServerRefused(status, _detail(body, f"HTTP {status}"), body)
        if expect_json:
            if not isinstance(body, dict) or any(k not in body for k in required):
                raise Offline(N_("服务器的应答不完整或不是本系统的应答（可能需要网页认证）"))
            self._note_server_time(body)
        return Answer(status, body, headers, raw)

    def _note_server_time(self, body: dict[str, Any]) -> None:
        value = body.get("server_time")
        if isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                return
            self.last_server_time = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)

    # -- the calls the engine makes ------------------------------------------------
    def health(self) -> dict[str, Any]:
        body: dict[str, Any] = self.call("GET", "/health", station=False,
                                         required=("status", "protocol", "server_time")).body
        return body


def _parse_json(raw: bytes, content_type: str) -> Any:
    if "json" not in content_type.lower():
        return None
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
