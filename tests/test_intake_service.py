"""The intake service: decisions as single units of work, resume by notice code, cases,
pickup, encryption at rest, progress look-up."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from app.clock import HALL_TZ, FixedClock
from app.documents import document_pdf, documents_for
from app.errors import PermissionDenied, UserError
from app.intake import progress_lookup
from app.intake.applicant import ApplicantProblems, Person
from app.intake.deadlines import Light
from app.intake.rules import Decision, ItemState
from app.intake.service import Collector, IntakeService
from app.station import Station, StationOptions
from tests.intake_helpers import AGENT_ID, APPLICANT, GTGSH, ID_NO, NAME, PHONE, all_received, waivable_subject, walk_in


def outbox_kinds(station: Station) -> list[str]:
    return [r["kind"] for r in station.store.query("SELECT kind FROM outbox ORDER BY seq")
            if r["kind"] != "audit.event"]


def test_supplement_then_resume_by_notice_code_then_accept(clerk_station: Station) -> None:
    service = IntakeService(clerk_station)
    draft = walk_in(service)
    first, second, *_ = draft.items
    draft = service.update_item(draft, first.material.code, state="received")
    draft = service.update_item(draft, second.material.code, state="nonconforming", reason="复印件不清晰")
    assert Decision.ACCEPT not in service.allowed(draft)
    notice = service.supplement(draft)
    assert re.fullmatch(r"BZ-DEMO01-20261123-\d{4}", notice.notice_code)
    assert notice.doc_no == "西湖政务补〔2026〕第00001号" or "补〔2026〕第00001号" in notice.doc_no

    back = service.resume(notice.notice_code.lower())  # scanners may type lower case
    assert back.case_id == notice.case_id and back.applicant.person.id_no == ID_NO
    open_codes = {i.material.code for i in back.open_items}
    assert first.material.code not in open_codes and second.material.code in open_codes
    assert next(i for i in back.items if i.material.code == second.material.code).reason == "复印件不清晰"
    back = all_received(service, back)
    outcome = service.accept(back)
    assert outcome.case_no == "DEMO01-20261123-0001"
    assert outcome.case_id == notice.case_id
    assert outcome.promised is not None and outcome.promised.on == date(2026, 11, 23)  # 即办
    kinds = [d.kind for d in documents_for(clerk_station.store, outcome.case_id)]
    assert kinds == ["supplement_notice", "receipt"]
    assert outbox_kinds(clerk_station) == ["intake.supplement", "case.accepted"]
    assert clerk_station.store.verify_audit_chain() is None
    events = [e.event for e in service.detail(outcome.case_id).events]
    assert events == ["supplement", "accepted"]
    with pytest.raises(UserError, match="不能重复办理"):
        service.accept(back)
    with pytest.raises(UserError, match="已受理"):
        service.resume(notice.notice_code)


def test_case_numbers_count_per_day(clerk_station: Station, clock: FixedClock) -> None:
    service = IntakeService(clerk_station)
    numbers = [service.accept(all_received(service, walk_in(service))).case_no for _ in range(2)]
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=HALL_TZ))
    numbers.append(service.accept(all_received(service, walk_in(service))).case_no)
    assert numbers == ["DEMO01-20261123-0001", "DEMO01-20261123-0002", "DEMO01-20261124-0001"]


def test_a_failed_decision_leaves_nothing_behind(clerk_station: Station) -> None:
    def broken(kind: str, data: object) -> bytes:
        raise RuntimeError("renderer crashed")

    service = IntakeService(clerk_station, renderer=broken)
    before = clerk_station.store.query_one("SELECT COUNT(*) AS n FROM outbox")["n"]
    with pytest.raises(RuntimeError):
        service.accept(all_received(service, walk_in(service)))
    store = clerk_station.store
    assert store.query_one("SELECT COUNT(*) AS n FROM cases")["n"] == 0
    assert store.query_one("SELECT COUNT(*) AS n FROM outbox")["n"] == before
    assert store.query("SELECT * FROM sequences WHERE name LIKE 'case:%'") == []
    assert IntakeService(clerk_station).accept(all_received(service, walk_in(service))).case_no.endswith("-0001")


def test_a_crash_after_the_decision_loses_nothing(tmp_path: Path, clock: FixedClock) -> None:
    directory = tmp_path / "crash"
    station = Station.open(StationOptions(data_dir=directory, demo=True), clock=clock)
    station.login("S001", "demo1234")
    service = IntakeService(station)
    outcome = service.accept(all_received(service, walk_in(service)))
    station.store.conn.close()  # the process dies before anything is printed
    again = Station.open(StationOptions(data_dir=directory, demo=True), clock=clock)
    again.login("S001", "demo1234")
    docs = documents_for(again.store, outcome.case_id)
    assert [(d.kind, d.printed) for d in docs] == [("receipt", False)]
    assert document_pdf(again.store, docs[0].id).startswith(b"%PDF")
    assert IntakeService(again).detail(outcome.case_id).row.case_no == outcome.case_no
    again.close()


def test_personal_data_is_not_in_the_database_file(clerk_station: Station) -> None:
    service = IntakeService(clerk_station)
    agent = replace(APPLICANT, agent=Person("司马相如", "resident_id", AGENT_ID, "13912345678"))
    case = service.accept(all_received(service, walk_in(service, applicant=agent)))
    service.supplement(walk_in(service, applicant=agent))
    clerk_station.login("S900", "admin1234")
    service.set_status(case.case_id, "approved")
    service.deliver(case.case_id, Collector("authorised", "诸葛孔明", "resident_id", "330102198506123456"))
    store_path = clerk_station.store.path
    raw = b"".join(p.read_bytes() for p in store_path.parent.glob(store_path.name + "*"))
    for secret in (NAME, ID_NO, PHONE, "司马相如", AGENT_ID, "13912345678", "诸葛孔明", "330102198506123456"):
        assert secret.encode("utf-8") not in raw, secret
        assert secret.encode("utf-16-le") not in raw, secret
    assert service.detail(case.case_id).row.applicant == "欧***"


def test_accept_with_gaps_then_supply_the_owed_material(clerk_station: Station) -> None:
    service = IntakeService(clerk_station)
    matter, situation = waivable_subject(clerk_station)
    draft = all_received(service, walk_in(service, matter, situation))
    waivable = next(i for i in draft.items if i.material.may_be_missing and i.material.is_required)
    strict = next(i for i in draft.items if not i.material.may_be_missing and i.material.is_required)
    draft = service.update_item(draft, waivable.material.code, state="missing")
    assert Decision.ACCEPT_WITH_GAPS in service.allowed(draft)
    with_strict = service.update_item(draft, strict.material.code, state="missing")
    with pytest.raises(UserError, match="不可容缺"):
        service.accept_with_gaps(with_strict)
    outcome = service.accept_with_gaps(draft)
    assert outcome.doc_kind == "commitment"
    detail = service.detail(outcome.case_id)
    assert [i.material.code for i in detail.owed] == [waivable.material.code]
    assert detail.row.owed_due == date(2026, 11, 30)
    kinds = [r["kind"] for r in clerk_station.store.query("SELECT kind FROM outbox ORDER BY seq")]
    assert kinds[-1] == "case.accepted"
    payload = clerk_station.store.outbox_payload(
        clerk_station.store.query_one("SELECT payload FROM outbox ORDER BY seq DESC LIMIT 1")["payload"])
    assert payload["mode"] == "with_gaps" and payload["case_no"] == outcome.case_no
    service.supply(outcome.case_id, [waivable.material.code])
    detail = service.detail(outcome.case_id)
    assert detail.owed == () and detail.row.owed_due is None
    assert detail.events[-1].event == "materials_supplied"


def test_refusal_needs_a_reason_and_its_basis(clerk_station: Station) -> None:
    service = IntakeService(clerk_station)
    draft = walk_in(service)
    with pytest.raises(UserError, match="理由"):
        service.refuse(draft, " ", "x")
    reason, basis = clerk_station.catalog.refusal_reasons[0]
    outcome = service.refuse(draft, reason, basis)
    detail = service.detail(outcome.case_id)
    assert detail.row.status == "refused" and detail.refusal == (reason, basis)
    assert outbox_kinds(clerk_station)[-1] == "case.refused"


def test_wrong_applicant_blocks_every_decision_and_names_the_field(clerk_station: Station) -> None:
    service = IntakeService(clerk_station)
    draft = all_received(service, walk_in(service, applicant=replace(
        APPLICANT, person=Person(NAME, "resident_id", ID_NO[:-1] + "1", PHONE))))
    with pytest.raises(ApplicantProblems) as caught:
        service.accept(draft)
    assert list(caught.value.problems) == ["person.id_no"]
    assert clerk_station.store.query_one("SELECT COUNT(*) AS n FROM cases")["n"] == 0


def test_pickup_after_the_supervisor_sets_the_status(clerk_station: Station) -> None:
    service = IntakeService(clerk_station)
    case = service.accept(all_received(service, walk_in(service)))
    with pytest.raises(PermissionDenied):
        service.set_status(case.case_id, "approved")
    with pytest.raises(UserError, match="尚无可领取"):
        service.deliver(case.case_id, Collector("applicant", id_no=ID_NO))
    clerk_station.login("S900", "admin1234")
    with pytest.raises(UserError, match="不能改为"):
        service.set_status(case.case_id, "ready")
    service.set_status(case.case_id, "approved", "准予登记")
    assert [r.id for r in service.list_cases("pickup")] == [case.case_id]
    clerk_station.login("S001", "demo1234")
    with pytest.raises(UserError, match="不一致"):
        service.deliver(case.case_id, Collector("applicant", id_no=AGENT_ID))
    with pytest.raises(UserError, match="受托人"):
        service.deliver(case.case_id, Collector("authorised", "李四", "resident_id", AGENT_ID[:-1] + "0"))
    service.deliver(case.case_id, Collector("applicant", id_no=ID_NO.lower()))
    detail = service.detail(case.case_id)
    assert detail.row.status == "delivered"
    assert [e.event for e in detail.events] == ["accepted", "status_set", "result_delivered"]
    assert detail.events[1].actor == "S900" and detail.events[1].actor_name == "陈静"


def test_received_applications_warn_from_day_three_and_are_accepted_by_law_after_five(
        clerk_station: Station, clock: FixedClock) -> None:
    service = IntakeService(clerk_station)
    draft = service.receive(walk_in(service))
    assert service.list_cases("attention") == []
    clock.set(datetime(2026, 11, 26, 9, 0, tzinfo=HALL_TZ))  # Thursday: working day 3
    rows = service.list_cases("attention")
    assert [r.id for r in rows] == [draft.case_id] and "第 3 个工作日" in rows[0].warning
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=HALL_TZ))
    assert "依法视为" in service.list_cases("open")[0].warning


def test_lights_and_filters_on_the_case_list(clerk_station: Station, clock: FixedClock) -> None:
    service = IntakeService(clerk_station)
    food = "330106-SCJG-XK-0003"  # 5 working days promised
    case = service.accept(all_received(service, walk_in(service, food, "S02")))
    assert service.list_cases("running")[0].light is Light.GREEN
    clock.set(datetime(2026, 11, 27, 9, 0, tzinfo=HALL_TZ))
    assert service.list_cases("running")[0].light is Light.YELLOW
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=HALL_TZ))
    row = service.list_cases("attention")[0]
    assert row.light is Light.RED and row.warning == "已超过承诺办结日期"
    assert [r.id for r in service.list_cases("all", case.case_no[-4:])] == [case.case_id]
    assert [r.id for r in service.list_cases("all", ID_NO)] == [case.case_id]
    assert [r.id for r in service.list_cases("all", "晓明")] == [case.case_id]
    assert service.list_cases("all", "不存在的") == []
    assert service.list_cases("done") == []


def test_promised_date_in_an_uncovered_year_is_flagged(clerk_station: Station, clock: FixedClock) -> None:
    clock.set(datetime(2027, 12, 27, 9, 0, tzinfo=HALL_TZ))
    service = IntakeService(clerk_station)
    outcome = service.accept(all_received(service, walk_in(service, "330106-SCJG-XK-0003", "S02")))
    assert outcome.promised is not None and outcome.promised.note
    assert "2027" in service.detail(outcome.case_id).row.calendar_note


def test_progress_lookup_by_receipt_or_notice_and_id_suffix(clerk_station: Station) -> None:
    service = IntakeService(clerk_station)
    notice = service.supplement(walk_in(service))
    found = progress_lookup(clerk_station, notice.notice_code)
    assert found is not None and found.status == "supplement" and found.owed
    assert found.owed_by == date(2026, 12, 7)
    assert progress_lookup(clerk_station, notice.notice_code, id_suffix="1234") is None
    assert progress_lookup(clerk_station, "BZ-NOPE") is None
    back = all_received(service, service.resume(notice.notice_code))
    case = service.accept(back)
    by_receipt = progress_lookup(clerk_station, case.case_no, id_suffix="002x")
    assert by_receipt is not None
    assert by_receipt.status_label == "已受理" and by_receipt.promised_on == date(2026, 11, 23)
    assert by_receipt.owed == () and "统一出件窗口" in by_receipt.pickup_place
    text = repr(by_receipt)
    assert NAME not in text and ID_NO not in text and PHONE not in text
    assert progress_lookup(clerk_station, notice.notice_code, id_suffix="002X") == by_receipt


def test_recent_and_favourite_matters_are_per_clerk(clerk_station: Station) -> None:
    service = IntakeService(clerk_station)
    service.accept(all_received(service, walk_in(service)))
    service.set_favourite("330106-SCJG-XK-0003", True)
    assert service.recent_matters() == [GTGSH]
    assert service.favourite_matters() == ["330106-SCJG-XK-0003"]
    clerk_station.login("S002", "demo1234")
    assert service.recent_matters() == [] and service.favourite_matters() == []


def test_situation_change_rebuilds_the_checklist_and_keeps_shared_marks(clerk_station: Station) -> None:
    service = IntakeService(clerk_station)
    draft = all_received(service, walk_in(service, GTGSH, "S01"))
    other = service.change_situation(draft, "S02")
    matter = clerk_station.catalog.matter(GTGSH)
    assert [i.material.code for i in other.items] == [m.code for m in matter.situation("S02").materials]
    shared = {m.code for m in matter.situation("S01").materials}
    for item in other.items:
        assert (item.state is ItemState.RECEIVED) == (item.material.code in shared)


def test_clerk_must_be_logged_in(station: Station) -> None:
    with pytest.raises(PermissionDenied):
        IntakeService(station).start(GTGSH)
