"""Item models for matters and their materials."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.catalog.model import Catalog, Material, Matter
from ui.models.labels import label

_Index = QModelIndex | QPersistentModelIndex
MatterRole = Qt.ItemDataRole.UserRole + 1


class MatterListModel(QAbstractListModel):
    """Search results: one row per matter, its department and time limit as a tooltip."""

    def __init__(self, catalog: Catalog | None = None) -> None:
        super().__init__()
        self._catalog = catalog
        self._matters: list[Matter] = []

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog

    def set_matters(self, matters: list[Matter]) -> None:
        self.beginResetModel()
        self._matters = list(matters)
        self.endResetModel()

    def matter(self, row: int) -> Matter:
        return self._matters[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matters)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One column (QAbstractListModel's own needs the parent argument from Python)."""
        return 0 if parent.isValid() else 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._matters):
            return None
        m = self._matters[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            dept = self._catalog.department_name(m.department) if self._catalog else m.department
            return f"{m.name}\n{dept} · {m.code}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return _matter_tooltip(m)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return m.name
        if role == MatterRole:
            return m.code
        return None


def _matter_tooltip(m: Matter) -> str:
    if m.promised_limit_days == 0:
        limit = QCoreApplication.translate("MatterListModel", "即办")
    else:
        limit = QCoreApplication.translate("MatterListModel", "承诺 {days} 个工作日").format(days=m.promised_limit_days)
    return QCoreApplication.translate("MatterListModel", "{name}（{type}，{limit}）").format(
        name=m.name, type=m.type, limit=limit)


class MaterialTableModel(QAbstractTableModel):
    """The material list of one situation, every attribute a clerk needs."""

    HEADERS = (QT_TRANSLATE_NOOP("MaterialTableModel", "序号"), QT_TRANSLATE_NOOP("MaterialTableModel", "材料名称"),
               QT_TRANSLATE_NOOP("MaterialTableModel", "原件/复印件"), QT_TRANSLATE_NOOP("MaterialTableModel", "份数"),
               QT_TRANSLATE_NOOP("MaterialTableModel", "形式"), QT_TRANSLATE_NOOP("MaterialTableModel", "必要性"),
               QT_TRANSLATE_NOOP("MaterialTableModel", "容缺"), QT_TRANSLATE_NOOP("MaterialTableModel", "来源"),
               QT_TRANSLATE_NOOP("MaterialTableModel", "受理标准"))

    def __init__(self) -> None:
        super().__init__()
        self._materials: tuple[Material, ...] = ()

    def set_materials(self, materials: tuple[Material, ...]) -> None:
        self.beginResetModel()
        self._materials = materials
        self.endResetModel()

    def material(self, row: int) -> Material:
        return self._materials[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._materials)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("MaterialTableModel", str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._materials):
            return None
        m = self._materials[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(index.row(), index.column(), m)
        if role == Qt.ItemDataRole.ToolTipRole:
            applies = QCoreApplication.translate("MaterialTableModel", "适用情形：{condition}")
            parts = [m.name, m.acceptance_standard, m.condition and applies.format(condition=m.condition), m.notes]
            return "\n".join(p for p in parts if p)
        return None

    @staticmethod
    def _cell(row: int, column: int, m: Material) -> str:
        necessity = label(m.necessity.label)
        if m.condition:
            necessity = QCoreApplication.translate("MaterialTableModel", "{necessity}（{condition}）").format(
                necessity=necessity, condition=m.condition)
        source = label(m.source.label)
        if m.source_detail:
            source = QCoreApplication.translate("MaterialTableModel", "{source}：{detail}").format(
                source=source, detail=m.source_detail)
        may_be_missing = QCoreApplication.translate("MaterialTableModel", "可容缺") if m.may_be_missing else "—"
        cells = (str(row + 1), m.name, label(m.form.label), str(m.copies), label(m.medium.label), necessity,
                 may_be_missing, source, m.acceptance_standard)
        return cells[column]
