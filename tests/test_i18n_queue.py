"""The queue's, login's and kiosk PIN's messages follow the interface language; what is printed or stored stays Chinese.

Run against a translator's fragment with ``YICHUANG_TS=/tmp/frag_queue.ts``."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from datetime import timedelta
from typing import Any, cast

import pytest

from app import i18n
from app.auth import login_offline, require
from app.clock import FixedClock
from app.documents import document_pdf
from app.errors import UserError
from app.kiosk_pin import check_pin_format
from app.protocol import CASE_STATUSES
from app.queue.hall import HallQueue
from app.queue.policy import POLICIES, Lane, policy_text
from app.queue.service import LATE_NOTE, QueueService
from app.station import Station
from app.sync.client import AuthRefused, Offline, ServerRefused

CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")


def _message(action: Callable[[], object]) -> str:
    with pytest.raises(UserError) as caught:
        action()
    return caught.value.message


def _english(action: Callable[[], object], expected: str) -> None:
    message = _message(action)
    assert message == expected
    assert not CJK.search(message), message


def _served_a001(queue: QueueService) -> None:
    queue.take_ticket("SSDJ")
    queue.call_next()
    queue.finish()


class RefusingClient:
    """A hall queue server that refuses every ticket with the given exception."""

    def __init__(self, refusal: Exception) -> None:
        self.refusal = refusal

    def take_ticket(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        raise self.refusal

    def state(self) -> dict[str, Any]:
        return {"waiting_by_category": {}, "waiting": [], "serving": [], "last_event_seq": 0}


def _hall(station: Station, refusal: Exception) -> HallQueue:
    return HallQueue(station, client=cast(Any, RefusingClient(refusal)))


# -- the local queue ----------------------------------------------------------------------

def test_queue_errors_in_english(clerk_station: Station, english: None) -> None:
    queue = QueueService(clerk_station)
    _english(lambda: queue.find_ticket("z999"), "There is no number Z999 today. Please check the number.")
    _english(lambda: queue.take_ticket("NOPE"), "Queue category NOPE does not exist. Please refresh and choose again.")
    _english(queue.finish, "This window is not serving a ticket right now.")
    queue.take_ticket("SSDJ")
    queue.call_next()
    _english(queue.no_show,
             "Recall first (F2): recalled 0 time(s); a ticket can be marked as missed after 2 recall(s).")
    queue.finish()
    _english(lambda: queue.call_ticket("A001"), "Number A001 cannot be called (status: Concluded).")
    queue.pause_window("午休")
    _english(queue.pause_window, "Calling is already paused at this window.")
    _english(queue.call_next, "Calling is paused at this window. Resume calling first (F5).")
    queue.resume_window()
    _english(queue.resume_window, "This window is not paused.")


def test_queue_errors_in_chinese_without_a_translator(clerk_station: Station) -> None:
    queue = QueueService(clerk_station)
    assert _message(lambda: queue.find_ticket("z999")) == "今天没有 Z999 号，请核对号码。"
    assert _message(lambda: queue.take_ticket("NOPE")) == "业务类别 NOPE 不存在，请刷新后重新选择。"
    queue.take_ticket("SSDJ")
    queue.call_next()
    assert _message(queue.no_show) == "请先重呼（F2）：已重呼 0 次，重呼 2 次仍未到才能过号。"
    queue.finish()
    assert _message(lambda: queue.call_ticket("A001")) == "A001 号当前已办结，不能叫号。"
    queue.pause_window()
    assert _message(queue.pause_window) == "本窗口已暂停叫号。"
    queue.resume_window()
    assert _message(queue.resume_window) == "本窗口未暂停。"


def test_hours_and_numbers_for_the_day_in_english(supervisor_station: Station, clock: FixedClock,
                                                  english: None) -> None:
    queue = QueueService(supervisor_station)
    queue.set_settings({"enforce_service_hours": 1})
    clock.set(clock.now().replace(hour=12, minute=30))
    name = supervisor_station.catalog.category("SSDJ").name  # catalog data: shown as it is
    assert _message(lambda: queue.take_ticket("SSDJ")) == (
        f"“{name}” is not taking numbers now (open 09:00–12:00, 13:30–17:00). "
        "Please take a number during opening hours.")
    assert [c.hours_text for c in queue.categories() if c.code == "SSDJ"] == ["09:00–12:00, 13:30–17:00"]
    clock.set(clock.now().replace(hour=13, minute=45))
    cap = supervisor_station.catalog.category("GJJ").daily_cap
    supervisor_station.store.conn.execute("INSERT INTO sequences (name, value) VALUES (?, ?)",
                                          (f"ticket:{clock.now().date().isoformat()}:GJJ", cap))
    gjj = supervisor_station.catalog.category("GJJ").name
    assert _message(lambda: queue.take_ticket("GJJ")) == (
        f"All of today's numbers for “{gjj}” ({cap}) have been taken. "
        "Please come back tomorrow or book an appointment.")
    _english(lambda: queue.set_settings({"front_streak_limit": 0}), "Priority calls in a row must be at least 1.")


def test_hours_in_chinese_without_a_translator(supervisor_station: Station, clock: FixedClock) -> None:
    queue = QueueService(supervisor_station)
    queue.set_settings({"enforce_service_hours": 1})
    clock.set(clock.now().replace(hour=12, minute=30))
    name = supervisor_station.catalog.category("SSDJ").name
    assert _message(lambda: queue.take_ticket("SSDJ")) == \
        f"现在不在“{name}”的取号时间（09:00–12:00、13:30–17:00），请在办理时间内取号。"
    assert [c.hours_text for c in queue.categories() if c.code == "SSDJ"] == ["09:00–12:00、13:30–17:00"]


def test_appointment_check_in_in_english(clerk_station: Station, clock: FixedClock, english: None) -> None:
    queue = QueueService(clerk_station)
    now = clock.now()
    tomorrow = queue.create_appointment("HZ", now + timedelta(days=1), now + timedelta(days=1, minutes=30))
    _english(lambda: queue.check_in_appointment(tomorrow.code),
             "Your appointment is on 24 Nov 2026. Please check in on that day.")
    early = queue.create_appointment("HZ", now.replace(hour=12, minute=0), now.replace(hour=12, minute=30))
    _english(lambda: queue.check_in_appointment(early.code),
             "Your appointment slot is 12:00–12:30. Please check in after 11:00.")
    _english(lambda: queue.appointment("000000"), "Appointment code not found. Please check it and enter it again.")
    late = queue.create_appointment("HZ", now - timedelta(minutes=40), now - timedelta(minutes=10))
    taken = queue.check_in_appointment(late.code)
    assert taken.ticket.note == LATE_NOTE == "预约迟到，按普通号排队"  # stored in Chinese
    assert i18n.tr(taken.ticket.note) == "Late for the appointment: queued as a normal ticket"
    _english(lambda: queue.check_in_appointment(late.code),
             "This appointment is already checked in or cancelled; no need to check in again.")


def test_appointment_check_in_in_chinese(clerk_station: Station, clock: FixedClock) -> None:
    queue = QueueService(clerk_station)
    now = clock.now()
    tomorrow = queue.create_appointment("HZ", now + timedelta(days=1), now + timedelta(days=1, minutes=30))
    assert _message(lambda: queue.check_in_appointment(tomorrow.code)) == \
        "您的预约日期是 2026年11月24日，请在预约当天签到。"
    early = queue.create_appointment("HZ", now.replace(hour=12, minute=0), now.replace(hour=12, minute=30))
    assert _message(lambda: queue.check_in_appointment(early.code)) == \
        "您的预约时段为 12:00–12:30，请于 11:00 后签到。"


# -- texts for the screen, texts for paper ---------------------------------------------------

def _pdf_text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def test_the_kiosk_reads_the_no_show_rule_in_english_the_slip_prints_it_in_chinese(
        station: Station, english: None) -> None:
    queue = QueueService(station)
    assert queue.no_show_text() == ("Not present after 3 calls counts as missed and goes back to the end of the "
                                    "queue; missed again, it is void: please take a new number.")
    taken = queue.take_ticket("HZ", lane=Lane.PRIORITY)
    printed = re.sub(r"\s+", "", _pdf_text(document_pdf(station.store, taken.slip_doc_id)))
    assert re.sub(r"\s+", "", policy_text(2, "requeue_once")) in printed
    assert "（绿色通道）" in printed
    assert taken.ticket.state_label == "等候中" and i18n.tr(taken.ticket.state_label) == "Waiting"
    assert i18n.tr(Lane.PRIORITY.label) == "Priority lane"


def test_labels_stay_chinese_data_and_render_in_english(english: None) -> None:
    assert CASE_STATUSES["delivered"] == "已出件" and i18n.tr(CASE_STATUSES["delivered"]) == "Result handed over"
    assert i18n.tr(POLICIES["fifo"]) == "First come, first called (all categories by time taken)"
    assert str(i18n.Text("{x}", x=policy_text(0, "void"))) == policy_text(0, "void")  # printed text is data


# -- the shared hall queue ---------------------------------------------------------------------

def test_hall_queue_failures_in_english(clerk_station: Station, english: None) -> None:
    _english(lambda: _hall(clerk_station, Offline("HTTP 503")).take_ticket("SSDJ"),
             "Cannot reach the hall's shared queue server: HTTP 503. Please try again later or contact the "
             "administrator.")
    _english(lambda: _hall(clerk_station, AuthRefused(401, "token expired")).take_ticket("SSDJ"),
             "The hall's shared queue refused this action: token expired. Please log in online again and retry.")
    _english(lambda: _hall(clerk_station, ServerRefused(422, "bad category")).take_ticket("SSDJ"),
             "The hall's shared queue could not do this: bad category")
    worded = ServerRefused(404, "今天没有 A099 号，请核对号码。", {
        "detail": "今天没有 A099 号，请核对号码。", "template": "今天没有 {ticket_no} 号，请核对号码。",
        "values": {"ticket_no": "A099"}})
    _english(lambda: _hall(clerk_station, worded).take_ticket("SSDJ"),
             "There is no number A099 today. Please check the number.")
    hall = _hall(clerk_station, Offline("HTTP 503"))
    assert hall.status_text == "Hall shared queue"
    hall.online = False
    assert hall.status_text == "Shared queue offline"
    _english(lambda: hall.check_in_appointment(" "), "Please enter the appointment code.")


def test_hall_queue_failures_in_chinese(clerk_station: Station) -> None:
    assert _message(lambda: _hall(clerk_station, Offline("HTTP 503")).take_ticket("SSDJ")) == \
        "无法连接大厅共享队列服务器：HTTP 503，请稍后重试或联系管理员。"
    worded = ServerRefused(409, "A012 已被 5 号窗口叫走", {
        "detail": "A012 已被 5 号窗口叫走", "template": "{ticket_no} 已被 {window_no} 号窗口叫走",
        "values": {"ticket_no": "A012", "window_no": "5"}})
    assert _message(lambda: _hall(clerk_station, worded).take_ticket("SSDJ")) == "A012 已被 5 号窗口叫走"
    odd = ServerRefused(409, "A012 已被叫走", {"detail": "A012 已被叫走", "template": "{missing} 已被叫走", "values": {}})
    assert _message(lambda: _hall(clerk_station, odd).take_ticket("SSDJ")) == "A012 已被叫走"  # falls back to detail
    assert _message(lambda: _hall(clerk_station, ServerRefused(422, "bad")).take_ticket("SSDJ")) == \
        "大厅共享队列未能办理：bad"


# -- login and the kiosk PIN ---------------------------------------------------------------------

def test_login_and_pin_messages_in_english(clerk_station: Station, english: None) -> None:
    _english(lambda: login_offline(clerk_station.store, "S001", "wrong"),
             "Wrong staff number or password. Please try again.")
    _english(lambda: require(None, "queue.call"), "Please log in first.")
    _english(lambda: require(clerk_station.session, "settings.edit"),
             "This account (Clerk) may not do this. Please ask a hall supervisor.")
    _english(lambda: check_pin_format("12"), "The supervisor unlock PIN must be 6 to 12 digits.")
    _english(lambda: QueueService(clerk_station).save_window_profile("3", {"SSDJ": 1}),
             "This account (Clerk) may not do this. Please ask a hall supervisor.")


def test_login_and_pin_messages_in_chinese(clerk_station: Station) -> None:
    assert _message(lambda: login_offline(clerk_station.store, "S001", "wrong")) == "工号或密码不正确，请重新输入。"
    assert _message(lambda: require(clerk_station.session, "settings.edit")) == \
        "当前账号（窗口人员）无权进行此操作，请联系大厅管理人员。"
    assert _message(lambda: check_pin_format("12")) == "管理员解锁密码应为 6 到 12 位数字。"
