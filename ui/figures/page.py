"""大厅统计: the hall manager's figures for a day, a week or a month, per category, window,
clerk and matter; charts; the monthly window plan; export to Excel and CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.figures import export, periods, rating_figures, server_source
from app.figures.periods import Period, PeriodKind
from app.figures.report import SECTION_LABELS, SECTIONS, HallFigures, hall_figures
from app.figures.table import Table
from app.station import Station
from ui.figures import charts
from ui.figures.labels import grouping_label, period_kind_label, period_label, section_label
from ui.figures.plan_view import PlanView
from ui.figures.table_model import FigureTableModel
from ui.messages import show_user_error

if TYPE_CHECKING:
    from ui.figures.server_tab import ServerFiguresTab


class TableTab(QWidget):
    """One table with its note, and (for sections) the grouping to show it by."""

    regroup = Signal()

    def __init__(self, groupings: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by = QComboBox()
        for key, label in (groupings or {}).items():
            self.by.addItem(self.tr("按{group}").format(group=grouping_label(label)), key)
        self.by.setVisible(bool(groupings))
        self.by.currentIndexChanged.connect(lambda _index: self.regroup.emit())
        self.model = FigureTableModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        if groupings:
            top = QHBoxLayout()
            top.addWidget(self.by)
            top.addStretch(1)
            layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    @property
    def grouping(self) -> str:
        return str(self.by.currentData() or "")

    def show_table(self, table: Table) -> None:
        self.model.set_table(table)
        empty = "" if table.rows else self.tr("所选期间没有记录。")
        self.note.setText(" ".join(t for t in (empty, table.shown_note) if t))


class FiguresPage(QWidget):
    refreshed = Signal()

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.setObjectName("hallFiguresPage")
        self.figures: HallFigures | None = None
        self._build_bar()
        self.tabs = QTabWidget()
        self.sections: dict[str, TableTab] = {}
        for section, groupings in SECTIONS.items():
            tab = TableTab(groupings)
            tab.regroup.connect(lambda s=section: self._show_section(s))
            self.sections[section] = tab
            self.tabs.addTab(tab, section_label(SECTION_LABELS[section]))
        self.missing = TableTab()
        self.tabs.addTab(self.missing, self.tr("补正材料"))
        self.hours = TableTab()
        self.tabs.addTab(self.hours, self.tr("各时段"))
        self.charts = QWidget()
        self.charts_layout = QVBoxLayout(self.charts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts)
        self.tabs.addTab(scroll, self.tr("图表"))
        self.plan = PlanView(station)
        self.tabs.addTab(self.plan, self.tr("窗口测算"))
        self.server: ServerFiguresTab | None = None
        if server_source.has_server(station):
            from ui.figures.server_tab import ServerFiguresTab

            self.server = ServerFiguresTab(station)
            self.tabs.addTab(self.server, self.tr("全大厅（服务器）"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.period_label)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _build_bar(self) -> None:
        self.kind = QComboBox()
        for kind in PeriodKind:
            self.kind.addItem(self.tr("按{period}").format(period=period_kind_label(kind)), kind.value)
        self.kind.setCurrentIndex(2)
        today = periods.hall_today(self.station)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.previous_button = QPushButton(self.tr("◀ 上一期"))
        self.next_button = QPushButton(self.tr("下一期 ▶"))
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.export_table_button = QPushButton(self.tr("导出本表…"))
        self.export_all_button = QPushButton(self.tr("全部导出 Excel…"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.refresh_button.clicked.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.day.dateChanged.connect(self.refresh)
        self.export_table_button.clicked.connect(self._ask_export_table)
        self.export_all_button.clicked.connect(self._ask_export_all)
        self.bar = QHBoxLayout()
        for widget in (self.kind, self.day, self.previous_button, self.next_button, self.refresh_button):
            self.bar.addWidget(widget)
        self.bar.addStretch(1)
        self.bar.addWidget(self.export_table_button)
        self.bar.addWidget(self.export_all_button)
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.period_label.setFont(font)

    # -- the period -------------------------------------------------------------
    def period(self) -> Period:
        picked = self.day.date().toPython()
        assert isinstance(picked, date)
        return periods.period_of(str(self.kind.currentData()), picked)

    def set_period(self, kind: PeriodKind, on: date) -> None:
        for widget in (self.kind, self.day):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(list(PeriodKind).index(kind))
        self.day.setDate(QDate(on.year, on.month, on.day))
        for widget in (self.kind, self.day):
            widget.blockSignals(False)
        self.refresh()

    def _step(self, direction: int) -> None:
        period = self.period()
        target = period.next() if direction > 0 else period.previous()
        self.day.setDate(QDate(target.start.year, target.start.month, target.start.day))

    # -- loading ----------------------------------------------------------------
    def refresh(self) -> None:
        session = self.station.session
        if session is None or not session.can("stats.view"):
            return
        period = self.period()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.figures = hall_figures(self.station, period)
            for section in self.sections:
                self._show_section(section)
            self.missing.show_table(self.figures.missing_table())
            self.hours.show_table(self.figures.hours_table())
            self._show_charts()
            if self.server is not None:
                self._show_server(period)
        except UserError as err:
            show_user_error(self, err)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        total = self.figures.queue.total()
        if total.mean_wait_min:
            text = self.tr("{period}　取号 {taken} 人，已办结 {served} 人，平均等候 {wait} 分钟").format(
                period=period_label(period), taken=total.taken, served=total.served, wait=f"{total.mean_wait_min:.1f}")
        else:
            text = self.tr("{period}　取号 {taken} 人，已办结 {served} 人").format(
                period=period_label(period), taken=total.taken, served=total.served)
        self.period_label.setText(text)
        self.refreshed.emit()

    def _show_section(self, section: str) -> None:
        if self.figures is None:
            return
        tab = self.sections[section]
        tab.show_table(self.figures.table(section, tab.grouping))

    def _show_charts(self) -> None:
        assert self.figures is not None
        while self.charts_layout.count():
            item = self.charts_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # gone from the page now, freed by the event loop
                widget.hide()
                widget.deleteLater()
        queue = self.figures.queue
        names = {c.code: c.name for c in self.station.catalog.queue_categories} if self.station.has_catalog else {}
        self.charts_layout.addWidget(charts.arrivals_chart(queue, names))
        self.charts_layout.addWidget(charts.waiting_chart(queue))
        self.charts_layout.addWidget(charts.ratings_chart(rating_figures.levels_by_day(self.station, queue.period)))

    def _show_server(self, period: Period) -> None:
        """In the background: the local figures show at once, the hall's when the server answers."""
        assert self.server is not None
        self.server.load(period)

    # -- export -------------------------------------------------------------------
    def current_table(self) -> Table | None:
        widget = self.tabs.currentWidget()
        if widget is self.plan:
            return self.plan.current_table()
        if self.server is not None and widget is self.server:
            widget = self.server.table
        if isinstance(widget, TableTab):
            return widget.model.table if widget.model.table.columns else None
        return None

    def export_table(self, path: Path) -> Path:
        table = self.current_table()
        if table is None:
            raise UserError(self.tr("当前页没有可导出的表格：请先选择一个表格页（图表页请导出对应的表格）。"))
        if path.suffix.lower() == ".csv":
            return export.write_csv(path, table)
        return export.write_xlsx(path, [table], subtitle=self._subtitle())

    def export_all(self, path: Path) -> Path:
        if self.figures is None:
            raise UserError(self.tr("请先选择统计期间。"))
        tables = self.figures.all_tables()
        plan = self.plan.current_table()
        return export.write_xlsx(path, [*tables, *([plan] if plan is not None else [])], subtitle=self._subtitle())

    def _subtitle(self) -> str:
        return self.tr("{hall}　{period}").format(hall=self.station.config.hall_name, period=period_label(self.period()))

    def _ask_export_table(self) -> None:
        table = self.current_table()
        title = table.shown_title if table else self.tr("统计")
        name = f"{title}_{self.period().start:%Y%m%d}"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("导出本表"), str(self.station.data_dir / f"{name}.xlsx"),
                                                self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
        if target:
            self._export(lambda: self.export_table(Path(target)))

    def _ask_export_all(self) -> None:
        name = self.tr("大厅统计_{period}.xlsx").format(period=period_label(self.period()))
        target, _ = QFileDialog.getSaveFileName(self, self.tr("全部导出"), str(self.station.data_dir / name),
                                                self.tr("Excel 工作簿 (*.xlsx)"))
        if target:
            self._export(lambda: self.export_all(Path(target)))

    def _export(self, write: Callable[[], Path]) -> None:
        try:
            path = write()
        except UserError as err:
            show_user_error(self, err)
            return
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("已导出 {path}").format(path=path), 5000)
