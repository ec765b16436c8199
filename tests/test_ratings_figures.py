"""Satisfaction figures per clerk, window, matter and day, and their CSV."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from app.clock import FixedClock
from app.errors import PermissionDenied
from app.ratings import figures
from app.ratings.followups import FollowupService
from app.ratings.levels import RatingLevel
from app.ratings.service import RatingService, ServiceRecord
from app.station import Station

DAY = date(2026, 11, 23)


def _rate(service: RatingService, sid: str, level: str | None, clerk: tuple[str, str, str], **kw: object) -> None:
    staff_no, name, window = clerk
    record = ServiceRecord(service_id=sid, kind="window_service", matter_code="M001", matter_name="个体工商户设立登记",
                           window_no=window, clerk_staff_no=staff_no, clerk_name=name)
    request = service.request_rating(record)
    if level is None:
        service.expire_pending(request.expires_at)
    else:
        service.rate(request.id, level, **kw)  # type: ignore[arg-type]


@pytest.fixture
def rated(station: Station, clock: FixedClock) -> Station:
    station.login("S001", "demo1234")
    service = RatingService(station)
    wang, li = ("S001", "王芳", "3"), ("S002", "李明", "5")
    _rate(service, "T1", "非常满意", wang)
    _rate(service, "T2", "满意", wang)
    _rate(service, "T3", "不满意", wang, reasons=["等候时间过长"])
    _rate(service, "T4", None, wang)
    _rate(service, "T5", "非常不满意", li, reasons=["工作人员态度不好"])
    clock.advance(days=1)
    _rate(service, "T6", "满意", li)
    station.logout()
    station.login("S900", "admin1234")
    return station


def test_counts_per_clerk(rated: Station) -> None:
    rows = {r.key: r for r in figures.satisfaction(rated, "clerk", DAY, date(2026, 11, 24))}
    wang, li = rows["S001"], rows["S002"]
    assert wang.label == "王芳（S001）"
    assert wang.levels[RatingLevel.VERY_SATISFIED] == 1 and wang.levels[RatingLevel.DISSATISFIED] == 1
    assert (wang.rated, wang.not_rated, wang.poor) == (3, 1, 1)
    assert wang.poor_share == pytest.approx(1 / 3)
    assert (li.rated, li.poor, li.poor_share) == (2, 1, 0.5)


def test_per_day_and_date_range(rated: Station) -> None:
    rows = figures.satisfaction(rated, "day", DAY, DAY)
    assert [r.key for r in rows] == ["2026-11-23"]
    assert rows[0].rated == 4 and rows[0].not_rated == 1
    assert [r.key for r in figures.satisfaction(rated, "window", DAY, date(2026, 11, 24))] == ["3", "5"]


def test_followup_on_time_and_upheld_appeal_left_out_of_poor_share(rated: Station) -> None:
    service = FollowupService(rated)
    wang_item = next(i for i in service.items() if i.clerk_staff_no == "S001")
    service.advance(wang_item.id, "appeal", "群众误触")
    service.advance(wang_item.id, "uphold_appeal", "查看录像，确属误评")
    li_item = next(i for i in service.items() if i.clerk_staff_no == "S002")
    service.advance(li_item.id, "rectify", "已整改")
    service.advance(li_item.id, "close", "匿名评价，无法回访，办结")
    rows = {r.key: r for r in figures.satisfaction(rated, "clerk", DAY, date(2026, 11, 24))}
    assert rows["S001"].poor == 0 and rows["S001"].poor_share == 0
    assert (rows["S002"].followups_due, rows["S002"].followups_on_time) == (1, 1)


def test_csv_has_every_level_and_a_total(rated: Station, tmp_path: Path) -> None:
    rows = figures.satisfaction(rated, "matter", DAY, date(2026, 11, 24))
    path = figures.write_csv(tmp_path / "满意度.csv", "matter", rows)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(path.read_text("utf-8-sig").splitlines()))
    assert table[0][:7] == ["事项", "非常满意", "满意", "基本满意", "不满意", "非常不满意", "未评价"]
    assert table[1][0] == "个体工商户设立登记" and table[-1][0] == "合计"
    assert table[-1][table[0].index("已评价")] == "5" and table[-1][table[0].index("差评率")] == "40.0%"


def test_figures_are_for_supervisors(station: Station) -> None:
    station.login("S001", "demo1234")
    with pytest.raises(PermissionDenied):
        figures.satisfaction(station, "clerk", DAY, DAY)
