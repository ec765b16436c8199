"""The intake pages, the case list, the board and the pad switch to English; in Chinese they show
exactly what app/ says (the labels app/ hands over are all translatable and unchanged without a
translator).

The English file is the committed resources/translations/yichuang_en.ts, or the fragment named by
the environment variable YICHUANG_TS (to check a fragment before it is merged).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.catalog.model import MaterialForm, MaterialMedium, MaterialSource, Necessity
from app.documents import KIND_TITLES
from app.intake.applicant import ID_TYPES
from app.intake.deadlines import Light
from app.intake.records import STATUS_LABELS
from app.intake.rules import Decision, ItemState
from app.intake.service import VIEWS
from app.queue.announce import display_text
from app.queue.policy import policy_text
from app.queue.service import QueueService
from app.ratings.levels import POOR_REASONS, RatingLevel
from app.ratings.service import RatingService, ServiceRecord
from app.station import Station
from tests.intake_helpers import GTGSH
from ui.board.speech import BoardAnnouncer
from ui.board.window import BoardWindow
from ui.clerk.window import ClerkWindow
from ui.intake.cases import CaseListPage
from ui.intake.dialogs import DeliverDialog, RefusalDialog
from ui.intake.workspace import IntakeWorkspace
from ui.models import labels
from ui.pad.window import LEVEL_TEXTS, REASON_TEXTS, PadWindow, level_text, reason_text, two_lines
from ui.speech import Speaker

ROOT = Path(__file__).resolve().parents[2]
AUDIO_WARNINGS = ("pipewire", "Couldn't load", "Couldn't resolve", "PulseAudio", "va-", "FFmpeg")
HORIZONTAL = Qt.Orientation.Horizontal


def _lrelease() -> str:
    local = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(local) if local.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease comes with PySide6"
    return found



def _app_labels() -> set[str]:
    enums = (MaterialForm, MaterialMedium, Necessity, MaterialSource, ItemState, Decision)
    found = {member.label for enum in enums for member in enum}
    found |= {light.label for light in Light if light is not Light.NONE}
    found |= set(STATUS_LABELS.values()) | set(VIEWS.values()) | set(KIND_TITLES.values()) | set(ID_TYPES.values())
    return found


def test_every_label_app_hands_over_is_translatable_and_unchanged_in_chinese(qapp: QApplication) -> None:
    listed = {str(text) for text in labels.LABELS}
    assert _app_labels() <= listed, sorted(_app_labels() - listed)
    assert all(labels.label(text) == text for text in listed)
    assert labels.call_text("A012", "3") == display_text("A012", "3")
    for recalls in (0, 2):
        for policy in ("void", "requeue_once"):
            assert labels.no_show_text(recalls, policy) == policy_text(recalls, policy)


def test_pad_describes_the_service_as_app_does_in_chinese(qtbot: QtBot, clerk_station: Station) -> None:
    pad = PadWindow(clerk_station)
    qtbot.addWidget(pad)
    for record in (ServiceRecord("s1", "window_service"),
                   ServiceRecord("s2", "window_service", ticket_no="A012", matter_name="个体工商户设立登记"),
                   ServiceRecord("s3", "case", case_no="S001-20261123-0001", ticket_no="A012", matter_name="户口迁移")):
        assert pad._describe(record) == record.description


def test_pad_level_and_reason_texts_are_the_app_labels_in_chinese(qapp: QApplication) -> None:
    assert set(LEVEL_TEXTS) == set(RatingLevel)
    assert all(level_text(level) == level.label for level in RatingLevel)
    assert {str(text) for text in REASON_TEXTS} == set(POOR_REASONS)
    assert all(reason_text(reason) == reason for reason in POOR_REASONS)


def test_two_lines_breaks_long_spaced_text_only() -> None:
    assert two_lines("等候时间过长等候时间过长") == "等候时间过长等候时间过长"
    assert two_lines("Other") == "Other"
    assert two_lines("Took too long to process") == "Took too long\nto process"
    assert two_lines("Very good", 6) == "Very\ngood"


def _open_clerk_window(qtbot: QtBot, station: Station) -> ClerkWindow:
    window = ClerkWindow(station)
    qtbot.addWidget(window)
    return window


def _tab_text(window: ClerkWindow, key: str) -> str:
    return window.tabs.tabText(window.tabs.indexOf(window.page(key)))


def test_english_intake_workspace(qtbot: QtBot, clerk_station: Station, english: None) -> None:
    window = _open_clerk_window(qtbot, clerk_station)
    assert _tab_text(window, "catalog") == "Matters (Ctrl+Shift+S)"
    assert _tab_text(window, "intake") == "Intake (Ctrl+Shift+A)"
    assert _tab_text(window, "cases") == "Cases (Ctrl+Shift+K)"
    ws = window.page("intake")
    assert isinstance(ws, IntakeWorkspace)
    assert ws.buttons[Decision.ACCEPT].text() == "Accept\n(Ctrl+Enter)"  # the shortcut on a second line: the panel is narrow
    assert ws.buttons[Decision.ACCEPT_WITH_GAPS].text() == "Accept with pending materials\n(Ctrl+R)"
    assert ws.buttons[Decision.REFUSE].text() == "Refuse\n(Ctrl+Shift+R)"
    assert ws.new_button.text() == "New application (Ctrl+N)"
    assert ws.lists.tabText(2) == "Favourites"
    form = ws.applicant_form
    assert form.title() == "Applicant" and form.kind_person.text() == "Person"
    assert form.person.id_type.itemText(0) == "Resident ID card"
    assert form.has_agent.text() == "Submitted by an agent"

    ws.open_matter(GTGSH)
    assert "Promised time limit:" in ws.matter_title.text()
    assert ws.summary.text().startswith("Required materials: ")
    assert ws.checklist.headerData(1, HORIZONTAL) == "Material"
    assert ws.checklist.index(0, ws.checklist.COL_STATE).data() in {"Received", "Missing"}
    assert ws.checklist.index(0, ws.checklist.COL_REASON).data() in {"", "Not handed in"}
    assert ws.why_not.text().startswith("Accept: ") and "required material(s) still missing" in ws.why_not.text()
    assert "These materials cannot be pending: " in ws.why_not.text()

    detail = window.catalog_browser.detail
    assert detail.materials.headerData(8, HORIZONTAL) == "Acceptance standard"
    assert "Promised time limit" in detail.facts.toPlainText()


def test_english_case_list_and_dialogs(qtbot: QtBot, clerk_station: Station, english: None) -> None:
    page = CaseListPage(clerk_station)
    qtbot.addWidget(page)
    assert page.view.itemText(0) == "All" and page.view.itemText(4) == "Result to hand over"
    assert page.model.headerData(1, HORIZONTAL) == "Case no."
    assert page.count.text() == "0 in total"
    assert page.deliver_button.text() == "Hand over the result"
    assert page.facts.toPlainText() == "Select a case in the list above"

    refusal = RefusalDialog(clerk_station.catalog)
    qtbot.addWidget(refusal)
    assert refusal.windowTitle() == "Refuse"
    deliver = DeliverDialog("S001-20261123-0001")
    qtbot.addWidget(deliver)
    assert deliver.windowTitle() == "Hand over the result — S001-20261123-0001"
    assert deliver.id_type.itemText(4) == "Foreigner's permanent residence ID"


@pytest.mark.qt_log_ignore(*AUDIO_WARNINGS)
def test_english_board(qtbot: QtBot, clerk_station: Station, english: None) -> None:
    board = BoardWindow(clerk_station, BoardAnnouncer(Speaker(engine="mock")))
    qtbot.addWidget(board)
    assert board.windowTitle() == f"Yichuang · Call board — {clerk_station.config.hall_name}"
    assert board.newest.text() == "Please watch for your number"
    queue = QueueService(clerk_station)
    queue.take_ticket(clerk_station.catalog.categories_for_matter(GTGSH)[0].code)
    ticket = queue.call_next()
    assert ticket is not None
    board.refresh(speak=False)
    number = board.cells[0].ticket_label.text()
    assert board.newest.text() == f"{number}, please go to window 3"
    assert board.cells[0].window_label.text() == "Window 3"
    assert board.recent_labels[0].text().endswith(f"{number} → window 3")
    board.close()


def test_english_pad(qtbot: QtBot, clerk_station: Station, english: None) -> None:
    pad = PadWindow(clerk_station)
    qtbot.addWidget(pad)
    assert pad.windowTitle() == "Yichuang · Rating pad"
    service = RatingService(clerk_station)
    service.request_rating(service.window_service_record())
    pad.refresh()
    assert pad.stack.currentWidget() is pad.levels_page
    assert pad.level_buttons[RatingLevel.VERY_SATISFIED].text().endswith("\nVery\ngood")  # short words, two lines
    assert "Staff: 王芳" in pad.clerk_label.text() and "Service: Window service" in pad.clerk_label.text()
    assert pad.countdown.text().startswith("Please rate within ")
    pad.pick_level(RatingLevel.DISSATISFIED)
    assert pad.reasons_title.text() == 'You chose "Poor". We are sorry for the trouble.'
    assert pad.reason_buttons["等候时间过长"].text() == "Waited\ntoo long"  # keyed by the stored reason
    assert pad.submit_button.text() == "Submit rating"
    pad.reason_buttons["等候时间过长"].setChecked(True)
    with qtbot.waitSignal(pad.rated):
        pad.submit()
    stored = clerk_station.store.query("SELECT reasons FROM ratings")
    assert "等候时间过长" in str(stored[0]["reasons"])  # the data stays Chinese
    assert pad.thanks_label.text().startswith("Thank you for your rating!")
