"""Applicant checks (every wrong field at once, in Chinese) and the intake dates."""

from __future__ import annotations

from datetime import date

import pytest

from app.intake.applicant import Applicant, ApplicantProblems, Person, id_suffix_matches, validate_applicant
from app.intake.deadlines import Light, deadline_light, five_day_clock, promised_date
from app.workdays import WorkCalendar

GOOD_ID = "11010519491231002X"
GOOD_CODE = "91330106MA2B12345N"


def test_a_person_is_normalised() -> None:
    a = validate_applicant(Applicant(person=Person(" 张三 ", "resident_id", "1101 0519 4912 3100 2x", "138 1234 5678")))
    assert a.person == Person("张三", "resident_id", GOOD_ID, "13812345678")


def test_every_wrong_field_is_reported_at_once() -> None:
    wrong = Applicant(person=Person("", "resident_id", "110105194912310021", "12345"),
                      agent=Person("李四", "resident_id", "1101051949", ""))
    with pytest.raises(ApplicantProblems) as caught:
        validate_applicant(wrong)
    problems = caught.value.problems
    assert set(problems) == {"person.name", "person.id_no", "person.phone", "agent.id_no", "agent.phone"}
    assert "校验位（第 18 位）" in problems["person.id_no"] and problems["person.id_no"].startswith("申请人")
    assert problems["agent.id_no"].startswith("代办人") and "18 位" in problems["agent.id_no"]


def test_organisation_needs_a_valid_code_and_an_agent() -> None:
    org = Applicant(kind="organisation", org_name="杭州某某科技有限公司", credit_code=GOOD_CODE[:-1] + "A",
                    legal_rep="王五", person=Person(phone="0571-87654321"))
    with pytest.raises(ApplicantProblems) as caught:
        validate_applicant(org)
    assert set(caught.value.problems) == {"credit_code", "agent.name"}
    ok = validate_applicant(Applicant(kind="organisation", org_name="杭州某某科技有限公司", credit_code=GOOD_CODE,
                                      legal_rep="王五", person=Person(phone="0571-87654321"),
                                      agent=Person("李四", "resident_id", "110105199003078115", "13912345678")))
    assert ok.id_number == GOOD_CODE


def test_other_id_types_are_checked_for_shape() -> None:
    with pytest.raises(ApplicantProblems) as caught:
        validate_applicant(Applicant(person=Person("John Smith", "passport", "E1", "13812345678")))
    assert "护照号码" in caught.value.problems["person.id_no"]


def test_id_suffix_matches_applicant_or_agent_only() -> None:
    a = Applicant(person=Person("张三", "resident_id", GOOD_ID, ""), agent=Person("李四", "resident_id", "110105199003078115"))
    assert id_suffix_matches(a, "002x") and id_suffix_matches(a, "8115")
    assert not id_suffix_matches(a, "1234") and not id_suffix_matches(a, "2X")


def test_json_round_trip() -> None:
    a = Applicant(person=Person("张三", "resident_id", GOOD_ID, "13812345678"), agent=Person("李四"))
    assert Applicant.from_json(a.to_json()) == a


CAL = WorkCalendar([], [2026], use_package=False)  # Monday to Friday, 2026 declared complete


def test_promised_date_counts_working_days_and_flags_an_uncovered_year() -> None:
    friday = date(2026, 11, 27)
    p = promised_date(CAL, friday, 3)
    assert p.on == date(2026, 12, 2) and p.note == ""
    late = promised_date(CAL, date(2026, 12, 30), 5)
    assert late.on == date(2027, 1, 6) and late.uncovered_years == (2027,) and "2027" in late.note


@pytest.mark.parametrize(("today", "light"), [
    (date(2026, 11, 23), Light.GREEN),   # accepted today, 10 days promised
    (date(2026, 12, 1), Light.GREEN),    # 6 days in
    (date(2026, 12, 3), Light.YELLOW),   # 8 of 10 days: the last 20%
    (date(2026, 12, 4), Light.YELLOW),   # 1 working day left
    (date(2026, 12, 7), Light.YELLOW),   # the promised day itself
    (date(2026, 12, 8), Light.RED),      # overdue
])
def test_deadline_lights(today: date, light: Light) -> None:
    accepted = date(2026, 11, 23)
    promised = CAL.add_working_days(accepted, 10)
    assert promised == date(2026, 12, 7)
    assert deadline_light(CAL, "accepted", accepted, promised, 10, today) is light


def test_decided_cases_have_no_light() -> None:
    assert deadline_light(CAL, "delivered", date(2026, 11, 1), date(2026, 11, 2), 1, date(2026, 12, 1)) is Light.NONE


@pytest.mark.parametrize(("today", "day", "warn", "deemed"), [
    (date(2026, 11, 23), 0, False, False),
    (date(2026, 11, 25), 2, False, False),
    (date(2026, 11, 26), 3, True, False),    # the list warns from day three
    (date(2026, 11, 30), 5, True, False),    # the fifth working day is the last one
    (date(2026, 12, 1), 6, True, True),      # accepted by law
])
def test_five_day_clock(today: date, day: int, warn: bool, deemed: bool) -> None:
    clock = five_day_clock(CAL, date(2026, 11, 23), today)
    assert (clock.day, clock.warn, clock.deemed_accepted) == (day, warn, deemed)
    assert clock.deadline == date(2026, 11, 30)
    assert ("依法视为" in clock.text) is deemed
