"""The checklist table: Space marks a row received / missing, N marks it non-conforming,
F2 or a double click edits a cell (收取情况, 原件/复印件, 份数, 问题原因)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.catalog.model import MaterialForm
from app.intake.rules import ItemState
from ui.intake.models import ChecklistModel
from ui.models.labels import label

_Index = QModelIndex | QPersistentModelIndex


class ChecklistDelegate(QStyledItemDelegate):
    def __init__(self, reasons: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reasons = reasons

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = index.column()
        if column == ChecklistModel.COL_STATE:
            combo = QComboBox(parent)
            for state in ItemState:
                combo.addItem(label(state.label), state.value)
            return combo
        if column == ChecklistModel.COL_FORM:
            combo = QComboBox(parent)
            for form in MaterialForm:
                combo.addItem(label(form.label), form.value)
            return combo
        if column == ChecklistModel.COL_REASON:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems(self.reasons)
            return combo
        if column == ChecklistModel.COL_COPIES:
            spin = QSpinBox(parent)
            spin.setRange(1, 99)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            if editor.isEditable():
                editor.setCurrentText(str(value or ""))
            else:
                editor.setCurrentIndex(max(0, editor.findData(value)))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            value = editor.currentText() if editor.isEditable() else editor.currentData()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class ChecklistView(QTableView):
    def __init__(self, model: ChecklistModel, reasons: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.checklist = model
        self.setModel(model)
        self.setItemDelegate(ChecklistDelegate(reasons, self))
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in self.SHARED:  # share what the other columns leave (see _share_width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.sectionResized.connect(self._section_resized)
        model.modelReset.connect(self._share_width)

    # The material name and the problem share the width the fixed columns leave, the name never
    # narrower than about ten characters: with long headers (English) the table scrolls sideways
    # instead of squeezing the name into a sliver one character wide.
    SHARED = (ChecklistModel.COL_NAME, ChecklistModel.COL_REASON)

    def _share_width(self) -> None:
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(self.checklist.columnCount()) if c not in self.SHARED)
        room = self.viewport().width() - others
        em = self.fontMetrics().horizontalAdvance("材")  # i18n: data (a glyph to measure with)
        name = max(10 * em, int(room * 0.6))
        reason = max(6 * em, header.sectionSizeHint(ChecklistModel.COL_REASON), room - name)
        for column, width in zip(self.SHARED, (name, reason), strict=True):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self.SHARED:
            self._share_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        if row >= 0 and event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.checklist.cycle_state(row)
            return
        if row >= 0 and event.key() == Qt.Key.Key_N and not event.modifiers():
            self.checklist.replace_item(row, state=ItemState.NONCONFORMING)
            self.setCurrentIndex(self.checklist.index(row, ChecklistModel.COL_REASON))
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)
