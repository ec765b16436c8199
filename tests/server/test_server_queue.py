"""The shared hall queue: numbering, policy, single winner, actions, events."""

from __future__ import annotations

import threading
from typing import Any

from server_helpers import Site

from server.auth import ClerkIdentity
from server.hall_queue import call_next


def _take(site: Site, category: str, client_id: str, other: bool = False, **extra: Any) -> dict[str, Any]:
    body = {"protocol": 1, "category": category, "client_id": client_id, "prefix": category[0], **extra}
    r = site.client.post("/api/v1/queue/tickets", json=body, headers=site.station_headers(other))
    assert r.status_code == 200, r.text
    ticket: dict[str, Any] = r.json()["ticket"]
    return ticket


def _call(site: Site, headers: dict[str, str], window: str, *categories: str) -> dict[str, Any] | None:
    body = {"protocol": 1, "window_no": window, "categories": [{"code": c} for c in categories]}
    r = site.client.post("/api/v1/queue/call-next", json=body, headers=headers)
    assert r.status_code == 200, r.text
    ticket: dict[str, Any] | None = r.json()["ticket"]
    return ticket


def test_numbers_per_category_and_retry_returns_same_ticket(site: Site) -> None:
    assert _take(site, "A", "k1")["ticket_no"] == "A001"
    assert _take(site, "A", "k2")["ticket_no"] == "A002"
    assert _take(site, "B", "k3")["ticket_no"] == "B001"
    assert _take(site, "A", "k1")["ticket_no"] == "A001"
    assert _take(site, "A", "k1", other=True)["ticket_no"] == "A001"  # another hall counts on its own


def test_catalog_prefix_wins_once_a_catalog_is_imported(site: Site) -> None:
    from server.catalogs import store_catalog

    with site.db.write() as session:
        store_catalog(session, b'{"queue_categories": [{"code": "SSDJ", "prefix": "A"}]}', "t1", "c" * 64)
    assert _take(site, "SSDJ", "k1", prefix="Z")["ticket_no"] == "A001"
    body = {"protocol": 1, "category": "NOPE", "client_id": "k2"}
    assert site.client.post("/api/v1/queue/tickets", json=body, headers=site.station_headers()).status_code == 422


def test_priority_first_then_oldest_within_windows_categories(site: Site) -> None:
    headers = site.login()
    _take(site, "A", "k1")
    _take(site, "B", "k2")
    _take(site, "A", "k3", priority=True, priority_reason="elderly")
    assert _call(site, headers, "1", "A", "B")["ticket_no"] == "A002"  # type: ignore[index]
    assert _call(site, headers, "1", "B")["ticket_no"] == "B001"  # type: ignore[index]
    assert _call(site, headers, "1", "A")["ticket_no"] == "A001"  # type: ignore[index]
    state = site.client.get("/api/v1/queue/state", headers=site.station_headers()).json()
    assert [t["ticket_no"] for t in state["serving"]] == ["A001"]  # calling next finished the previous one
    assert state["waiting"] == []
    assert _call(site, headers, "1", "A", "B") is None
    state = site.client.get("/api/v1/queue/state", headers=site.station_headers()).json()
    assert state["serving"] == []


def test_actions_and_their_rules(site: Site) -> None:
    headers = site.login()
    _take(site, "A", "k1")
    called = _call(site, headers, "2", "A")
    assert called is not None
    url = f"/api/v1/queue/tickets/{called['id']}"
    body = {"protocol": 1, "window_no": "2"}
    recalled = site.client.post(f"{url}/recall", json=body, headers=headers).json()["ticket"]
    assert recalled["call_count"] == 2
    moved = site.client.post(f"{url}/transfer", json={**body, "to_category": "B"}, headers=headers).json()["ticket"]
    assert (moved["status"], moved["category"], moved["ticket_no"]) == ("waiting", "B", "A001")
    assert site.client.post(f"{url}/finish", json=body, headers=headers).status_code == 409
    assert _call(site, headers, "3", "B")["id"] == called["id"]  # type: ignore[index]
    # only the window serving a ticket acts on it: window 2 is told who has it
    for action in ("recall", "no-show", "finish", "hold", "transfer"):
        refused = site.client.post(f"{url}/{action}", json={**body, "to_category": "A"}, headers=headers)
        assert refused.status_code == 409 and refused.json()["detail"].startswith("A001 正在 3 号窗口办理，本窗口不能"), action
    at_3 = {**body, "window_no": "3"}
    assert site.client.post(f"{url}/no-show", json=at_3, headers=headers).json()["ticket"]["status"] == "no_show"
    assert site.client.post(f"{url}/recall", json=at_3, headers=headers).status_code == 409
    assert site.client.post(f"{url}/explode", json=body, headers=headers).status_code == 404
    assert site.client.post("/api/v1/queue/tickets/nope/finish", json=body, headers=headers).status_code == 404


def test_other_hall_cannot_touch_or_see_the_ticket(site: Site) -> None:
    headers = site.login()
    _take(site, "A", "k1")
    ticket = _call(site, headers, "1", "A")
    other = site.login("T001", other=True)
    body = {"protocol": 1, "window_no": "1"}
    assert site.client.post(f"/api/v1/queue/tickets/{ticket['id']}/finish", json=body, headers=other).status_code == 404  # type: ignore[index]
    state = site.client.get("/api/v1/queue/state", headers=site.station_headers(other=True)).json()
    assert state["serving"] == [] and state["hall"] == "ZJ02"


def test_call_next_needs_a_clerk(site: Site) -> None:
    body = {"protocol": 1, "window_no": "1", "categories": [{"code": "A"}]}
    assert site.client.post("/api/v1/queue/call-next", json=body, headers=site.station_headers()).status_code == 401


def test_concurrent_calls_never_share_a_ticket(site: Site) -> None:
    for i in range(20):
        _take(site, "A", f"k{i}")
    won: list[str] = []
    lock = threading.Lock()

    def window(n: int) -> None:
        clerk = ClerkIdentity("S001", "张三", "clerk", "ZJ01", site.station)
        for _ in range(10):
            with site.db.write() as session:
                ticket = call_next(session, clerk, f"W{n}", ["A"])
                if ticket is not None:
                    with lock:
                        won.append(ticket.id)

    threads = [threading.Thread(target=window, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 20 and len(set(won)) == 20


def test_events_long_poll_json_and_sse(site: Site) -> None:
    _take(site, "A", "k1")
    headers = {**site.station_headers(), "Accept": "application/json"}
    body = site.client.get("/api/v1/queue/events?after=0&wait=0", headers=headers).json()
    assert [(e["type"], e["ticket"]["ticket_no"]) for e in body["events"]] == [("taken", "A001")]
    empty = site.client.get(f"/api/v1/queue/events?after={body['last_seq']}&wait=0", headers=headers).json()
    assert empty["events"] == [] and empty["last_seq"] == body["last_seq"]
    sse_headers = {**site.station_headers(), "Accept": "text/event-stream"}
    with site.client.stream("GET", "/api/v1/queue/events?after=0", headers=sse_headers) as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        lines = []
        for line in stream.iter_lines():
            lines.append(line)
            if line.startswith("data:"):
                break
    assert "event: taken" in lines and any('"ticket_no": "A001"' in x for x in lines)
