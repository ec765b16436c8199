"""Pull against the real server: case status into the intake tables (never over unsent
local changes), the working-day calendar, appointments, users and clerk tokens."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sync_helpers import PASSWORD, ServerProcess, engine_for, new_station, open_station, outbox_states, sync

from app.auth import Session, login_offline
from app.errors import UserError
from app.intake.service import IntakeService
from app.station import Station
from app.sync import auth
from app.sync.pull import Puller
from tests.intake_helpers import all_received, walk_in


def _accepted_case(station: Station, server: ServerProcess) -> tuple[str, str]:
    station.session = Session(server.staff(1), "张三", "clerk", "3")
    service = IntakeService(station)
    outcome = service.accept(all_received(service, walk_in(service)))
    return outcome.case_id, outcome.case_no


def test_case_status_from_the_back_office_reaches_the_case(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(shared_server, tmp_path / "st")
    sync(station)
    case_id, case_no = _accepted_case(station, shared_server)
    sync(station)
    assert shared_server.set_case_status(case_no, "in_review").status_code == 200
    assert shared_server.set_case_status(case_no, "approved", "准予许可").status_code == 200
    report = sync(station)
    assert "cases" in report.pull.changed
    row = station.store.query_one("SELECT status FROM cases WHERE id = ?", (case_id,))
    assert row["status"] == "approved"
    texts = [
        r["text"]
        for r in station.store.query(
            "SELECT text FROM case_events WHERE case_id = ? AND event = 'server_status' ORDER BY at", (case_id,)
        )
    ]
    assert any("准予" in t for t in texts)
    station.close()


def test_status_never_overwrites_unsent_local_changes(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(shared_server, tmp_path / "st")
    sync(station)
    case_id, case_no = _accepted_case(station, shared_server)
    sync(station)
    shared_server.set_case_status(case_no, "in_review")
    with station.store.unit_of_work("S001") as uow:  # a local step not sent yet
        uow.emit("case.event", {"event": "note", "case_id": case_id, "case_no": case_no, "station_code": station.station_code})
    engine = engine_for(station)
    report = Puller(engine.store, engine.client).pull_all()  # pull only: the event is still pending
    assert report.deferred == 1
    assert station.store.query_one("SELECT status FROM cases WHERE id = ?", (case_id,))["status"] == "accepted"
    engine.store.close()
    sync(station)  # push first, then the parked status applies
    assert station.store.query_one("SELECT status FROM cases WHERE id = ?", (case_id,))["status"] == "in_review"
    assert station.store.query_one("SELECT COUNT(*) FROM sync_deferred")[0] == 0
    station.close()


def test_calendar_and_appointments_arrive(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(shared_server, tmp_path / "st")
    days = [
        {"date": "2027-01-01", "working": False, "note": "元旦"},
        {"date": "2027-02-07", "working": True, "note": "春节调休上班"},
    ]
    r = shared_server.backoffice("POST", "/admin/calendar", admin=True, json={"year": 2027, "days": days})
    assert r.status_code == 200, r.text
    appt = {
        "id": f"BK-{shared_server.hall}-1",
        "hall": shared_server.hall,
        "category": "SSDJ",
        "date": "2026-11-24",
        "start": "10:00",
        "end": "10:30",
        "applicant_masked": "张*",
    }
    assert shared_server.backoffice("POST", "/appointments", json=appt).status_code == 200
    report = sync(station)
    assert {"calendar", "queue"} <= report.pull.changed
    station.notify("calendar")
    assert 2027 in station.calendar.covered_years()
    assert not station.calendar.is_working_day(date(2027, 1, 1))
    assert station.calendar.is_working_day(date(2027, 2, 7))
    row = station.store.query_one("SELECT * FROM appointments WHERE id = ?", (appt["id"],))
    assert row["state"] == "booked" and row["source"] == "server" and row["holder_name"] != "张*"
    assert station.store.cipher.decrypt(row["holder_name"]) == "张*"
    assert shared_server.backoffice("POST", "/appointments", json={**appt, "status": "cancelled"}).status_code == 200
    sync(station)
    assert station.store.query_one("SELECT state FROM appointments WHERE id = ?", (appt["id"],))["state"] == "cancelled"
    station.close()


def test_online_login_then_token_expires_offline_and_another_clerk_logs_in(shared_server: ServerProcess, tmp_path: Path) -> None:
    data_dir = tmp_path / "st"
    station = new_station(shared_server, data_dir)
    sync(station)
    engine = engine_for(station)
    session = auth.login(station, engine.client, shared_server.staff(1), PASSWORD)
    assert not session.offline and auth.clerk_token(station.secrets, station.clock.now())
    with pytest.raises(UserError):
        auth.login(station, engine.client, shared_server.staff(1), "wrong-password")
    engine.store.close()
    # the line goes down; the token runs out while records keep coming
    token = json.loads(station.secrets.get(auth.CLERK_TOKEN) or "{}")
    token["expires_at"] = (station.clock.now() - timedelta(hours=1)).isoformat()
    station.secrets.set(auth.CLERK_TOKEN, json.dumps(token))
    assert auth.clerk_token(station.secrets, station.clock.now()) is None
    station.logout()
    other = login_offline(station.store, shared_server.staff(2), PASSWORD)  # hash pulled earlier
    station.session = other
    with station.store.unit_of_work(other.staff_no) as uow:
        uow.emit("rating", {"level": "satisfied", "station_code": station.station_code})
    sync(station)  # records go up with the station credential: nothing blocked, nothing deleted
    assert outbox_states(station) == {"sent": 3}  # login, logout, rating
    assert station.secrets.get(auth.CLERK_TOKEN) is None  # the stale token was dropped
    station.close()
    reopened = open_station(data_dir)
    assert reopened.store.pending_count() == 0
    reopened.close()


def test_deactivated_user_can_no_longer_log_in_offline(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(shared_server, tmp_path / "st")
    sync(station)
    assert login_offline(station.store, shared_server.staff(9), PASSWORD).role == "supervisor"
    shared_server.add_user(9, "陈静", "supervisor", password="a-new-password-9")
    sync(station)
    with pytest.raises(UserError):
        login_offline(station.store, shared_server.staff(9), PASSWORD)
    assert login_offline(station.store, shared_server.staff(9), "a-new-password-9").name == "陈静"
    station.close()


def test_replaced_pc_is_refused_until_a_new_enrolment_code_is_entered(shared_server: ServerProcess,
                                                                      tmp_path: Path) -> None:
    import re

    from app.sync.client import AuthRefused

    station = new_station(shared_server, tmp_path / "st")
    sync(station)
    out = shared_server.cli(["reset-station", "--station", station.station_code])[0]
    new_code = re.search(r"一次性登记码：(\S+)", out)
    assert new_code is not None
    with station.store.unit_of_work("S001") as uow:
        uow.emit("rating", {"level": "very_satisfied", "station_code": station.station_code})
    engine = engine_for(station)
    with pytest.raises(AuthRefused):
        engine.run_once()
    assert engine.state.blocked and "登记码" in engine.state.last_error
    engine.store.close()
    assert outbox_states(station) == {"pending": 1}  # kept, not lost
    station.secrets.set(auth.ENROLMENT_CODE, new_code.group(1))  # what yichuang setup does
    sync(station)
    assert outbox_states(station) == {"sent": 1}
    assert station.secrets.get(auth.ENROLMENT_CODE) is None
    station.close()


def test_back_office_decision_reaches_the_kiosks_progress_query(shared_server: ServerProcess, tmp_path: Path) -> None:
    """审批系统 posts 办结 on the server; the kiosk's receipt scan shows it, and says it is up to date."""
    from app import kiosk_rules

    station = new_station(shared_server, tmp_path / "st")
    sync(station)  # the catalog comes down
    _, case_no = _accepted_case(station, shared_server)
    sync(station)
    assert shared_server.set_case_status(case_no, "approved", "准予许可").status_code == 200
    sync(station)
    answer = kiosk_rules.lookup_scanned(station, case_no)
    assert answer.progress is not None and answer.progress.status == "approved"
    assert not answer.freshness.stale and answer.freshness.note.startswith("已与服务器同步")
    station.close()
