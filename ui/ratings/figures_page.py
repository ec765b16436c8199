"""满意度统计: satisfaction figures per clerk, window, matter or day, for supervisors,
with CSV export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.ratings import figures
from app.station import Station
from ui.figures.labels import column_title, grouping_label
from ui.listen import listen
from ui.messages import show_error, show_user_error

Index = QModelIndex | QPersistentModelIndex


class FiguresTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._headers: list[str] = figures.headers("clerk")
        self._rows: list[list[str]] = []

    def set_rows(self, by: str, rows: list[figures.SatisfactionRow]) -> None:
        self.beginResetModel()
        self._headers = figures.headers(by)
        shown = [[self.row_label(by, r), *figures.cells(r)[1:]] for r in rows]
        self._rows = [*shown, figures.cells(figures.total(rows))] if rows else []
        self.endResetModel()

    def row_label(self, by: str, row: figures.SatisfactionRow) -> str:
        """The row's name in the interface language (app/ words it in Chinese, as the CSV keeps it)."""
        if by == "window":
            return self.tr("{window} 号窗口").format(window=row.key) if row.key else self.tr("（自助终端）")
        if by == "matter" and not row.key:
            return self.tr("窗口服务")
        if by == "clerk" and row.key and row.label.endswith(f"（{row.key}）"):  # i18n: data (app's SQL label)
            return self.tr("{name}（{staff_no}）").format(name=row.label.removesuffix(f"（{row.key}）"),  # i18n: data
                                                        staff_no=row.key)
        return row.label

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._rows[index.row()][index.column()]
            return column_title(text) if index.row() == len(self._rows) - 1 and index.column() == 0 else text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return column_title(self._headers[section])
        return None


class FiguresPage(QWidget):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.setObjectName("ratingFiguresPage")
        self.rows: list[figures.SatisfactionRow] = []
        self.by = QComboBox()
        for key, label in figures.GROUPINGS.items():
            self.by.addItem(self.tr("按{group}").format(group=grouping_label(label)), key)
        today = station.clock.now().date()
        self.start = QDateEdit(QDate(today.year, today.month, 1))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.refresh_button = QPushButton(self.tr("统计", "button: count the ratings"))
        self.export_button = QPushButton(self.tr("导出 CSV…"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._ask_export)
        self.by.currentIndexChanged.connect(self.refresh)
        self.model = FiguresTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        top = QHBoxLayout()
        for widget in (self.by, QLabel(self.tr("从")), self.start, QLabel(self.tr("到")), self.end, self.refresh_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        listen(station, self, self._on_changes)
        self.refresh()

    def _on_changes(self, changes: frozenset[str]) -> None:
        if "ratings" in changes:
            self.refresh()

    @property
    def grouping(self) -> str:
        return str(self.by.currentData())

    def _range(self) -> tuple[date, date]:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return start, end

    def refresh(self) -> None:
        if self.station.session is None or not self.station.session.can("stats.view"):
            return
        start, end = self._range()
        if end < start:
            show_error(self, self.tr("结束日期不能早于开始日期。"))
            return
        self.rows = figures.satisfaction(self.station, self.grouping, start, end)
        self.model.set_rows(self.grouping, self.rows)
        self.empty.setText("" if self.rows else self.tr("所选期间没有评价记录。"))

    def export_to(self, path: Path) -> Path:
        return figures.write_csv(path, self.grouping, self.rows)

    def _ask_export(self) -> None:
        start, end = self._range()
        name = self.tr("满意度统计_{start}-{end}.csv").format(start=f"{start:%Y%m%d}", end=f"{end:%Y%m%d}")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("导出满意度统计"), str(self.station.data_dir / name),
                                                self.tr("CSV 文件 (*.csv)"))
        if not target:
            return
        try:
            self.export_to(Path(target))
        except OSError as exc:
            show_user_error(self, UserError(self.tr("无法写入文件 {path}：{reason}。请换一个位置。").format(
                path=target, reason=exc.strerror)))
            return
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("已导出 {path}").format(path=target), 5000)
