"""办件: the case list with deadline lights, filters and search; the case detail with
every step, its documents (preview and reprint), owed materials, status and pickup."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.documents import document_pdf
from app.errors import UserError
from app.intake.records import EDITABLE_STATUSES, STATUS_LABELS
from app.intake.service import VIEWS, CaseDetail, IntakeService
from app.station import Station
from ui.intake.dialogs import DeliverDialog, PrintPreviewDialog
from ui.intake.models import CaseListModel
from ui.listen import listen
from ui.messages import show_user_error
from ui.models.labels import label
from ui.print_jobs import PrintJobs


class CaseListPage(QWidget):
    resumeRequested = Signal(str)  # a notice code or case id to continue at the window

    def __init__(self, station: Station, print_jobs: PrintJobs | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseList")
        self.station = station
        self.service = IntakeService(station)
        self.print_jobs = print_jobs
        self.detail: CaseDetail | None = None
        self.preview: PrintPreviewDialog | None = None
        self.view = QComboBox()
        self.view.setObjectName("caseView")
        for key, name in VIEWS.items():
            self.view.addItem(label(name), key)
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("搜索：办件编号、事项、申请人姓名或完整证件号码"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.model = CaseListModel()
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._build_detail()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("显示：")))
        top.addWidget(self.view)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_panel)
        splitter.setSizes([380, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.view.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        listen(station, self, self._on_changes)
        self.refresh()

    def _build_detail(self) -> None:
        self.facts = QTextBrowser()
        self.facts.setObjectName("caseFacts")
        self.timeline = QListWidget()
        self.timeline.setObjectName("caseTimeline")
        self.timeline.setWordWrap(True)
        self.documents = QListWidget()
        self.documents.setObjectName("caseDocuments")
        self.documents.setWordWrap(True)
        self.documents.itemActivated.connect(lambda _item: self.reprint())
        self.owed = QListWidget()
        self.owed.setObjectName("caseOwed")
        self.reprint_button = QPushButton(self.tr("预览 / 重新打印"))
        self.reprint_button.clicked.connect(self.reprint)
        self.continue_button = QPushButton(self.tr("继续办理"))
        self.continue_button.clicked.connect(self._continue)
        self.supply_button = QPushButton(self.tr("登记补交的容缺材料"))
        self.supply_button.clicked.connect(self.supply)
        self.deliver_button = QPushButton(self.tr("出件（领取结果）"))
        self.deliver_button.setObjectName("deliverButton")
        self.deliver_button.clicked.connect(self.deliver)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        self.status_button = QPushButton(self.tr("设置状态（大厅管理）"))
        self.status_button.clicked.connect(self.set_status)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("办件信息")))
        left.addWidget(self.facts, 1)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("办理过程（谁、何时、做了什么）")))
        middle.addWidget(self.timeline, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("文书（双击预览、重新打印）")))
        right.addWidget(self.documents, 1)
        right.addWidget(self.reprint_button)
        right.addWidget(QLabel(self.tr("待补交的容缺材料（勾选后登记）")))
        right.addWidget(self.owed)
        right.addWidget(self.supply_button)
        actions = QHBoxLayout()
        actions.addWidget(self.continue_button)
        actions.addWidget(self.deliver_button)
        actions.addStretch(1)
        actions.addWidget(self.status_combo)
        actions.addWidget(self.status_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(middle, 3)
        columns.addLayout(right, 2)
        self.detail_panel = QWidget()
        outer = QVBoxLayout(self.detail_panel)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(columns, 1)
        outer.addLayout(actions)
        self.show_detail(None)

    # -- list -------------------------------------------------------------
    def refresh(self) -> None:
        if self.station.session is None:
            return
        current = self.detail.row.id if self.detail else None
        rows = self.service.list_cases(str(self.view.currentData()), self.search.text())
        self.model.set_rows(rows)
        self.count.setText(self.tr("共 {count} 件").format(count=len(rows)))
        if current and self.model.row_of(current) >= 0:
            self.select(current)
        else:
            self.show_detail(None)

    def select(self, case_id: str) -> None:
        row = self.model.row_of(case_id)
        if row < 0:
            self.view.setCurrentIndex(0)
            self.search.clear()
            row = self.model.row_of(case_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 1))
            self.show_detail(case_id)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_detail(self.model.case(current.row()).id)

    # -- detail -----------------------------------------------------------
    def show_detail(self, case_id: str | None) -> None:
        self.detail = self.service.detail(case_id) if case_id else None
        d = self.detail
        self.timeline.clear()
        self.documents.clear()
        self.owed.clear()
        self.status_combo.clear()
        for button in (self.reprint_button, self.continue_button, self.supply_button, self.deliver_button,
                       self.status_button):
            button.setEnabled(False)
        if d is None:
            hint = self.tr("在上方列表中选择办件")
            self.facts.setHtml(f"<span style='color:#666'>{hint}</span>")
            return
        self.facts.setHtml(_facts_html(d))
        for e in d.events:
            self.timeline.addItem(self.tr("{time}　{name}（{staff_no}）　{text}").format(
                time=e.at[:16].replace("T", " "), name=e.actor_name or e.actor, staff_no=e.actor, text=e.shown))
        for doc in d.documents:
            shown = self.tr("{title} {doc_no}　{time}").format(
                title=label(doc.title), doc_no=doc.doc_no, time=doc.created_at[:16].replace("T", " "))
            item = QListWidgetItem(shown if doc.printed else shown + self.tr("（未打印）"))
            item.setData(Qt.ItemDataRole.UserRole, (doc.id, doc.kind))
            self.documents.addItem(item)
        if d.documents:
            self.documents.setCurrentRow(len(d.documents) - 1)
        for owed in d.owed:
            entry = QListWidgetItem(owed.material.name)
            entry.setData(Qt.ItemDataRole.UserRole, owed.material.code)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.owed.addItem(entry)
        session = self.station.session
        self.reprint_button.setEnabled(bool(d.documents))
        self.continue_button.setEnabled(d.row.status in EDITABLE_STATUSES)
        self.supply_button.setEnabled(bool(d.owed))
        self.deliver_button.setEnabled(d.can_deliver and session is not None and session.can("case.deliver"))
        can_set = session is not None and session.can("case.set_status") and bool(d.next_statuses)
        for status in d.next_statuses:
            self.status_combo.addItem(label(STATUS_LABELS[status]), status)
        self.status_combo.setEnabled(can_set)
        self.status_button.setEnabled(can_set)

    def reprint(self) -> None:
        item = self.documents.currentItem()
        if item is None:
            return
        doc_id, kind = item.data(Qt.ItemDataRole.UserRole)
        pdf = document_pdf(self.station.store, doc_id)
        self.preview = PrintPreviewDialog(pdf, item.text(), doc_id, kind, self.print_jobs, self)
        self.preview.open()

    def _continue(self) -> None:
        if self.detail is not None:
            self.resumeRequested.emit(self.detail.row.id)

    def supply(self) -> None:
        if self.detail is None:
            return
        codes = [self.owed.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.owed.count())
                 if self.owed.item(n).checkState() == Qt.CheckState.Checked]
        self._run(lambda case_id: self.service.supply(case_id, codes))

    def deliver(self) -> None:
        if self.detail is None:
            return
        dialog = DeliverDialog(self.detail.row.case_no, self)
        while dialog.exec() == DeliverDialog.DialogCode.Accepted:
            try:
                self.service.deliver(self.detail.row.id, dialog.collector())
            except UserError as err:
                dialog.error.setText(err.message)  # keep what was typed, ask again
                continue
            return

    def set_status(self) -> None:
        status = self.status_combo.currentData()
        if status:
            self._run(lambda case_id: self.service.set_status(case_id, str(status)))

    def _run(self, action: object) -> None:
        assert self.detail is not None and callable(action)
        try:
            action(self.detail.row.id)
        except UserError as err:
            show_user_error(self, err)

    def _on_changes(self, changes: frozenset[str]) -> None:
        if changes & {"cases", "session"}:
            self.refresh()


def _facts_html(d: CaseDetail) -> str:
    r = d.row
    rows = [(QCoreApplication.translate("CaseListPage", "办件编号"),
             r.case_no or QCoreApplication.translate("CaseListPage", "（尚未受理）")),
            (QCoreApplication.translate("CaseListPage", "事项"),
             QCoreApplication.translate("CaseListPage", "{matter}（{situation}）").format(
                 matter=r.matter_name, situation=r.situation_name)),
            (QCoreApplication.translate("CaseListPage", "状态"), label(r.status_label)),
            (QCoreApplication.translate("CaseListPage", "收件日期"), r.received_on.isoformat())]
    if r.accepted_on:
        rows.append((QCoreApplication.translate("CaseListPage", "受理日期"), r.accepted_on.isoformat()))
    if r.promised_on:
        note = f"&emsp;<b style='color:#b3261e'>{r.calendar_note}</b>" if r.calendar_note else ""
        rows.append((QCoreApplication.translate("CaseListPage", "承诺办结"), r.promised_on.isoformat() + note))
    if r.supplement_due and r.status == "supplement":
        rows.append((QCoreApplication.translate("CaseListPage", "补正期限"), r.supplement_due.isoformat()))
    if r.owed_due:
        rows.append((QCoreApplication.translate("CaseListPage", "容缺材料补交期限"), r.owed_due.isoformat()))
    rows += [(label(k), escape(v)) for k, v in d.applicant_lines]
    if d.refusal:
        rows += [(QCoreApplication.translate("CaseListPage", "不予受理理由"), escape(d.refusal[0])),
                 (QCoreApplication.translate("CaseListPage", "法律依据"), escape(d.refusal[1]))]
    if r.warning:
        rows.append((QCoreApplication.translate("CaseListPage", "提示"), f"<b style='color:#b3261e'>{escape(r.warning)}</b>"))
    received = [i for i in d.items if i.state.value == "received"]
    rows.append((QCoreApplication.translate("CaseListPage", "已收材料"),
                 QCoreApplication.translate("CaseListPage", "{received} / {total} 项").format(
                     received=len(received), total=len(d.items))))
    cells = "".join(f"<tr><td style='color:#555;padding-right:8px'>{k}</td><td>{v}</td></tr>" for k, v in rows)
    return f"<table>{cells}</table>"
