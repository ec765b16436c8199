"""A 补正 goes up like any record (it has no case number yet), and the case it becomes is linked to it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text
from sync_helpers import ServerProcess, new_station, outbox_states, sync

from app.auth import Session
from app.intake.rules import ItemState
from app.intake.service import IntakeService
from tests.intake_helpers import walk_in


def _server_cases(server: ServerProcess) -> dict[str, tuple[str, str]]:
    engine = create_engine(server.database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT case_no, status, status_note FROM cases")).all()
    finally:
        engine.dispose()
    return {r[0]: (r[1], r[2]) for r in rows}


def test_supplement_then_acceptance_reach_the_server_once(shared_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(shared_server, tmp_path / "st")
    sync(station)
    station.session = Session(shared_server.staff(1), "张三", "clerk", "3")
    service = IntakeService(station)
    draft = walk_in(service)
    notice = service.supplement(draft)  # every material still missing: one notice lists them all
    assert notice.notice_code
    sync(station)
    assert "quarantined" not in outbox_states(station)
    assert _server_cases(shared_server)[notice.notice_code][0] == "supplement"
    resumed = service.resume(notice.notice_code)  # the citizen comes back with the materials
    for item in resumed.items:
        resumed = service.update_item(resumed, item.material.code, state=ItemState.RECEIVED)
    case = service.accept(resumed)
    sync(station)
    sync(station)  # a second round sends nothing again
    states = outbox_states(station)
    assert set(states) == {"sent"}, states
    cases = _server_cases(shared_server)
    assert cases[case.case_no][0] == "accepted"
    assert cases[notice.notice_code] == ("supplied", f"已补正，办件编号 {case.case_no}")
    station.close()
