"""事项查询: find any matter in a keystroke or three and read its situations and materials.

Keyboard: type to search (name, pinyin initials, full pinyin or code); Down/Up move in
the results; Enter opens the highlighted matter; Ctrl+1…9 picks a situation; Esc
returns to the search field.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTabBar,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.catalog.model import Matter, Situation
from app.station import Station
from ui.listen import listen
from ui.models.catalog import MaterialTableModel, MatterListModel
from ui.widgets.two_line import TwoLineDelegate


class SearchField(QLineEdit):
    """A search box that hands Up/Down/Enter to the result list."""

    moveSelection = Signal(int)
    activated = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Down:
            self.moveSelection.emit(1)
        elif key == Qt.Key.Key_Up:
            self.moveSelection.emit(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit()
        else:
            super().keyPressEvent(event)


class MatterDetail(QWidget):
    """A matter's facts, its situations as tabs, and the material table of the chosen one."""

    situationChanged = Signal(str)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._station = station
        self._matter: Matter | None = None
        self.title = QLabel()
        self.title.setObjectName("matterTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QTextBrowser()
        self.facts.setObjectName("matterFacts")
        self.facts.setMaximumHeight(170)
        self.situations = QTabBar()
        self.situations.setObjectName("situationTabs")
        self.situations.setExpanding(False)
        self.situations.currentChanged.connect(self._show_situation)
        self.situation_note = QLabel()
        self.situation_note.setWordWrap(True)
        self.materials = MaterialTableModel()
        self.table = QTableView()
        self.table.setObjectName("materialTable")
        self.table.setModel(self.materials)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # 序号, 名称, 原件/复印件, 份数, 形式, 必要性, 容缺, 来源, 受理标准 (stretches)
        for column, width in enumerate((40, 210, 96, 44, 92, 150, 56, 170)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.situations)
        layout.addWidget(self.situation_note)
        layout.addWidget(self.table, 1)
        self.show_matter(None)

    @property
    def matter(self) -> Matter | None:
        return self._matter

    @property
    def situation(self) -> Situation | None:
        if self._matter is None or not self._matter.situations:
            return None
        return self._matter.situations[max(0, self.situations.currentIndex())]

    def show_matter(self, matter: Matter | None) -> None:
        self._matter = matter
        while self.situations.count():
            self.situations.removeTab(0)
        if matter is None:
            self.title.setText(self.tr("<span style='color:#666'>在左侧输入事项名称、拼音首字母（如 gtgsh）或事项编码</span>"))
            self.facts.clear()
            self.materials.set_materials(())
            self.situation_note.clear()
            return
        catalog = self._station.catalog
        self.title.setText(f"<b style='font-size:15pt'>{matter.name}</b>&emsp;<span style='color:#555'>{matter.code}</span>")
        self.facts.setHtml(self._facts_html(matter, catalog.department_name(matter.department),
                                            [c.name for c in catalog.categories_for_matter(matter.code)]))
        for i, s in enumerate(matter.situations):
            label = f"{i + 1}. {s.name}" if i < 9 else s.name
            self.situations.addTab(label)
        self._show_situation(0)

    @staticmethod
    def _facts_html(m: Matter, department: str, categories: list[str]) -> str:
        days = QCoreApplication.translate("MatterDetail", "{days} 个工作日")
        promised = (QCoreApplication.translate("MatterDetail", "即办") if m.promised_limit_days == 0
                    else days.format(days=m.promised_limit_days))
        labels = (QCoreApplication.translate("MatterDetail", "实施主体"), QCoreApplication.translate("MatterDetail", "事项类型"),
                  QCoreApplication.translate("MatterDetail", "法定时限"), QCoreApplication.translate("MatterDetail", "承诺时限"),
                  QCoreApplication.translate("MatterDetail", "收费"), QCoreApplication.translate("MatterDetail", "办理结果"),
                  QCoreApplication.translate("MatterDetail", "取件方式"), QCoreApplication.translate("MatterDetail", "排队类别"),
                  QCoreApplication.translate("MatterDetail", "受理条件"), QCoreApplication.translate("MatterDetail", "设定依据"))
        listed = QCoreApplication.translate("MatterDetail", "、")  # between short items
        clauses = QCoreApplication.translate("MatterDetail", "；")  # between sentences
        values = (department, m.type, days.format(days=m.legal_limit_days), promised, m.fees, m.result, m.pickup,
                  listed.join(categories) or "—", clauses.join(m.conditions) or "—",
                  clauses.join(m.legal_basis) or "—")
        rows = list(zip(labels, values, strict=True))
        cells = "".join(f"<tr><td style='color:#555;padding-right:8px'>{k}</td><td>{v}</td></tr>" for k, v in rows)
        return f"<table>{cells}</table>"

    def _show_situation(self, index: int) -> None:
        situation = self.situation if index >= 0 else None
        if situation is None:
            self.materials.set_materials(())
            self.situation_note.clear()
            return
        self.materials.set_materials(situation.materials)
        self.table.resizeRowsToContents()
        required = sum(1 for m in situation.materials if m.is_required)
        self.situation_note.setText(
            self.tr("{description}　共 {count} 项材料，其中必要 {required} 项。").format(
                description=situation.description, count=len(situation.materials), required=required)
        )
        self.situationChanged.emit(situation.code)

    def select_situation(self, index: int) -> None:
        if 0 <= index < self.situations.count():
            self.situations.setCurrentIndex(index)


class CatalogBrowser(QWidget):
    """Search on the left, detail on the right."""

    matterOpened = Signal(str)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._station = station
        self.search = SearchField()
        self.search.setObjectName("matterSearch")
        self.search.setPlaceholderText(self.tr("搜索事项：名称 / 拼音首字母 / 全拼 / 编码（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.results_model = MatterListModel(station.catalog)
        self.results = QListView()
        self.results.setObjectName("matterResults")
        self.results.setModel(self.results_model)
        self.results.setUniformItemSizes(True)
        self.results.setItemDelegate(TwoLineDelegate(self.results))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.activated.connect(self._open_index)
        self.count_label = QLabel()
        self.detail = MatterDetail(station)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.results, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 900])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.search.textChanged.connect(self._run_search)
        self.search.moveSelection.connect(self._move_selection)
        self.search.activated.connect(self._open_current)
        self._shortcut(QKeySequence("Ctrl+F"), self.focus_search)
        self._shortcut(QKeySequence(Qt.Key.Key_Escape), self.focus_search)
        for i in range(9):
            self._shortcut(QKeySequence(f"Ctrl+{i + 1}"), partial(self.detail.select_situation, i))
        listen(station, self, self._on_changes)
        self._run_search("")
        self._open_current()

    def _shortcut(self, keys: QKeySequence, slot: Callable[[], None]) -> None:
        # Positional calls only: keyword arguments make shiboken parse signatures (~80 ms at start-up).
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_changes(self, changes: frozenset[str]) -> None:
        if "catalog" in changes:
            self.results_model.set_catalog(self._station.catalog)
            self._run_search(self.search.text())

    def _run_search(self, text: str) -> None:
        index = self._station.matter_index
        matters = index.search(text) if text.strip() else list(self._station.catalog.matters)
        self.results_model.set_matters(matters)
        if text.strip():
            self.count_label.setText(
                self.tr("找到 {count} 个事项").format(count=len(matters)) if matters
                else self.tr("没有找到匹配的事项，请换个说法或拼音首字母"))
        else:
            self.count_label.setText(self.tr("全部 {count} 个事项").format(count=len(matters)))
        if matters:
            self.results.setCurrentIndex(self.results_model.index(0))

    def _move_selection(self, step: int) -> None:
        rows = self.results_model.rowCount()
        if not rows:
            return
        current = self.results.currentIndex().row()
        row = min(max(current + step, 0), rows - 1)
        self.results.selectionModel().setCurrentIndex(
            self.results_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _open_current(self) -> None:
        index = self.results.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        self.open_matter(self.results_model.matter(index.row()).code)

    def open_matter(self, code: str) -> None:
        matter = self._station.catalog.matter(code)
        self.detail.show_matter(matter)
        self.matterOpened.emit(code)
