"""The pad, the follow-up list, the figures page and the kiosk's 办件评价."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.ratings.levels import RatingLevel
from app.ratings.service import RatingService, ServiceRecord
from app.station import Station
from ui.clerk.window import ClerkWindow
from ui.pad.window import PadWindow, create_pad_window, pad_screen_index
from ui.ratings.figures_page import FiguresPage
from ui.ratings.followup_page import FollowupPage
from ui.ratings.kiosk_rate import KioskRatePage


def _clerk_and_pad(qtbot: QtBot, station: Station) -> tuple[ClerkWindow, PadWindow]:
    window = ClerkWindow(station)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    pad = create_pad_window(station, {"clerk": window})
    assert isinstance(pad, PadWindow)
    qtbot.addWidget(pad)
    pad.show()  # as main.py does; a panel stays hidden until a rating is asked for
    return window, pad


def _ratings(station: Station) -> list[tuple[int, str | None]]:
    return [(r["rated"], r["level"]) for r in station.store.query("SELECT rated, level FROM ratings ORDER BY rated_at")]


def test_clerk_finishes_citizen_rates_poor_and_followup_lists_it(qtbot: QtBot, clerk_station: Station) -> None:
    window, pad = _clerk_and_pad(qtbot, clerk_station)
    assert pad.panel and not pad.isVisible()  # one screen: a panel the clerk turns round
    qtbot.keyClick(window, Qt.Key.Key_F8)  # 请评价（F8）: no ticket open, a window-service rating
    qtbot.waitUntil(pad.isVisible)
    assert pad.stack.currentWidget() is pad.levels_page
    assert "王芳" in pad.clerk_label.text() and "S001" in pad.clerk_label.text()
    qtbot.mouseClick(pad.level_buttons[RatingLevel.DISSATISFIED], Qt.MouseButton.LeftButton)
    assert pad.stack.currentWidget() is pad.reasons_page
    qtbot.mouseClick(pad.submit_button, Qt.MouseButton.LeftButton)  # no reason picked yet
    assert "原因" in pad.error.text() and _ratings(clerk_station) == []
    qtbot.mouseClick(pad.reason_buttons["等候时间过长"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pad.rated):
        qtbot.mouseClick(pad.submit_button, Qt.MouseButton.LeftButton)
    assert pad.stack.currentWidget() is pad.thanks_page
    assert _ratings(clerk_station) == [(1, "dissatisfied")]

    clerk_station.logout()
    clerk_station.login("S900", "admin1234")
    page = FollowupPage(clerk_station)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    cells = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert cells[0] == "待核实" and cells[2] == "不满意" and "王芳（S001）" in cells
    assert "剩 5 个工作日" in cells[1] and "等候时间过长" in cells[7]
    assert "回访率" in page.header.text()


def test_keys_never_rate_only_touches_do(qtbot: QtBot, clerk_station: Station) -> None:
    window, pad = _clerk_and_pad(qtbot, clerk_station)
    RatingService(clerk_station).request_rating(RatingService(clerk_station).window_service_record())
    qtbot.waitUntil(pad.isVisible)
    assert pad.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert not pad.actions()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_1, Qt.Key.Key_5, Qt.Key.Key_F8, Qt.Key.Key_Tab):
        qtbot.keyClick(window, key)
        qtbot.keyClick(pad, key)
        for button in pad.level_buttons.values():
            qtbot.keyClick(button, key)
    assert _ratings(clerk_station) == []
    assert pad.stack.currentWidget() is pad.levels_page
    with qtbot.waitSignal(pad.rated):
        qtbot.mouseClick(pad.level_buttons[RatingLevel.SATISFIED], Qt.MouseButton.LeftButton)
    assert _ratings(clerk_station) == [(1, "satisfied")]


def test_pad_is_big_enough_for_touch_and_old_eyes(qtbot: QtBot, clerk_station: Station) -> None:
    pad = PadWindow(clerk_station)
    qtbot.addWidget(pad)
    RatingService(clerk_station).request_rating(RatingService(clerk_station).window_service_record())
    pad.show()
    qtbot.waitExposed(pad)
    pad.pick_level(RatingLevel.VERY_DISSATISFIED)
    pad._set_callback(True)
    for page in (pad.levels_page, pad.reasons_page):
        pad.stack.setCurrentWidget(page)
        for button in page.findChildren(QPushButton):
            if button.isVisible():
                assert button.width() >= 60 and button.height() >= 60, button.text()
                assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        for widget in page.findChildren(QWidget):
            if widget.isVisible() and hasattr(widget, "text"):
                assert widget.font().pointSizeF() >= 18, type(widget)


def test_tapping_a_text_line_lets_the_citizen_type_then_focus_goes_away(qtbot: QtBot, clerk_station: Station) -> None:
    pad = PadWindow(clerk_station)
    qtbot.addWidget(pad)
    request = RatingService(clerk_station).request_rating(RatingService(clerk_station).window_service_record())
    pad.show()
    qtbot.waitExposed(pad)
    pad.pick_level(RatingLevel.VERY_DISSATISFIED)
    assert not pad.accepts_focus
    qtbot.mouseClick(pad.comment, Qt.MouseButton.LeftButton)
    assert pad.accepts_focus and pad.isVisible()
    pad.comment.setText("窗口人员离岗很久")
    qtbot.mouseClick(pad.reason_buttons["其他"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pad.rated):
        qtbot.mouseClick(pad.submit_button, Qt.MouseButton.LeftButton)
    assert not pad.accepts_focus
    assert RatingService(clerk_station).request(request.id).state == "rated"


def test_pad_timeout_records_not_rated(qtbot: QtBot, clerk_station: Station, clock: FixedClock) -> None:
    _, pad = _clerk_and_pad(qtbot, clerk_station)
    RatingService(clerk_station).request_rating(RatingService(clerk_station).window_service_record())
    qtbot.waitUntil(pad.isVisible)
    assert "60 秒" in pad.countdown.text()
    clock.advance(seconds=clerk_station.config.rating_timeout_seconds)
    pad._on_tick()  # what the pad's one-second timer does
    assert not pad.isVisible() and pad.request is None
    assert _ratings(clerk_station) == [(0, None)]


def test_screen_choice() -> None:
    assert pad_screen_index(1, 0, None) is None
    assert pad_screen_index(2, 0, None) == 1
    assert pad_screen_index(3, 1, None) == 0
    assert pad_screen_index(3, 0, 2) == 2
    assert pad_screen_index(1, 0, 0) is None  # the only screen is the clerk's
    assert pad_screen_index(2, 0, 7) == 1


def test_followup_steps_from_the_page(qtbot: QtBot, supervisor_station: Station, monkeypatch: pytest.MonkeyPatch) -> None:
    service = RatingService(supervisor_station)
    request = service.request_rating(service.window_service_record(matter_name="户籍证明"))
    service.rate(request.id, "非常不满意", ["工作人员态度不好"], rater_name="李四")
    page = FollowupPage(supervisor_station)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    detail = page.detail
    assert set(detail.action_buttons) == {"rectify", "explain", "appeal"}
    shown: list[str] = []
    monkeypatch.setattr("ui.ratings.followup_page.show_user_error", lambda parent, err: shown.append(err.message))
    qtbot.mouseClick(detail.action_buttons["rectify"], Qt.MouseButton.LeftButton)
    assert shown and "处理说明" in shown[0]
    detail.note.setPlainText("核实属实，已约谈")
    qtbot.mouseClick(detail.action_buttons["rectify"], Qt.MouseButton.LeftButton)
    assert page.model.index(0, 0).data() == "整改中"
    assert set(detail.action_buttons) == {"call_back", "appeal"}  # real name: no closing before the call
    assert "陈静（S900）" in detail.history.text() and "核实属实，已约谈" in detail.history.text()


def test_models_pass_the_model_tester(qtmodeltester, supervisor_station: Station) -> None:  # type: ignore[no-untyped-def]
    service = RatingService(supervisor_station)
    service.rate(service.request_rating(service.window_service_record()).id, "不满意", ["办理时间过长"])
    page = FollowupPage(supervisor_station)
    qtmodeltester.check(page.model)
    figures_page = FiguresPage(supervisor_station)
    qtmodeltester.check(figures_page.model)


def test_figures_page_exports_csv(qtbot: QtBot, supervisor_station: Station, tmp_path: Path) -> None:
    service = RatingService(supervisor_station)
    service.rate(service.request_rating(service.window_service_record()).id, "满意")
    page = FiguresPage(supervisor_station)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2  # 陈静 and 合计
    page.by.setCurrentIndex(list(page.by.itemData(i) for i in range(page.by.count())).index("window"))
    text = page.export_to(tmp_path / "f.csv").read_text("utf-8-sig")
    assert text.startswith("窗口,非常满意,满意") and "合计" in text


def kiosk_rate_page_with_a_ready_case(qtbot: QtBot, station: Station) -> KioskRatePage:
    """The kiosk's rating page, shown, with case DEMO0120261120001 (ID ending 011234) ready for pickup."""
    applicant = json.dumps({"kind": "person", "person": {"name": "张三", "id_no": "330102199001011234"}})
    with station.store.transaction() as conn:
        conn.execute(
            "INSERT INTO cases (id, station_code, case_no, matter_code, matter_name, situation_code, situation_name,"
            " applicant, status, status_at, received_on, clerk, created_at) VALUES ('c1', 'DEMO01', 'DEMO0120261120001',"
            " 'M001', '个体工商户设立登记', 'S1', '新办', ?, 'ready', '2026-11-20T10:00:00.000+08:00', '2026-11-18',"
            " 'S001', '2026-11-18T10:00:00.000+08:00')", (station.store.cipher.encrypt(applicant),))
    page = KioskRatePage(station)
    page.home_delay_ms = 10
    qtbot.addWidget(page)
    page.show()
    page.reset()
    return page


def test_kiosk_rates_a_finished_case_by_scanning_the_receipt(qtbot: QtBot, station: Station) -> None:
    page = kiosk_rate_page_with_a_ready_case(qtbot, station)
    qtbot.keyClicks(page.case_no, "DEMO0120261120001")
    qtbot.keyClick(page.case_no, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.rate_page and "个体工商户设立登记" in page.case_label.text()
    qtbot.mouseClick(page.level_buttons[RatingLevel.VERY_DISSATISFIED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert "原因" in page.error.text()
    qtbot.mouseClick(page.reason_buttons["办理时间过长"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.rated):
        qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    row = station.store.query_one("SELECT kind, case_no, channel, poor FROM ratings")
    assert row is not None and tuple(row) == ("case", "DEMO0120261120001", "hall_terminal", 1)
    qtbot.waitSignal(page.home).wait()


def test_pad_shows_a_window_service_record_from_the_queue(qtbot: QtBot, clerk_station: Station) -> None:
    window, pad = _clerk_and_pad(qtbot, clerk_station)
    window.current_service_record = lambda: ServiceRecord(  # type: ignore[attr-defined]
        "ticket-1", "window_service", ticket_no="B007", matter_name="居住证办理", window_no="3",
        clerk_staff_no="S001", clerk_name="王芳")
    qtbot.keyClick(window, Qt.Key.Key_F8)
    qtbot.waitUntil(pad.isVisible)
    assert "居住证办理" in pad.clerk_label.text() and "B007" in pad.clerk_label.text()
