"""Per-report hall figures on the server (GET /api/v1/stats/{report}) from pushed records."""

from __future__ import annotations

from typing import Any

import pytest
from server_helpers import Chain, Site, enrol

from server.identities import add_station

DAY = "2026-11-20"


def _at(hm: str) -> str:
    return f"{DAY}T{hm}:00.000+08:00"


def _taken(tid: str, category: str, hm: str) -> dict[str, Any]:
    return {"ticket_id": tid, "day": DAY, "ticket_no": tid[-4:], "category_code": category, "category": category,
            "lane": "normal", "taken_at": _at(hm)}


def _event(tid: str, event: str, hm: str, window: str = "3", **extra: Any) -> dict[str, Any]:
    return {"event": event, "ticket_id": tid, "ticket_no": tid[-4:], "window_no": window, "at": _at(hm),
            "staff_no": "S001", "day": DAY, **extra}


def _case(kind: str, case_id: str, hm: str, ticket: str | None = None, **extra: Any) -> dict[str, Any]:
    status = {"case.accepted": "accepted", "case.refused": "refused", "intake.supplement": "supplement"}[kind]
    return {"case_id": case_id, "case_no": f"NO-{case_id}", "matter_code": "M1", "ticket_id": ticket,
            "status": status, "at": _at(hm), **extra}


def _rating(rid: str, level: str | None, window: str, count: int = 1, subject: str = "") -> dict[str, Any]:
    score = {"very_satisfied": 5, "satisfied": 4, "dissatisfied": 2, None: 3}[level]
    return {"rating_id": rid, "kind": "window", "subject": subject or rid, "score": score, "rated": level is not None,
            "rating_count": count, "level": level, "poor": level == "dissatisfied", "window_no": window,
            "clerk_staff_no": "S001", "clerk_name": "张三", "matter_code": "M1", "matter_name": "食品经营许可",
            "rated_at": _at("12:00")}


@pytest.fixture
def hall(site: Site) -> tuple[Chain, Chain]:
    """Two stations of ZJ01 (the site's own and a second one); both push records."""
    with site.db.write() as session:
        second = add_station(session, "ZJ01", "2号窗口")
    secret = enrol(site.client, second.code, second.enrolment_code)
    a, b = Chain(site.station), Chain(second.code)
    site.push([
        a.envelope("ticket.taken", _taken("A-t1", "CAT1", "09:00")),
        a.envelope("ticket.taken", _taken("A-t2", "CAT1", "09:05")),
        a.envelope("ticket.event", _event("A-t1", "called", "09:10", category_code="CAT1")),
        a.envelope("ticket.event", _event("A-t1", "finished", "09:25", category_code="CAT1")),
        a.envelope("ticket.event", _event("A-t2", "called", "09:30", category_code="CAT1")),
        a.envelope("ticket.event", _event("A-t2", "no_show", "09:32")),
        a.envelope("ticket.event", _event("A-t2", "voided", "09:32")),
        a.envelope("case.accepted", _case("case.accepted", "c1", "09:20", "A-t1", mode="full")),
        a.envelope("intake.supplement", _case("intake.supplement", "c2", "10:00", told=[
            {"material_code": "MAT1", "state": "missing", "reason": ""}])),
        a.envelope("case.accepted", _case("case.accepted", "c2", "10:30", mode="full")),
        a.envelope("rating", _rating("r1", "very_satisfied", "3")),
        a.envelope("rating", _rating("r1b", "satisfied", "3", subject="r1x")),
        a.envelope("rating", _rating("r1c", "very_satisfied", "3", count=2, subject="r1x")),
    ])
    body = {"protocol": 1, "station_code": b.station_code, "records": [
        b.envelope("ticket.taken", _taken("B-t3", "CAT2", "10:00")),
        b.envelope("case.refused", _case("case.refused", "c3", "11:00")),
        b.envelope("rating", _rating("r2", "dissatisfied", "5")),
        b.envelope("rating", _rating("r3", None, "5")),
    ]}
    headers = {**site.station_headers(), "Authorization": f"Station {b.station_code}:{secret}"}
    r = site.client.post("/api/v1/sync/push", json=body, headers=headers)
    assert r.status_code == 200 and all(x["status"] == "stored" for x in r.json()["results"]), r.text
    other = Chain(site.other_station)
    r = site.push([other.envelope("ticket.taken", _taken("O-t9", "CAT1", "09:00")),
                   other.envelope("ticket.event", _event("O-t9", "called", "09:01", category_code="CAT1")),
                   other.envelope("case.accepted", _case("case.accepted", "c9", "09:05", "O-t9", mode="with_gaps")),
                   other.envelope("rating", _rating("r9", "dissatisfied", "1"))], other=True)
    assert r.status_code == 200, r.text
    return a, b


def _get(site: Site, report: str, by: str = "category", **params: str) -> dict[str, Any]:
    r = site.client.get(f"/api/v1/stats/{report}", params={"from": DAY, "to": DAY, "by": by, **params},
                        headers=site.station_headers())
    assert r.status_code == 200, r.text
    table: dict[str, Any] = r.json()["table"]
    return table


def test_queue_figures_of_the_hall(site: Site, hall: Any) -> None:
    table = _get(site, "queue")
    titles = [c["title"] for c in table["columns"]]
    total = dict(zip(titles, table["total"], strict=True))
    assert (total["取号"], total["已办结"], total["过号"], total["未叫号离开"], total["未办结"]) == (3, 1, 1, 1, 0)
    assert total["平均等候（分）"] == pytest.approx((10 + 25) / 2)
    assert total["最长等候（分）"] == pytest.approx(25.0)
    assert total["平均办理（分）"] == pytest.approx(15.0)
    assert total["过号率"] == pytest.approx(1 / 3)
    assert [r[0] for r in table["rows"]] == ["CAT1", "CAT2"] and [r[1] for r in table["rows"]] == [2, 1]
    by_window = _get(site, "queue", "window")
    assert {r[0]: r[1] for r in by_window["rows"]} == {"3 号窗口": 2, "（未叫号）": 1}


def test_case_figures_of_the_hall(site: Site, hall: Any) -> None:
    table = _get(site, "cases", "clerk")
    assert table["rows"] == [["张三（S001）", 3, 2, 0, 1, 1, 2, 1, 0.5]]
    by_category = _get(site, "cases", "category")
    assert {r[0]: r[2] for r in by_category["rows"]} == {"CAT1": 1, "—": 1}
    missing = _get(site, "missing-materials")
    assert missing["rows"][0][1:6] == ["MAT1", 1, 0, 1, 1]


def test_rating_figures_of_the_hall(site: Site, hall: Any) -> None:
    table = _get(site, "ratings", "window")
    titles = [c["title"] for c in table["columns"]]
    rows = {r[0]: dict(zip(titles, r, strict=True)) for r in table["rows"]}
    assert rows["3 号窗口"]["非常满意"] == 2 and rows["3 号窗口"]["满意"] == 0  # r1b replaced by r1c
    assert rows["5 号窗口"]["不满意"] == 1 and rows["5 号窗口"]["未评价"] == 1
    total = dict(zip(titles, table["total"], strict=True))
    assert total["已评价"] == 3 and total["差评数"] == 1 and total["差评率"] == pytest.approx(1 / 3)
    assert "1 号窗口" not in rows  # the other hall


def test_other_hall_sees_only_its_own(site: Site, hall: Any) -> None:
    r = site.client.get("/api/v1/stats/queue", params={"from": DAY, "to": DAY}, headers=site.station_headers(True))
    assert r.json()["table"]["total"][1] == 1
    r = site.client.get("/api/v1/stats/queue", params={"hall": "ZJ02"}, headers=site.station_headers())
    assert r.status_code == 403


def test_bad_report_grouping_and_range(site: Site) -> None:
    h = site.station_headers()
    assert site.client.get("/api/v1/stats/nothing", headers=h).status_code == 404
    assert site.client.get("/api/v1/stats/queue", params={"by": "matter"}, headers=h).status_code == 422
    assert site.client.get("/api/v1/stats/queue", params={"from": "2026-11-02", "to": "2026-11-01"},
                           headers=h).status_code == 422
    r = site.client.get("/api/v1/stats/consultations", params={"by": "matter"}, headers=h)
    assert r.status_code == 200 and r.json()["table"]["rows"] == []


def test_replay_of_real_queue_records_gives_the_local_facts(clerk_station: Any, clock: Any) -> None:
    """The payloads QueueService emits, replayed as the server does, give the very tickets
    the local figures count: served, held and resumed, transferred, no-show requeued, waiting."""
    from app.figures import queue_figures as qf
    from app.figures import record_figures as rec
    from app.figures.periods import day
    from app.queue.service import QueueService
    from app.sync.push import _PENDING_SQL, envelope

    station = clerk_station
    queue = QueueService(station)
    categories = [c.code for c in station.catalog.queue_categories]
    for n in range(5):
        queue.take_ticket(categories[n % 2])
        clock.advance(minutes=2)
    steps = [("call", 3), ("finish", 7), ("call", 1), ("hold", 4), ("call", 2), ("finish", 5)]
    held = None
    for step, minutes in steps:
        clock.advance(minutes=minutes)
        if step == "call":
            queue.call_next()
        elif step == "hold":
            held = queue.hold()
        else:
            queue.finish()
    assert held is not None
    queue.resume(held.id)
    clock.advance(minutes=6)
    queue.finish()
    queue.call_next()
    clock.advance(minutes=1)
    queue.transfer(to_category=categories[1])
    queue.call_next()
    for _ in range(station.config.recalls_before_no_show):
        queue.recall()
    queue.no_show()
    today = clock.now().date()
    rows = station.store.query(_PENDING_SQL, (0, 10_000))
    envs = [envelope(station.store, r, station.station_code) for r in rows]
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for env in envs:
        by_kind.setdefault(env["kind"], []).append(env["payload"])
    replayed = rec.ticket_facts(by_kind["ticket.taken"], by_kind.get("ticket.event", []),
                                by_kind.get("appointment.checked_in", []), today)
    local = qf.load_tickets(station.store, day(today), today)
    assert len(local) == 5

    def comparable(facts: list[Any]) -> list[tuple[Any, ...]]:  # the server knows the clerk; the station not yet
        return sorted((f[0], f[1], f[2], f[4], f[5], None if f[6] is None else round(f[6], 3), f[7]) for f in facts)

    assert comparable(replayed) == comparable(local)
    assert {f[7] for f in local} >= {qf.SERVED, qf.OPEN}
