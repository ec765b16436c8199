"""Translations: the committed .ts is complete for the clerk shell, compiles, and switches the UI to English."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from packaging_scripts import load_script
from PySide6.QtWidgets import QApplication

i18n = load_script("i18n")


def test_ts_has_every_clerk_shell_string_translated() -> None:
    root = ET.parse(i18n.ts_file("en")).getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    assert {"LoginDialog", "ClerkWindow", "CatalogBrowser", "MatterDetail", "StationStatusBar"} <= set(contexts)
    for name in ("LoginDialog", "ClerkWindow", "CatalogBrowser", "MatterDetail", "StationStatusBar"):
        for message in contexts[name].iter("message"):
            translation = message.find("translation")
            assert translation is not None and translation.text, message.findtext("source")
            assert translation.get("type") != "unfinished", message.findtext("source")
            placeholders = {p for p in ("{count}", "{hall}", "{days}", "{code}", "{no}") if p in message.findtext("source", "")}
            assert all(p in translation.text for p in placeholders), message.findtext("source")



def test_english_clerk_shell(qtbot, station, english) -> None:  # type: ignore[no-untyped-def]
    from ui.clerk.login import LoginDialog

    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Yichuang · Clerk log-in"
    station.login("S001", "demo1234")
    from ui.clerk.window import ClerkWindow

    window = ClerkWindow(station)
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Yichuang · Counter — ")
    assert window.catalog_browser.count_label.text().startswith("All ")
    assert window.status.network_label.text() == "Standalone"


def test_chinese_needs_no_translation_file(qtbot, station) -> None:  # type: ignore[no-untyped-def]
    from ui.clerk.login import LoginDialog
    from ui.i18n import install_translator

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for translator in install_translator(app, "zh_CN"):
        app.removeTranslator(translator)
    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "一窗通 · 窗口人员登录"
