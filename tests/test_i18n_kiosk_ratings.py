"""What app/kiosk_rules.py and app/ratings/ word for the screen follows the interface language;
what they store and send stays Chinese.

Run against a translator's fragment before it is merged:
``YICHUANG_TS=/tmp/frag_kiosk.ts python -m pytest -q tests/test_i18n_kiosk_ratings.py``
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

import pytest

from app import kiosk_rules as rules
from app.clock import HALL_TZ, FixedClock, iso
from app.errors import UserError
from app.intake.service import IntakeService
from app.ratings import followup as fu
from app.ratings.figures import SatisfactionRow, to_csv
from app.ratings.followups import FollowupService
from app.ratings.levels import parse_level, platform
from app.ratings.service import RatingService, ServiceRecord, check_answer
from app.station import Station
from tests.intake_helpers import GTGSH, ID_NO, accepted_case_no, walk_in

CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")


def no_chinese(text: str, *data: str) -> bool:
    """True when ``text`` has no Chinese left once the data values (names, places) are taken out."""
    for value in data:
        text = text.replace(value, "")
    return CJK.search(text) is None


def _record(service_id: str = "T-0001", **extra: str) -> ServiceRecord:
    base: dict[str, Any] = {"ticket_no": "A012", "matter_code": "M001", "matter_name": "个体工商户设立登记",
                            "window_no": "3", "clerk_staff_no": "S001", "clerk_name": "王芳", "station_code": "DEMO01"}
    base.update(extra)
    return ServiceRecord(service_id=service_id, kind="window_service", **base)


def _supplement_code(station: Station) -> str:
    station.login("S001", "demo1234")
    service = IntakeService(station)
    notice = service.supplement(walk_in(service))
    station.logout()
    return notice.notice_code


# -- the kiosk ----------------------------------------------------------------------
def test_kiosk_input_errors_in_english_and_in_chinese(station: Station, english: None) -> None:
    case_no = accepted_case_no(station)
    with pytest.raises(UserError) as short:
        rules.lookup_typed(station, case_no, "02X")
    assert short.value.message == "Please enter the last 4 characters of the ID number (digits or the letter X)."
    assert short.value.field == "id_suffix"
    assert short.value.args[0] == "请输入证件号码的后4位（数字或字母 X）。"  # logs keep the source
    with pytest.raises(UserError) as empty:
        rules.lookup_scanned(station, " ")
    assert empty.value.message == "Please hold the barcode on your receipt or supplement notice to the scanner."
    with pytest.raises(UserError) as no_case:
        rules.lookup_typed(station, "", "002X")
    assert no_case.value.message == "Please enter the case number (see your receipt)."


def test_kiosk_input_errors_stay_chinese_without_a_translator(station: Station) -> None:
    with pytest.raises(UserError) as short:
        rules.lookup_typed(station, "DEMO01-20261123-0001", "02X")
    assert short.value.message == "请输入证件号码的后4位（数字或字母 X）。"


def test_progress_answer_and_speech_in_english(station: Station, english: None) -> None:
    case_no = accepted_case_no(station)
    answer = rules.lookup_scanned(station, case_no)
    assert answer.progress is not None
    rows = dict(rules.progress_lines(answer.progress))  # labels stay the Chinese keys the page translates
    assert rows["当前状态"] == "Accepted (23 Nov 2026)"
    assert re.fullmatch(r"\d\d [A-Z][a-z]{2} 2026", rows["承诺办结日期"])
    assert answer.freshness.note == "Source: this terminal's records"
    speech = rules.progress_speech(answer)
    assert speech.startswith(f"Case no.: {case_no}. Matter: ")
    assert "Status: Accepted (23 Nov 2026). " in speech and "Pick up when done: " in speech
    pickup = str(answer.progress.pickup)  # worded by app/intake/progress.py in the interface language
    assert rows["办结后领取"] == pickup and f"Pick up when done: {pickup}" in speech
    assert no_chinese(speech, answer.progress.matter_name, pickup)
    wrong = rules.lookup_typed(station, case_no, "1234")
    assert rules.progress_speech(wrong) == (
        "No matching case found. Check the case number and the last 4 ID characters, "
        "or bring your receipt to a service window.")


def test_supplement_next_step_in_english(station: Station, english: None) -> None:
    answer = rules.lookup_scanned(station, _supplement_code(station))
    assert answer.progress is not None
    rows = dict(rules.progress_lines(answer.progress))
    assert rows["当前状态"].endswith(" (23 Nov 2026)") and no_chinese(rows["当前状态"])  # the status: AppLabels
    assert rows["下一步"] == ("Please bring the materials above with your supplement notice to any service window "
                           "by 07 Dec 2026; your application continues there, with nothing to fill in again.")
    assert rules.progress_speech(answer).endswith("with nothing to fill in again. ")  # one full stop, not two


def test_progress_answer_in_chinese_is_unchanged(station: Station) -> None:
    answer = rules.lookup_scanned(station, _supplement_code(station))
    assert answer.progress is not None
    rows = dict(rules.progress_lines(answer.progress))
    assert rows["当前状态"] == "待补正（2026年11月23日）"
    assert rows["下一步"] == "请于 2026年12月07日 前带齐上述材料，持补正通知书到任一综合受理窗口，即可继续办理，无需重新填写。"
    assert rules.progress_speech(answer).startswith(f"通知书编号：{answer.progress.reference}。办理事项：")


def test_freshness_notes_in_english(station: Station, clock: FixedClock, english: None) -> None:
    station.config.server_url = "https://zwfw.example.gov.cn"
    assert rules.freshness(station).note.startswith("This terminal has not synchronised with the server yet.")
    station.store.set_meta("last_sync_ok_at", iso(clock.now() - timedelta(minutes=2)))
    assert rules.freshness(station).note == "Synchronised with the server (09:28)"
    station.store.set_meta("last_sync_ok_at", iso(clock.now() - timedelta(minutes=40)))
    assert "(last synchronised at 08:50)" in rules.freshness(station).note
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=HALL_TZ))
    old = rules.freshness(station)
    assert old.stale and "(last synchronised on 23 Nov at 08:50)" in old.note and no_chinese(old.note)


def test_guide_where_speech_and_page_in_english(station: Station, english: None) -> None:
    catalog = station.catalog
    matter = catalog.matter(GTGSH)
    situation = matter.situations[0]
    hall = station.config.hall_name
    facts = rules.guide_facts(catalog, matter, situation, hall)
    assert facts.where.startswith(f"Any service window at {hall} (take a number for \u201c")
    assert facts.promised_limit in ("same day", f"{matter.promised_limit_days} working day(s)")
    speech = rules.guide_speech(facts)
    assert f"Materials to bring: {len(situation.materials)}. " in speech
    first = situation.materials[0]
    assert f"Item 1: {first.name}, " in speech and f"copies: {first.copies}, " in speech
    data = [matter.name, situation.name, hall, matter.fees, *(c.name for c in facts.categories),
            *(m.name for m in situation.materials), *(m.condition for m in situation.materials if m.condition)]
    assert no_chinese(speech, *sorted(filter(None, data), key=len, reverse=True))
    assert rules.paginate(list(range(11)), 3, 4).label == "Page 3 of 3"
    # the material facts stay in the catalog's words: the guide page splits and translates them
    assert facts.materials[0].copies == f"{first.copies}份"


def test_guide_in_chinese_is_unchanged(station: Station) -> None:
    matter = station.catalog.matter(GTGSH)
    facts = rules.guide_facts(station.catalog, matter, matter.situations[0], "某某政务服务中心")
    assert facts.where.startswith("某某政务服务中心任一综合受理窗口（取号时选择“")
    speech = rules.guide_speech(facts)
    assert speech.startswith(f"{matter.name}，{matter.situations[0].name}。需要准备")
    assert rules.limit_text(0) == "即办" and rules.limit_text(5) == "5个工作日"


# -- ratings ------------------------------------------------------------------------
def test_rating_answer_errors_in_english(english: None) -> None:
    with pytest.raises(UserError) as no_reason:
        check_answer("dissatisfied", [])
    assert no_reason.value.message == "Please choose what went wrong (you may choose several)."
    with pytest.raises(UserError) as other:
        check_answer("dissatisfied", ["其他"])
    assert other.value.message == "You chose \u201cOther\u201d: please write what went wrong."
    with pytest.raises(UserError) as unknown:
        check_answer("dissatisfied", ["态度冷淡"])
    assert unknown.value.message == "Unknown reason: 态度冷淡."  # the citizen's own words are data
    with pytest.raises(UserError) as long:
        check_answer("satisfied", comment="好" * 501)
    assert long.value.message.startswith("The comment may not exceed ") and no_chinese(long.value.message)
    with pytest.raises(UserError) as phone:
        check_answer("satisfied", rater_phone="12345")
    assert "Call-back phone" in phone.value.message and phone.value.field == "回访电话"  # the form's key stays
    with pytest.raises(UserError) as level:
        parse_level("很好")
    assert level.value.message.startswith("The rating must be one of: Very satisfied")
    assert "Very dissatisfied." in level.value.message and no_chinese(level.value.message)


def test_platform_and_followup_errors_in_english(english: None) -> None:
    with pytest.raises(UserError) as code:
        platform("gbt39046").level_from_code("9")
    assert code.value.message.startswith("Rating code 9 is not a code of the national standard GB/T 39046")
    assert no_chinese(code.value.message)
    with pytest.raises(UserError) as unknown:
        platform("nope")
    assert unknown.value.message.startswith("Unknown rating platform 'nope'")
    with pytest.raises(UserError) as step:
        fu.check_step(fu.FollowupState.CLOSED, "rectify", False, "note")
    assert step.value.message == "The follow-up is \u201cClosed\u201d: the step \u201cRectify\u201d is not possible now."
    with pytest.raises(UserError) as days:
        fu.check_deadline_days(30)
    assert days.value.message == ("The follow-up time limit for poor ratings must be 5 to 15 working days (it is 30); "
                                  "please change it in the station settings.")


def test_rating_errors_stay_chinese_without_a_translator() -> None:
    with pytest.raises(UserError) as step:
        fu.check_step(fu.FollowupState.CLOSED, "rectify", False, "note")
    assert step.value.message == "当前状态为“办结”，不能执行“核实属实，整改”。"
    with pytest.raises(UserError) as level:
        parse_level("很好")
    assert level.value.message == "评价等级只能是：非常满意、满意、基本满意、不满意、非常不满意。"


def test_rating_service_words_english_but_stores_chinese(station: Station, english: None) -> None:
    station.login("S001", "demo1234")
    service = RatingService(station)
    record = _record("T-1")
    assert record.description == "个体工商户设立登记 · number A012"
    assert ServiceRecord("T-9", "window_service").description == "Window service"
    service.rate(service.request_rating(record).id, "不满意", ["工作人员态度不好"], rater_name="张三")
    with pytest.raises(UserError) as again:
        service.request_rating(_record("T-1"))
    assert again.value.message == "This service has already been rated (one rating per service)."
    rows = station.store.query("SELECT payload FROM outbox WHERE kind = 'rating'")
    payload = station.store.outbox_payload(rows[0]["payload"])
    assert payload["level_label"] == "不满意" and payload["channel_name"] == "政务大厅平板电脑"  # sent as the platform wants
    station.logout()
    station.login("S900", "admin1234")
    followups = FollowupService(station)
    [item] = followups.items()
    assert item.what == "Unfriendly staff" and item.state.label == "待核实"
    assert followups.callback_rate().text == "Named poor ratings called back: 0/1 (0%)"


def test_rating_service_words_in_chinese_are_unchanged(station: Station) -> None:
    station.login("S001", "demo1234")
    service = RatingService(station)
    assert _record("T-1").description == "个体工商户设立登记 · 排队号 A012"
    service.rate(service.request_rating(_record("T-1")).id, "不满意", ["工作人员态度不好"], rater_name="张三",
                 comment="等了很久")
    with pytest.raises(UserError) as again:
        service.request_rating(_record("T-1"))
    assert again.value.message == "本次服务已经评价过了（一次一评）。"
    station.logout()
    station.login("S900", "admin1234")
    followups = FollowupService(station)
    [item] = followups.items()
    assert item.what == "工作人员态度不好：等了很久"
    assert followups.callback_rate().text == "实名差评回访率 0/1（0%）"
    assert ID_NO not in repr(item)


# -- the satisfaction figures page: row names app/ words in Chinese for the CSV --------
def _window_rows() -> list[SatisfactionRow]:
    return [SatisfactionRow("", "（自助终端）"), SatisfactionRow("3", "3 号窗口")]


def test_figures_row_names_in_english(english: None) -> None:
    from ui.ratings.figures_page import FiguresTableModel

    model = FiguresTableModel()
    model.set_rows("window", _window_rows())
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["(kiosk)", "Window 3", "Total"]
    model.set_rows("matter", [SatisfactionRow("", "窗口服务"), SatisfactionRow("M001", "个体工商户设立登记")])
    assert model.data(model.index(0, 0)) == "Window service" and model.data(model.index(1, 0)) == "个体工商户设立登记"
    model.set_rows("clerk", [SatisfactionRow("S001", "王芳（S001）")])
    assert model.data(model.index(0, 0)) == "王芳 (S001)"
    assert "（自助终端）" in to_csv("window", _window_rows())  # the export keeps the source wording


def test_figures_row_names_in_chinese_are_app_s(qapp: object) -> None:
    from ui.ratings.figures_page import FiguresTableModel

    model = FiguresTableModel()
    rows = _window_rows()
    model.set_rows("window", rows)
    assert [model.data(model.index(r, 0)) for r in range(3)] == [r.label for r in rows] + ["合计"]
