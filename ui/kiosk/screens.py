"""The kiosk's screens: home tiles, 取号, 预约签到 and the result with its printed slip.

Every screen says what it shows in ``spoken_text()`` (the 朗读 button), clears what was
typed in ``reset()`` (idle timeout) and follows 长辈版 in ``apply_look()``. Errors appear
inline in large red text: a kiosk never opens a dialog a citizen has to dismiss.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.errors import UserError
from app.queue.policy import Lane
from app.queue.service import CategoryStatus, QueueService, TakenTicket
from ui.kiosk.style import KioskLook


def _wait_text(minutes: int | None) -> str:
    if minutes is None:
        return "暂无法估算等候时间"
    return "无需等候" if minutes == 0 else f"约 {minutes} 分钟"


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
        self.greeting = _label("您好！请选择要办理的事项", "kioskTitle")
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
        names = "、".join(t.text().split("\n")[-1] for t in self.tiles)
        return f"欢迎来到{self._hall_name}。请选择要办理的事项：{names}。"


class TakeScreen(KioskScreen):
    """取号: big category buttons with waiting counts and estimated waits."""

    taken = Signal(object)  # TakenTicket

    def __init__(self, queue: QueueService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.page = 0
        self.per_page = 8
        self.columns = 2
        self.statuses: list[CategoryStatus] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(_label("取号：请选择业务类别", "kioskTitle"))
        self.priority = _button("绿色通道（老年人、残疾人、孕妇等）", "priorityLane", secondary=True)
        self.priority.setCheckable(True)
        layout.addWidget(self.priority)
        layout.addWidget(_label("选择绿色通道后，请向导服人员出示相关证件。"))
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        layout.addLayout(self.grid, 1)
        self.message = _label("", "kioskMessage")
        layout.addWidget(self.message)
        nav = QHBoxLayout()
        self.back = _button("返回首页", secondary=True)
        self.back.clicked.connect(self.home)
        self.prev_page = _button("上一页", secondary=True)
        self.next_page = _button("下一页", secondary=True)
        self.prev_page.clicked.connect(lambda: self._turn(-1))
        self.next_page.clicked.connect(lambda: self._turn(1))
        for b in (self.back, self.prev_page, self.next_page):
            nav.addWidget(b)
        layout.addLayout(nav)
        self.buttons: dict[str, QPushButton] = {}

    def apply_look(self, look: KioskLook, elderly: bool) -> None:
        self.per_page, self.columns = look.categories_per_page, look.columns
        self.priority.setChecked(elderly)
        self.page = 0
        self.refresh()

    def activate(self) -> None:
        self.message.setText("")
        self.refresh()

    def reset(self) -> None:
        self.page = 0
        self.message.setText("")

    def refresh(self) -> None:
        try:
            self.statuses = self.queue.categories()
        except UserError as err:
            self.statuses = []
            self.message.setText(err.message)
        pages = max(1, -(-len(self.statuses) // self.per_page))
        self.page = min(self.page, pages - 1)
        self.prev_page.setVisible(pages > 1)
        self.next_page.setVisible(pages > 1)
        self.prev_page.setEnabled(self.page > 0)
        self.next_page.setEnabled(self.page < pages - 1)
        self._fill(self.statuses[self.page * self.per_page:(self.page + 1) * self.per_page])

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
            button.setEnabled(status.in_hours and status.remaining > 0)
            button.clicked.connect(lambda _=False, code=status.code: self.take(code))
            self.grid.addWidget(button, i // self.columns, i % self.columns)
            self.buttons[status.code] = button

    @staticmethod
    def _button_text(status: CategoryStatus) -> str:
        if not status.in_hours:
            detail = f"办理时间 {status.hours_text}"
        elif status.remaining <= 0:
            detail = "今日号源已取完"
        else:
            detail = f"等候 {status.waiting} 人 · {_wait_text(status.est_wait_minutes)}"
        return f"{status.prefix}  {status.name}\n{detail}"

    def _turn(self, step: int) -> None:
        self.page += step
        self.refresh()

    def take(self, code: str) -> None:
        lane = Lane.PRIORITY if self.priority.isChecked() else Lane.NORMAL
        try:
            taken = self.queue.take_ticket(code, lane=lane, priority_reason="自助申请绿色通道" if lane is Lane.PRIORITY else "")
        except UserError as err:
            self.message.setText(err.message)
            self.refresh()
            return
        self.priority.setChecked(False)
        self.taken.emit(taken)

    def spoken_text(self) -> str:
        shown = self.statuses[self.page * self.per_page:(self.page + 1) * self.per_page]
        parts = [f"{s.name}，等候{s.waiting}人，{_wait_text(s.est_wait_minutes)}" for s in shown]
        return "请选择业务类别。" + "；".join(parts) + "。" + (self.message.text() or "")


class CheckInScreen(KioskScreen):
    """预约签到: type the 6-digit appointment code on big keys."""

    taken = Signal(object)  # TakenTicket

    def __init__(self, queue: QueueService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(_label("预约签到：请输入 6 位预约码", "kioskTitle"))
        self.code = QLineEdit()
        self.code.setObjectName("appointmentCode")
        self.code.setMaxLength(6)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setPlaceholderText("预约码")
        self.code.returnPressed.connect(self.check_in)
        layout.addWidget(self.code)
        keys = QGridLayout()
        keys.setSpacing(12)
        for i, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "清除", "0", "删除"]):
            button = _button(key, secondary=not key.isdigit())
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            keys.addWidget(button, i // 3, i % 3)
        layout.addLayout(keys)
        self.message = _label("", "kioskMessage")
        layout.addWidget(self.message)
        nav = QHBoxLayout()
        back = _button("返回首页", secondary=True)
        back.clicked.connect(self.home)
        self.submit = _button("签到", "checkInButton")
        self.submit.clicked.connect(self.check_in)
        nav.addWidget(back)
        nav.addWidget(self.submit)
        layout.addLayout(nav)

    def press(self, key: str) -> None:
        if key == "清除":
            self.code.clear()
        elif key == "删除":
            self.code.backspace()
        elif len(self.code.text()) < 6:
            self.code.setText(self.code.text() + key)

    def check_in(self) -> None:
        code = self.code.text().strip()
        if len(code) != 6 or not code.isdigit():
            self.message.setText("预约码为 6 位数字，请核对后输入。")
            return
        try:
            taken = self.queue.check_in_appointment(code)
        except UserError as err:
            self.message.setText(err.message)
            return
        self.reset()
        self.taken.emit(taken)

    def reset(self) -> None:
        self.code.clear()
        self.message.setText("")

    def activate(self) -> None:
        self.message.setText("")

    def spoken_text(self) -> str:
        return "预约签到。请在数字键上输入您的六位预约码，然后按签到。" + (self.message.text() or "")


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
        self.reprint_button = _button("重新打印", "reprintButton", secondary=True)
        self.reprint_button.clicked.connect(self._reprint)
        self.done = _button("完成，返回首页", "resultHome")
        self.done.clicked.connect(self.home)
        nav.addWidget(self.reprint_button)
        nav.addWidget(self.done)
        layout.addLayout(nav)

    def show_ticket(self, taken: TakenTicket, policy_text: str = "") -> None:
        self.taken = taken
        self.policy.setText(f"过号处理：{policy_text}" if policy_text else "")
        lane = "" if taken.ticket.lane is Lane.NORMAL else f"（{taken.ticket.lane.label}）"
        self.category.setText(f"{taken.category_name}{lane}")
        self.number.setText(taken.ticket.ticket_no)
        self.ahead.setText(f"您前面还有 {taken.people_ahead} 人等候")
        self.wait.setText(f"预计等候：{_wait_text(taken.est_wait_minutes)}")
        self.message.setText(taken.ticket.note)
        self.set_printing()

    def set_printing(self) -> None:
        self.print_state.setText("正在打印排队小票……")
        self.reprint_button.setVisible(False)

    def set_printed(self, message: str) -> None:
        self.print_state.setText("请取走排队小票，留意叫号屏和语音提示。" + (f"\n{message}" if message else ""))
        self.reprint_button.setVisible(False)

    def set_print_failed(self, message: str) -> None:
        self.print_state.setText(f"小票未能打印：{message}\n您的号码已保留，请记下号码，或点“重新打印”，也可请导服人员协助。")
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

        return (f"取号成功。您的号码是 {read_digits(t.ticket.ticket_no)} 号，{t.category_name}。"
                f"您前面还有 {t.people_ahead} 人，预计等候{_wait_text(t.est_wait_minutes)}。{self.print_state.text()}")
