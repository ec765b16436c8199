"""The kiosk's screens: home tiles, 取号, 预约签到 and the result with its printed slip.

Every screen says what it shows in ``spoken_text()`` (the 朗读 button), clears what was
typed in ``reset()`` (idle timeout) and follows 长辈版 in ``apply_look()``. Errors appear
inline in large red text: a kiosk never opens a dialog a citizen has to dismiss.

With the shared hall queue, reading the categories, taking a number and checking in wait
on the server: they run on a ui.worker.Worker, and meanwhile the screen shows a large
请稍候 notice with its buttons disabled. When the server cannot be reached the citizen is
told plainly, and what they chose (category page, 绿色通道, the typed code) stays.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app import i18n as app_i18n
from app.errors import UserError
from app.queue.hall import HallQueue
from app.queue.policy import Lane
from app.queue.service import CategoryStatus, QueueService, TakenTicket
from ui.kiosk.style import KioskLook
from ui.worker import Worker

CLEAR_KEY, DELETE_KEY = "clear", "delete"


def _wait_text(minutes: int | None) -> str:
    if minutes is None:
        return QCoreApplication.translate("KioskScreens", "暂无法估算等候时间")
    if minutes == 0:
        return QCoreApplication.translate("KioskScreens", "无需等候")
    return QCoreApplication.translate("KioskScreens", "约 {minutes} 分钟").format(minutes=minutes)


def _queue_worker(owner: QWidget, queue: QueueService) -> Worker:
    """Off the UI thread with the shared hall queue (the server); at once with the local one."""
    return Worker(owner, background=isinstance(queue, HallQueue), station=queue.station)


def _unreachable_text(queue: QueueService, err: UserError) -> str:
    """The citizen's words when the hall's queue server cannot be reached; else the service's message."""
    if isinstance(queue, HallQueue):
        from app.sync.client import Offline  # loaded already with the shared hall queue

        if isinstance(err.__cause__, Offline):
            return QCoreApplication.translate(
                "KioskScreens", "暂时连接不上大厅排队系统。您的选择已保留，请稍后再试一次，或咨询导服人员。")
    return err.message


def _label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def _button(text: str, name: str = "", secondary: bool = False) -> QPushButton:
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    if secondary:
        button.setProperty("secondary", "true")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # touch screen: no focus rectangles
    return button


def _waiting_label(text: str) -> QLabel:
    """The large 请稍候 notice shown while the hall's queue server answers."""
    label = _label(text, "kioskWaiting")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setVisible(False)
    return label


class KioskScreen(QWidget):
    """Base of a kiosk screen; others' screens (guide, progress) may subclass it."""

    home = Signal()

    def spoken_text(self) -> str:
        return ""

    def reset(self) -> None:
        return None

    def apply_look(self, look: KioskLook, elderly: bool) -> None:
        return None

    def activate(self) -> None:
        """Called when the screen is shown."""
        return None


class HomeScreen(KioskScreen):
    def __init__(self, hall_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(24)
        self.greeting = _label(self.tr("您好！请选择要办理的事项"), "kioskTitle")
        self.greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.greeting)
        self.grid = QGridLayout()
        self.grid.setSpacing(24)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.tiles: list[QPushButton] = []
        self._hall_name = hall_name

    def add_tile(self, title: str, icon_text: str) -> QPushButton:
        tile = _button(f"{icon_text}\n{title}" if icon_text else title, "kioskTile")
        n = len(self.tiles)
        self.grid.addWidget(tile, n // 2, n % 2)
        self.tiles.append(tile)
        return tile

    def spoken_text(self) -> str:
        names = self.tr("、").join(t.text().split("\n")[-1] for t in self.tiles)
        return self.tr("欢迎来到{hall}。请选择要办理的事项：{names}。").format(hall=self._hall_name, names=names)


class TakeScreen(KioskScreen):
    """取号: big category buttons with waiting counts and estimated waits."""

    taken = Signal(object)  # TakenTicket
    answered = Signal()  # a take attempt's answer (ticket or message) is on screen
    loaded = Signal()  # the categories were read

    def __init__(self, queue: QueueService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.worker = _queue_worker(self, queue)
        self.page = 0
        self.per_page = 8
        self.columns = 2
        self.statuses: list[CategoryStatus] = []
        self.taking = False
        self.counts_unknown = False  # the hall queue's server did not answer: no made-up "0 waiting"
        self._load_queued = False
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(_label(self.tr("取号：请选择业务类别"), "kioskTitle"))
        self.priority = _button(self.tr("绿色通道（老年人、残疾人、孕妇等）"), "priorityLane", secondary=True)
        self.priority.setCheckable(True)
        layout.addWidget(self.priority)
        layout.addWidget(_label(self.tr("选择绿色通道后，请向导服人员出示相关证件。")))
        self.waiting = _waiting_label(self.tr("正在为您取号，请稍候……"))
        layout.addWidget(self.waiting)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        layout.addLayout(self.grid, 1)
        self.message = _label("", "kioskMessage")
        layout.addWidget(self.message)
        layout.addLayout(self._nav())
        self.buttons: dict[str, QPushButton] = {}

    def _nav(self) -> QHBoxLayout:
        nav = QHBoxLayout()
        self.back = _button(self.tr("返回首页"), secondary=True)
        self.back.clicked.connect(self.home)
        self.prev_page = _button(self.tr("上一页"), secondary=True)
        self.next_page = _button(self.tr("下一页"), secondary=True)
        self.prev_page.clicked.connect(lambda: self._turn(-1))
        self.next_page.clicked.connect(lambda: self._turn(1))
        for b in (self.back, self.prev_page, self.next_page):
            nav.addWidget(b)
        return nav

    def apply_look(self, look: KioskLook, elderly: bool) -> None:
        self.per_page, self.columns = look.categories_per_page, look.columns
        self.priority.setChecked(elderly)
        self.page = 0
        self.show_page()

    def activate(self) -> None:
        if not self.taking:
            self.message.setText("")
        self.refresh()

    def reset(self) -> None:
        self.page = 0
        self.message.setText("")

    def refresh(self) -> None:
        """Read the categories again (from the server with the shared hall queue); at most one read waits."""
        if self._load_queued:
            return
        self._load_queued = True
        queue = self.queue

        def read() -> tuple[list[CategoryStatus], bool]:
            self._load_queued = False
            statuses = queue.categories()
            return statuses, getattr(queue, "online", True) is False

        self.worker.run(read, self._loaded, self._load_failed)

    def _loaded(self, answer: tuple[list[CategoryStatus], bool]) -> None:
        self.statuses, self.counts_unknown = answer
        self.show_page()
        self.loaded.emit()

    def _load_failed(self, err: UserError) -> None:
        self.statuses = []
        self.message.setText(_unreachable_text(self.queue, err))
        self.show_page()
        self.loaded.emit()

    def show_page(self) -> None:
        pages = max(1, -(-len(self.statuses) // self.per_page))
        self.page = min(self.page, pages - 1)
        self.prev_page.setVisible(pages > 1)
        self.next_page.setVisible(pages > 1)
        self._fill(self.statuses[self.page * self.per_page:(self.page + 1) * self.per_page])
        self._set_enabled(not self.taking)

    def _fill(self, shown: list[CategoryStatus]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons = {}
        for i, status in enumerate(shown):
            button = _button(self._button_text(status), "categoryButton")
            button.setProperty("open", status.in_hours and status.remaining > 0)
            button.clicked.connect(lambda _=False, code=status.code: self.take(code))
            self.grid.addWidget(button, i // self.columns, i % self.columns)
            self.buttons[status.code] = button

    def _set_enabled(self, enabled: bool) -> None:
        pages = max(1, -(-len(self.statuses) // self.per_page))
        for button in self.buttons.values():
            button.setEnabled(enabled and bool(button.property("open")))
        self.priority.setEnabled(enabled)
        self.prev_page.setEnabled(enabled and self.page > 0)
        self.next_page.setEnabled(enabled and self.page < pages - 1)

    def _button_text(self, status: CategoryStatus) -> str:
        if not status.in_hours:
            detail = self.tr("办理时间 {hours}").format(hours=status.hours_text)
        elif status.remaining <= 0:
            detail = self.tr("今日号源已取完")
        elif self.counts_unknown:
            detail = self.tr("等候人数暂时无法获取")
        else:
            detail = self.tr("等候 {count} 人 · {wait}").format(count=status.waiting,
                                                               wait=_wait_text(status.est_wait_minutes))
        return f"{status.prefix}  {status.name}\n{detail}"

    def _turn(self, step: int) -> None:
        self.page += step
        self.show_page()

    def take(self, code: str) -> bool:
        """取号 in ``code``; False while a take is still in flight (one ticket per touch)."""
        if self.taking:
            return False
        lane = Lane.PRIORITY if self.priority.isChecked() else Lane.NORMAL
        reason = "自助申请绿色通道" if lane is Lane.PRIORITY else ""  # i18n: data (stored with the ticket)
        self._set_taking(True)
        queue = self.queue
        self.worker.run(lambda: queue.take_ticket(code, lane=lane, priority_reason=reason),
                        self._took, self._take_failed)
        return True

    def _set_taking(self, taking: bool) -> None:
        self.taking = taking
        if taking:
            self.message.setText("")
        self.waiting.setVisible(taking)
        self._set_enabled(not taking)

    def _took(self, taken: TakenTicket) -> None:
        self._set_taking(False)
        self.priority.setChecked(False)
        self.taken.emit(taken)
        self.answered.emit()

    def _take_failed(self, err: UserError) -> None:
        self._set_taking(False)
        self.message.setText(_unreachable_text(self.queue, err))
        self.refresh()
        self.answered.emit()

    def spoken_text(self) -> str:
        shown = self.statuses[self.page * self.per_page:(self.page + 1) * self.per_page]
        parts = [s.name if self.counts_unknown else self.tr("{name}，等候{count}人，{wait}").format(
            name=s.name, count=s.waiting, wait=_wait_text(s.est_wait_minutes)) for s in shown]
        text = self.tr("请选择业务类别。") + self.tr("；").join(parts) + self.tr("。")
        if self.taking:
            text += self.waiting.text()
        return text + (self.message.text() or "")


class CheckInScreen(KioskScreen):
    """预约签到: type the 6-digit appointment code on big keys."""

    taken = Signal(object)  # TakenTicket
    answered = Signal()  # a check-in's answer (ticket or message) is on screen

    def __init__(self, queue: QueueService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.worker = _queue_worker(self, queue)
        self.checking = False
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(_label(self.tr("预约签到：请输入 6 位预约码"), "kioskTitle"))
        self.code = QLineEdit()
        self.code.setObjectName("appointmentCode")
        self.code.setMaxLength(6)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setPlaceholderText(self.tr("预约码"))
        self.code.returnPressed.connect(self.check_in)
        layout.addWidget(self.code)
        layout.addLayout(self._keypad())
        self.waiting = _waiting_label(self.tr("正在为您签到，请稍候……"))
        layout.addWidget(self.waiting)
        self.message = _label("", "kioskMessage")
        layout.addWidget(self.message)
        nav = QHBoxLayout()
        back = _button(self.tr("返回首页"), secondary=True)
        back.clicked.connect(self.home)
        self.submit = _button(self.tr("签到"), "checkInButton")
        self.submit.clicked.connect(self.check_in)
        nav.addWidget(back)
        nav.addWidget(self.submit)
        layout.addLayout(nav)

    def _keypad(self) -> QGridLayout:
        keys = QGridLayout()
        keys.setSpacing(12)
        self.keys: list[QPushButton] = []
        labels = {CLEAR_KEY: self.tr("清除"), DELETE_KEY: self.tr("删除")}
        for i, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", CLEAR_KEY, "0", DELETE_KEY]):
            button = _button(labels.get(key, key), secondary=not key.isdigit())
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            keys.addWidget(button, i // 3, i % 3)
            self.keys.append(button)
        return keys

    def press(self, key: str) -> None:
        if key == CLEAR_KEY:
            self.code.clear()
        elif key == DELETE_KEY:
            self.code.backspace()
        elif len(self.code.text()) < 6:
            self.code.setText(self.code.text() + key)

    def check_in(self) -> bool:
        """签到 with the typed code; False when the code is malformed or a check-in is in flight."""
        if self.checking:
            return False
        code = self.code.text().strip()
        if len(code) != 6 or not code.isdigit():
            self.message.setText(self.tr("预约码为 6 位数字，请核对后输入。"))
            return False
        self._set_checking(True)
        queue = self.queue
        self.worker.run(lambda: queue.check_in_appointment(code), self._checked_in, self._check_in_failed)
        return True

    def _set_checking(self, checking: bool) -> None:
        self.checking = checking
        if checking:
            self.message.setText("")
        self.waiting.setVisible(checking)
        self.code.setReadOnly(checking)
        for button in [*self.keys, self.submit]:
            button.setEnabled(not checking)

    def _checked_in(self, taken: TakenTicket) -> None:
        self._set_checking(False)
        self.reset()
        self.taken.emit(taken)
        self.answered.emit()

    def _check_in_failed(self, err: UserError) -> None:
        self._set_checking(False)  # the typed code stays: the citizen can try again with one touch
        self.message.setText(_unreachable_text(self.queue, err))
        self.answered.emit()

    def reset(self) -> None:
        self.code.clear()
        self.message.setText("")

    def activate(self) -> None:
        if not self.checking:
            self.message.setText("")

    def spoken_text(self) -> str:
        text = self.tr("预约签到。请在数字键上输入您的六位预约码，然后按签到。")
        if self.checking:
            text += self.waiting.text()
        return text + (self.message.text() or "")


class ResultScreen(KioskScreen):
    """Your number, people ahead, estimated wait and the printing state (with 重新打印)."""

    reprint = Signal(str)  # slip document id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taken: TakenTicket | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        self.category = _label("", "kioskTitle")
        self.number = _label("", "ticketNumber")
        self.ahead = _label()
        self.wait = _label()
        self.print_state = _label()
        self.message = _label("", "kioskMessage")
        self.policy = _label()
        for w in (self.category, self.number, self.ahead, self.wait, self.print_state, self.message, self.policy):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(w)
        layout.addStretch(1)
        nav = QHBoxLayout()
        self.reprint_button = _button(self.tr("重新打印"), "reprintButton", secondary=True)
        self.reprint_button.clicked.connect(self._reprint)
        self.done = _button(self.tr("完成，返回首页"), "resultHome")
        self.done.clicked.connect(self.home)
        nav.addWidget(self.reprint_button)
        nav.addWidget(self.done)
        layout.addLayout(nav)

    def show_ticket(self, taken: TakenTicket, policy_text: str = "") -> None:
        self.taken = taken
        self.policy.setText(self.tr("过号处理：{policy}").format(policy=policy_text) if policy_text else "")
        lane = "" if taken.ticket.lane is Lane.NORMAL else self.tr("（{lane}）").format(lane=self._lane(taken))
        self.category.setText(f"{taken.category_name}{lane}")
        self.number.setText(taken.ticket.ticket_no)
        self.ahead.setText(self.tr("您前面还有 {count} 人等候").format(count=taken.people_ahead))
        self.wait.setText(self.tr("预计等候：{wait}").format(wait=_wait_text(taken.est_wait_minutes)))
        self.message.setText(app_i18n.tr(taken.ticket.note))  # a fixed note of app/ (e.g. late booking)
        self.set_printing()

    def _lane(self, taken: TakenTicket) -> str:
        labels = {Lane.PRIORITY: self.tr("绿色通道"), Lane.APPOINTMENT: self.tr("预约")}
        return labels.get(taken.ticket.lane, app_i18n.tr(taken.ticket.lane.label))

    def set_printing(self) -> None:
        self.print_state.setText(self.tr("正在打印排队小票……"))
        self.reprint_button.setVisible(False)

    def set_printed(self, message: str) -> None:
        text = self.tr("请取走排队小票，留意叫号屏和语音提示。")
        self.print_state.setText(text + (f"\n{message}" if message else ""))
        self.reprint_button.setVisible(False)

    def set_print_failed(self, message: str) -> None:
        self.print_state.setText(self.tr("小票未能打印：{reason}\n您的号码已保留，请记下号码，或点“重新打印”，也可请导服人员协助。")
                                 .format(reason=message))
        self.reprint_button.setVisible(True)

    def _reprint(self) -> None:
        if self.taken is not None:
            self.set_printing()
            self.reprint.emit(self.taken.slip_doc_id)

    def spoken_text(self) -> str:
        if self.taken is None:
            return ""
        t = self.taken
        from app.queue.announce import read_digits

        return self.tr("取号成功。您的号码是 {number} 号，{category}。您前面还有 {count} 人，预计等候{wait}。{printing}").format(
            number=read_digits(t.ticket.ticket_no), category=t.category_name, count=t.people_ahead,
            wait=_wait_text(t.est_wait_minutes), printing=self.print_state.text())
