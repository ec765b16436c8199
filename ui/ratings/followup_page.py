"""差评整改: the poor-rating follow-up list for supervisors, with the detail of one
rating, its steps (who, when, what) and the next steps allowed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.ratings.followup import FollowupState
from app.ratings.followups import FollowupItem, FollowupService
from app.station import Station
from ui.listen import listen
from ui.messages import show_info, show_user_error
from ui.ratings.followup_model import FollowupTableModel, callback_text, deadline_text
from ui.ratings.labels import (
    action_label,
    callback_rate_text,
    channel_label,
    level_label,
    rater_label,
    state_label,
    what_text,
)


class FollowupDetail(QWidget):
    """One poor rating, its history and the buttons for the next step."""

    stepped = Signal(str)  # followup id

    def __init__(self, service: FollowupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.item: FollowupItem | None = None
        self.summary = QLabel(self.tr("请在左侧列表中选择一条差评。"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.note = QPlainTextEdit()
        self.note.setObjectName("followupNote")
        self.note.setPlaceholderText(self.tr("处理说明：核实情况、整改措施、解释内容或回访结果（必填）"))
        self.note.setMaximumHeight(90)
        self.buttons_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        self.contact_button = QPushButton(self.tr("查看回访电话"))
        self.contact_button.setToolTip(self.tr("显示评价人的完整电话以便回访；每次查看都会记入审计日志"))
        self.contact_button.clicked.connect(self.show_contact)
        self.contact_button.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("处理记录：")))
        layout.addWidget(self.history)
        layout.addWidget(self.contact_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.note)
        layout.addLayout(self.buttons_row)

    def show_item(self, item: FollowupItem | None) -> None:
        self.item = item
        self._clear_buttons()
        if item is None:
            self.contact_button.setVisible(False)
            self.summary.setText(self.tr("请在左侧列表中选择一条差评。"))
            self.history.clear()
            return
        self.contact_button.setVisible(bool(item.rater_phone) and not item.called_back)
        self.summary.setText(_summary_html(item))
        self.history.setText(_history_html(self.service, item.id))
        for action in self.service.allowed(item):
            button = QPushButton(action_label(action))
            button.setObjectName(f"step-{action.name}")
            button.clicked.connect(lambda _=False, name=action.name: self.step(name))
            self.action_buttons[action.name] = button
            self.buttons_row.addWidget(button)
        self.note.setEnabled(bool(self.action_buttons))

    def step(self, action_name: str) -> None:
        if self.item is None:
            return
        try:
            item = self.service.advance(self.item.id, action_name, self.note.toPlainText())
        except UserError as err:
            show_user_error(self, err)
            return
        self.note.clear()
        self.stepped.emit(item.id)

    def show_contact(self) -> None:
        if self.item is None:
            return
        try:
            name, phone = self.service.contact(self.item.id)
        except UserError as err:
            show_user_error(self, err)
            return
        text = self.tr("评价人：{name}\n回访电话：{phone}").format(name=name or self.tr("未留姓名"), phone=phone)
        show_info(self, text, self.tr("回访电话"))

    def _clear_buttons(self) -> None:
        for button in self.action_buttons.values():
            self.buttons_row.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}


def _state_text(item: FollowupItem) -> str:
    if not item.overdue:
        return state_label(item.state)
    return QCoreApplication.translate("FollowupDetail", "{state}（已超期）").format(state=state_label(item.state))


def _deadline_text(item: FollowupItem) -> str:
    return QCoreApplication.translate("FollowupDetail", "{opened} 起，{left}（{deadline} 前核实、整改、回访）").format(
        opened=f"{item.opened_on:%Y-%m-%d}", left=deadline_text(item), deadline=f"{item.deadline:%Y-%m-%d}")


def _rating_text(item: FollowupItem) -> str:
    return QCoreApplication.translate("FollowupDetail", "{level}，{at}，{channel}").format(
        level=level_label(item.level), at=f"{item.rated_at:%Y-%m-%d %H:%M}", channel=channel_label(item.channel))


def _clerk_text(item: FollowupItem) -> str:
    clerk = QCoreApplication.translate("FollowupDetail", "{name}（{staff_no}）").format(
        name=item.clerk_name, staff_no=item.clerk_staff_no)
    if not item.window_no:
        return clerk
    return QCoreApplication.translate("FollowupDetail", "{no} 号窗口 {clerk}").format(no=item.window_no, clerk=clerk)


def _matter_text(item: FollowupItem) -> str:
    case = QCoreApplication.translate("FollowupDetail", "办件 {case_no}").format(case_no=item.case_no) if item.case_no else ""
    ticket = (QCoreApplication.translate("FollowupDetail", "排队号 {ticket_no}").format(ticket_no=item.ticket_no)
              if item.ticket_no else "")
    return " ".join(x for x in (item.matter_name, case, ticket) if x)


def _rater_text(item: FollowupItem) -> str:
    phone = QCoreApplication.translate("FollowupDetail", "　电话 {phone}").format(phone=item.rater_phone) \
        if item.rater_phone else ""
    consent = (QCoreApplication.translate("FollowupDetail", "同意回访") if item.callback_ok
               else QCoreApplication.translate("FollowupDetail", "未同意回访"))
    return QCoreApplication.translate("FollowupDetail", "{rater}{phone}　{consent}　{callback}").format(
        rater=rater_label(item.rater), phone=phone, consent=consent, callback=callback_text(item))


def _summary_html(item: FollowupItem) -> str:
    colour = "#b00020" if item.overdue else "#1f2d3d"
    rows = [
        (QCoreApplication.translate("FollowupDetail", "状态"), _state_text(item)),
        (QCoreApplication.translate("FollowupDetail", "办理时限"), _deadline_text(item)),
        (QCoreApplication.translate("FollowupDetail", "评价"), _rating_text(item)),
        (QCoreApplication.translate("FollowupDetail", "办理人"), _clerk_text(item)),
        (QCoreApplication.translate("FollowupDetail", "事项"), _matter_text(item)),
        (QCoreApplication.translate("FollowupDetail", "原因与意见"), what_text(item)),
        (QCoreApplication.translate("FollowupDetail", "评价人"), _rater_text(item)),
    ]
    body = "".join(f"<tr><td style='color:#5a6b7d;padding-right:8px'>{k}</td><td>{escape(v)}</td></tr>" for k, v in rows)
    return f"<table style='color:{colour}'>{body}</table>"


def _history_html(service: FollowupService, followup_id: str) -> str:
    lines = []
    for step in service.steps(followup_id):
        who = (QCoreApplication.translate("FollowupDetail", "系统") if step.staff_no == "system"
               else QCoreApplication.translate("FollowupDetail", "{name}（{staff_no}）").format(
                   name=step.staff_name, staff_no=step.staff_no))
        note = QCoreApplication.translate("FollowupDetail", "：{note}").format(note=escape(step.note)) if step.note else ""
        lines.append(f"{step.at:%m-%d %H:%M} {escape(who)} → <b>{escape(state_label(step.to_state))}</b>{note}")
    return "<br>".join(lines)


class FollowupPage(QWidget):
    """The follow-up list; refreshes whenever a rating or a step is recorded."""

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.service = FollowupService(self.station)
        self.setObjectName("followupPage")
        self.header = QLabel()
        self.header.setObjectName("followupHeader")
        self.open_only = QCheckBox(self.tr("只看未办结"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.refresh)
        self.model = FollowupTableModel()
        self.table = QTableView()
        self.table.setObjectName("followupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.detail = FollowupDetail(self.service)
        self.detail.stepped.connect(self._after_step)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.open_only)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([800, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        listen(self.station, self, self._on_changes)
        self.refresh()

    def _on_changes(self, changes: frozenset[str]) -> None:
        if "ratings" in changes:
            self.refresh()

    def refresh(self) -> None:
        if self.station.session is None or not self.station.session.can("rating.followup"):
            return
        selected = self.detail.item.id if self.detail.item else None
        items = self.service.items(open_only=self.open_only.isChecked())
        self.model.set_items(items)
        open_items = [i for i in items if i.state is not FollowupState.CLOSED] if not self.open_only.isChecked() else items
        overdue = sum(i.overdue for i in open_items)
        rate = self.service.callback_rate()
        self.header.setText(self.tr("未办结差评 {count} 条，其中已超期 {overdue} 条　|　{rate}").format(
            count=len(open_items), overdue=overdue, rate=callback_rate_text(rate.called_back, rate.required)))
        self.header.setStyleSheet("color:#b00020;font-weight:bold" if overdue else "")
        self.select(selected)

    def select(self, followup_id: str | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row).id == followup_id:
                self.table.selectRow(row)
                return
        self.detail.show_item(None)

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.detail.show_item(self.model.item(rows[0].row()) if rows else None)

    def _after_step(self, followup_id: str) -> None:
        self.select(followup_id)
