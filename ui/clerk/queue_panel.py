"""The clerk's queue panel (docked left): the current ticket, the clerk actions with their
shortcuts on the buttons (F1 叫号, F2 重呼, F3 过号, F4 转移, F5 暂停/恢复, F6 办结, F7 挂起),
waiting counts of this window's categories, held tickets and walk-in tickets.

With the shared hall queue every action and every refresh calls the server, so they run
on a ui.worker.Worker (off the UI thread, one at a time): while an action is in flight
the action buttons (and so their shortcuts) are disabled and 正在联系大厅服务器… shows;
its result or its error arrives later in the panel. The standalone station's local queue
(SQLite, a few ms) runs the same code path synchronously.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import tr as app_tr
from app.queue import queue_for
from app.queue.hall import HallQueue
from app.queue.policy import Lane
from app.queue.service import QueueService, Ticket
from app.queue.windows import MAX_WEIGHT
from app.station import Station
from ui.listen import listen
from ui.worker import Worker

_Index = QModelIndex | QPersistentModelIndex

REFRESH_MS = 10_000  # the shared hall queue changes with other windows' calls: read it again this often
BUSY_HINT_MS = 250  # a quick answer does not flash the hint
LANE_LABELS = {
    "priority": str(QT_TRANSLATE_NOOP("QueuePanel", "绿色通道")),
    "appointment": str(QT_TRANSLATE_NOOP("QueuePanel", "预约")),
    "normal": str(QT_TRANSLATE_NOOP("QueuePanel", "普通")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("QueuePanel", text)


@dataclass(frozen=True)
class PanelState:
    """What the panel shows, read off the UI thread (no widget is touched while reading)."""

    window_no: str
    paused: bool
    offline: bool
    current: Ticket | None
    rows: list[tuple[str, int, int | None]]  # category, waiting, estimated minutes (None: paused)
    held: list[tuple[str, str]]  # ticket id, "A012  综合受理"


def _category_name(station: Station, code: str) -> str:
    try:
        return station.catalog.category(code).name
    except KeyError:
        return code


def read_panel_state(station: Station, queue: QueueService) -> PanelState | None:
    """The window's state; with the shared hall queue this waits on the server."""
    if station.session is None:
        return None
    profile = queue.profile()
    current = queue.current()
    counts = queue.waiting_counts()  # the server's, with the shared hall queue
    offline = getattr(queue, "online", True) is False
    rows = []
    if not offline:  # no made-up zeros while the hall queue is unknown
        for c in station.catalog.queue_categories:
            if profile.serves(c.code):
                waiting = counts.get(c.code, 0)
                rows.append((f"{c.prefix} {c.name}", waiting, queue.estimated_wait(c.code, waiting)))
    held = [(t.id, f"{t.ticket_no}  {_category_name(station, t.category_code)}") for t in queue.held()]
    return PanelState(queue.window_no, profile.paused, offline, current, rows, held)


class WaitingCountsModel(QAbstractTableModel):
    """业务类别 | 等候 | 预计等候, for the categories this window serves."""

    HEADERS = (str(QT_TRANSLATE_NOOP("WaitingCountsModel", "业务类别")), str(QT_TRANSLATE_NOOP("WaitingCountsModel", "等候")),
               str(QT_TRANSLATE_NOOP("WaitingCountsModel", "预计等候")))

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, int, int | None]] = []

    def set_rows(self, rows: list[tuple[str, int, int | None]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, waiting, minutes = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return name
            if index.column() == 1:
                return str(waiting)
            return self._wait_text(minutes)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return name  # the whole name when the column is too narrow for it
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _wait_text(self, minutes: int | None) -> str:
        if minutes is None:
            return self.tr("窗口暂停")
        return self.tr("无需等候") if minutes == 0 else self.tr("约 {minutes} 分钟").format(minutes=minutes)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("WaitingCountsModel", self.HEADERS[section])
        return None


class TransferDialog(QDialog):
    """转移: another category and/or window, with a note; the citizen keeps her place in time."""

    def __init__(self, station: Station, ticket: Ticket, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("转移 {no} 号").format(no=ticket.ticket_no))
        form = QFormLayout(self)
        self.category = QComboBox()
        self.category.addItem(self.tr("（不改变业务类别）"), "")
        for c in station.catalog.queue_categories:
            self.category.addItem(f"{c.prefix} {c.name}", c.code)
        self.window_no = QLineEdit()
        self.window_no.setPlaceholderText(self.tr("留空表示任一窗口"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("例如：需补充材料后到不动产专窗"))
        form.addRow(self.tr("转到业务类别"), self.category)
        form.addRow(self.tr("转到窗口号"), self.window_no)
        form.addRow(self.tr("备注"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str | None, str | None, str]:
        return (self.category.currentData() or None, self.window_no.text().strip() or None, self.note.text())


class WindowProfileDialog(QDialog):
    """窗口业务设置 (hall manager): which categories a window serves and their weights."""

    def __init__(self, station: Station, queue: QueueService, window_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{window} 号窗口业务设置").format(window=window_no))
        profile = queue.profile(window_no)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("勾选本窗口办理的业务类别；权重越大，叫到该类别的次数越多（1–10）。")))
        grid = QGridLayout()
        self.rows: dict[str, tuple[QCheckBox, QSpinBox]] = {}
        for i, c in enumerate(station.catalog.queue_categories):
            box = QCheckBox(f"{c.prefix} {c.name}")
            box.setChecked(profile.serves(c.code))
            spin = QSpinBox()
            spin.setRange(1, MAX_WEIGHT)
            spin.setValue(int(profile.weights.get(c.code, 1)))
            grid.addWidget(box, i, 0)
            grid.addWidget(spin, i, 1)
            self.rows[c.code] = (box, spin)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("叫号规则参数（全大厅通用，详见 docs/queue-policy.md）")))
        policy = queue.policy_settings()
        form = QFormLayout()
        self.streak = self._spin(1, 20, policy.front_streak_limit)
        self.aging = self._spin(0, 240, policy.aging_minutes)
        self.late = self._spin(0, 120, policy.appointment_late_minutes)
        form.addRow(self.tr("连续叫优先号后穿插 1 个普通号（N）"), self.streak)
        form.addRow(self.tr("普通号等候超过（分钟，0 为不启用）优先叫"), self.aging)
        form.addRow(self.tr("预约超过时段开始（分钟）排到绿色通道前"), self.late)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _spin(low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def weights(self) -> dict[str, int]:
        return {code: spin.value() for code, (box, spin) in self.rows.items() if box.isChecked()}

    def policy_values(self) -> dict[str, int]:
        return {"front_streak_limit": self.streak.value(), "aging_minutes": self.aging.value(),
                "appointment_late_minutes": self.late.value()}


class QueuePanel(QWidget):
    """叫号 panel of one window. ``ticketCalled`` carries the ticket number after each call;
    ``actionFinished`` fires when an action's answer (result or error) has been shown."""

    ticketCalled = Signal(str)
    actionFinished = Signal()
    refreshed = Signal()

    def __init__(self, station: Station, print_jobs: Any = None, parent: QWidget | None = None,
                 queue: QueueService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.station = station
        self.queue = queue if queue is not None else queue_for(station)
        self.print_jobs = print_jobs
        self.state: PanelState | None = None
        self.acting = False
        self._refresh_queued = False
        remote = isinstance(self.queue, HallQueue)
        self.worker = Worker(self, background=remote, station=station)
        self.setMinimumWidth(300)
        self._build()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_HINT_MS)
        self._busy_timer.timeout.connect(lambda: self.busy_label.setVisible(self.acting))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        if remote:
            self.timer.start()
        listen(station, self, self._on_changes)
        self.refresh()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.window_label = QLabel()
        self.window_label.setObjectName("queueWindowState")
        layout.addWidget(self.window_label)
        layout.addWidget(self._current_frame())
        layout.addLayout(self._action_grid())
        self.busy_label = QLabel(self.tr("正在联系大厅服务器…"))
        self.busy_label.setObjectName("queueBusy")
        self.busy_label.setStyleSheet("color:#0b3d91;font-weight:bold")
        self.busy_label.setVisible(False)
        layout.addWidget(self.busy_label)
        self.message_label = QLabel("")
        self.message_label.setObjectName("queueMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        layout.addWidget(self.message_label)
        layout.addLayout(self._pick_row())
        layout.addWidget(QLabel(self.tr("本窗口业务等候情况")))
        self.counts_model = WaitingCountsModel()
        self.counts = QTableView()
        self.counts.setModel(self.counts_model)
        self.counts.verticalHeader().setVisible(False)
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the category name gets the room
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.counts.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.counts, 1)
        layout.addWidget(QLabel(self.tr("挂起的号（双击恢复）")))
        self.held_list = QListWidget()
        self.held_list.setMaximumHeight(90)
        self.held_list.itemDoubleClicked.connect(self._resume_item)
        layout.addWidget(self.held_list)
        layout.addLayout(self._walk_in_row())
        self.settings_button: QPushButton | None = None
        if self.station.session is not None and self.station.session.can("settings.edit"):
            self.settings_button = QPushButton(self.tr("窗口业务设置…"))
            self.settings_button.clicked.connect(self.edit_profile)
            layout.addWidget(self.settings_button)

    def _current_frame(self) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("QFrame{background:#f4f7fb;border-radius:8px}")
        box = QVBoxLayout(frame)
        self.current_label = QLabel("—")
        self.current_label.setObjectName("currentTicket")
        self.current_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current_label.setStyleSheet("font-size:30pt;font-weight:bold;color:#7a0000")
        self.current_detail = QLabel("")
        self.current_detail.setWordWrap(True)
        self.current_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.current_label)
        box.addWidget(self.current_detail)
        return frame

    def _action_grid(self) -> QGridLayout:
        grid = QGridLayout()
        self.call_button = self._action(self.tr("叫号"), "F1", self.call_next)
        self.recall_button = self._action(self.tr("重呼"), "F2", self.recall)
        self.no_show_button = self._action(self.tr("过号"), "F3", self.no_show)
        self.transfer_button = self._action(self.tr("转移"), "F4", self.transfer)
        self.pause_button = self._action(self.tr("暂停"), "F5", self.toggle_pause)
        self.finish_button = self._action(self.tr("办结"), "F6", self.finish)
        self.hold_button = self._action(self.tr("挂起"), "F7", self.hold)
        self.action_buttons = [self.call_button, self.recall_button, self.no_show_button, self.transfer_button,
                               self.pause_button, self.finish_button, self.hold_button]
        for i, b in enumerate(self.action_buttons):
            grid.addWidget(b, i // 2, i % 2)
        return grid

    def _pick_row(self) -> QHBoxLayout:
        pick = QHBoxLayout()
        self.ticket_input = QLineEdit()
        self.ticket_input.setObjectName("callTicketInput")
        self.ticket_input.setPlaceholderText(self.tr("指定号码，如 A012"))
        self.ticket_input.returnPressed.connect(self.call_given)
        self.call_given_button = QPushButton(self.tr("指定叫号"))
        self.call_given_button.clicked.connect(self.call_given)
        pick.addWidget(self.ticket_input, 1)
        pick.addWidget(self.call_given_button)
        return pick

    def _walk_in_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.walk_in_category = QComboBox()
        for c in self.station.catalog.queue_categories:
            self.walk_in_category.addItem(f"{c.prefix} {c.name}", c.code)
        self.walk_in_priority = QCheckBox(self.tr("绿色通道"))
        self.take_button = QPushButton(self.tr("代取号"))
        self.take_button.clicked.connect(self.take_walk_in)
        self.walk_in_category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.walk_in_category.setMinimumContentsLength(6)  # the list shows whole names; the box may be narrow
        self.walk_in_category.currentTextChanged.connect(self.walk_in_category.setToolTip)
        self.walk_in_category.setToolTip(self.walk_in_category.currentText())
        row.addWidget(self.walk_in_category, 1)
        row.addWidget(self.walk_in_priority)
        row.addWidget(self.take_button)
        return row

    def _action(self, title: str, key: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self.tr("{title}（{key}）").format(title=title, key=key))
        button.setObjectName(f"queue-{key}")
        button.setShortcut(QKeySequence(key))
        button.setMinimumHeight(40)
        button.clicked.connect(lambda: slot())
        return button

    # -- running an action off the UI thread -----------------------------------------------
    def _act(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None) -> bool:
        """Start one clerk action; False when another is still in flight (no double call)."""
        if self.acting:
            return False
        self.acting = True
        self._show_message("")
        self._set_actions_enabled(False)
        if self.worker.background:
            self._busy_timer.start()
        self.worker.run(fn, lambda result: self._acted(on_done, result), self._action_failed)
        return True

    def _acted(self, on_done: Callable[[Any], None] | None, result: Any) -> None:
        self._end_action()
        if on_done is not None:
            on_done(result)
        self.refresh()
        self.actionFinished.emit()

    def _action_failed(self, err: UserError) -> None:
        self._end_action()
        self._show_message(err.message, error=True)
        self.refresh()
        self.actionFinished.emit()

    def _end_action(self) -> None:
        self.acting = False
        self._busy_timer.stop()
        self.busy_label.setVisible(False)
        self._set_actions_enabled(True)

    def _set_actions_enabled(self, enabled: bool) -> None:
        widgets: list[QWidget] = [*self.action_buttons, self.call_given_button, self.take_button, self.held_list]
        if self.settings_button is not None:
            widgets.append(self.settings_button)
        for widget in widgets:
            widget.setEnabled(enabled)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color:#b00020;font-weight:bold" if error else "color:#0b2545")
        self.message_label.setVisible(bool(text))

    # -- actions ----------------------------------------------------------------------------
    def call_next(self) -> bool:
        return self._act(self.queue.call_next, self._called_next)

    def _called_next(self, ticket: Ticket | None) -> None:
        if ticket is None:
            self._show_message(self.tr("当前没有等候的群众。"))
        else:
            self.ticketCalled.emit(ticket.ticket_no)

    def call_given(self) -> bool:
        number = self.ticket_input.text().strip()
        if not number:
            return False
        queue = self.queue
        return self._act(lambda: queue.call_ticket(number), self._called_given)

    def _called_given(self, ticket: Ticket) -> None:
        self.ticket_input.clear()
        self.ticketCalled.emit(ticket.ticket_no)

    def recall(self) -> bool:
        return self._act(self.queue.recall)

    def no_show(self) -> bool:
        return self._act(self.queue.no_show)

    def transfer(self) -> bool:
        current = self.state.current if self.state is not None else None
        if self.acting:
            return False
        if current is None:
            self._show_message(self.tr("本窗口当前没有正在办理的号。"), error=True)
            return False
        dialog = TransferDialog(self.station, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        category, window_no, note = dialog.values()
        queue = self.queue
        return self._act(lambda: queue.transfer(to_category=category, to_window=window_no, note=note))

    def toggle_pause(self) -> bool:
        queue = self.queue

        def toggle() -> None:
            if queue.is_paused():
                queue.resume_window()
            else:
                queue.pause_window()

        return self._act(toggle)

    def finish(self) -> bool:
        return self._act(self.queue.finish)

    def hold(self) -> bool:
        return self._act(self.queue.hold)

    def _resume_item(self, item: QListWidgetItem) -> None:
        ticket_id = str(item.data(Qt.ItemDataRole.UserRole))
        queue = self.queue
        self._act(lambda: queue.resume(ticket_id))

    def take_walk_in(self) -> bool:
        lane = Lane.PRIORITY if self.walk_in_priority.isChecked() else Lane.NORMAL
        code = str(self.walk_in_category.currentData())
        reason = "窗口代取（绿色通道）" if lane is Lane.PRIORITY else ""  # i18n: data (stored with the ticket)
        queue = self.queue
        return self._act(lambda: queue.take_ticket(code, lane=lane, source="clerk", priority_reason=reason),
                         self._walk_in_taken)

    def _walk_in_taken(self, taken: Any) -> None:
        self.walk_in_priority.setChecked(False)  # kept when taking failed: nothing the clerk chose is lost
        if self.print_jobs is not None:
            self.print_jobs.submit(taken.slip_doc_id, "ticket")

    def edit_profile(self) -> None:
        queue = self.queue
        dialog = WindowProfileDialog(self.station, queue, queue.window_no, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        weights, values = dialog.weights(), dialog.policy_values()

        def save() -> None:
            queue.save_window_profile(queue.window_no, weights)
            if values != {k: getattr(queue.policy_settings(), k) for k in values}:
                queue.set_settings(values)

        self._act(save)

    # -- refreshing --------------------------------------------------------------------------
    def _on_changes(self, changes: frozenset[str]) -> None:
        if not shiboken6.isValid(self):  # closed: the station still calls its listeners
            return
        if changes & {"queue", "session", "catalog"}:
            self.refresh()

    def refresh(self) -> None:
        """Read the window's state (off the UI thread with the shared hall queue); at most one waits."""
        if self.station.session is None or self._refresh_queued:
            return
        self._refresh_queued = True
        station, queue = self.station, self.queue

        def read() -> PanelState | None:
            self._refresh_queued = False  # from here on, a new change needs a new read
            return read_panel_state(station, queue)

        self.worker.run(read, self._show_state, self._refresh_failed)

    def _refresh_failed(self, err: UserError) -> None:
        self._show_message(err.message, error=True)
        self.refreshed.emit()

    def _show_state(self, state: PanelState | None) -> None:
        if state is None:
            return
        self.state = state
        self._show_current(state.current)
        text = self.tr("{window} 号窗口 · {state}").format(
            window=state.window_no, state=self.tr("已暂停叫号") if state.paused else self.tr("叫号中"))
        if state.offline:
            text += self.tr(" · 共享队列离线")
        self.window_label.setText(text)
        self.window_label.setStyleSheet("color:#b00020;font-weight:bold" if state.offline else "")
        self.pause_button.setText(self.tr("恢复（F5）") if state.paused else self.tr("暂停（F5）"))
        self.pause_button.setShortcut(QKeySequence("F5"))
        self.counts_model.set_rows(state.rows)
        self.held_list.clear()
        for ticket_id, label in state.held:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, ticket_id)
            self.held_list.addItem(item)
        self.refreshed.emit()

    def _show_current(self, ticket: Ticket | None) -> None:
        if ticket is None:
            self.current_label.setText("—")
            self.current_detail.setText(self.tr("按 F1 叫下一位"))
            return
        self.current_label.setText(ticket.ticket_no)
        parts = [_category_name(self.station, ticket.category_code)]
        if ticket.lane is not Lane.NORMAL:
            lane = _tr(LANE_LABELS.get(ticket.lane.value, ticket.lane.label))
            parts.append(lane + (self.tr("：{reason}").format(reason=app_tr(ticket.priority_reason))
                                 if ticket.priority_reason else ""))
        parts.append(self.tr("取号 {time}").format(time=f"{ticket.taken_at:%H:%M}"))
        if ticket.recalls:
            parts.append(self.tr("已重呼 {count} 次").format(count=ticket.recalls))
        if ticket.note:
            parts.append(self.tr("备注：{note}").format(note=app_tr(ticket.note)))  # a marked note, or typed text as is
        self.current_detail.setText(" · ".join(parts))


def install_queue_panel(window: Any) -> QueuePanel:
    """Dock the panel on the left of the clerk window (called from ui/clerk/extensions.py)."""
    panel = QueuePanel(window.station, getattr(window, "print_jobs", None))
    window.add_left_panel(panel, QCoreApplication.translate("QueuePanel", "叫号"))
    panel.ticketCalled.connect(
        lambda no: window.status.showMessage(QCoreApplication.translate("QueuePanel", "已叫号 {no}").format(no=no), 5000))
    return panel
