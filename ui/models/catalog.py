"""Item models for matters and their materials."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.catalog.model import Catalog, Material, Matter

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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._matters):
            return None
        m = self._matters[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            dept = self._catalog.department_name(m.department) if self._catalog else m.department
            return f"{m.name}\n{dept} · {m.code}"
        if role == Qt.ItemDataRole.ToolTipRole:
            limit = "即办" if m.promised_limit_days == 0 else f"承诺 {m.promised_limit_days} 个工作日"
            return f"{m.name}（{m.type}，{limit}）"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return m.name
        if role == MatterRole:
            return m.code
        return None


class MaterialTableModel(QAbstractTableModel):
    """The material list of one situation, every attribute a clerk needs."""

    HEADERS = ("序号", "材料名称", "原件/复印件", "份数", "形式", "必要性", "容缺", "来源", "受理标准")

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
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._materials):
            return None
        m = self._materials[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(index.row(), index.column(), m)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [m.name, m.acceptance_standard, m.condition and f"适用情形：{m.condition}", m.notes]
            return "\n".join(p for p in parts if p)
        return None

    @staticmethod
    def _cell(row: int, column: int, m: Material) -> str:
        necessity = m.necessity.label + (f"（{m.condition}）" if m.condition else "")
        source = m.source.label + (f"：{m.source_detail}" if m.source_detail else "")
        cells = (str(row + 1), m.name, m.form.label, str(m.copies), m.medium.label, necessity,
                 "可容缺" if m.may_be_missing else "—", source, m.acceptance_standard)
        return cells[column]
