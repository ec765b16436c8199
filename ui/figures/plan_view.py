"""窗口测算: the manager sets the target (e.g. 80 % within 15 minutes) and sees, per
category and hour band of next month, the windows needed, with the inputs and the waits
expected beside them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.figures.planning import BASES, POOLED, PlanSettings, WindowPlan, peak_windows, window_plan
from app.figures.table import Table
from app.station import Station
from ui.figures.labels import basis_label, period_label
from ui.figures.table_model import FigureTableModel
from ui.messages import show_user_error


class PlanView(QWidget):
    planned = Signal()

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.setObjectName("windowPlanView")
        self.plan: WindowPlan | None = None
        self.target = QSpinBox()
        self.target.setRange(1, 240)
        self.target.setValue(15)
        self.target.setSuffix(self.tr(" 分钟"))
        self.share = QDoubleSpinBox()
        self.share.setRange(50, 99)
        self.share.setDecimals(0)
        self.share.setValue(80)
        self.share.setSuffix(" %")
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 26)
        self.weeks.setValue(4)
        self.weeks.setSuffix(self.tr(" 周"))
        self.basis = QComboBox()
        for key, label in BASES.items():
            self.basis.addItem(basis_label(label), key)
        self.run_button = QPushButton(self.tr("测算"))
        self.run_button.setObjectName("runPlan")
        self.run_button.clicked.connect(self.run)
        inputs = QHBoxLayout()
        for text, widget in ((self.tr("让"), self.share), (self.tr("的群众等候不超过"), self.target),
                             (self.tr("参考最近"), self.weeks), (self.tr("按"), self.basis)):
            inputs.addWidget(QLabel(text))
            inputs.addWidget(widget)
        inputs.addWidget(self.run_button)
        inputs.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("planSummary")
        self.model = FigureTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.why = QLabel(self.tr("选中一行可看测算理由。"))
        self.why.setWordWrap(True)
        self.why.setObjectName("planWhy")
        self.table.selectionModel().currentRowChanged.connect(self._show_why)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(inputs)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.why)
        layout.addWidget(self.note)

    def settings(self) -> PlanSettings:
        return PlanSettings(float(self.target.value()), self.share.value() / 100, self.weeks.value(),
                            str(self.basis.currentData()))

    def run(self) -> None:
        try:
            self.plan = window_plan(self.station, self.settings())
        except UserError as err:
            show_user_error(self, err)
            return
        table = self.plan.table()
        self.model.set_table(table)
        self.note.setText(table.shown_note)
        self.summary.setText(self._summary(self.plan))
        self.planned.emit()

    def _summary(self, plan: WindowPlan) -> str:
        if not plan.bands:
            return self.tr("{start} 至 {end} 没有取号记录，无法测算。请在有一段时间的排队数据后再测算。").format(
                start=f"{plan.history.start:%Y-%m-%d}", end=f"{plan.history.end:%Y-%m-%d}")
        names = {b.category: b.category_name for b in plan.bands}
        peaks = peak_windows(plan)
        parts = [self.tr("{category} {count} 个").format(category=names[code], count=n)
                 for code, n in peaks.items() if code != POOLED]
        pooled = peaks.get(POOLED, 0)
        text = self.tr("{month}每个工作日高峰时段需要的窗口：{windows}；分类别合计 {total} 个。").format(
            month=period_label(plan.month), windows=self.tr("，").join(parts),
            total=sum(n for c, n in peaks.items() if c != POOLED))
        if pooled:
            text += self.tr("若全部窗口实行全科无差别受理，高峰时只需 {count} 个。").format(count=pooled)
        return text

    def _show_why(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.plan is None or not current.isValid() or current.row() >= len(self.plan.bands):
            return
        band = self.plan.bands[current.row()]
        self.why.setText(self.tr("{category} {band}：{why}").format(
            category=band.category_name, band=band.band, why=band.why(self.plan.settings)))

    def current_table(self) -> Table | None:
        return self.model.table if self.plan is not None else None
