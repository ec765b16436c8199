"""A read-only Qt model over one figures table (app/figures/table.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.figures.table import Kind, Table
from ui.figures.labels import column_title

Index = QModelIndex | QPersistentModelIndex


class FigureTableModel(QAbstractTableModel):
    def __init__(self, table: Table | None = None) -> None:
        super().__init__()
        self._table = table or Table("", "", ())

    @property
    def table(self) -> Table:
        return self._table

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.all_rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._table.text(row, column)
            return column_title(text) if self._is_total(row) else text  # the 合计 line's label
        if role == Qt.ItemDataRole.UserRole:
            return self._table.all_rows[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and self._table.columns[column].kind is not Kind.TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._is_total(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _is_total(self, row: int) -> bool:
        return self._table.total is not None and row == len(self._table.all_rows) - 1 and bool(self._table.rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._table.columns)):
            return column_title(self._table.columns[section].title)
        return None
