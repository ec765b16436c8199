"""The kiosk guide, the progress query and the setup wizard in English, and English that fits a kiosk.

The translations come from the committed resources/translations/yichuang_en.ts, or from the
file named by the environment variable YICHUANG_TS (a fragment not merged yet).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app import kiosk_rules as rules
from app.station import Station
from tests.intake_helpers import GTGSH
from tests.packaging.packaging_scripts import load_script
from ui.kiosk_guide.guide_page import KioskGuidePage
from ui.kiosk_guide.onscreen_keyboard import BACKSPACE, CLEAR
from ui.kiosk_guide.progress_page import KioskProgressPage
from ui.kiosk_guide.tiles import TileButton
from ui.print_jobs import SAVE_TO_FOLDER, PrintJobs

i18n = load_script("i18n")
PORTRAIT = (1080, 1920)  # a kiosk screen standing up



def _shown(qtbot: QtBot, page: QWidget, size: tuple[int, int] = PORTRAIT) -> None:
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)


def _guide_page(qtbot: QtBot, station: Station, tickets: list[str] | None = None) -> KioskGuidePage:
    station.config.printers["guide"] = SAVE_TO_FOLDER  # never a real printer in tests
    take = tickets.append if tickets is not None else None
    page = KioskGuidePage(station, PrintJobs(station), lambda text: None, take)
    _shown(qtbot, page)
    return page


def _labels(page: QWidget) -> list[str]:
    return [w.text() for w in page.findChildren(QLabel) if w.isVisible()]


def test_guide_page_in_english(qtbot: QtBot, station: Station, english: None) -> None:
    tickets: list[str] = []
    page = _guide_page(qtbot, station, tickets)
    assert page.header.title.text() == "Guide: choose a department or search"
    assert (page.header.back_button.text(), page.header.home_button.text()) == ("Back", "Home")
    assert page.keyboard_button.text() == "Keyboard"
    assert page.search.placeholderText().endswith("e.g. gtgsh")
    assert page.browse_hint.text() == "Choose a department, or search for a matter above"
    assert all(b.tile_text().split("\n")[1].endswith("matter(s)") for b in page.browse_grid.buttons)
    page.toggle_keyboard()
    assert page.keyboard_button.text() == "Hide keyboard"
    assert (page.keyboard.keys[BACKSPACE].text(), page.keyboard.keys[CLEAR].text()) == ("Delete", "Clear")
    page.open_matter(GTGSH)
    assert page.situations_hint.text() == "Choose the situation that fits you:"
    page.open_situation("S01")
    qtbot.wait(1)  # cards added to a shown layout appear on the next event loop turn
    assert page.print_button.text() == "Print the checklist"
    assert page.detail.materials_title.text().startswith("Materials to bring (")
    shown = _labels(page.detail)
    assert {"Situation", "Conditions", "Fees", "Time limit", "Where to apply", "Department"} <= set(shown)
    assert "Required" in shown and any(t.startswith("Where to get it: ") for t in shown)
    ticket_buttons = [b for b in page.findChildren(QPushButton) if b.objectName().startswith("ticket-")]
    assert ticket_buttons and all(b.text().startswith("Take a number: ") for b in ticket_buttons)
    ticket_buttons[0].click()
    assert tickets  # the button still takes the category's ticket (the code, not the label)


def _progress_page(qtbot: QtBot, station: Station) -> KioskProgressPage:
    page = KioskProgressPage(station, lambda text: None)
    _shown(qtbot, page)
    return page


def test_progress_page_in_english(qtbot: QtBot, station: Station, english: None) -> None:
    _, case_no = rules.seed_demo_cases(station)[0]
    page = _progress_page(qtbot, station)
    assert page.header.title.text() == "Case progress"
    assert (page.query_button.text(), page.keyboard_button.text()) == ("Check", "Keyboard")
    assert "Hold the barcode on your receipt or supplement notice to the scanner" in _labels(page)
    page.case_no.setText(case_no)
    page.id_suffix.setText("1234")
    with qtbot.waitSignal(page.answered):
        page.look_up_typed()
    assert page.error.text().startswith("No matching case found.")
    assert page.error.text() != rules.NOT_FOUND
    page.reset()
    page.scan.setText(case_no)
    with qtbot.waitSignal(page.answered):
        page.look_up_scanned()
    qtbot.wait(1)
    shown = _labels(page)
    assert {"Accepted", "Under review", "Concluded", "Ready for pickup", "Case no.", "Status"} <= set(shown)
    assert page.result_title.text().endswith(": Under review")
    assert page.freshness_note.text() == "Source: this terminal's records"


def _clipped(page: QWidget) -> list[str]:
    """Visible buttons and one-line labels whose text is wider than the widget shows."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, TileButton):
            continue
        if isinstance(widget, QPushButton):
            room = widget.contentsRect().width()
        elif isinstance(widget, QLabel) and not widget.wordWrap():
            room = widget.contentsRect().width() - 2 * widget.margin()
        else:
            continue
        widget.ensurePolished()
        metrics = widget.fontMetrics()
        text = widget.text().replace("&", "")
        if any(metrics.horizontalAdvance(line) > room for line in text.split("\n")):
            found.append(text)
    if page.minimumSizeHint().width() > page.width():
        found.append(f"the page needs {page.minimumSizeHint().width()} px")
    return found


@pytest.mark.parametrize("elderly", [False, True], ids=["normal", "elderly"])
def test_english_fits_a_portrait_kiosk(qtbot: QtBot, station: Station, english: None, elderly: bool) -> None:
    guide = _guide_page(qtbot, station)
    guide.set_elderly(elderly)
    steps: list[str] = []

    def check(name: str, page: QWidget) -> None:
        qtbot.wait(1)
        clipped = _clipped(page)
        assert not clipped, f"{name}: {clipped}"
        steps.append(name)

    check("departments", guide)
    guide.toggle_keyboard()
    check("keyboard", guide)
    guide.reset()
    guide.open_department(station.catalog.matter(GTGSH).department)
    check("matters", guide)
    guide.open_matter(GTGSH)
    check("situations", guide)
    guide.open_situation("S01")
    check("guide", guide)
    progress = _progress_page(qtbot, station)
    progress.set_elderly(elderly)
    progress.toggle_keyboard()
    check("progress", progress)
    progress.scan.setText(rules.seed_demo_cases(station)[1][1])
    progress.look_up_scanned()
    check("answer", progress)
    assert len(steps) == 7


@pytest.fixture
def wizard(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    from ui.setup import wizard as wizard_mod

    monkeypatch.setattr(wizard_mod, "printer_names", lambda: [])
    w = wizard_mod.SetupWizard(tmp_path / "station")
    qtbot.addWidget(w)
    w.show()
    return w


def test_setup_wizard_in_english(english: None, wizard) -> None:  # type: ignore[no-untyped-def]
    assert wizard.windowTitle() == "Yichuang · Station setup"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Next >"
    assert wizard.connection.title() == "How this station works"
    assert wizard.connection.standalone.text() == "Standalone (no server)"
    wizard.connection.server.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.connection
    assert wizard.connection.error.text().startswith("Enter the server URL")
    assert "Enter the one-time enrolment code" in wizard.connection.error.text()
    assert wizard.hall.title() == "Hall and window"
    assert wizard.roles.checks["kiosk"].text() == "Kiosk (citizens take numbers, check progress)"
    combo = wizard.printers.combos["ticket"]
    assert combo.itemText(0) == "System default printer" and combo.itemText(combo.count() - 1) == "Save as PDF (do not print)"
    form = wizard.printers.layout()
    assert isinstance(form, QFormLayout)
    row_label = form.labelForField(combo)
    assert isinstance(row_label, QLabel) and row_label.text() == "Ticket slip"
    assert [wizard.terminal.language.itemText(i) for i in range(2)] == ["简体中文", "English"]  # each in itself
    assert wizard.terminal.idle.suffix() == " s"


def test_wizard_shows_the_pin_message_in_english(english: None, wizard) -> None:  # type: ignore[no-untyped-def]
    wizard.answers.roles = ["kiosk"]
    wizard.terminal.pin.setText("123456")
    wizard.terminal.pin2.setText("654321")
    assert not wizard.terminal.validatePage()
    assert wizard.terminal.error.text() == "The two PINs differ; enter them again."
    assert not wizard.terminal.validatePage()  # both empty now, and a kiosk needs a PIN
    assert wizard.terminal.error.text().startswith("This PC runs a kiosk")


def test_labels_stay_chinese_without_a_translator(qtbot: QtBot, station: Station, wizard) -> None:  # type: ignore[no-untyped-def]
    page = _guide_page(qtbot, station)
    assert page.header.title.text() == "办事指南：选择部门或搜索事项"
    assert page.keyboard.keys[CLEAR].text() == "清空"
    assert wizard.roles.checks["kiosk"].text() == "自助终端（群众取号、查询）"
    assert not _clipped(page)


# Loading QtTextToSpeech/QtMultimedia on a machine with no sound server warns once.
@pytest.mark.qt_log_ignore("pipewire", "Couldn't load", "Couldn't resolve", "PulseAudio", "va-", "FFmpeg")
def test_kiosk_tiles_in_english(qtbot: QtBot, station: Station, english: None) -> None:
    from ui.kiosk.window import KioskWindow
    from ui.kiosk_guide.install import install
    from ui.speech import Speaker

    kiosk = KioskWindow(station, Speaker(engine="mock", clip_sink=lambda paths: None))
    qtbot.addWidget(kiosk)
    install(kiosk)
    texts = [tile.text() for tile in kiosk.home.tiles]
    assert "i\nService guide" in texts and "?\nCase progress" in texts
    kiosk.print_jobs.wait()


def test_typed_fields_keep_their_hints(qtbot: QtBot, station: Station, english: None) -> None:
    page = _progress_page(qtbot, station)
    hints = {f.objectName(): f.placeholderText() for f in page.findChildren(QLineEdit)}
    assert hints["kioskScan"] == "Scan to check automatically"
    assert hints["kioskIdSuffix"] == "Last 4"


def test_texts_from_app_are_all_marked_for_translation(station: Station) -> None:
    """The pages translate some texts app/ hands over by their Chinese wording: the marked
    copies must stay the same as app/'s, or English would quietly show Chinese."""
    from app.catalog.model import MaterialForm, MaterialMedium, MaterialSource, Necessity
    from app.intake.progress import progress_lookup
    from app.intake.records import STATUS_LABELS
    from ui.kiosk_guide.guide_detail import ATTRIBUTE_LABELS
    from ui.kiosk_guide.progress_page import APP_TEXTS

    labels = {m.label for enum in (MaterialForm, MaterialMedium, Necessity, MaterialSource) for m in enum}
    assert labels <= set(ATTRIBUTE_LABELS)
    shown = {rules.NOT_FOUND, rules.LOCAL_RECORD_NOTE, *STATUS_LABELS.values(), *(name for _, name in rules.STEPS)}
    for _, code in rules.seed_demo_cases(station):  # under review, ready for pickup, supplements owed
        progress = progress_lookup(station, code)
        assert progress is not None
        shown |= {name for name, _ in rules.progress_lines(progress)}
    assert shown - set(APP_TEXTS) == set()
