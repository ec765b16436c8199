"""Kiosk guide and progress pages: browse → print, pinyin search on the on-screen
keyboard, scan → status, manual query with ID suffix, 长辈版, 朗读 and reset."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app import kiosk_rules as rules
from app.documents import document_pdf
from app.station import Station
from tests.intake_helpers import GTGSH, ID_NO, NAME, accepted_case_no
from ui.kiosk_guide.guide_page import KioskGuidePage
from ui.kiosk_guide.progress_page import KioskProgressPage
from ui.print_jobs import SAVE_TO_FOLDER, PrintJobs

LEFT = Qt.MouseButton.LeftButton


def _guide_page(qtbot: QtBot, station: Station, tickets: list[str] | None = None,
                spoken: list[str] | None = None) -> KioskGuidePage:
    station.config.printers["guide"] = SAVE_TO_FOLDER  # never a real printer in tests
    jobs = PrintJobs(station)
    sink = spoken if spoken is not None else []
    take = tickets.append if tickets is not None else None
    page = KioskGuidePage(station, jobs, sink.append, take)
    qtbot.addWidget(page)
    page.resize(1920, 1080)
    page.show()
    qtbot.waitExposed(page)
    return page


def _tap(qtbot: QtBot, page: QWidget, name: str) -> None:
    qtbot.wait(1)  # widgets added to a shown layout appear on the next event loop turn
    shown = [b for b in page.findChildren(QPushButton, name) if b.isVisible()]
    assert len(shown) == 1, name
    button = shown[0]
    qtbot.mouseClick(button, LEFT)


def _pdf_text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True)
    return "".join(out.stdout.decode("utf-8").split())


def test_browse_by_department_then_print_the_checklist(qtbot: QtBot, station: Station) -> None:
    tickets: list[str] = []
    page = _guide_page(qtbot, station, tickets)
    matter = station.catalog.matter(GTGSH)
    _tap(qtbot, page, f"tile-{matter.department}")
    assert page.stack.currentWidget() is page.matters_step
    _tap(qtbot, page, f"tile-{GTGSH}")
    assert page.stack.currentWidget() is page.situations_step
    situation = matter.situations[1]
    _tap(qtbot, page, f"tile-{situation.code}")
    assert page.stack.currentWidget() is page.guide_step
    shown = " ".join(w.text() for w in page.detail.findChildren(QLabel))
    assert situation.materials[0].name in shown and situation.materials[0].form.label in shown
    with qtbot.waitSignal(page.printed, timeout=20000) as printed:
        qtbot.mouseClick(page.print_button, LEFT)
    text = _pdf_text(document_pdf(station.store, printed.args[0]))
    for material in situation.materials:
        assert "".join(material.name.split()) in text, material.name
    assert situation.name in text
    assert page.print_status.text() and page.print_button.isEnabled()
    category = station.catalog.categories_for_matter(GTGSH)[0]
    _tap(qtbot, page, f"ticket-{category.code}")
    assert tickets == [category.code]


def test_every_material_is_reachable_with_the_pager(qtbot: QtBot, station: Station) -> None:
    page = _guide_page(qtbot, station)
    page.set_elderly(True)
    page.open_matter(GTGSH)
    situation = station.catalog.matter(GTGSH).situations[0]
    page.open_situation(situation.code)
    seen: set[str] = set()
    while True:
        qtbot.wait(1)  # widgets added to a shown layout appear on the next event loop turn
        seen |= {w.text() for w in page.detail.findChildren(QLabel) if w.isVisible()}
        if not page.detail.pager.next_button.isEnabled() or not page.detail.pager.isVisible():
            break
        qtbot.mouseClick(page.detail.pager.next_button, LEFT)
    for i, material in enumerate(situation.materials, start=1):
        assert f"{i}. {material.name}" in seen


def test_pinyin_initials_on_the_onscreen_keyboard(qtbot: QtBot, station: Station) -> None:
    page = _guide_page(qtbot, station)
    qtbot.mouseClick(page.search, LEFT)  # tapping the field opens the keyboard
    assert page.keyboard.isVisible()
    for key in "GTGSH":
        qtbot.mouseClick(page.keyboard.keys[key], LEFT)
    assert page.search.text() == "gtgsh"
    assert page.browse_grid.visible_texts()[0] == "个体工商户设立登记"
    qtbot.mouseClick(page.keyboard.keys["退格"], LEFT)
    assert page.search.text() == "gtgs"
    qtbot.mouseClick(page.keyboard.keys["清空"], LEFT)
    assert page.search.text() == "" and page.browse_hint.text().startswith("请选择办理部门")
    for key in "GTGSH":
        page.keyboard.press(key)
    _tap(qtbot, page, f"tile-m:{GTGSH}")
    assert page.stack.currentWidget() is page.situations_step
    page.reset()
    assert page.stack.currentWidget() is page.browse_step and page.search.text() == ""
    assert not page.keyboard.isVisible()


def test_read_aloud_speaks_the_current_screen(qtbot: QtBot, station: Station) -> None:
    spoken: list[str] = []
    page = _guide_page(qtbot, station, spoken=spoken)
    qtbot.mouseClick(page.header.read_button, LEFT)
    assert "请选择办理部门" in spoken[-1] and station.catalog.departments[0].name in spoken[-1]
    page.open_matter(GTGSH)
    page.open_situation("S01")
    qtbot.mouseClick(page.header.read_button, LEFT)
    assert all(m.name in spoken[-1] for m in station.catalog.matter(GTGSH).situation("S01").materials)


def _assert_elderly_sizes(page: QWidget) -> None:
    for widget in page.findChildren(QLabel):
        if widget.isVisible() and widget.text():
            widget.ensurePolished()
            assert widget.font().pointSizeF() >= 18, widget.text()
    for button in page.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= 60 and button.height() >= 60, button.text()


def test_elderly_layout_has_big_type_targets_and_fewer_tiles(qtbot: QtBot, station: Station) -> None:
    page = _guide_page(qtbot, station)
    normal_tiles = len(page.browse_grid.buttons)
    page.set_elderly(True)
    qtbot.wait(10)
    assert len(page.browse_grid.buttons) < normal_tiles
    assert page.browse_grid.pager.isVisible()
    _assert_elderly_sizes(page)
    page.open_matter(GTGSH)
    page.open_situation("S01")
    qtbot.wait(10)
    _assert_elderly_sizes(page)


def _progress_page(qtbot: QtBot, station: Station, spoken: list[str] | None = None) -> KioskProgressPage:
    sink = spoken if spoken is not None else []
    page = KioskProgressPage(station, sink.append)
    qtbot.addWidget(page)
    page.resize(1920, 1080)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def _visible_text(page: QWidget) -> str:
    return " ".join(w.text() for w in page.findChildren(QLabel) if w.isVisible())


def test_scanning_a_receipt_shows_its_status(qtbot: QtBot, station: Station) -> None:
    case_no = accepted_case_no(station)
    spoken: list[str] = []
    page = _progress_page(qtbot, station, spoken)
    qtbot.waitUntil(page.scan.hasFocus)  # a scanner types into it with no tap
    with qtbot.waitSignal(page.answered) as answered:
        qtbot.keyClicks(page.scan, case_no)
        qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert answered.args == [True]
    assert page.stack.currentWidget() is page.answer_step
    text = _visible_text(page)
    assert case_no in text and "已受理" in text and "承诺办结日期" in text and rules.LOCAL_RECORD_NOTE in text
    assert NAME not in text and ID_NO not in text
    qtbot.mouseClick(page.header.read_button, LEFT)
    assert "已受理" in spoken[-1]
    page.reset()
    assert page.stack.currentWidget() is page.ask_step and page.scan.text() == "" and page.scan.hasFocus()
    assert case_no not in _visible_text(page)


def test_typed_case_number_needs_the_right_id_suffix(qtbot: QtBot, station: Station) -> None:
    case_no = accepted_case_no(station)
    page = _progress_page(qtbot, station)
    qtbot.mouseClick(page.case_no, LEFT)
    assert page.keyboard.isVisible() and page.keyboard.target is page.case_no
    for key in case_no:
        page.keyboard.press(key)
    qtbot.mouseClick(page.id_suffix, LEFT)
    for key in "1234":
        qtbot.mouseClick(page.keyboard.keys[key], LEFT)
    with qtbot.waitSignal(page.answered) as wrong:
        qtbot.mouseClick(page.query_button, LEFT)
    assert wrong.args == [False] and page.error.text() == rules.NOT_FOUND
    assert page.stack.currentWidget() is page.ask_step and "个体工商户" not in _visible_text(page)
    page.case_no.setText("DEMO01-20991231-0042")
    page.id_suffix.setText(ID_NO[-4:])
    with qtbot.waitSignal(page.answered):
        qtbot.mouseClick(page.query_button, LEFT)
    assert page.error.text() == rules.NOT_FOUND  # unknown case: the very same words
    page.case_no.setText(case_no)
    page.id_suffix.setText(ID_NO[-4:])
    with qtbot.waitSignal(page.answered) as right:
        qtbot.mouseClick(page.query_button, LEFT)
    assert right.args == [True] and "已受理" in _visible_text(page)


def test_a_short_suffix_asks_for_four_characters(qtbot: QtBot, station: Station) -> None:
    page = _progress_page(qtbot, station)
    page.case_no.setText("DEMO01-20261123-0001")
    page.id_suffix.setText("12")
    qtbot.mouseClick(page.query_button, LEFT)
    assert "后4位" in page.error.text() and page.keyboard.target is page.id_suffix


def test_progress_page_elderly_sizes(qtbot: QtBot, station: Station) -> None:
    case_no = accepted_case_no(station)
    page = _progress_page(qtbot, station)
    page.set_elderly(True)
    page.toggle_keyboard()
    qtbot.wait(10)
    _assert_elderly_sizes(page)
    page.scan.setText(case_no)
    page.look_up_scanned()
    qtbot.wait(10)
    _assert_elderly_sizes(page)


# Loading QtTextToSpeech/QtMultimedia on a machine with no sound server warns once.
@pytest.mark.qt_log_ignore("pipewire", "Couldn't load", "Couldn't resolve", "PulseAudio", "va-", "FFmpeg")
def test_tiles_on_the_kiosk_window_go_home_and_clear(qtbot: QtBot, station: Station) -> None:
    from ui.kiosk.window import KioskWindow
    from ui.kiosk_guide.install import install
    from ui.speech import Speaker

    case_no = accepted_case_no(station)
    kiosk = KioskWindow(station, Speaker(engine="mock", clip_sink=lambda paths: None))
    qtbot.addWidget(kiosk)
    guide, progress = install(kiosk)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    kiosk.show_screen(progress)
    assert isinstance(progress.page, KioskProgressPage)
    progress.page.scan.setText(case_no)
    progress.page.look_up_scanned()
    assert progress.page.stack.currentWidget() is progress.page.answer_step
    assert "已受理" in kiosk.read_aloud()
    kiosk.set_elderly(True)
    assert progress.page.elderly
    kiosk.go_home_and_clear()  # what the idle timeout does
    assert kiosk.current_screen() is kiosk.home
    assert progress.page.stack.currentWidget() is progress.page.ask_step and case_no not in _visible_text(progress)
    kiosk.show_screen(guide)
    assert isinstance(guide.page, KioskGuidePage)
    guide.page.open_matter(GTGSH)
    guide.page.open_situation("S01")
    category = station.catalog.categories_for_matter(GTGSH)[0]
    _tap(qtbot, guide, f"ticket-{category.code}")
    assert kiosk.current_screen() is kiosk.result and kiosk.result.taken is not None
    qtbot.mouseClick(guide.page.header.home_button, LEFT)
    assert kiosk.current_screen() is kiosk.home
    kiosk.print_jobs.wait()


def test_offline_answer_says_the_status_may_be_out_of_date(qtbot: QtBot, station: Station) -> None:
    from datetime import timedelta

    from app.clock import iso

    case_no = accepted_case_no(station)
    station.config.server_url = "https://zwfw.example.gov.cn"
    station.store.set_meta("last_sync_ok_at", iso(station.clock.now() - timedelta(hours=2)))
    page = _progress_page(qtbot, station)
    page.scan.setText(case_no)
    page.look_up_scanned()
    assert "可能不是最新" in page.freshness_note.text() and page.freshness_note.property("role") == "stale"
    station.store.set_meta("last_sync_ok_at", iso(station.clock.now()))
    page.reset()
    page.scan.setText(case_no)
    page.look_up_scanned()
    assert "已与服务器同步" in page.freshness_note.text() and page.freshness_note.property("role") == "fresh"


def test_elderly_department_pages_cover_every_department(qtbot: QtBot, station: Station) -> None:
    page = _guide_page(qtbot, station)
    page.set_elderly(True)
    names: list[str] = []
    while True:
        names += page.browse_grid.visible_texts()
        if not page.browse_grid.pager.next_button.isEnabled():
            break
        qtbot.mouseClick(page.browse_grid.pager.next_button, LEFT)
    assert sorted(names) == sorted({d.name for d in station.catalog.departments
                                    if any(m.department == d.code for m in station.catalog.matters)})
    assert len(page.browse_grid.buttons) <= 8
