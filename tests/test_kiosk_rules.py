"""Kiosk rules without Qt: browsing, paging, the guide print, the progress query."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta

import pytest

from app import kiosk_rules as rules
from app.catalog.repository import active_search_keys
from app.clock import HALL_TZ, FixedClock, iso
from app.documents import document_pdf, documents_for
from app.errors import UserError
from app.intake.service import IntakeService
from app.station import Station
from tests.intake_helpers import GTGSH, ID_NO, NAME, PHONE, accepted_case_no, waivable_subject, walk_in


def pdf_text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True)
    return "".join(out.stdout.decode("utf-8").split())


def test_departments_hold_every_matter_once_sorted_by_pinyin(station: Station) -> None:
    catalog = station.catalog
    entries = rules.departments(catalog, active_search_keys(station.store))
    codes = [m.code for e in entries for m in e.matters]
    assert sorted(codes) == sorted(m.code for m in catalog.matters)
    assert [e.code for e in entries] == [d.code for d in catalog.departments if any(
        m.department == d.code for m in catalog.matters)]
    keys = active_search_keys(station.store) or {}
    for entry in entries:
        pinyin = [keys[m.code][0] for m in entry.matters]
        assert pinyin == sorted(pinyin)
        assert all(m.department == entry.code for m in entry.matters)


def test_paginate_clamps_and_counts() -> None:
    items = list(range(11))
    first = rules.paginate(items, 1, 4)
    assert first.items == (0, 1, 2, 3) and first.count == 3 and not first.has_previous and first.has_next
    last = rules.paginate(items, 9, 4)
    assert last.number == 3 and last.items == (8, 9, 10) and last.has_previous and not last.has_next
    assert last.label == "第 3 / 3 页"
    empty: rules.Page[int] = rules.paginate([], 1, 4)
    assert empty.items == () and empty.count == 1
    with pytest.raises(ValueError):
        rules.paginate(items, 1, 0)


def test_matters_of_category_and_ticket_categories(station: Station) -> None:
    catalog = station.catalog
    category = catalog.queue_categories[0]
    matters = rules.matters_of_category(catalog, category.code)
    assert [m.code for m in matters] == [c for c in category.matter_codes if catalog.has_matter(c)]
    assert category in rules.ticket_categories(catalog, matters[0].code)


def test_guide_facts_carry_every_material_attribute(station: Station) -> None:
    catalog = station.catalog
    matter = catalog.matter(GTGSH)
    situation = matter.situations[0]
    facts = rules.guide_facts(catalog, matter, situation, station.config.hall_name)
    assert [m.name for m in facts.materials] == [m.name for m in situation.materials]
    for shown, material in zip(facts.materials, situation.materials, strict=True):
        assert shown.form == material.form.label and shown.copies == f"{material.copies}份"
        assert material.source.label in shown.source and material.necessity.label in shown.necessity
        assert shown.may_be_missing == material.may_be_missing
    assert facts.categories and facts.categories[0].name in facts.where
    speech = rules.guide_speech(facts)
    assert all(m.name in speech for m in situation.materials)


def test_kiosk_guide_print_lists_every_material_without_a_clerk(station: Station) -> None:
    assert station.session is None
    matter = station.catalog.matter(GTGSH)
    for situation in matter.situations:
        doc_id = rules.print_guide(station, matter.code, situation.code)
        text = pdf_text(document_pdf(station.store, doc_id))
        for material in situation.materials:
            assert "".join(material.name.split()) in text, material.name
        assert matter.name in text and situation.name in text
    docs = documents_for(station.store, matter.code)
    assert [d.kind for d in docs] == ["guide"] * len(matter.situations)
    actors = {r["actor"] for r in station.store.query("SELECT actor FROM audit_log WHERE action = 'guide.printed'")}
    assert actors == {f"kiosk:{station.station_code}"}
    assert station.store.verify_audit_chain() is None


def test_wrong_suffix_and_unknown_case_give_the_same_answer(station: Station) -> None:
    case_no = accepted_case_no(station)
    wrong = rules.lookup_typed(station, case_no, "1234")
    unknown = rules.lookup_typed(station, "DEMO01-20991231-0009", ID_NO[-4:])
    assert not wrong.found and not unknown.found
    assert wrong == unknown
    assert rules.progress_speech(wrong) == rules.progress_speech(unknown) == rules.NOT_FOUND
    right = rules.lookup_typed(station, case_no.lower(), ID_NO[-4:].lower())
    assert right.progress is not None and right.progress.status == "accepted"


def test_a_short_suffix_is_refused_before_any_lookup(station: Station) -> None:
    case_no = accepted_case_no(station)
    with pytest.raises(UserError, match="后4位") as caught:
        rules.lookup_typed(station, case_no, "02X")
    assert caught.value.field == "id_suffix"
    with pytest.raises(UserError, match="办件编号"):
        rules.lookup_typed(station, "  ", "002X")
    with pytest.raises(UserError, match="条码"):
        rules.lookup_scanned(station, "")


def test_scanned_receipt_shows_status_dates_and_nothing_personal(station: Station) -> None:
    case_no = accepted_case_no(station)
    answer = rules.lookup_scanned(station, case_no + "\n")
    assert answer.progress is not None
    lines = dict(rules.progress_lines(answer.progress))
    assert lines["办件编号"] == case_no and "已受理" in lines["当前状态"] and "2026年11月23日" in lines["当前状态"]
    assert "承诺办结日期" in lines and "统一出件窗口" in lines["办结后领取"]
    text = repr(answer) + rules.progress_speech(answer)
    for secret in (NAME, ID_NO, PHONE, ID_NO[-4:]):
        assert secret not in text
    assert answer.freshness == rules.Freshness(rules.LOCAL_RECORD_NOTE, False)


def test_scanned_supplement_notice_lists_what_is_still_owed(station: Station) -> None:
    station.login("S001", "demo1234")
    service = IntakeService(station)
    notice = service.supplement(walk_in(service))
    station.logout()
    answer = rules.lookup_scanned(station, notice.notice_code.lower())
    assert answer.progress is not None and answer.progress.status == "supplement"
    lines = dict(rules.progress_lines(answer.progress))
    owed = station.catalog.matter(GTGSH).situations[0].materials[0].name
    assert f"1. {owed}" in lines["尚需补交材料"] and "2026年12月07日" in lines["下一步"]
    assert lines["通知书编号"] == notice.notice_code and "办结后领取" not in lines
    assert rules.step_index("supplement") == -1


def test_accepted_with_gaps_shows_the_commitment_items(station: Station) -> None:
    station.login("S001", "demo1234")
    service = IntakeService(station)
    matter_code, situation_code = waivable_subject(station)
    draft = walk_in(service, matter_code, situation_code)
    for item in draft.items:
        if not (item.material.is_required and item.material.may_be_missing):
            draft = service.update_item(draft, item.material.code, state="received")
    outcome = service.accept_with_gaps(draft)
    station.logout()
    assert outcome.case_no is not None
    answer = rules.lookup_typed(station, outcome.case_no, ID_NO[-4:])
    assert answer.progress is not None and answer.progress.owed
    assert "尚需补交材料" in dict(rules.progress_lines(answer.progress))


def test_freshness_warns_only_on_a_networked_station_with_an_old_sync(station: Station, clock: FixedClock) -> None:
    assert rules.freshness(station) == rules.Freshness("数据来源：本机记录", False)
    station.config.server_url = "https://zwfw.example.gov.cn"
    assert rules.freshness(station).stale  # never synced
    station.store.set_meta("last_sync_ok_at", iso(clock.now() - timedelta(minutes=2)))
    fresh = rules.freshness(station)
    assert not fresh.stale and "09:28" in fresh.note
    station.store.set_meta("last_sync_ok_at", iso(clock.now() - timedelta(minutes=40)))
    old = rules.freshness(station)
    assert old.stale and "08:50" in old.note and "可能不是最新" in old.note
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=HALL_TZ))
    assert "11月23日" in rules.freshness(station).note


def test_step_index_follows_the_case_line() -> None:
    assert [rules.step_index(s) for s in ("accepted", "in_review", "approved", "rejected", "ready", "delivered")] == [
        0, 1, 2, 2, 3, 4]
    assert rules.step_index("refused") == -2
    assert date(2026, 11, 23)  # the fixture's Monday


def test_demo_cases_can_be_looked_up_and_are_seeded_once(station: Station) -> None:
    seeded = rules.seed_demo_cases(station)
    assert [label for label, _ in seeded] == ["审批中", "待领取", "待补正"]
    assert station.session is None
    for label, code in seeded:
        answer = rules.lookup_scanned(station, code)
        assert answer.progress is not None and label in answer.progress.status_label
    _, ready, _ = seeded
    assert rules.lookup_typed(station, ready[1], rules.DEMO_ID_NO[-4:]).found
    assert rules.seed_demo_cases(station) == seeded
    assert station.store.query_one("SELECT COUNT(*) AS n FROM cases")["n"] == 3
