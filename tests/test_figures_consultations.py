"""Consultations (咨询): recorded as a service, counted, and rated on the pad."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import PermissionDenied, UserError
from app.figures import periods
from app.figures.consultations import ConsultationService, consultation_rows, table
from app.ratings.service import RatingService
from app.station import Station
from tests.intake_helpers import GTGSH


def test_a_consultation_is_one_unit_of_work_and_goes_on_the_pad(clerk_station: Station) -> None:
    service = ConsultationService(clerk_station)
    c = service.record(matter_code=GTGSH, answer="带身份证和经营场所证明即可，可网上办理。")
    row = clerk_station.store.query_one("SELECT * FROM consultations WHERE id = ?", (c.id,))
    assert row is not None
    assert (row["matter_name"], row["window_no"], row["clerk_staff_no"], row["handed_on"]) == \
        ("个体工商户设立登记", "3", "S001", 0)
    assert "身份证" not in row["answer"]  # encrypted at rest
    assert clerk_station.store.query_one("SELECT kind FROM outbox WHERE kind = 'consultation'") is not None
    pending = RatingService(clerk_station).pending_request()
    assert pending is not None and pending.id == c.rating_request_id
    assert pending.record.service_id == c.id and pending.record.kind == "window_service"
    assert pending.record.matter_name == "咨询：个体工商户设立登记"
    assert service.recent()[0].answer == "带身份证和经营场所证明即可，可网上办理。"


def test_figures_count_consultations_hand_ons_and_ratings(clerk_station: Station) -> None:
    service = ConsultationService(clerk_station)
    ratings = RatingService(clerk_station)
    first = service.record(matter_code=GTGSH, answer="可以网上办理。")
    assert first.rating_request_id is not None
    ratings.rate(first.rating_request_id, "very_dissatisfied", reasons=["需要多次跑腿"])
    second = service.record(topic="社保卡补办地点", answer="请到社保窗口。", handed_to="社保医保窗口（8 号）")
    assert second.handed_on
    service.record(topic="社保卡补办地点", answer="一楼东侧。", ask_rating=False)
    clerk_station.login("S900", "admin1234")
    rows, total = consultation_rows(clerk_station, "matter", periods.day(date(2026, 11, 23)))
    assert (total.asked, total.handed_on, total.rated, total.poor) == (3, 1, 1, 1)
    by_key = {r.key: r for r in rows}
    assert by_key[GTGSH].label == "个体工商户设立登记"
    other = by_key["其他：社保卡补办地点"]
    assert (other.asked, other.handed_on, other.handed_on_share) == (2, 1, 0.5)
    assert table(clerk_station, "clerk", periods.day(date(2026, 11, 23))).rows[0][:2] == ("王芳（S001）", 3)


def test_what_the_clerk_must_give(clerk_station: Station) -> None:
    service = ConsultationService(clerk_station)
    with pytest.raises(UserError) as err:
        service.record(answer="可以。")
    assert err.value.field == "matter"
    with pytest.raises(UserError) as err:
        service.record(matter_code=GTGSH, answer="  ")
    assert err.value.field == "answer"
    with pytest.raises(UserError):
        service.record(matter_code="NO-SUCH-MATTER", answer="可以。")
    assert clerk_station.store.query_one("SELECT COUNT(*) AS n FROM consultations")["n"] == 0  # type: ignore[index]


def test_figures_need_a_supervisor(clerk_station: Station) -> None:
    with pytest.raises(PermissionDenied):
        consultation_rows(clerk_station, "matter", periods.day(date(2026, 11, 23)))
