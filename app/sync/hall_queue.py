"""The shared hall queue on the server (halls with several PCs): a thin client of the
server's queue endpoints, and a listener thread for its events.

The server issues the numbers and decides who is next, so two windows calling at once
never get the same ticket. Events come as server-sent events; when a proxy buffers or
breaks the stream the listener falls back to JSON long-polling. The queue feature's
service and board use this only when a server is configured; a standalone station keeps
its own queue (app/queue).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import requests

from app.i18n import N_, Text
from app.ids import new_id
from app.protocol import PROTOCOL_VERSION
from app.sync.client import Backoff, Offline, SyncClient

log = logging.getLogger(__name__)

EventListener = Callable[[dict[str, Any]], None]
ClerkToken = Callable[[], str | None]


class HallQueueClient:
    def __init__(self, client: SyncClient, clerk_token: ClerkToken) -> None:
        self.client = client
        self.clerk_token = clerk_token

    def _clerk(self) -> str:
        token = self.clerk_token()
        if not token:
            raise Offline(N_("窗口人员未联网登录，无法使用大厅共享队列（请联网重新登录）"))
        return token

    def take_ticket(self, category: str, *, priority_reason: str = "", client_id: str | None = None) -> dict[str, Any]:
        """取号; ``client_id`` makes a retry return the same ticket."""
        body = {"protocol": PROTOCOL_VERSION, "category": category, "client_id": client_id or new_id(),
                "priority": bool(priority_reason), "priority_reason": priority_reason}
        ticket: dict[str, Any] = self.client.call("POST", "/queue/tickets", json_body=body,
                                                  required=("protocol", "ticket")).body["ticket"]
        return ticket

    def check_in(self, appointment_id: str, *, client_id: str | None = None) -> dict[str, Any]:
        """预约签到 (no clerk needed): the appointment becomes an appointment-lane ticket."""
        body = {"protocol": PROTOCOL_VERSION, "appointment_id": appointment_id, "client_id": client_id or new_id()}
        ticket: dict[str, Any] = self.client.call("POST", "/queue/check-in", json_body=body,
                                                  required=("protocol", "ticket")).body["ticket"]
        return ticket

    def call_next(self, window_no: str, categories: dict[str, int],
                  policy: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """叫号: the server finishes this window's current ticket and picks the next (or None).
        ``policy``: the station's PolicySettings fields (name, front_streak_limit, …)."""
        body: dict[str, Any] = {"protocol": PROTOCOL_VERSION, "window_no": window_no,
                                "categories": [{"code": c, "weight": w} for c, w in categories.items()]}
        if policy is not None:
            body["policy"] = policy
        answer = self.client.call("POST", "/queue/call-next", json_body=body, clerk_token=self._clerk(),
                                  required=("protocol", "ticket"))
        ticket: dict[str, Any] | None = answer.body["ticket"]
        return ticket

    def call_ticket(self, window_no: str, ticket_no: str) -> dict[str, Any]:
        """指定叫号: 409 (ServerRefused) when another window has it."""
        body = {"protocol": PROTOCOL_VERSION, "window_no": window_no, "ticket_no": ticket_no}
        ticket: dict[str, Any] = self.client.call("POST", "/queue/call-ticket", json_body=body,
                                                  clerk_token=self._clerk(), required=("protocol", "ticket")).body["ticket"]
        return ticket

    def act(self, ticket_id: str, action: str, window_no: str, to_category: str | None = None, *,
            to_window: str | None = None, no_show_policy: str | None = None) -> dict[str, Any]:
        """recall / no-show / finish / transfer / hold / resume."""
        body = {"protocol": PROTOCOL_VERSION, "window_no": window_no, "to_category": to_category,
                "to_window": to_window, "no_show_policy": no_show_policy}
        ticket: dict[str, Any] = self.client.call("POST", f"/queue/tickets/{ticket_id}/{action}", json_body=body,
                                                  clerk_token=self._clerk(), required=("protocol", "ticket")).body["ticket"]
        return ticket

    def state(self) -> dict[str, Any]:
        body: dict[str, Any] = self.client.call("GET", "/queue/state", required=("protocol", "waiting")).body
        return body


class QueueEventListener:
    """A thread that hands every queue event of the hall to ``on_event`` (in order, once)."""

    def __init__(self, client: SyncClient, on_event: EventListener, *, after: int = 0, use_sse: bool = True,
                 poll_wait: float = 20.0) -> None:
        self.client = client
        self.on_event = on_event
        self.last_seq = after
        self.use_sse = use_sse
        self.poll_wait = poll_wait
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._response: requests.Response | None = None
        self.connected = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="yichuang-queue-events", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        response = self._response
        if response is not None:
            response.close()
        if self._thread is not None:
            self._thread.join(5)

    def _run(self) -> None:
        backoff = Backoff(base=1, cap=30)
        while not self._stop.is_set():
            try:
                if self.use_sse:
                    self._stream()
                else:
                    self._poll()
                backoff.reset()
            except Exception as exc:  # closing the stream from stop() surfaces as assorted errors
                if self._stop.is_set():
                    return
                if self.use_sse:
                    log.info("queue event stream failed (%s); falling back to long-polling", exc)
                    self.use_sse = False
                self._stop.wait(backoff.next_delay())

    def _deliver(self, event: dict[str, Any]) -> None:
        seq = event.get("seq")
        if isinstance(seq, int) and seq > self.last_seq:
            self.last_seq = seq
            self.on_event(event)

    def _poll(self) -> None:
        answer = self.client.call("GET", "/queue/events", params={"after": self.last_seq, "wait": self.poll_wait},
                                  required=("protocol", "events"))
        self.connected.set()
        for event in answer.body["events"]:
            if isinstance(event, dict):
                self._deliver(event)

    def _stream(self) -> None:
        headers = self.client.headers()
        headers["Accept"] = "text/event-stream"
        with self.client.session.get(self.client.url("/queue/events"), params={"after": self.last_seq},
                                     headers=headers, stream=True,
                                     timeout=(self.client.timeout[0], 60.0)) as response:
            if response.status_code != 200 or "text/event-stream" not in response.headers.get("content-type", ""):
                raise Offline(Text("事件流不可用（HTTP {status}）", status=response.status_code))
            self._response = response
            self.connected.set()
            for data in _sse_data(response.iter_lines(decode_unicode=True)):
                if self._stop.is_set():
                    return
                self._deliver(json.loads(data))


def _sse_data(lines: Iterator[str]) -> Iterator[str]:
    """The ``data:`` payload of each server-sent event."""
    buffer: list[str] = []
    for line in lines:
        if line == "":
            if buffer:
                yield "\n".join(buffer)
                buffer = []
        elif line.startswith("data:"):
            buffer.append(line[5:].lstrip())
