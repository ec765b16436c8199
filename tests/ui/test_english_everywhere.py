"""With the English translation installed, no role window shows Chinese of its own.

Every text a person can read (labels, buttons, titles, placeholders, tool tips, tabs, table
headers, menu items, combo box entries) is collected from the clerk window with all its pages,
the kiosk with all its screens, the board, the pad, the log-in dialog and the setup wizard.
Chinese that is data (the catalog's matters and materials, the hall's name, people's names)
is taken out first; what remains must be English.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff]")
OWN_LANGUAGE = ["简体中文"]  # a language is offered in its own language



def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _data_strings(station: Any) -> list[str]:
    catalog = json.loads((ROOT / "resources" / "catalog" / "sample-catalog.json").read_text("utf-8"))
    found = {s for s in _strings(catalog) if CJK.search(s)}
    found |= {str(v) for v in vars(station.config).values() if isinstance(v, str) and CJK.search(v)}
    found |= {str(r["name"]) for r in station.store.query("SELECT name FROM users")}
    return sorted(found | set(OWN_LANGUAGE), key=len, reverse=True)


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    def named(w: QWidget) -> str:
        return f"{type(w).__name__}#{w.objectName()}"

    for w in [widget, *widget.findChildren(QWidget)]:
        yield named(w), w.windowTitle() if w.isWindow() else ""
        yield named(w), w.toolTip()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield named(w), w.text()
        elif isinstance(w, QLineEdit):
            yield named(w), w.placeholderText()
        elif isinstance(w, QGroupBox):
            yield named(w), w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield named(w), w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield named(w), w.itemText(i)
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a QListWidget's model keeps columnCount private: it has no header
                columns = 0
            for section in range(columns):
                yield named(w), str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        for action in w.actions():
            yield f"QAction in {named(w)}", action.text()
            yield f"QAction in {named(w)}", action.toolTip()


def _chinese_left(widget: QWidget, data: list[str]) -> list[str]:
    left = set()
    for where, text in _texts(widget):
        if not text or not CJK.search(text):
            continue
        rest = text
        for item in data:
            rest = rest.replace(item, "")
        if CJK.search(rest):
            left.add(f"{where}: {text!r}")
    return sorted(left)


def _role(station: Any, role: str, opened: dict[str, QWidget]) -> QWidget:
    from ui.roles import open_role

    return open_role(role, station, opened)


def test_every_role_window_speaks_english(qtbot: Any, clerk_station: Any, english: None) -> None:
    data = _data_strings(clerk_station)
    opened: dict[str, QWidget] = {}
    problems: list[str] = []
    for role in ("clerk", "kiosk", "board", "pad"):
        window = _role(clerk_station, role, opened)
        qtbot.addWidget(window)
        window.show()
        tabs = window.findChildren(QTabWidget)
        for tab in tabs:  # every page of the clerk window is built and shown once
            for i in range(tab.count()):
                tab.setCurrentIndex(i)
                qtbot.wait(1)
        problems += [f"[{role}] {p}" for p in _chinese_left(window, data)]
    assert not problems, f"{len(problems)} Chinese texts left under English:\n" + "\n".join(problems)


def test_login_and_setup_speak_english(qtbot: Any, station: Any, english: None) -> None:
    from ui.clerk.login import LoginDialog
    from ui.setup.wizard import SetupWizard

    data = _data_strings(station)
    problems: list[str] = []
    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    problems += _chinese_left(dialog, data)
    wizard = SetupWizard(station.data_dir)
    qtbot.addWidget(wizard)
    problems += _chinese_left(wizard, data)
    assert not problems, f"{len(problems)} Chinese texts left under English:\n" + "\n".join(problems)
