"""一窗受理: the intake workspace of the clerk window.

Top: the scan field (补正通知书 barcode or 办件编号, Enter). Left: find the matter
(search, recent, favourites). Centre: situation and the material checklist. Right: the
applicant and the decision buttons, each with its shortcut. The rules that enable a
decision live in app.intake.rules; this page only shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.documents import KIND_TITLES, document_pdf
from app.errors import UserError
from app.intake.applicant import Applicant, ApplicantProblems
from app.intake.records import Draft
from app.intake.rules import Decision
from app.intake.service import IntakeService, Outcome
from app.station import Station
from ui.clerk.catalog_browser import SearchField
from ui.intake.applicant_form import ApplicantForm
from ui.intake.checklist_view import ChecklistView
from ui.intake.dialogs import PrintPreviewDialog, RefusalDialog
from ui.intake.models import ChecklistModel
from ui.listen import listen
from ui.messages import show_user_error
from ui.models.catalog import MatterListModel
from ui.models.labels import label
from ui.print_jobs import PrintJobs
from ui.widgets.two_line import TwoLineDelegate

DECISION_KEYS = {
    Decision.ACCEPT: "Ctrl+Return",
    Decision.SUPPLEMENT: "Ctrl+B",
    Decision.ACCEPT_WITH_GAPS: "Ctrl+R",
    Decision.REFUSE: "Ctrl+Shift+R",
}
DECISION_SHOWN = {"Ctrl+Return": "Ctrl+Enter"}

TicketSource = Callable[[], str | None]
T = TypeVar("T")


class IntakeWorkspace(QWidget):
    decided = Signal(object)  # Outcome
    caseRequested = Signal(str)  # case id (a scanned case number)
    previewShown = Signal(object)  # PrintPreviewDialog

    def __init__(self, station: Station, print_jobs: PrintJobs | None = None,
                 ticket_source: TicketSource | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeWorkspace")
        self.station = station
        self.service = IntakeService(station)
        self.print_jobs = print_jobs
        self.ticket_source = ticket_source
        self.draft: Draft | None = None
        self.preview: PrintPreviewDialog | None = None
        self.checklist = ChecklistModel()
        self.checklist_panel = QWidget()
        self._build_scan_bar()
        self._build_matter_panel()
        self._build_checklist_panel()
        self._build_applicant_panel()
        splitter = QSplitter()
        splitter.addWidget(self.matter_panel)
        splitter.addWidget(self.checklist_panel)
        splitter.addWidget(self.right_panel)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        # The decision buttons must never be clipped: the checklist gives way instead.
        self.matter_panel.setMinimumWidth(200)
        self.checklist_panel.setMinimumWidth(420)  # what its one-line key hint used to hold it at
        # Given room, as wide as the decision buttons need in the interface language (English is
        # wider); on a 1366 px screen it may scroll sideways rather than push the window off screen.
        self.right_panel.setMinimumWidth(400)
        right = max(400, self.right_inner.minimumSizeHint().width() + self.right_panel.verticalScrollBar().sizeHint().width()
                    + 2 * self.right_panel.frameWidth())
        splitter.setSizes([230, 700, right])
        layout = QVBoxLayout(self)
        layout.addLayout(self.scan_bar)
        layout.addWidget(splitter, 1)
        self._shortcuts()
        listen(station, self, self._on_changes)
        self._run_search("")
        self._refresh_lists()
        self.show_draft(None)

    # -- building ---------------------------------------------------------
    def _build_scan_bar(self) -> None:
        self.scan = QLineEdit()
        self.scan.setObjectName("intakeScan")
        self.scan.setPlaceholderText(self.tr("扫描补正通知书条码或受理通知书条码，或输入办件编号后回车（Ctrl+K）"))
        self.scan.returnPressed.connect(self.scan_entered)
        self.scan_message = QLabel()
        self.scan_message.setObjectName("scanMessage")
        self.new_button = QPushButton(self.tr("新办件（Ctrl+N）"))
        self.new_button.clicked.connect(self.new_application)
        self.scan_bar = QHBoxLayout()
        self.scan_bar.addWidget(QLabel(self.tr("扫码继续办理：")))
        self.scan_bar.addWidget(self.scan, 2)
        self.scan_bar.addWidget(self.scan_message, 2)
        self.scan_bar.addWidget(self.new_button)

    def _build_matter_panel(self) -> None:
        self.search = SearchField()
        self.search.setObjectName("intakeMatterSearch")
        self.search.setPlaceholderText(self.tr("事项：名称 / 拼音首字母 / 编码（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.results_model = MatterListModel(self.station.catalog)
        self.recent_model = MatterListModel(self.station.catalog)
        self.favourite_model = MatterListModel(self.station.catalog)
        self.lists = QTabWidget()
        self.results = self._matter_list("intakeResults", self.results_model)
        self.lists.addTab(self.results, self.tr("搜索结果"))
        self.lists.addTab(self._matter_list("recentMatters", self.recent_model), self.tr("最近使用"))
        self.lists.addTab(self._matter_list("favouriteMatters", self.favourite_model), self.tr("我的收藏"))
        self.search.textChanged.connect(self._run_search)
        self.search.moveSelection.connect(self._move_selection)
        self.search.activated.connect(self._open_current)
        self.matter_panel = QWidget()
        layout = QVBoxLayout(self.matter_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.lists, 1)

    def _matter_list(self, name: str, model: MatterListModel) -> QListView:
        view = QListView()
        view.setObjectName(name)
        view.setModel(model)
        view.setUniformItemSizes(True)
        view.setItemDelegate(TwoLineDelegate(view))
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.activated.connect(lambda index, m=model: self.open_matter(m.matter(index.row()).code))
        return view

    def _build_checklist_panel(self) -> None:
        self.matter_title = QLabel()
        self.matter_title.setObjectName("intakeMatterTitle")
        self.matter_title.setWordWrap(True)
        self.favourite = QPushButton(self.tr("☆ 收藏"))
        self.favourite.setCheckable(True)
        self.favourite.toggled.connect(self._favourite_toggled)
        self.situations = QTabBar()
        self.situations.setObjectName("intakeSituations")
        self.situations.setExpanding(False)
        self.situations.currentChanged.connect(self._situation_changed)
        self.resume_note = QLabel()
        self.resume_note.setObjectName("resumeNote")
        self.resume_note.setWordWrap(True)
        self.resume_note.setStyleSheet("background:#fff4d6; padding:4px;")
        self.open_only = QCheckBox(self.tr("只显示待补正的材料"))
        self.open_only.setObjectName("openOnly")
        self.open_only.toggled.connect(lambda on: self.checklist.set_open_only(on))
        self.checklist.itemsChanged.connect(self._items_changed)
        self.table = ChecklistView(self.checklist, self.station.catalog.nonconformity_reasons)
        hint = QLabel(self.tr("空格：已收 / 缺少　N：不符合要求并选原因　双击：改原件/复印件、份数、原因"))
        hint.setStyleSheet("color:#555;")
        hint.setWordWrap(True)  # a longer language must not widen the window
        self.summary = QLabel()
        self.summary.setObjectName("checklistSummary")
        self.summary.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.matter_title, 1)
        head.addWidget(self.favourite)
        layout = QVBoxLayout(self.checklist_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.situations)
        layout.addWidget(self.resume_note)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.open_only)
        layout.addLayout(row)
        layout.addWidget(hint)

    def _build_applicant_panel(self) -> None:
        self.applicant_form = ApplicantForm()
        self.buttons: dict[Decision, QPushButton] = {}
        grid = QGridLayout()
        for n, decision in enumerate(Decision):
            key = DECISION_KEYS[decision]
            button = QPushButton(self.tr("{decision}（{shortcut}）").format(
                decision=label(decision.label), shortcut=DECISION_SHOWN.get(key, key)))
            button.setObjectName(f"decide-{decision.value}")
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            self.buttons[decision] = button
            grid.addWidget(button, n // 2, n % 2)
        self.buttons[Decision.ACCEPT].setStyleSheet("font-weight:bold;")
        self.why_not = QLabel()
        self.why_not.setObjectName("decisionHelp")
        self.why_not.setWordWrap(True)
        self.why_not.setStyleSheet("color:#555;")
        self.receive_button = QPushButton(self.tr("收件暂存（Ctrl+S）"))
        self.receive_button.setToolTip(self.tr("材料已收下、稍后决定：须在五个工作日内受理或一次性告知补正"))
        self.receive_button.clicked.connect(self.receive)
        self.guide_button = QPushButton(self.tr("打印一次性告知单（Ctrl+G）"))
        self.guide_button.clicked.connect(self.print_guide)
        extra = QHBoxLayout()
        extra.addWidget(self.receive_button)
        extra.addWidget(self.guide_button)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.applicant_form)
        layout.addLayout(grid)
        layout.addWidget(self.why_not)
        layout.addLayout(extra)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        self.right_inner = inner
        self.right_panel: QScrollArea = scroll

    def _shortcuts(self) -> None:
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search, context=scope)
        QShortcut(QKeySequence("Ctrl+K"), self, self.focus_scan, context=scope)
        QShortcut(QKeySequence("Ctrl+Enter"), self, lambda: self.decide(Decision.ACCEPT), context=scope)
        for decision, key in DECISION_KEYS.items():
            QShortcut(QKeySequence(key), self, lambda d=decision: self.decide(d), context=scope)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_application, context=scope)
        QShortcut(QKeySequence("Ctrl+S"), self, self.receive, context=scope)
        QShortcut(QKeySequence("Ctrl+G"), self, self.print_guide, context=scope)
        for i in range(9):
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self, lambda i=i: self._pick_situation(i), context=scope)

    # -- matter -----------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_scan(self) -> None:
        self.scan.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scan.selectAll()

    def _run_search(self, text: str) -> None:
        matters = self.station.matter_index.search(text) if text.strip() else list(self.station.catalog.matters)
        self.results_model.set_matters(matters)
        self.lists.setCurrentIndex(0)
        if matters:
            self.results.setCurrentIndex(self.results_model.index(0))

    def _move_selection(self, step: int) -> None:
        rows = self.results_model.rowCount()
        if rows:
            row = min(max(self.results.currentIndex().row() + step, 0), rows - 1)
            self.results.selectionModel().setCurrentIndex(self.results_model.index(row),
                                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _open_current(self) -> None:
        index: QModelIndex = self.results.currentIndex()
        if index.isValid():
            self.open_matter(self.results_model.matter(index.row()).code)

    def _refresh_lists(self) -> None:
        catalog = self.station.catalog
        if self.station.session is None:
            return
        self.recent_model.set_matters([catalog.matter(c) for c in self.service.recent_matters()])
        self.favourite_model.set_matters([catalog.matter(c) for c in self.service.favourite_matters()])

    def open_matter(self, code: str) -> None:
        """Start a new application for ``code``; the applicant typed so far is kept."""
        ticket = self.ticket_source() if self.ticket_source else None
        self._guard(lambda: self.show_draft(self.service.start(code, ticket_id=ticket)))
        self.table.setFocus()
        if self.checklist.rowCount():
            self.table.setCurrentIndex(self.checklist.index(0, 1))

    def _pick_situation(self, index: int) -> None:
        if 0 <= index < self.situations.count():
            self.situations.setCurrentIndex(index)

    def _situation_changed(self, index: int) -> None:
        if self.draft is None or index < 0:
            return
        matter = self.station.catalog.matter(self.draft.matter_code)
        code = matter.situations[index].code
        if code != self.draft.situation_code:
            self.draft = self.service.change_situation(self._current(), code)
            self.checklist.set_items(self.draft.items)
            self._refresh_decisions()

    def _favourite_toggled(self, on: bool) -> None:
        self.favourite.setText(self.tr("★ 已收藏") if on else self.tr("☆ 收藏"))
        if (self.draft is not None and self.station.session is not None
                and on != (self.draft.matter_code in self.service.favourite_matters())):
            self.service.set_favourite(self.draft.matter_code, on)

    # -- the application --------------------------------------------------
    def show_draft(self, draft: Draft | None, *, resumed: bool = False) -> None:
        self.draft = draft
        self.situations.blockSignals(True)
        while self.situations.count():
            self.situations.removeTab(0)
        if draft is None:
            self.situations.blockSignals(False)
            hint = self.tr("在左侧搜索事项（如 gtgsh），或扫描补正通知书条码继续办理")
            self.matter_title.setText(f"<span style='color:#666'>{hint}</span>")
            self.checklist.set_items(())
            self.resume_note.hide()
            self.favourite.setEnabled(False)
            self._refresh_decisions()
            return
        matter = self.station.catalog.matter(draft.matter_code)
        days = matter.promised_limit_days
        limit = self.tr("即办") if days == 0 else self.tr("{days} 个工作日").format(days=days)
        promised = self.service.promised_for(matter.code)
        note = f"<br><b style='color:#b3261e'>{promised.shown_note}</b>" if promised.shown_note else ""
        facts = self.tr("{code}　承诺时限：{limit}，今日受理应于 {date} 前办结").format(
            code=matter.code, limit=limit, date=f"{promised.on:%Y-%m-%d}")
        self.matter_title.setText(f"<b style='font-size:14pt'>{matter.name}</b>&emsp;<span style='color:#555'>"
                                  f"{facts}</span>{note}")
        for n, s in enumerate(matter.situations):
            self.situations.addTab(f"{n + 1}. {s.name}" if n < 9 else s.name)
        self.situations.setCurrentIndex([s.code for s in matter.situations].index(draft.situation_code))
        self.situations.blockSignals(False)
        self.situations.setEnabled(not resumed)
        self.favourite.setEnabled(True)
        self.favourite.blockSignals(True)
        self.favourite.setChecked(draft.matter_code in self.service.favourite_matters())
        self.favourite.setText(self.tr("★ 已收藏") if self.favourite.isChecked() else self.tr("☆ 收藏"))
        self.favourite.blockSignals(False)
        self.open_only.blockSignals(True)
        self.open_only.setChecked(resumed)
        self.open_only.blockSignals(False)
        self.checklist.set_items(draft.items, open_only=resumed)
        self.resume_note.setVisible(resumed)
        if resumed:
            received = f"{draft.received_on:%Y-%m-%d}" if draft.received_on else ""
            self.resume_note.setText(self._resume_text(draft.notice_code, received, len(draft.open_items)))
            self.applicant_form.set_applicant(draft.applicant)
        self.table.resizeRowsToContents()
        self._refresh_decisions()

    def _resume_text(self, notice_code: str | None, received: str, open_count: int) -> str:
        if notice_code:
            head = self.tr("继续办理：补正通知 {code}（收件日期 {date}）。").format(code=notice_code, date=received)
        else:
            head = self.tr("继续办理（收件日期 {date}）。").format(date=received)
        return head + self.tr("下表只列出待补正的 {count} 项材料，已收材料和申请人信息无需重新录入。").format(
            count=open_count)

    def _current(self) -> Draft:
        assert self.draft is not None
        return replace(self.draft, items=self.checklist.items(), applicant=self.applicant_form.applicant())

    def _items_changed(self) -> None:
        if self.draft is not None:
            self.draft = replace(self.draft, items=self.checklist.items())
        self._refresh_decisions()

    def _refresh_decisions(self) -> None:
        draft = self.draft
        self.receive_button.setEnabled(draft is not None)
        self.guide_button.setEnabled(draft is not None)
        if draft is None:
            for button in self.buttons.values():
                button.setEnabled(False)
            self.why_not.setText("")
            self.summary.setText("")
            return
        allowed = self.service.allowed(draft)
        for decision, button in self.buttons.items():
            button.setEnabled(decision in allowed.allowed)
            reason = allowed.reasons.get(decision)
            button.setToolTip(str(reason) if reason is not None else "")
        needed = [i for i in draft.items if i.needed]
        gaps = [i for i in needed if i.is_gap]
        self.summary.setText(self.tr("必要材料 {needed} 项：已收 {received} 项，缺少或不符合 {gaps} 项").format(
            needed=len(needed), received=len(needed) - len(gaps), gaps=len(gaps)))
        why = self.tr("{decision}：{reason}")
        self.why_not.setText("\n".join(why.format(decision=label(d.label), reason=str(t))
                                       for d, t in allowed.reasons.items()
                                       if d in (Decision.ACCEPT, Decision.ACCEPT_WITH_GAPS)))

    def new_application(self) -> None:
        self.show_draft(None)
        self.applicant_form.set_applicant(Applicant())
        self.scan_message.clear()
        self.focus_search()

    # -- scanning ---------------------------------------------------------
    def scan_entered(self) -> None:
        code = self.scan.text().strip()
        if not code:
            return
        found = self.service.resolve(code)
        if found is None:
            self._scan_problem(self.tr("未找到 {code}：请核对条码，或在办件列表中搜索。").format(code=code))
            return
        kind, case_id = found
        self.scan.clear()
        if kind == "case":
            self.scan_message.setText(self.tr("已打开办件详情。"))
            self.caseRequested.emit(case_id)
            return
        self.resume(code)

    def resume(self, code: str) -> None:
        """Continue the application a scanned supplement-notice code refers to."""
        self._resume(lambda: self.service.resume(code), code.strip().upper())

    def resume_case(self, case_id: str) -> None:
        """Continue an application kept at 收件 or 补正 (from the case list)."""
        self._resume(lambda: self.service.resume_case(case_id), "")

    def _resume(self, load: Callable[[], Draft], code: str) -> None:
        try:
            draft = load()
        except UserError as err:
            self._scan_problem(err.message)
            return
        ticket = self.ticket_source() if self.ticket_source else None
        if ticket:  # the citizen came back with a new ticket: the visit is linked to it
            draft = replace(draft, ticket_id=ticket)
        self.scan_message.setStyleSheet("color:#1f7a3a;")
        self.scan_message.setText(self.tr("已调出 {code}，请核对补交的材料。").format(code=code or self.tr("申请")))
        self.show_draft(draft, resumed=True)
        self.table.setFocus()
        if self.checklist.rowCount():
            self.table.setCurrentIndex(self.checklist.index(0, 1))

    def _scan_problem(self, message: str) -> None:
        self.scan_message.setStyleSheet("color:#b3261e;")
        self.scan_message.setText(message)
        self.scan.selectAll()

    # -- decisions --------------------------------------------------------
    def decide(self, decision: Decision) -> None:
        if self.draft is None or not self.buttons[decision].isEnabled():
            return
        draft = self._current()
        if decision is Decision.REFUSE:
            dialog = RefusalDialog(self.station.catalog, self)
            if dialog.exec() != RefusalDialog.DialogCode.Accepted:
                return
            reason, basis = dialog.values()
            self._decided(lambda: self.service.refuse(draft, reason, basis))
            return
        action = {Decision.ACCEPT: self.service.accept, Decision.SUPPLEMENT: self.service.supplement,
                  Decision.ACCEPT_WITH_GAPS: self.service.accept_with_gaps}[decision]
        self._decided(lambda: action(draft))

    def _decided(self, run: Callable[[], Outcome]) -> None:
        outcome = self._guard(run)
        if outcome is None:
            return
        self.applicant_form.clear_problems()
        self.new_application()
        done = {"accepted": self.tr("已受理"), "supplement": self.tr("已一次性告知补正"),
                "refused": self.tr("已不予受理")}[outcome.status]
        reference = outcome.case_no or outcome.notice_code
        self.scan_message.setStyleSheet("color:#1f7a3a;")
        self.scan_message.setText(self.tr("{outcome}：{reference}（{doc_no}）").format(
            outcome=done, reference=reference, doc_no=outcome.doc_no))
        self.decided.emit(outcome)
        self.show_preview(outcome.doc_id, outcome.doc_kind)

    def receive(self) -> None:
        if self.draft is None:
            return
        draft = self._guard(lambda: self.service.receive(self._current()))
        if draft is not None:
            self.draft = draft
            self.scan_message.setStyleSheet("color:#1f7a3a;")
            self.scan_message.setText(self.tr("已收件暂存：请在五个工作日内受理或一次性告知补正，可在办件列表中继续办理。"))

    def print_guide(self) -> None:
        if self.draft is None:
            return
        draft = self.draft
        doc_id = self._guard(lambda: self.service.print_guide(draft.matter_code, draft.situation_code))
        if doc_id is not None:
            self.show_preview(doc_id, "guide")

    def show_preview(self, doc_id: str, kind: str) -> None:
        pdf = document_pdf(self.station.store, doc_id)
        self.preview = PrintPreviewDialog(pdf, label(KIND_TITLES.get(kind, kind)), doc_id, kind, self.print_jobs, self)
        self.preview.open()
        self.previewShown.emit(self.preview)

    def _guard(self, run: Callable[[], T]) -> T | None:
        try:
            result = run()
        except ApplicantProblems as problems:
            self.applicant_form.show_problems(problems.problems)
            return None
        except UserError as err:
            show_user_error(self, err)
            return None
        self.applicant_form.clear_problems()
        return result

    def _on_changes(self, changes: frozenset[str]) -> None:
        if "catalog" in changes:
            for model in (self.results_model, self.recent_model, self.favourite_model):
                model.set_catalog(self.station.catalog)
            self._run_search(self.search.text())
        if changes & {"cases", "favourites", "session"}:
            self._refresh_lists()
