"""Case figures from applications decided through the real intake service."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.catalog.model import Necessity
from app.clock import HALL_TZ, FixedClock
from app.figures import periods
from app.figures.case_figures import case_figures
from app.intake.records import Draft
from app.intake.rules import ItemState
from app.intake.service import IntakeService
from app.station import Station
from tests.intake_helpers import GTGSH, all_received, waivable_subject, walk_in


def _required(draft: Draft) -> list[str]:
    return [i.material.code for i in draft.items if i.material.necessity is Necessity.REQUIRED]


def _optional(draft: Draft) -> list[str]:
    return [i.material.code for i in draft.items if i.material.necessity is Necessity.OPTIONAL]


@pytest.fixture
def decided(clerk_station: Station) -> tuple[Station, str, str]:
    """Today (2026-11-23) clerk S001 decides six applications; returns the two materials told."""
    s = clerk_station
    service = IntakeService(s)
    service.accept(all_received(service, walk_in(service)))  # A: 受理
    draft = all_received(service, walk_in(service))  # B: 补正 (non-conforming), back, 受理
    second = _required(draft)[1]
    notice = service.supplement(service.update_item(draft, second, state=ItemState.NONCONFORMING,
                                                    reason="复印件不清晰"))
    back = service.resume(notice.notice_code)
    service.accept(service.update_item(back, second, state=ItemState.RECEIVED, reason=""))
    matter, situation = waivable_subject(s)  # C: 容缺受理
    draft = all_received(service, replace(walk_in(service, matter, situation)))
    waivable = next(i.material.code for i in draft.items if i.material.is_required and i.material.may_be_missing)
    service.accept_with_gaps(service.update_item(draft, waivable, state=ItemState.MISSING))
    service.refuse(walk_in(service), "申请人不符合申请条件", "《行政许可法》第三十八条")  # D: 不予受理
    draft = all_received(service, walk_in(service))  # E: 补正 (missing), not back yet
    draft = service.update_item(draft, second, state=ItemState.MISSING)
    for optional in _optional(draft):  # optional and missing: not on the notice, not counted
        draft = service.update_item(draft, optional, state=ItemState.MISSING)
    service.supplement(draft)
    service.receive(all_received(service, walk_in(service)))  # F: 收件, no decision yet
    s.login("S900", "admin1234")
    return s, matter, second


def test_decisions_per_matter(decided: tuple[Station, str, str]) -> None:
    station, waivable_matter, _ = decided
    figures = case_figures(station, periods.day(date(2026, 11, 23)))
    rows = {r.key: r for r in figures.rows("matter")}
    g = rows[GTGSH]
    assert (len(g.cases), g.accepted_full, g.accepted_gaps, g.notices, g.refused) == (4, 2, 0, 2, 1)
    assert g.second_trip == 1 and g.second_trip_rate == 0.5
    assert g.label == "个体工商户设立登记"
    w = rows[waivable_matter]
    assert (w.accepted_full, w.accepted_gaps, w.second_trip) == (0, 1, 0)
    total = figures.total()
    assert (total.accepted, total.notices, total.refused, total.second_trip) == (3, 2, 1, 1)
    assert total.second_trip_rate == pytest.approx(1 / 3)


def test_decisions_per_clerk_and_window(decided: tuple[Station, str, str]) -> None:
    station, _, _ = decided
    figures = case_figures(station, periods.day(date(2026, 11, 23)))
    clerks = figures.rows("clerk")
    assert [(r.key, r.label, r.accepted) for r in clerks] == [("S001", "王芳（S001）", 3)]
    windows = figures.rows("window")  # no ticket: the clerk's registered window
    assert [(r.key, r.label) for r in windows] == [("3", "3 号窗口")]
    table = figures.table("matter")
    assert table.all_rows[-1][:2] == ("合计", 5)


def test_other_days_are_not_counted(decided: tuple[Station, str, str]) -> None:
    station, _, _ = decided
    assert case_figures(station, periods.day(date(2026, 11, 24))).total().accepted == 0
    assert case_figures(station, periods.month(date(2026, 11, 1))).total().accepted == 3


def test_materials_most_often_missing(decided: tuple[Station, str, str]) -> None:
    station, _, second = decided
    figures = case_figures(station, periods.week(date(2026, 11, 23)))
    missing = [m for m in figures.missing if m.matter_code == GTGSH]
    assert len(missing) == 1  # the optional material left out of E is not counted
    m = missing[0]
    assert (m.material_code, m.missing, m.nonconforming, m.total, m.matter_notices) == (second, 1, 1, 2, 2)
    assert m.top_reason == "复印件不清晰"
    name = station.catalog.matter(GTGSH).situations[0].material(second).name
    assert figures.missing_table().rows[0][:2] == ("个体工商户设立登记", name)


def test_deadlines_today_and_ten_working_days_later(decided: tuple[Station, str, str], clock: FixedClock) -> None:
    station, _, _ = decided
    row = {r.key: r for r in case_figures(station, periods.day(date(2026, 11, 23))).deadline_rows("matter")}[GTGSH]
    assert (row.running, row.received_waiting, row.five_day_late) == (2, 1, 0)
    assert row.overdue == 0
    assert row.due_soon == 2  # 即办 matter: promised today
    clock.set(datetime(2026, 12, 7, 9, 0, tzinfo=HALL_TZ))
    row = {r.key: r for r in case_figures(station, periods.day(date(2026, 12, 7))).deadline_rows("matter")}[GTGSH]
    assert (row.running, row.overdue, row.five_day_late) == (2, 2, 1)
