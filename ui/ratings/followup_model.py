"""The follow-up list as a Qt table model (loads from app.ratings.followups)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.ratings.followups import FollowupItem

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("状态", "办理时限", "评价", "评价时间", "窗口", "工作人员", "事项 / 办件", "原因与意见", "评价人", "回访")
OVERDUE = QColor("#fde2e1")
CLOSED = QColor("#6b7785")


def deadline_text(item: FollowupItem) -> str:
    if item.state.label == "办结":
        return f"{item.deadline:%m-%d}"
    if item.overdue:
        return f"{item.deadline:%m-%d} 已超期 {-item.days_left} 个工作日"
    return f"{item.deadline:%m-%d} 剩 {item.days_left} 个工作日"


def callback_text(item: FollowupItem) -> str:
    if item.called_back:
        return "已回访"
    if item.callback_required:
        return "须回访"
    if item.callback_ok:
        return "同意回访，但未留电话"
    return "匿名，不需回访"


def _cells(item: FollowupItem) -> tuple[str, ...]:
    return (
        ("⚠ " if item.overdue else "") + item.state.label,
        deadline_text(item),
        item.level.label,
        f"{item.rated_at:%m-%d %H:%M}",
        item.window_no or "自助终端",
        f"{item.clerk_name}（{item.clerk_staff_no}）" if item.clerk_staff_no else "—",
        item.case_no or item.matter_name or item.ticket_no or "窗口服务",
        item.what,
        item.rater,
        callback_text(item),
    )


class FollowupTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._items: list[FollowupItem] = []
        self._cells: list[tuple[str, ...]] = []

    def set_items(self, items: list[FollowupItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._cells = [_cells(i) for i in self._items]
        self.endResetModel()

    def item(self, row: int) -> FollowupItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ForegroundRole and item.state.label == "办结":
            return QBrush(CLOSED)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None
