"""Protocol version check on every station-facing request, and on every answer.

A request names its protocol in the ``X-Yichuang-Protocol`` header, a ``protocol`` query
parameter, or the ``protocol`` field of its JSON body. A version this server does not
support gets HTTP 426 before the body is even validated, so a newer client learns to
upgrade rather than seeing a confusing 422. Station endpoints must name a version; the
back-office and admin endpoints may. Every answer carries ``X-Yichuang-Protocol``.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.protocol import PROTOCOL_VERSION, SUPPORTED_PROTOCOLS

PROTOCOL_HEADER = "x-yichuang-protocol"
MAX_BODY_BYTES = 16 * 1024 * 1024
STATION_PREFIXES = (
    "/api/v1/stations/",
    "/api/v1/auth/",
    "/api/v1/sync/",
    "/api/v1/queue/",
    "/api/v1/catalog/",
)


def unsupported_body(version: object) -> dict[str, Any]:
    supported = sorted(SUPPORTED_PROTOCOLS)
    listed = "、".join(str(v) for v in supported)
    return {
        "detail": (
            f"不支持的协议版本 {version}，本服务器支持的版本：{listed}。请升级一窗通客户端或服务器。"
            f" / Unsupported protocol version {version}; this server supports {supported}."
            " Please upgrade the client or the server."
        ),
        "supported": supported,
    }


def _parse_version(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.strip().isdigit():
        return int(raw.strip())
    return None


class ProtocolGuard:
    """Pure ASGI middleware (it must read the body once and hand it on unchanged)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_protocol_header(send)
        path: str = scope["path"]
        declared = _declared_in_headers_or_query(scope)
        body_chunks: list[bytes] | None = None
        if declared is None and scope["method"] in ("POST", "PUT", "PATCH") and path.startswith("/api/"):
            body_chunks = await _read_body(receive)
            if body_chunks is None:
                await _send_json(send, 413, {"detail": "请求体过大"})
                return
            declared = _declared_in_body(b"".join(body_chunks))
        required = path.startswith(STATION_PREFIXES)
        if (declared is not None and _parse_version(declared) not in SUPPORTED_PROTOCOLS) or (declared is None and required):
            await _send_json(send, 426, unsupported_body(declared if declared is not None else "（未声明）"))
            return
        if body_chunks is not None:
            receive = _replay(body_chunks, receive)
        await self.app(scope, receive, send)


def _declared_in_headers_or_query(scope: Scope) -> object | None:
    headers: list[tuple[bytes, bytes]] = scope.get("headers", [])
    for name, raw in headers:
        if name.decode("latin-1").lower() == PROTOCOL_HEADER:
            return raw.decode("latin-1")
    query: bytes = scope.get("query_string", b"")
    for part in query.decode("latin-1").split("&"):
        key, _, value = part.partition("=")
        if key == "protocol":
            return value
    return None


def _declared_in_body(body: bytes) -> object | None:
    try:
        parsed = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(parsed, dict):
        return None
    declared: object | None = parsed.get("protocol")
    return declared


async def _read_body(receive: Receive) -> list[bytes] | None:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return chunks


def _replay(chunks: list[bytes], upstream: Receive) -> Receive:
    pending = [b"".join(chunks)]

    async def receive() -> Message:
        if pending:
            return {"type": "http.request", "body": pending.pop(), "more_body": False}
        return await upstream()

    return receive


def _with_protocol_header(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            headers.append((PROTOCOL_HEADER.encode(), str(PROTOCOL_VERSION).encode()))
            message = {**message, "headers": headers}
        await send(message)

    return wrapped


async def _send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(raw)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": raw})
