"""The hall figures page for supervisors and the consultation dialog (F9) for clerks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.figures.demo_history import HistoryShape, generate_history
from app.figures.export import read_xlsx
from app.figures.periods import PeriodKind
from app.ratings.service import RatingService
from app.station import Station
from ui.clerk.window import ClerkWindow
from ui.figures.consultation_dialog import ConsultationDialog
from ui.figures.page import FiguresPage
from ui.figures.table_model import FigureTableModel

SMALL = HistoryShape(weeks=2, windows=8, daily_tickets=120)


def test_supervisor_sees_figures_charts_plan_and_exports(qtbot: QtBot, supervisor_station: Station,
                                                         tmp_path: Path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    counts = generate_history(supervisor_station, SMALL)
    page = FiguresPage(supervisor_station)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.refreshed):
        page.set_period(PeriodKind.MONTH, date(2026, 11, 1))
    queue = page.sections["queue"].model
    qtmodeltester.check(queue)
    assert queue.rowCount() == len(supervisor_station.catalog.queue_categories) + 1  # and the 合计 line
    total_row = queue.rowCount() - 1
    assert queue.data(queue.index(total_row, 0)) == "合计"
    november = [d for d in counts.days if d.startswith("2026-11")]
    assert int(queue.data(queue.index(total_row, 1))) > 0 and november
    assert page.charts_layout.count() == 3
    cases = page.sections["cases"]
    cases.by.setCurrentIndex(cases.by.findData("clerk"))
    assert cases.model.table.key == "cases_clerk" and cases.model.rowCount() > 1
    assert page.missing.model.rowCount() > 0
    page.tabs.setCurrentWidget(page.plan)
    with qtbot.waitSignal(page.plan.planned):
        qtbot.mouseClick(page.plan.run_button, Qt.MouseButton.LeftButton)
    assert "窗口" in page.plan.summary.text()
    assert page.plan.model.rowCount() > 0
    page.plan.table.selectRow(0)
    assert "个窗口" in page.plan.why.text()
    exported = read_xlsx(page.export_table(tmp_path / "plan.xlsx"))
    assert list(exported) == ["2026年12月窗口测算"]
    everything = read_xlsx(page.export_all(tmp_path / "all.xlsx"))
    assert "排队情况（按业务类别）" in everything and "2026年12月窗口测算" in everything
    page.tabs.setCurrentWidget(page.sections["queue"])
    csv_path = page.export_table(tmp_path / "queue.csv")
    assert "合计" in csv_path.read_text("utf-8-sig")


def test_previous_period_button_moves_back_one_month(qtbot: QtBot, supervisor_station: Station) -> None:
    page = FiguresPage(supervisor_station)
    qtbot.addWidget(page)
    page.set_period(PeriodKind.MONTH, date(2026, 11, 10))
    with qtbot.waitSignal(page.refreshed):
        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.period().start == date(2026, 10, 1)
    assert page.period_label.text().startswith("2026年10月")


def test_clerk_records_a_consultation_with_f9(qtbot: QtBot, clerk_station: Station) -> None:
    window = ClerkWindow(clerk_station)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.consultation_action.shortcut().toString() == "F9"  # type: ignore[attr-defined]
    dialog = ConsultationDialog(clerk_station, window)
    qtbot.addWidget(dialog)
    dialog.save()  # nothing filled in: told what is missing, nothing saved
    assert "咨询" in dialog.error.text()
    dialog.matter.setCurrentIndex(dialog.matter.findText("个体工商户设立登记"))
    dialog.answer.setPlainText("可网上办理，带身份证。")
    dialog.handed.setChecked(True)
    dialog.save()
    assert "转交" in dialog.error.text() and dialog.recorded is None
    dialog.handed_to.setText("市场监管窗口")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert dialog.recorded is not None and dialog.recorded.handed_on
    pending = RatingService(clerk_station).pending_request()
    assert pending is not None and pending.record.service_id == dialog.recorded.id
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert not any("大厅统计" in t for t in titles)  # the figures page is for supervisors


def test_figure_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from app.figures.table import Column, Kind, Table

    model = FigureTableModel(Table("t", "T", (Column("类", Kind.TEXT), Column("数")), [("甲", 1)], ("合计", 1)))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
