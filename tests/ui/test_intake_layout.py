"""The intake checklist stays readable in a longer language: the material name never shrinks to
a sliver (the table scrolls sideways instead), and with room the decision buttons are not cut."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from app.station import Station
from ui.fonts import apply_default_font
from ui.intake.checklist_view import ChecklistView
from ui.intake.models import ChecklistModel
from ui.roles import open_role


@pytest.fixture(autouse=True)
def _the_apps_font(qapp: QApplication) -> Any:
    """The font the application starts with (ui/main.py), not the tests' small default."""
    before = QFont(qapp.font())
    apply_default_font(qapp)
    yield
    qapp.setFont(before)


def _intake(qtbot: Any, station: Station, width: int) -> QWidget:
    window = open_role("clerk", station, {})
    qtbot.addWidget(window)
    window.resize(width, 860)
    window.show()
    window.show_page("intake")  # type: ignore[attr-defined]
    workspace = window.page("intake")  # type: ignore[attr-defined]
    workspace.open_matter(station.catalog.matters[0].code)
    qtbot.wait(10)
    return workspace  # type: ignore[no-any-return]


@pytest.mark.parametrize("width", [1366, 1920])
def test_the_material_name_keeps_room_for_ten_characters_in_english(qtbot: Any, clerk_station: Station,
                                                                     english: None, width: int) -> None:
    table = _intake(qtbot, clerk_station, width).findChild(ChecklistView, "checklist")
    assert table is not None
    name_width = table.horizontalHeader().sectionSize(ChecklistModel.COL_NAME)
    assert name_width >= 10 * table.fontMetrics().horizontalAdvance("材")


def test_with_room_the_decision_buttons_show_whole_in_english(qtbot: Any, clerk_station: Station,
                                                              english: None) -> None:
    workspace = _intake(qtbot, clerk_station, 1920)
    panel = workspace.right_panel  # type: ignore[attr-defined]
    assert panel.horizontalScrollBar().maximum() == 0  # nothing of the panel is out of sight
    refuse = workspace.findChild(QPushButton, "decide-refuse")
    assert refuse is not None and "Refuse" in refuse.text()
