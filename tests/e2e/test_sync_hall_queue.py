"""The shared hall queue through the real server: two windows calling at once never get
the same ticket, and a call reaches the events listeners (SSE and long-poll) within 1 s."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from sync_helpers import PASSWORD, ServerProcess, new_station, sync

from app.station import Station
from app.sync import auth
from app.sync.hall_queue import HallQueueClient, QueueEventListener
from app.sync.runner import make_client


def _window(server: ServerProcess, tmp_path: Path, name: str, staff: int) -> tuple[Station, HallQueueClient]:
    station = new_station(server, tmp_path / name)
    sync(station)
    client = make_client(station)
    auth.login(station, client, server.staff(staff), PASSWORD)
    return station, HallQueueClient(client, lambda: auth.clerk_token(station.secrets, station.clock.now()))


def test_two_windows_calling_at_once_never_share_a_ticket(shared_server: ServerProcess, tmp_path: Path) -> None:
    one, first = _window(shared_server, tmp_path, "w1", 1)
    two, second = _window(shared_server, tmp_path, "w2", 2)
    category = "SSDJ"
    taken = {first.take_ticket(category)["id"] for _ in range(12)}
    assert len(taken) == 12
    retry_id = "same-client-id-" + shared_server.hall
    assert first.take_ticket(category, client_id=retry_id)["id"] == first.take_ticket(category, client_id=retry_id)["id"]
    called: dict[str, list[str]] = {"3": [], "5": []}

    def window(client: HallQueueClient, window_no: str) -> None:
        while (ticket := client.call_next(window_no, {category: 1})) is not None:
            called[window_no].append(ticket["id"])

    threads = [threading.Thread(target=window, args=(first, "3")), threading.Thread(target=window, args=(second, "5"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    everything = called["3"] + called["5"]
    assert len(everything) == len(set(everything)) == 13
    assert taken <= set(everything)
    one.close()
    two.close()


def test_a_call_reaches_the_event_listeners_within_a_second(shared_server: ServerProcess, tmp_path: Path) -> None:
    station, queue = _window(shared_server, tmp_path, "w", 1)
    state = queue.state()
    received: dict[str, list[dict[str, Any]]] = {"sse": [], "poll": []}
    arrived = {"sse": threading.Event(), "poll": threading.Event()}
    listeners = []
    for name, sse in (("sse", True), ("poll", False)):
        def on_event(event: dict[str, Any], name: str = name) -> None:
            received[name].append(event)
            if event.get("type") == "called":
                arrived[name].set()

        listener = QueueEventListener(queue.client, on_event, after=state["last_event_seq"], use_sse=sse, poll_wait=5)
        listener.start()
        assert listener.connected.wait(10)
        listeners.append(listener)
    queue.take_ticket("SSDJ")
    called = queue.call_next("3", {"SSDJ": 1})
    assert called is not None
    assert arrived["sse"].wait(1.0) and arrived["poll"].wait(1.0)
    for name in ("sse", "poll"):
        seqs = [e["seq"] for e in received[name]]
        assert seqs == sorted(set(seqs))  # in order, each once
        assert any(e["ticket"]["id"] == called["id"] for e in received[name] if e["type"] == "called")
    for listener in listeners:
        listener.stop()
    station.close()
