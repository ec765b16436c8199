"""The follow-up list as a Qt table model (loads from app.ratings.followups)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.ratings.followup import FollowupState
from app.ratings.followups import FollowupItem
from ui.ratings.labels import level_label, rater_label, state_label, what_text

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "FollowupTableModel"
COLUMNS = (QT_TRANSLATE_NOOP("FollowupTableModel", "状态"), QT_TRANSLATE_NOOP("FollowupTableModel", "办理时限"),
           QT_TRANSLATE_NOOP("FollowupTableModel", "评价"), QT_TRANSLATE_NOOP("FollowupTableModel", "评价时间"),
           QT_TRANSLATE_NOOP("FollowupTableModel", "窗口"), QT_TRANSLATE_NOOP("FollowupTableModel", "工作人员"),
           QT_TRANSLATE_NOOP("FollowupTableModel", "事项 / 办件"), QT_TRANSLATE_NOOP("FollowupTableModel", "原因与意见"),
           QT_TRANSLATE_NOOP("FollowupTableModel", "评价人"), QT_TRANSLATE_NOOP("FollowupTableModel", "回访"))
OVERDUE = QColor("#fde2e1")
CLOSED = QColor("#6b7785")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def deadline_text(item: FollowupItem) -> str:
    day = f"{item.deadline:%m-%d}"
    if item.state is FollowupState.CLOSED:
        return day
    if item.overdue:
        return QCoreApplication.translate("FollowupTableModel", "{date} 已超期 {days} 个工作日").format(
            date=day, days=-item.days_left)
    return QCoreApplication.translate("FollowupTableModel", "{date} 剩 {days} 个工作日").format(
        date=day, days=item.days_left)


def callback_text(item: FollowupItem) -> str:
    if item.called_back:
        return QCoreApplication.translate("FollowupTableModel", "已回访")
    if item.callback_required:
        return QCoreApplication.translate("FollowupTableModel", "须回访")
    if item.callback_ok:
        return QCoreApplication.translate("FollowupTableModel", "同意回访，但未留电话")
    return QCoreApplication.translate("FollowupTableModel", "匿名，不需回访")


def _cells(item: FollowupItem) -> tuple[str, ...]:
    return (
        ("⚠ " if item.overdue else "") + state_label(item.state),
        deadline_text(item),
        level_label(item.level),
        f"{item.rated_at:%m-%d %H:%M}",
        item.window_no or QCoreApplication.translate("FollowupTableModel", "自助终端"),
        QCoreApplication.translate("FollowupTableModel", "{name}（{staff_no}）").format(
            name=item.clerk_name, staff_no=item.clerk_staff_no) if item.clerk_staff_no else "—",
        item.case_no or item.matter_name or item.ticket_no or QCoreApplication.translate("FollowupTableModel", "窗口服务"),
        what_text(item),
        rater_label(item.rater),
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
        if role == Qt.ItemDataRole.ForegroundRole and item.state is FollowupState.CLOSED:
            return QBrush(CLOSED)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return _tr(str(COLUMNS[section]))
        return None
