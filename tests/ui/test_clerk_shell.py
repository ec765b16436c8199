"""The clerk window shell: login, find a matter by pinyin, read its materials."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.station import Station
from ui.clerk.login import LoginDialog
from ui.clerk.window import ClerkWindow
from ui.fonts import register_cjk_font
from ui.models.catalog import MaterialTableModel, MatterListModel


def test_bundled_font_registers(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontDatabase

    family = register_cjk_font()
    assert family
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def test_login_rejects_wrong_password_and_keeps_staff_no(qtbot: QtBot, station: Station) -> None:
    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.staff_no, "S001")
    qtbot.keyClicks(dialog.password, "wrong")
    dialog.try_login()
    assert "不正确" in dialog.error.text()
    assert dialog.staff_no.text() == "S001"
    assert station.session is None


def test_login_then_find_matter_by_pinyin_and_read_materials(qtbot: QtBot, station: Station) -> None:
    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.staff_no, "S001")
    qtbot.keyClicks(dialog.password, "demo1234")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert station.session is not None and station.session.name == "王芳"

    window = ClerkWindow(station)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    browser = window.catalog_browser
    browser.focus_search()
    qtbot.keyClicks(browser.search, "gtgsh")
    with qtbot.waitSignal(browser.matterOpened) as opened:
        qtbot.keyClick(browser.search, Qt.Key.Key_Return)
    matter = station.catalog.matter(opened.args[0])
    assert matter.name == "个体工商户设立登记"
    assert "个体工商户设立登记" in browser.detail.title.text()
    table = browser.detail.materials
    first = matter.situations[0]
    assert table.rowCount() == len(first.materials)
    shown = {table.index(r, 1).data() for r in range(table.rowCount())}
    assert shown == {m.name for m in first.materials}
    if len(matter.situations) > 1:  # Ctrl+2 switches situation and rebuilds the list
        qtbot.keyClick(browser.search, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        second = matter.situations[1]
        assert browser.detail.situation == second
        assert {table.index(r, 1).data() for r in range(table.rowCount())} == {m.name for m in second.materials}
    assert "王芳" in window.status.clerk_label.text()
    assert "待上传" in window.status.pending_label.text()


def test_models_pass_the_model_tester(qtmodeltester, station: Station) -> None:  # type: ignore[no-untyped-def]
    matters = MatterListModel(station.catalog)
    matters.set_matters(list(station.catalog.matters))
    qtmodeltester.check(matters)
    materials = MaterialTableModel()
    materials.set_materials(station.catalog.matters[0].situations[0].materials)
    qtmodeltester.check(materials)
