"""The clerk's queue panel (docked left): the current ticket, the clerk actions with their
shortcuts on the buttons (F1 叫号, F2 重呼, F3 过号, F4 转移, F5 暂停/恢复, F6 办结, F7 挂起),
waiting counts of this window's categories, held tickets and walk-in tickets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
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
from app.queue import queue_for
from app.queue.policy import Lane
from app.queue.service import QueueService, Ticket
from app.queue.windows import MAX_WEIGHT
from app.station import Station
from ui.messages import show_user_error

_Index = QModelIndex | QPersistentModelIndex


class WaitingCountsModel(QAbstractTableModel):
    """业务类别 | 等候 | 预计等候, for the categories this window serves."""

    HEADERS = ("业务类别", "等候", "预计等候")

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
            if minutes is None:
                return "窗口暂停"
            return "无需等候" if minutes == 0 else f"约 {minutes} 分钟"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


class TransferDialog(QDialog):
    """转移: another category and/or window, with a note; the citizen keeps her place in time."""

    def __init__(self, station: Station, ticket: Ticket, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"转移 {ticket.ticket_no} 号")
        form = QFormLayout(self)
        self.category = QComboBox()
        self.category.addItem("（不改变业务类别）", "")
        for c in station.catalog.queue_categories:
            self.category.addItem(f"{c.prefix} {c.name}", c.code)
        self.window_no = QLineEdit()
        self.window_no.setPlaceholderText("留空表示任一窗口")
        self.note = QLineEdit()
        self.note.setPlaceholderText("例如：需补充材料后到不动产专窗")
        form.addRow("转到业务类别", self.category)
        form.addRow("转到窗口号", self.window_no)
        form.addRow("备注", self.note)
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
        self.setWindowTitle(f"{window_no} 号窗口业务设置")
        profile = queue.profile(window_no)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("勾选本窗口办理的业务类别；权重越大，叫到该类别的次数越多（1–10）。"))
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
        layout.addWidget(QLabel("叫号规则参数（全大厅通用，详见 docs/queue-policy.md）"))
        policy = queue.policy_settings()
        form = QFormLayout()
        self.streak = self._spin(1, 20, policy.front_streak_limit)
        self.aging = self._spin(0, 240, policy.aging_minutes)
        self.late = self._spin(0, 120, policy.appointment_late_minutes)
        form.addRow("连续叫优先号后穿插 1 个普通号（N）", self.streak)
        form.addRow("普通号等候超过（分钟，0 为不启用）优先叫", self.aging)
        form.addRow("预约超过时段开始（分钟）排到绿色通道前", self.late)
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
    """叫号 panel of one window. ``ticketCalled`` carries the ticket number after each call."""

    ticketCalled = Signal(str)

    def __init__(self, station: Station, print_jobs: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.station = station
        self.queue = queue_for(station)
        self.print_jobs = print_jobs
        self.setMinimumWidth(300)
        self._build()
        station.subscribe(self._on_changes)
        self.refresh()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.window_label = QLabel()
        self.window_label.setObjectName("queueWindowState")
        layout.addWidget(self.window_label)
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
        layout.addWidget(frame)
        grid = QGridLayout()
        self.call_button = self._action("叫号", "F1", self.call_next)
        self.recall_button = self._action("重呼", "F2", self.recall)
        self.no_show_button = self._action("过号", "F3", self.no_show)
        self.transfer_button = self._action("转移", "F4", self.transfer)
        self.pause_button = self._action("暂停", "F5", self.toggle_pause)
        self.finish_button = self._action("办结", "F6", self.finish)
        self.hold_button = self._action("挂起", "F7", self.hold)
        buttons = [self.call_button, self.recall_button, self.no_show_button, self.transfer_button,
                   self.pause_button, self.finish_button, self.hold_button]
        for i, b in enumerate(buttons):
            grid.addWidget(b, i // 2, i % 2)
        layout.addLayout(grid)
        pick = QHBoxLayout()
        self.ticket_input = QLineEdit()
        self.ticket_input.setObjectName("callTicketInput")
        self.ticket_input.setPlaceholderText("指定号码，如 A012")
        self.ticket_input.returnPressed.connect(self.call_given)
        call_given = QPushButton("指定叫号")
        call_given.clicked.connect(self.call_given)
        pick.addWidget(self.ticket_input, 1)
        pick.addWidget(call_given)
        layout.addLayout(pick)
        layout.addWidget(QLabel("本窗口业务等候情况"))
        self.counts_model = WaitingCountsModel()
        self.counts = QTableView()
        self.counts.setModel(self.counts_model)
        self.counts.verticalHeader().setVisible(False)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.counts, 1)
        layout.addWidget(QLabel("挂起的号（双击恢复）"))
        self.held_list = QListWidget()
        self.held_list.setMaximumHeight(90)
        self.held_list.itemDoubleClicked.connect(self._resume_item)
        layout.addWidget(self.held_list)
        layout.addLayout(self._walk_in_row())
        if self.station.session is not None and self.station.session.can("settings.edit"):
            settings = QPushButton("窗口业务设置…")
            settings.clicked.connect(self.edit_profile)
            layout.addWidget(settings)

    def _walk_in_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.walk_in_category = QComboBox()
        for c in self.station.catalog.queue_categories:
            self.walk_in_category.addItem(f"{c.prefix} {c.name}", c.code)
        self.walk_in_priority = QCheckBox("绿色通道")
        take = QPushButton("代取号")
        take.clicked.connect(self.take_walk_in)
        row.addWidget(self.walk_in_category, 1)
        row.addWidget(self.walk_in_priority)
        row.addWidget(take)
        return row

    def _action(self, title: str, key: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(f"{title}（{key}）")
        button.setObjectName(f"queue-{key}")
        button.setShortcut(QKeySequence(key))
        button.setMinimumHeight(40)
        button.clicked.connect(lambda: self._run(slot))
        return button

    # -- actions ----------------------------------------------------------------------------
    def _run(self, action: Callable[[], object]) -> object:
        try:
            return action()
        except UserError as err:
            show_user_error(self, err)
            return None

    def call_next(self) -> Ticket | None:
        ticket = self.queue.call_next()
        if ticket is None:
            self.current_detail.setText("当前没有等候的群众。")
        else:
            self.ticketCalled.emit(ticket.ticket_no)
        return ticket

    def call_given(self) -> None:
        number = self.ticket_input.text().strip()
        if not number:
            return
        ticket = self._run(lambda: self.queue.call_ticket(number))
        if isinstance(ticket, Ticket):
            self.ticket_input.clear()
            self.ticketCalled.emit(ticket.ticket_no)

    def recall(self) -> Ticket:
        return self.queue.recall()

    def no_show(self) -> Ticket:
        return self.queue.no_show()

    def transfer(self) -> None:
        current = self.queue.current()
        if current is None:
            raise UserError("本窗口当前没有正在办理的号。")
        dialog = TransferDialog(self.station, current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            category, window_no, note = dialog.values()
            self.queue.transfer(to_category=category, to_window=window_no, note=note)

    def toggle_pause(self) -> None:
        if self.queue.is_paused():
            self.queue.resume_window()
        else:
            self.queue.pause_window()

    def finish(self) -> Ticket:
        return self.queue.finish()

    def hold(self) -> Ticket:
        return self.queue.hold()

    def _resume_item(self, item: QListWidgetItem) -> None:
        self._run(lambda: self.queue.resume(str(item.data(Qt.ItemDataRole.UserRole))))

    def take_walk_in(self) -> None:
        lane = Lane.PRIORITY if self.walk_in_priority.isChecked() else Lane.NORMAL
        code = str(self.walk_in_category.currentData())
        taken = self._run(lambda: self.queue.take_ticket(code, lane=lane, source="clerk",
                                                         priority_reason="窗口代取（绿色通道）" if lane is Lane.PRIORITY
                                                         else ""))
        if taken is not None and self.print_jobs is not None:
            self.print_jobs.submit(taken.slip_doc_id, "ticket")  # type: ignore[attr-defined]
        self.walk_in_priority.setChecked(False)

    def edit_profile(self) -> None:
        dialog = WindowProfileDialog(self.station, self.queue, self.queue.window_no, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(lambda: self.queue.save_window_profile(self.queue.window_no, dialog.weights()))
            if dialog.policy_values() != {k: getattr(self.queue.policy_settings(), k) for k in dialog.policy_values()}:
                self._run(lambda: self.queue.set_settings(dialog.policy_values()))

    # -- refreshing --------------------------------------------------------------------------
    def _on_changes(self, changes: frozenset[str]) -> None:
        if changes & {"queue", "session", "catalog"}:
            self.refresh()

    def refresh(self) -> None:
        if self.station.session is None:
            return
        profile = self.queue.profile()
        window = self.queue.window_no
        self._show_current(self.queue.current())
        counts = self.queue.waiting_counts()  # the server's, with the shared hall queue
        state = "已暂停叫号" if profile.paused else "叫号中"
        offline = getattr(self.queue, "online", True) is False
        self.window_label.setText(f"{window} 号窗口 · {state}" + (" · 共享队列离线" if offline else ""))
        self.window_label.setStyleSheet("color:#b00020;font-weight:bold" if offline else "")
        self.pause_button.setText("恢复（F5）" if profile.paused else "暂停（F5）")
        self.pause_button.setShortcut(QKeySequence("F5"))
        rows = []
        for c in self.station.catalog.queue_categories:
            if profile.serves(c.code):
                rows.append((f"{c.prefix} {c.name}", counts.get(c.code, 0),
                             self.queue.estimated_wait(c.code, counts.get(c.code, 0))))
        self.counts_model.set_rows([] if offline else rows)  # no made-up zeros while the hall queue is unknown
        self.held_list.clear()
        for t in self.queue.held():
            item = QListWidgetItem(f"{t.ticket_no}  {self._category_name(t.category_code)}")
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.held_list.addItem(item)

    def _show_current(self, ticket: Ticket | None) -> None:
        if ticket is None:
            self.current_label.setText("—")
            self.current_detail.setText("按 F1 叫下一位")
            return
        self.current_label.setText(ticket.ticket_no)
        parts = [self._category_name(ticket.category_code)]
        if ticket.lane is not Lane.NORMAL:
            parts.append(ticket.lane.label + (f"：{ticket.priority_reason}" if ticket.priority_reason else ""))
        parts.append(f"取号 {ticket.taken_at:%H:%M}")
        if ticket.recalls:
            parts.append(f"已重呼 {ticket.recalls} 次")
        if ticket.note:
            parts.append(f"备注：{ticket.note}")
        self.current_detail.setText(" · ".join(parts))

    def _category_name(self, code: str) -> str:
        try:
            return self.station.catalog.category(code).name
        except KeyError:
            return code


def install_queue_panel(window: Any) -> QueuePanel:
    """Dock the panel on the left of the clerk window (called from ui/clerk/extensions.py)."""
    panel = QueuePanel(window.station, getattr(window, "print_jobs", None))
    window.add_left_panel(panel, "叫号")
    panel.ticketCalled.connect(lambda no: window.status.showMessage(f"已叫号 {no}", 5000))
    return panel
