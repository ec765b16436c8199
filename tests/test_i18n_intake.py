"""What app/intake, app/identity and app/documents word for the screen follows the interface language;
what they store, send and print stays Chinese.

Run against a translator's fragment before it is merged with
``YICHUANG_TS=/tmp/frag_intake.ts python -m pytest tests/test_i18n_intake.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

import pytest

from app.clock import HALL_TZ, FixedClock
from app.errors import UserError
from app.i18n import tr
from app.identity import check_credit_code, check_phone, check_resident_id
from app.intake import progress_lookup
from app.intake.applicant import Applicant, ApplicantProblems, Person, validate_applicant
from app.intake.deadlines import FiveDayClock, promised_date, shown_calendar_note
from app.intake.rules import Decision, allowed_decisions
from app.intake.service import VIEWS, Collector, IntakeService
from app.station import Station
from tests.intake_helpers import APPLICANT, GTGSH, ID_NO, NAME, PHONE, all_received, walk_in

CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")


def no_chinese(text: str, *data: str) -> bool:
    """No Chinese in ``text`` once the data (names, matter and material names) is taken out."""
    for value in data:
        text = text.replace(value, "")
    return CJK.search(text) is None


def _message(call: object, *args: object, **kwargs: object) -> UserError:
    with pytest.raises(UserError) as caught:
        call(*args, **kwargs)  # type: ignore[operator]
    return caught.value


def _identity_errors() -> list[UserError]:
    return [_message(check_resident_id, "123"), _message(check_resident_id, ID_NO[:-1] + "1"),
            _message(check_resident_id, ""), _message(check_credit_code, "91330106MA2XXXXXX0"),
            _message(check_phone, "12345")]


def test_identity_messages_in_english(english: None) -> None:
    too_short, checksum, empty, credit, phone = _identity_errors()
    assert too_short.message == "ID card number must have 18 characters (it has 3); please check."
    assert checksum.message.startswith("ID card number: the check character (the 18th) is wrong")
    assert empty.message == "ID card number is required."
    assert credit.message.startswith("Unified social credit code: the check character")
    assert phone.message.startswith("Phone must be an 11-digit mobile number")
    assert all(no_chinese(err.message) for err in (too_short, checksum, empty, credit, phone))
    assert too_short.field == "身份证号码"  # the field key the forms match on is unchanged
    assert too_short.args[0] == "身份证号码应为 18 位（现为 3 位），请核对。"  # logs keep the source


def test_identity_messages_in_chinese() -> None:
    too_short, checksum, empty, credit, phone = _identity_errors()
    assert too_short.message == "身份证号码应为 18 位（现为 3 位），请核对。"
    assert checksum.message == "身份证号码校验位（第 18 位）不正确，可能有一位输错，请逐位核对。"
    assert empty.message == "请填写身份证号码。"
    assert credit.message == "统一社会信用代码校验位（第 18 位）不正确，请逐位核对营业执照上的代码。"
    assert phone.message == "联系电话应为 11 位手机号或带区号的固定电话（如 0571-87654321），请核对。"


BAD_APPLICANT = Applicant(person=Person("", "passport", "E1", "12"),
                          agent=Person(NAME, "resident_id", ID_NO[:-1] + "1", ""))


def _problems() -> ApplicantProblems:
    with pytest.raises(ApplicantProblems) as caught:
        validate_applicant(BAD_APPLICANT)
    return caught.value


def test_applicant_problems_in_english(english: None) -> None:
    err = _problems()
    assert err.problems == {
        "person.name": "Applicant name is required.",
        "person.id_no": "Applicant ID number (Passport) must be 5–20 letters or digits; please check the document.",
        "person.phone": "Applicant phone must be an 11-digit mobile number or a landline with its area code "
                        "(e.g. 0571-87654321); please check.",
        "agent.id_no": "Agent ID number (Resident ID card): the check character (the 18th) is wrong, probably a "
                       "character was mistyped; please check each one.",
        "agent.phone": "Agent phone is required.",
    }
    assert err.message.startswith("Please check the applicant details:\nApplicant name is required.\n")
    assert err.message.endswith("\nAgent phone is required.") and no_chinese(err.message)
    assert err.field == "person.name"
    assert err.args[0].startswith("申请人信息有误，请核对：\n请填写申请人姓名。\n申请人护照号码应为")


def test_applicant_problems_in_chinese() -> None:
    err = _problems()
    assert err.problems["person.name"] == "请填写申请人姓名。"
    assert err.problems["person.id_no"] == "申请人护照号码应为 5–20 位字母或数字，请核对证件。"
    assert err.problems["agent.phone"] == "请填写代办人联系电话。"
    assert err.message == "申请人信息有误，请核对：\n" + "\n".join(err.problems.values())
    organisation = Applicant(kind="organisation", org_name="杭州某某科技有限公司", credit_code="x", legal_rep="王某",
                             person=Person(phone=PHONE))
    with pytest.raises(ApplicantProblems) as caught:
        validate_applicant(organisation)
    assert caught.value.problems["agent.name"] == "单位申请须由经办人（代办人）办理，请填写代办人信息。"
    assert caught.value.problems["credit_code"] == "统一社会信用代码应为 18 位（现为 1 位），请核对。"


def _decision_errors(station: Station) -> tuple[UserError, UserError, str]:
    service = IntakeService(station)
    draft = walk_in(service)
    cannot_accept = _message(service.accept, draft)
    full = all_received(service, draft)
    cannot_supplement = _message(service.supplement, full)
    reasons = allowed_decisions(draft.items).reasons
    return cannot_accept, cannot_supplement, str(reasons[Decision.ACCEPT_WITH_GAPS])


def test_decision_reasons_in_english(clerk_station: Station, english: None) -> None:
    cannot_accept, cannot_supplement, not_waivable = _decision_errors(clerk_station)
    assert re.fullmatch(r"Cannot accept: \d+ required material\(s\) still missing or not conforming\.",
                        cannot_accept.message)
    assert cannot_supplement.message == "Cannot request supplements: All materials are complete and conform: nothing " \
                                        "to supplement."
    names = [m.name for m in clerk_station.catalog.matter(GTGSH).situations[0].materials]
    assert not_waivable.startswith("These materials cannot be pending: ") and ", " in not_waivable
    assert no_chinese(not_waivable, *names)
    assert cannot_accept.args[0].startswith("不能受理：还有 ")


def test_decision_reasons_in_chinese(clerk_station: Station) -> None:
    cannot_accept, cannot_supplement, not_waivable = _decision_errors(clerk_station)
    assert re.fullmatch(r"不能受理：还有 \d+ 项必要材料缺少或不符合要求。", cannot_accept.message)
    assert cannot_supplement.message == "不能补正：材料齐全且符合要求，无需补正。"
    assert not_waivable.startswith("以下材料不可容缺：") and "、" in not_waivable


def _case_errors(station: Station) -> dict[str, UserError]:
    service = IntakeService(station)
    draft = all_received(service, walk_in(service))
    case = service.accept(draft)
    errors = {
        "unknown": _message(service.resume, " bz-nope "),
        "decided": _message(service.resume, case.case_no),
        "again": _message(service.accept, replace(draft, case_id=case.case_id)),
        "nothing_to_hand_over": _message(service.deliver, case.case_id, Collector("applicant", id_no=ID_NO)),
        "refuse_without_reason": _message(service.refuse, draft, " ", "x"),
    }
    station.login("S900", "admin1234")
    errors["transition"] = _message(service.set_status, case.case_id, "ready")
    service.set_status(case.case_id, "approved")
    errors["collector"] = _message(service.deliver, case.case_id, Collector("authorised", "", "resident_id", "123"))
    return errors


def test_case_errors_in_english(clerk_station: Station, english: None) -> None:
    errors = _case_errors(clerk_station)
    shown = {key: err.message for key, err in errors.items()}
    case_no = "DEMO01-20261123-0001"
    assert shown["unknown"] == "No supplement notice or case numbered bz-nope was found; please check and scan again."
    assert shown["decided"] == f"Case {case_no} is “Accepted”; please look it up in the case list."
    assert shown["again"] == "This application is already “Accepted”; it cannot be handled again."
    assert shown["nothing_to_hand_over"] == "The case is “Accepted”; there is no result to hand over yet."
    assert shown["refuse_without_reason"] == "Please pick or type the reason for refusal."
    assert shown["transition"] == "The case is “Accepted”; it cannot be changed to “Ready for pickup”."
    assert shown["collector"] == ("Please check the authorised person's details:\nApplicant name is required.\n"
                                  "Applicant ID number (Resident ID card) must have 18 characters (it has 3); "
                                  "please check.")
    assert all(no_chinese(text) for text in shown.values()), shown


def test_case_errors_in_chinese(clerk_station: Station) -> None:
    shown = {key: err.message for key, err in _case_errors(clerk_station).items()}
    assert shown["unknown"] == "未找到编号为 bz-nope 的补正通知书或办件，请核对后重新扫描。"
    assert shown["decided"] == "办件 DEMO01-20261123-0001 当前为“已受理”，请在办件列表中查看。"
    assert shown["again"] == "该申请当前为“已受理”，不能重复办理。"
    assert shown["nothing_to_hand_over"] == "办件当前为“已受理”，尚无可领取的结果。"
    assert shown["transition"] == "办件当前为“已受理”，不能改为“待领取”。"
    assert shown["collector"] == "受托人信息有误：\n请填写申请人姓名。\n申请人居民身份证号码应为 18 位（现为 3 位），请核对。"


LATE = datetime(2027, 12, 27, 9, 0, tzinfo=HALL_TZ)  # 5 working days from here reach into 2028


def test_dates_and_warnings_in_english_while_the_record_stays_chinese(
        clerk_station: Station, clock: FixedClock, english: None) -> None:
    service = IntakeService(clerk_station)
    clock.set(LATE)
    promised = service.promised_for("330106-SCJG-XK-0003")
    assert promised.shown_note == "The holidays of 2027, 2028 are not imported yet: dates are counted Monday to " \
                                  "Friday; please confirm them."
    assert promised.note == "2027、2028 年的节假日安排尚未导入，日期按周一至周五推算，请以实际为准。"  # stored, printed
    case = service.accept(all_received(service, walk_in(service, "330106-SCJG-XK-0003")))
    stored = clerk_station.store.query_one("SELECT calendar_gap FROM cases WHERE id = ?", (case.case_id,))
    assert stored is not None and stored["calendar_gap"] == promised.note
    row = service.detail(case.case_id).row
    assert row.calendar_note == promised.shown_note
    assert service.detail(case.case_id).events[-1].text.startswith("受理，办件编号 ")  # the history is a record

    received = service.receive(walk_in(service))
    clock.set(datetime(2028, 1, 7, 9, 0, tzinfo=HALL_TZ))
    rows = {r.id: r for r in service.list_cases()}
    assert rows[received.case_id or ""].warning.startswith("Over 5 working days without acceptance or a supplement "
                                                            "notice: by law, deemed accepted from the day")
    assert rows[case.case_id].warning == "Past the promised completion date"
    warn = FiveDayClock(date(2026, 11, 23), 3, date(2026, 11, 30), True, False)
    assert warn.text == "Working day 3 since received: accept or issue a one-time supplement notice by 2026-11-30"
    assert tr(VIEWS["attention"]) == "Needs attention (due soon, overdue, 5-day limit)"


def test_dates_and_warnings_in_chinese(clerk_station: Station) -> None:
    calendar = clerk_station.calendar
    promised = promised_date(calendar, LATE.date(), 5)
    assert promised.shown_note == promised.note == "2027、2028 年的节假日安排尚未导入，日期按周一至周五推算，请以实际为准。"
    assert shown_calendar_note(promised.note) == promised.note
    assert shown_calendar_note("别的说法 2027") == "别的说法 2027"  # worded otherwise: shown as stored
    warn = FiveDayClock(date(2026, 11, 23), 3, date(2026, 11, 30), True, False)
    assert warn.text == "收件第 3 个工作日：请在 2026-11-30 前受理或一次性告知补正"


def test_progress_pickup_place_shown_in_english_spoken_in_chinese(clerk_station: Station, english: None) -> None:
    service = IntakeService(clerk_station)
    case = service.accept(all_received(service, walk_in(service)))
    found = progress_lookup(clerk_station, case.case_no)
    assert found is not None
    hall = clerk_station.config.hall_name
    shown = str(found.pickup)
    assert shown.startswith(f"Result pickup window, {hall}")
    pickup = clerk_station.catalog.matter(GTGSH).pickup
    assert no_chinese(shown, hall, pickup)
    assert found.pickup_place.startswith(f"{hall}统一出件窗口")  # the kiosk speaks and prints it in Chinese
    assert APPLICANT.person.name not in repr(found)


def _history(station: Station) -> tuple[str, ...]:
    service = IntakeService(station)
    case = service.accept(all_received(service, walk_in(service)))
    station.login("S900", "admin1234")
    service.set_status(case.case_id, "approved", note="审批通过")
    service.deliver(case.case_id, Collector("applicant", id_no=ID_NO))
    detail = service.detail(case.case_id)
    kept = tuple(e.text for e in detail.events)
    assert all(CJK.search(text) for text in kept)  # the record is Chinese whatever the screen shows
    return tuple(e.shown for e in detail.events)


def test_the_case_history_reads_in_english_and_is_kept_in_chinese(clerk_station: Station, english: None) -> None:
    accepted, status_set, handed_over = _history(clerk_station)
    assert re.fullmatch(r"Accepted as case DEMO01-20261123-0001, promised to conclude by \d{4}-\d\d-\d\d \((.+)\)",
                        accepted)
    assert status_set == "Status set to: Concluded (approved) (审批通过)"  # the note is the clerk's own words
    assert handed_over == "Result handed over to the applicant (or the registered agent); ID checked"
    doc_no = accepted.rsplit("(", 1)[1].rstrip(")")
    assert all(no_chinese(text, "审批通过", doc_no) for text in (accepted, status_set, handed_over))


def test_the_case_history_in_chinese(clerk_station: Station) -> None:
    accepted, status_set, handed_over = _history(clerk_station)
    assert re.fullmatch(r"受理，办件编号 DEMO01-20261123-0001，承诺 \d{4}-\d\d-\d\d 前办结（.+号）", accepted)
    assert status_set == "状态改为：办结（准予）（审批通过）"
    assert handed_over == "结果已出件，由申请人本人（或登记的代办人）领取，证件已核验"
