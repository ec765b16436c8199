"""English translation of the ratings, figures and sync screens, the kiosk lockdown, the
status bar and the start-up messages; Chinese stays the default and data stays Chinese.

The English file is resources/translations/yichuang_en.ts, or the Linguist file named by
YICHUANG_TS (a fragment not merged yet).
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.figures.periods import PeriodKind, period_of
from app.figures.planning import BASES
from app.figures.report import SECTION_LABELS, SECTIONS
from app.figures.server_source import REPORTS
from app.ratings import figures as rating_figures
from app.ratings import followup as fu
from app.ratings.levels import CHANNEL_LABELS, LEVELS, NOT_RATED_LABEL, POOR_REASONS, RatingLevel
from app.ratings.service import RatingService
from app.station import Station
from ui.ratings.kiosk_rate import LEVEL_BUTTON_TEXTS

ROOT = Path(__file__).resolve().parents[2]


def _i18n_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("yichuang_packaging_i18n_t2", ROOT / "packaging" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module



def _poor_rating(station: Station) -> None:
    service = RatingService(station)
    request = service.request_rating(service.window_service_record(matter_name="户籍证明"))
    service.rate(request.id, "非常不满意", ["工作人员态度不好"], comment="排队太久", rater_name="李四",
                 callback_ok=True, rater_phone="13812345678")


def _texts(buttons: list[QPushButton]) -> list[str]:
    return [b.text() for b in buttons]


def test_marked_rating_labels_are_the_ones_app_uses() -> None:
    """ui/ratings/labels.py repeats app/'s Chinese labels for Qt Linguist: they must not drift."""
    from ui.ratings import labels

    assert list(labels.LEVEL_TEXTS) == [level.label for level in LEVELS] + [NOT_RATED_LABEL]
    assert list(LEVEL_BUTTON_TEXTS) == [level.label for level in LEVELS]
    assert list(labels.REASON_TEXTS) == list(POOR_REASONS)
    assert set(labels.STATE_TEXTS) == set(fu.STATE_LABELS.values())
    assert set(labels.ACTION_TEXTS) == {a.label for a in fu.ACTIONS.values()}
    assert set(labels.CHANNEL_TEXTS) == set(CHANNEL_LABELS.values())


def test_marked_figures_labels_are_the_ones_app_uses() -> None:
    from ui.figures import labels

    groupings = {label for table in (*SECTIONS.values(), *(g for _, g in REPORTS.values())) for label in table.values()}
    assert groupings == set(labels.GROUPING_TEXTS)
    assert {*SECTION_LABELS.values(), *(label for label, _ in REPORTS.values())} == set(labels.SECTION_TEXTS)
    assert [kind.label for kind in PeriodKind] == list(labels.PERIOD_KIND_TEXTS)
    assert list(BASES.values()) == list(labels.BASIS_TEXTS)
    for on in (date(2026, 1, 5), date(2026, 11, 23)):
        for kind in PeriodKind:
            period = period_of(kind.value, on)
            assert labels.period_label(period) == period.label  # Chinese: exactly app's wording


def test_chinese_is_the_default_and_labels_pass_through(qtbot: QtBot, supervisor_station: Station) -> None:
    from ui.ratings.followup_page import FollowupPage

    _poor_rating(supervisor_station)
    page = FollowupPage(supervisor_station)
    qtbot.addWidget(page)
    model = page.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "状态"
    assert [model.index(0, c).data() for c in (0, 2)] == ["待核实", "非常不满意"]
    assert model.index(0, 7).data() == "工作人员态度不好：排队太久"
    assert page.header.text().startswith("未办结差评 1 条，其中已超期 0 条　|　实名差评回访率 0/1（0%）")


def test_english_kiosk_rating_keeps_the_chinese_data(qtbot: QtBot, station: Station, english: None) -> None:
    from tests.ui.test_ratings_ui import kiosk_rate_page_with_a_ready_case

    page = kiosk_rate_page_with_a_ready_case(qtbot, station)
    assert page.spoken_text().startswith("Hold the barcode on your acceptance receipt")
    assert page.case_no.placeholderText() == "Case number (filled in by the scanner)"
    page.case_no.setText("DEMO0120261120001")
    page.case_no.returnPressed.emit()  # as the scanner's Enter does
    assert page.stack.currentWidget() is page.rate_page
    assert page.case_label.text().startswith("Case number DEMO0120261120001\n个体工商户设立登记\nPlease rate")
    assert [page.level_buttons[level].text() for level in LEVELS] == ["Very good", "Good", "Fair", "Poor", "Very poor"]
    assert page.submit_button.text() == "Submit rating"
    page.submit_button.click()
    assert page.error.text() == "Please choose a rating first."
    page.level_buttons[RatingLevel.DISSATISFIED].click()
    assert page.reason_buttons["办理时间过长"].text() == "Slow processing"
    page.reason_buttons["办理时间过长"].click()
    with qtbot.waitSignal(page.rated):
        page.submit_button.click()
    assert page.thanks.text().startswith("Thank you for your rating!")
    row = station.store.query_one("SELECT level, reasons FROM ratings")
    assert row is not None and row["level"] == "dissatisfied" and "办理时间过长" in row["reasons"]


def test_english_followup_page(qtbot: QtBot, supervisor_station: Station, english: None) -> None:
    from ui.ratings.followup_page import FollowupPage

    _poor_rating(supervisor_station)
    page = FollowupPage(supervisor_station)
    qtbot.addWidget(page)
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["State", "Time limit", "Rating"]
    assert [model.index(0, c).data() for c in (0, 2, 4)] == ["To verify", "Very dissatisfied", "1"]
    assert model.index(0, 7).data() == "Unfriendly staff: 排队太久"  # the citizen's own words stay as written
    assert model.index(0, 9).data() == "Call-back required"
    assert page.header.text() == "Open poor ratings: 1, overdue: 0  |  Named poor ratings called back: 0/1 (0%)"
    assert page.open_only.text() == "Open only"
    page.table.selectRow(0)
    detail = page.detail
    assert detail.action_buttons["rectify"].text() == "Rectify"
    assert detail.contact_button.text() == "Show call-back phone"
    assert "Time limit" in detail.summary.text() and "Service hall pad" in detail.summary.text()
    detail.note.setPlainText("核实属实，已约谈")
    with qtbot.waitSignal(detail.stepped):
        detail.action_buttons["rectify"].click()
    assert model.index(0, 0).data() == "Rectifying"
    assert "<b>Rectifying</b>" in detail.history.text() and "核实属实，已约谈" in detail.history.text()
    state = supervisor_station.store.query_one("SELECT state FROM rating_followups")
    assert state is not None and state["state"] == "rectifying"


def test_english_supervisor_tabs_and_figures(qtbot: QtBot, supervisor_station: Station, english: None) -> None:
    from ui.clerk.window import ClerkWindow
    from ui.figures.page import FiguresPage as HallFiguresPage
    from ui.ratings.figures_page import FiguresPage as SatisfactionPage
    from ui.sync.quarantine_page import QuarantinePage

    _poor_rating(supervisor_station)
    window = ClerkWindow(supervisor_station)
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for title in ("Poor-rating follow-up", "Satisfaction", "Hall figures", "Returned records"):
        assert any(t.startswith(title) for t in tabs), (title, tabs)
    actions = {a.objectName(): a.text() for a in window.actions()}
    assert actions["requestRating"] == "Ask for rating (F8)"
    assert actions["recordConsultation"] == "Consultation (F9)"

    satisfaction = window.page("rating_figures")
    assert isinstance(satisfaction, SatisfactionPage)
    assert satisfaction.refresh_button.text() == "Show" and satisfaction.export_button.text() == "Export CSV…"
    assert satisfaction.by.itemText(0) == "By Clerk"
    headers = [satisfaction.model.headerData(c, Qt.Orientation.Horizontal) for c in range(satisfaction.model.columnCount())]
    assert headers[:3] == ["Clerk", "Very satisfied", "Satisfied"] and "Poor %" in headers

    hall = window.page("hall_figures")
    assert isinstance(hall, HallFiguresPage)
    hall_tabs = [hall.tabs.tabText(i) for i in range(hall.tabs.count())]
    assert hall_tabs[:5] == ["Queue", "Intake", "Time limits", "Ratings", "Consultations"]
    assert {"Supplements", "By hour", "Charts", "Window planning"} <= set(hall_tabs)
    assert hall.kind.currentText() == "By Month"
    queue = hall.sections["queue"].model
    assert [queue.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Category", "Taken", "Served"]
    assert hall.refresh_button.text() == "Refresh" and hall.previous_button.text() == "◀ Previous"
    assert hall.period_label.text().startswith("11/2026  Numbers taken: ")
    assert hall.plan.run_button.text() == "Calculate"
    hall.plan.run()
    assert "nothing can be calculated" in hall.plan.summary.text() or "Windows needed" in hall.plan.summary.text()

    returned = window.page("sync.quarantine")
    assert isinstance(returned, QuarantinePage)
    assert returned.resend_button.text() == "Resend selected records"
    assert returned.model.headerData(0, Qt.Orientation.Horizontal) == "Record type"
    assert returned.summary.text() == "No records were returned; everything uploads normally."


def test_english_consultation_dialog(qtbot: QtBot, clerk_station: Station, english: None) -> None:
    from ui.figures.consultation_dialog import ConsultationDialog

    dialog = ConsultationDialog(clerk_station)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Record a consultation (first-contact responsibility)"
    assert dialog.matter.itemText(0) == "(No specific matter; describe the question below)"
    dialog.handed.setChecked(True)
    dialog.save()
    assert dialog.error.text() == "Please say which department or window it was handed to."
    dialog.handed.setChecked(False)
    dialog.topic.setText("社保卡补办地点")
    dialog.answer.setPlainText("三楼 12 号窗口")
    dialog.save()
    assert dialog.recorded is not None
    row = clerk_station.store.query_one("SELECT matter_name FROM consultations")
    assert row is not None and row["matter_name"] == "社保卡补办地点"


def test_english_lockdown_dialogs(qtbot: QtBot, station: Station, english: None) -> None:
    from PySide6.QtWidgets import QWidget

    from app.kiosk_pin import PinChecker
    from ui.lockdown import PinDialog, StationMenu, lock_down

    pin = PinDialog(PinChecker(station.secrets))
    qtbot.addWidget(pin)
    assert pin.windowTitle() == "Supervisor unlock"
    assert {"Delete", "OK", "Cancel"} <= {b.text() for b in pin.findChildren(QPushButton)}
    window = QWidget()
    qtbot.addWidget(window)
    lock = lock_down(window, station)
    try:
        assert [label for label, _ in lock.menu_actions] == ["Restart this terminal", "Exit to desktop (maintenance)"]
        menu = StationMenu(lock.menu_actions)
        qtbot.addWidget(menu)
        assert menu.windowTitle() == "Station menu"
        assert "Back" in {b.text() for b in menu.findChildren(QPushButton)}
    finally:
        lock.release()
        lock.detach()


def test_english_status_bar_sync_and_messages(qtbot: QtBot, clerk_station: Station, english: None,
                                              tmp_path: Path) -> None:
    from app.sync.engine import SyncState
    from ui import main
    from ui.print_jobs import SAVE_TO_FOLDER, _PrintTask, _Signals
    from ui.statusbar import StationStatusBar
    from ui.sync_status import attention_text

    clerk_station.config.server_url = "https://zwfw.example"
    bar = StationStatusBar(clerk_station)
    qtbot.addWidget(bar)
    bar.set_network(False, "timeout")
    assert bar.network_label.text() == "● Offline (timeout)"
    assert attention_text(SyncState(online=False, quarantined=2)) == \
        "2 record(s) returned by the server; a hall supervisor must handle them"
    task = _PrintTask(b"%PDF-1.4", SAVE_TO_FOLDER, tmp_path / "prints", "doc1", _Signals())
    assert task._print().startswith("No printer is set up; the document was saved as a PDF: ")
    assert (tmp_path / "prints" / "doc1.pdf").read_bytes() == b"%PDF-1.4"
    assert main._demo_hint().startswith("Demo accounts: S001 王芳 (clerk) password demo1234; ")


def test_every_figures_column_title_is_marked(supervisor_station: Station) -> None:
    """Column titles come from app/figures; each must be in a list Qt Linguist sees (categories are catalog data)."""
    from app.figures.planning import PlanSettings, window_plan
    from app.figures.report import hall_figures
    from ui.figures import labels as figure_labels
    from ui.ratings import labels as rating_labels

    _poor_rating(supervisor_station)
    figures_of_month = hall_figures(supervisor_station, period_of("month", date(2026, 11, 23)))
    tables = [figures_of_month.table(section, by) for section, groupings in SECTIONS.items() for by in groupings]
    tables += [figures_of_month.missing_table(), figures_of_month.hours_table()]
    tables.append(window_plan(supervisor_station, PlanSettings(15.0, 0.8, 4, "mean")).table())
    titles = {column.title for table in tables for column in table.columns}
    titles |= {h for by in rating_figures.GROUPINGS for h in rating_figures.headers(by)}
    marked = {*figure_labels.COLUMN_TEXTS, *figure_labels.GROUPING_TEXTS, *rating_labels.LEVEL_TEXTS}
    categories = {c.name for c in supervisor_station.catalog.queue_categories}  # catalog data, shown as it is
    assert titles - marked - categories == set()
