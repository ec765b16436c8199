"""Item models of the intake pages: the material checklist and the case list."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.catalog.model import MaterialForm, Necessity
from app.intake.deadlines import Light
from app.intake.rules import ChecklistItem, ItemState
from app.intake.service import CaseRow
from ui.models.labels import label

_Index = QModelIndex | QPersistentModelIndex
_ITEM = Qt.ItemFlag

LIGHT_COLOURS = {Light.GREEN: "#2e9d4b", Light.YELLOW: "#e0a100", Light.RED: "#d3302f"}


class ChecklistModel(QAbstractTableModel):
    """The checklist of the current application; the clerk marks each row.

    With ``open_only`` only the rows still to be dealt with are shown (a returning
    applicant after a supplement notice).
    """

    itemsChanged = Signal()
    HEADERS = (
        QT_TRANSLATE_NOOP("ChecklistModel", "序号"),
        QT_TRANSLATE_NOOP("ChecklistModel", "材料名称"),
        QT_TRANSLATE_NOOP("ChecklistModel", "必要性"),
        QT_TRANSLATE_NOOP("ChecklistModel", "容缺"),
        QT_TRANSLATE_NOOP("ChecklistModel", "适用"),
        QT_TRANSLATE_NOOP("ChecklistModel", "收取情况"),
        QT_TRANSLATE_NOOP("ChecklistModel", "原件/复印件"),
        QT_TRANSLATE_NOOP("ChecklistModel", "份数"),
        QT_TRANSLATE_NOOP("ChecklistModel", "问题原因（可选或输入）"),
    )
    COL_NAME = 1
    COL_APPLIES, COL_STATE, COL_FORM, COL_COPIES, COL_REASON = 4, 5, 6, 7, 8

    def __init__(self) -> None:
        super().__init__()
        self._items: list[ChecklistItem] = []
        self._rows: list[int] = []
        self._open_only = False

    # -- content ------------------------------------------------------------
    def set_items(self, items: tuple[ChecklistItem, ...], open_only: bool = False) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._open_only = open_only
        self._rows = [n for n, i in enumerate(self._items) if i.open or not open_only]
        self.endResetModel()

    def set_open_only(self, open_only: bool) -> None:
        self.set_items(tuple(self._items), open_only)

    @property
    def open_only(self) -> bool:
        return self._open_only

    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(self._items)

    def item(self, row: int) -> ChecklistItem:
        return self._items[self._rows[row]]

    def replace_item(self, row: int, **changes: Any) -> None:
        n = self._rows[row]
        item = self._items[n]
        if "state" in changes and changes["state"] is ItemState.RECEIVED:
            changes.setdefault("reason", "")
        self._items[n] = replace(item, **changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        self.itemsChanged.emit()

    def cycle_state(self, row: int) -> None:
        """Space on a row: received <-> missing (non-conforming goes back to received)."""
        state = self.item(row).state
        self.replace_item(row, state=ItemState.MISSING if state is ItemState.RECEIVED else ItemState.RECEIVED)

    # -- Qt model -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ChecklistModel", str(self.HEADERS[section]))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _ITEM.NoItemFlags
        flags = _ITEM.ItemIsEnabled | _ITEM.ItemIsSelectable
        column = index.column()
        if column == self.COL_APPLIES and self.item(index.row()).material.necessity is Necessity.CONDITIONAL:
            return flags | _ITEM.ItemIsUserCheckable
        if column in (self.COL_STATE, self.COL_FORM, self.COL_COPIES, self.COL_REASON):
            return flags | _ITEM.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self.item(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._cell(index.row(), column, item, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_APPLIES:
            if item.material.necessity is not Necessity.CONDITIONAL:
                return None
            return Qt.CheckState.Checked if item.applies else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATE:
            return QColor({"received": "#1f7a3a", "missing": "#b3261e", "nonconforming": "#b35c00"}[item.state.value])
        if role == Qt.ItemDataRole.ToolTipRole:
            m = item.material
            standard = QCoreApplication.translate("ChecklistModel", "受理标准：{standard}")
            applies = QCoreApplication.translate("ChecklistModel", "适用情形：{condition}")
            parts = [m.name, m.acceptance_standard and standard.format(standard=m.acceptance_standard),
                     m.condition and applies.format(condition=m.condition), m.notes]
            return "\n".join(p for p in parts if p)
        return None

    def _cell(self, row: int, column: int, item: ChecklistItem, edit: bool) -> Any:
        m = item.material
        if column == 0:
            return str(self._rows[row] + 1)
        if column == 1:
            if not m.condition:
                return m.name
            return QCoreApplication.translate("ChecklistModel", "{name}（{condition}）").format(
                name=m.name, condition=m.condition)
        if column == 2:
            return label(m.necessity.label)
        if column == 3:
            return QCoreApplication.translate("ChecklistModel", "可容缺") if m.may_be_missing else "—"
        if column == self.COL_APPLIES:
            return "" if m.necessity is Necessity.CONDITIONAL else "—"
        if column == self.COL_STATE:
            return item.state.value if edit else label(item.state.label)
        if column == self.COL_FORM:
            form = item.form or m.form.value
            return form if edit else label(MaterialForm(form).label)
        if column == self.COL_COPIES:
            return item.copies or m.copies
        if column == self.COL_REASON:
            if item.state is ItemState.RECEIVED:
                return item.reason if edit else ""
            if edit or item.reason:
                return item.reason
            if item.state is ItemState.MISSING:
                return QCoreApplication.translate("ChecklistModel", "未提交")
            return QCoreApplication.translate("ChecklistModel", "请选择原因")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column, row = index.column(), index.row()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_APPLIES:
            self.replace_item(row, applies=Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == self.COL_STATE:
            self.replace_item(row, state=ItemState(value))
        elif column == self.COL_FORM:
            self.replace_item(row, form=MaterialForm(value).value)
        elif column == self.COL_COPIES:
            self.replace_item(row, copies=max(1, int(value)))
        elif column == self.COL_REASON:
            text = str(value).strip()
            changes: dict[str, Any] = {"reason": text}
            if text and self.item(row).state is ItemState.RECEIVED:
                changes["state"] = ItemState.NONCONFORMING  # a reason means it does not conform
            self.replace_item(row, **changes)
        else:
            return False
        return True


class CaseListModel(QAbstractTableModel):
    """Cases and open applications with their deadline light."""

    HEADERS = (
        QT_TRANSLATE_NOOP("CaseListModel", "时限"),
        QT_TRANSLATE_NOOP("CaseListModel", "办件编号"),
        QT_TRANSLATE_NOOP("CaseListModel", "事项"),
        QT_TRANSLATE_NOOP("CaseListModel", "办理情形"),
        QT_TRANSLATE_NOOP("CaseListModel", "申请人"),
        QT_TRANSLATE_NOOP("CaseListModel", "状态"),
        QT_TRANSLATE_NOOP("CaseListModel", "收件日期"),
        QT_TRANSLATE_NOOP("CaseListModel", "承诺办结"),
        QT_TRANSLATE_NOOP("CaseListModel", "提示"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CaseRow] = []

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def case(self, row: int) -> CaseRow:
        return self._rows[row]

    def row_of(self, case_id: str) -> int:
        for n, r in enumerate(self._rows):
            if r.id == case_id:
                return n
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("CaseListModel", str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(r, index.column())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            colour = LIGHT_COLOURS.get(r.light) or ("#d3302f" if r.clock and r.clock.warn else None)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 8 and r.warning:
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (r.warning, r.calendar_note) if t) or None
        return None

    @staticmethod
    def _cell(r: CaseRow, column: int) -> str:
        if column == 0:
            if r.clock is not None:
                return QCoreApplication.translate("CaseListModel", "收件第{day}日").format(day=r.clock.day)
            return label(r.light.label)
        owed = ""
        if r.owed_due:
            owed = QCoreApplication.translate("CaseListModel", "容缺材料 {date} 前补交").format(date=f"{r.owed_due:%Y-%m-%d}")
        values = (
            "", r.case_no or QCoreApplication.translate("CaseListModel", "（未受理）"), r.matter_name, r.situation_name,
            r.applicant, label(r.status_label), r.received_on.isoformat(),
            r.promised_on.isoformat() if r.promised_on else "—", r.warning or owed,
        )
        return values[column]
