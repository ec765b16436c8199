"""Rating requests, ratings, 未评价 on timeout, the kiosk's 一事一评, the outbox rows."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from app.clock import FixedClock
from app.errors import PermissionDenied, UserError
from app.ratings.followups import FollowupService
from app.ratings.levels import RatingLevel
from app.ratings.service import RatingService, ServiceRecord
from app.station import Station


def _record(service_id: str = "T-0001", **extra: str) -> ServiceRecord:
    base: dict[str, Any] = {"ticket_no": "A012", "matter_code": "M001", "matter_name": "个体工商户设立登记", "window_no": "3",
            "clerk_staff_no": "S001", "clerk_name": "王芳", "station_code": "DEMO01"}
    base.update(extra)
    return ServiceRecord(service_id=service_id, kind="window_service", **base)


def _outbox(station: Station, kind: str) -> list[dict]:  # type: ignore[type-arg]
    rows = station.store.query("SELECT payload FROM outbox WHERE kind = ? ORDER BY seq", (kind,))
    return [station.store.outbox_payload(r["payload"]) for r in rows]


def test_request_then_good_rating_goes_to_the_outbox(clerk_station: Station) -> None:
    service = RatingService(clerk_station)
    seen: list[frozenset[str]] = []
    clerk_station.subscribe(seen.append)
    request = service.request_rating(_record())
    assert any("rating_request" in s for s in seen)
    assert service.pending_request() == request
    result = service.rate(request.id, RatingLevel.VERY_SATISFIED)
    assert result.followup_id is None and result.rating_count == 1
    assert service.pending_request() is None
    [payload] = _outbox(clerk_station, "rating")
    assert payload["level_label"] == "非常满意" and payload["level_code"] == "1"
    assert payload["channel_name"] == "政务大厅平板电脑" and payload["rating_count"] == 1
    assert payload["region_code"] == clerk_station.config.region_code
    assert payload["ticket_no"] == "A012" and payload["clerk_staff_no"] == "S001"
    assert payload["anonymous"] is True
    assert clerk_station.store.verify_audit_chain() is None


def test_timeout_records_not_rated_never_a_good_rating(clerk_station: Station, clock: FixedClock) -> None:
    service = RatingService(clerk_station)
    request = service.request_rating(_record())
    clock.advance(seconds=clerk_station.config.rating_timeout_seconds - 1)
    assert service.expire_pending() == []
    clock.advance(seconds=1)
    assert service.expire_pending() == [request.id]
    row = clerk_station.store.query_one("SELECT rated, level, level_code FROM ratings")
    assert row is not None and (row["rated"], row["level"], row["level_code"]) == (0, None, None)
    [payload] = _outbox(clerk_station, "rating")
    assert payload["rated"] is False and payload["level_label"] == "未评价" and payload["level"] is None
    with pytest.raises(UserError, match="超时"):
        service.rate(request.id, "满意")


def test_late_answer_is_refused_and_recorded_as_not_rated(clerk_station: Station, clock: FixedClock) -> None:
    service = RatingService(clerk_station)
    request = service.request_rating(_record())
    clock.advance(minutes=5)
    with pytest.raises(UserError, match="超时"):
        service.rate(request.id, "非常满意")
    assert [p["rated"] for p in _outbox(clerk_station, "rating")] == [False]


def test_poor_rating_needs_a_reason_and_other_needs_a_comment(clerk_station: Station) -> None:
    service = RatingService(clerk_station)
    request = service.request_rating(_record())
    with pytest.raises(UserError, match="原因") as err:
        service.rate(request.id, RatingLevel.DISSATISFIED, [])
    assert err.value.field == "reasons"
    with pytest.raises(UserError, match="其他"):
        service.rate(request.id, RatingLevel.VERY_DISSATISFIED, ["其他"], "")
    assert clerk_station.store.query_one("SELECT COUNT(*) AS n FROM ratings")["n"] == 0  # type: ignore[index]


def test_poor_rating_opens_a_followup_with_a_working_day_deadline(clerk_station: Station) -> None:
    clerk_station.config.followup_deadline_days = 5
    service = RatingService(clerk_station)
    request = service.request_rating(_record())
    result = service.rate(request.id, "不满意", ["等候时间过长"], "等了一个小时", callback_ok=True,
                          rater_name="张三", rater_phone="13812345678")
    assert result.deadline == date(2026, 11, 30)  # Monday + 5 working days
    stored = clerk_station.store.query_one("SELECT rater_name, rater_phone, comment FROM ratings")
    assert stored is not None and "张三" not in stored["rater_name"] and "1381234" not in stored["rater_phone"]
    assert "一个小时" not in stored["comment"]  # encrypted at rest
    [rating] = _outbox(clerk_station, "rating")
    assert rating["poor"] and rating["reasons"] == ["等候时间过长"] and rating["rater_name"] == "张三"
    assert rating["followup"]["deadline"] == "2026-11-30" and rating["followup"]["callback_required"]
    [opened] = _outbox(clerk_station, "rating.followup")
    assert opened["to_state_label"] == "待核实"


def test_one_rating_per_service(clerk_station: Station) -> None:
    service = RatingService(clerk_station)
    request = service.request_rating(_record())
    service.rate(request.id, "满意")
    with pytest.raises(UserError, match="已经评价"):
        service.request_rating(_record())
    with pytest.raises(UserError):
        service.rate(request.id, "不满意", ["等候时间过长"])


def test_a_new_request_supersedes_an_unanswered_one(clerk_station: Station) -> None:
    service = RatingService(clerk_station)
    first = service.request_rating(_record("T-1"))
    second = service.request_rating(_record("T-2", ticket_no="A013"))
    assert service.pending_request() == second
    assert service.request(first.id).state == "not_rated"
    # Asking again for the same service shows the same request.
    assert service.request_rating(_record("T-2", ticket_no="A013")) == second


def test_asking_for_a_rating_needs_a_clerk(station: Station) -> None:
    with pytest.raises(PermissionDenied):
        RatingService(station).request_rating(_record())


def test_platform_mapping_sets_the_stored_code(clerk_station: Station) -> None:
    clerk_station.config.rating_platform = "reverse"
    service = RatingService(clerk_station)
    service.rate(service.request_rating(_record()).id, "非常满意")
    assert _outbox(clerk_station, "rating")[0]["level_code"] == "5"


# -- the kiosk: 一事一评 ---------------------------------------------------------

def _insert_case(station: Station, case_no: str, status: str) -> None:
    applicant = json.dumps({"kind": "person", "person": {"name": "张三", "id_type": "resident_id",
                                                         "id_no": "330102199001011234", "phone": "13812345678"},
                            "org_name": "", "credit_code": "", "legal_rep": "", "agent": None}, ensure_ascii=False)
    with station.store.transaction() as conn:
        conn.execute(
            "INSERT INTO cases (id, station_code, case_no, matter_code, matter_name, situation_code, situation_name,"
            " applicant, status, status_at, received_on, clerk, created_at)"
            " VALUES (?, 'DEMO01', ?, 'M001', '个体工商户设立登记', 'S1', '新办', ?, ?, '2026-11-20T10:00:00.000+08:00',"
            " '2026-11-18', 'S001', '2026-11-18T10:00:00.000+08:00')",
            (f"id-{case_no}", case_no, station.store.cipher.encrypt(applicant), status),
        )


def test_kiosk_rates_a_finished_case_by_scanning_its_receipt(station: Station) -> None:
    _insert_case(station, "DEMO0120261118001", "approved")
    service = RatingService(station)  # nobody logged in at a kiosk
    result = service.rate_case("DEMO0120261118001", "DEMO0120261118001", "满意")
    assert result.rating_count == 1
    [payload] = _outbox(station, "rating")
    assert payload["kind"] == "case" and payload["case_no"] == "DEMO0120261118001"
    assert payload["channel_name"] == "政务大厅其他终端" and payload["clerk_name"] == "王芳"


def test_kiosk_by_typed_case_number_needs_the_id_tail(station: Station) -> None:
    _insert_case(station, "DEMO0120261118002", "delivered")
    service = RatingService(station)
    with pytest.raises(UserError, match="后六位"):
        service.rate_case("DEMO0120261118002", "999999", "满意")
    assert service.rate_case("demo0120261118002", "011234", "满意").rating_count == 1


def test_kiosk_refuses_cases_still_in_progress_or_unknown(station: Station) -> None:
    _insert_case(station, "DEMO0120261118003", "in_review")
    service = RatingService(station)
    with pytest.raises(UserError, match="办结后"):
        service.rate_case("DEMO0120261118003", "DEMO0120261118003", "满意")
    with pytest.raises(UserError, match="没有找到"):
        service.rate_case("NOPE", "NOPE", "满意")


def test_supplementary_rating_once_within_the_policy_window(station: Station, clock: FixedClock) -> None:
    _insert_case(station, "DEMO0120261118004", "approved")
    service = RatingService(station)
    code = "DEMO0120261118004"
    service.rate_case(code, code, "满意")
    clock.advance(days=3)
    second = service.rate_case(code, code, "不满意", ["办理时间过长"])
    assert second.rating_count == 2 and second.followup_id is not None
    with pytest.raises(UserError, match="已经评价"):
        service.rate_case(code, code, "满意")
    assert [p["rating_count"] for p in _outbox(station, "rating")] == [1, 2]


def test_supplementary_rating_refused_when_policy_forbids_or_too_late(station: Station, clock: FixedClock) -> None:
    _insert_case(station, "DEMO0120261118005", "approved")
    _insert_case(station, "DEMO0120261118006", "approved")
    service = RatingService(station)
    service.rate_case("DEMO0120261118005", "DEMO0120261118005", "满意")
    service.rate_case("DEMO0120261118006", "DEMO0120261118006", "满意")
    clock.advance(days=station.config.rating_supplement_days + 1)
    with pytest.raises(UserError, match="天内"):
        service.rate_case("DEMO0120261118005", "DEMO0120261118005", "满意")
    station.config.rating_supplement_days = 0
    with pytest.raises(UserError, match="已经评价"):
        service.rate_case("DEMO0120261118006", "DEMO0120261118006", "满意")


# -- the follow-up list ------------------------------------------------------------

def test_followup_list_steps_and_callback_rate(station: Station, clock: FixedClock) -> None:
    station.login("S001", "demo1234")
    service = RatingService(station)
    service.rate(service.request_rating(_record("T-1")).id, "不满意", ["工作人员态度不好"], rater_name="张三")
    service.rate(service.request_rating(_record("T-2")).id, "非常不满意", ["等候时间过长"])
    with pytest.raises(PermissionDenied):
        FollowupService(station).items()
    station.logout()
    station.login("S900", "admin1234")
    followups = FollowupService(station)
    items = followups.items()
    assert len(items) == 2
    real = next(i for i in items if i.callback_required)
    assert real.rater == "张*" and real.clerk_name == "王芳" and real.deadline == date(2026, 11, 30)
    assert followups.callback_rate().text.startswith("实名差评回访率 0/1")
    followups.advance(real.id, "rectify", "核实属实，已批评教育")
    with pytest.raises(UserError, match="回访"):
        followups.advance(real.id, "close", "办结")
    followups.advance(real.id, "call_back", "电话回访，群众表示认可")
    clock.set(clock.now().replace(day=27))
    done = followups.advance(real.id, "close", "办结")
    assert done.state.label == "办结" and not done.overdue
    assert followups.callback_rate().rate == 1.0
    steps = followups.steps(real.id)
    assert [s.to_state.label for s in steps] == ["待核实", "整改中", "已回访", "办结"]
    assert steps[1].staff_no == "S900" and steps[1].note == "核实属实，已批评教育"
    labels = [p["to_state_label"] for p in _outbox(station, "rating.followup")]
    assert labels.count("办结") == 1 and labels.count("待核实") == 2
    clock.set(clock.now().replace(month=12, day=1))
    anonymous = next(i for i in followups.items() if not i.callback_required)
    assert anonymous.overdue and anonymous.days_left < 0


def test_answering_restarts_the_timeout(clerk_station: Station, clock: FixedClock) -> None:
    service = RatingService(clerk_station)
    request = service.request_rating(_record())
    timeout = clerk_station.config.rating_timeout_seconds
    clock.advance(seconds=timeout - 5)
    service.keep_alive(request.id)  # she picked 不满意 and is choosing reasons
    clock.advance(seconds=timeout - 5)
    assert service.expire_pending() == []
    assert service.rate(request.id, "不满意", ["办事流程繁琐"]).followup_id is not None


def test_full_phone_for_the_call_back_is_shown_only_to_supervisors_and_audited(station: Station) -> None:
    station.login("S001", "demo1234")
    service = RatingService(station)
    service.rate(service.request_rating(_record()).id, "不满意", ["办事流程繁琐"], callback_ok=True,
                 rater_name="张三", rater_phone="13812345678")
    station.logout()
    station.login("S900", "admin1234")
    followups = FollowupService(station)
    item = followups.items()[0]
    assert item.rater_phone == "138****5678"
    before = station.store.query_one("SELECT COUNT(*) AS n FROM audit_log")["n"]  # type: ignore[index]
    assert followups.contact(item.id) == ("张三", "13812345678")
    actions = [r["action"] for r in station.store.query("SELECT action FROM audit_log WHERE seq > ?", (before,))]
    assert actions == ["rating.contact_viewed"]


def test_deadline_days_are_configurable_per_hall(clerk_station: Station) -> None:
    clerk_station.config.followup_deadline_days = 10
    service = RatingService(clerk_station)
    result = service.rate(service.request_rating(_record()).id, "非常不满意", ["需要多次跑腿"])
    assert result.deadline == date(2026, 12, 7)  # Monday 23 Nov + 10 working days
