"""The citizen-facing pad (评价器): asks the citizen to rate the service just finished.

On a PC with a second screen the pad is a full-screen window there, facing the citizen.
With one screen it is a modal panel over the clerk window that the clerk turns round,
and it is visible only while a rating is asked for.

The clerk cannot rate on the citizen's behalf: the window does not take keyboard focus
(Qt.WindowDoesNotAcceptFocus), no button takes focus and there is no shortcut, so a key
typed anywhere never picks a level; only a touch or click on the pad does. The window
accepts focus only while the citizen taps one of its text lines to write in.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QMouseEvent, QScreen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.ratings.levels import LEVELS, POOR_REASONS, RatingLevel
from app.ratings.service import RatingRequest, RatingService, ServiceRecord
from app.station import Station
from ui.listen import listen

THANKS_SECONDS = 5
LEVEL_COLOURS = {
    RatingLevel.VERY_SATISFIED: "#1b7f3b",
    RatingLevel.SATISFIED: "#3a9a4f",
    RatingLevel.BASICALLY_SATISFIED: "#c98a00",
    RatingLevel.DISSATISFIED: "#d4572a",
    RatingLevel.VERY_DISSATISFIED: "#b00020",
}
# Stars, not emoji: the bundled font has no emoji and a hall PC may have none either.
LEVEL_FACES = {level: "★" * (5 - i) + "☆" * i for i, level in enumerate(LEVELS)}
# The level names and poor-rating reasons as the pad shows them: app's labels, translated in the pad's
# own context so that a translation can use the short words a big touch button holds (lists and reports
# use ui/ratings/labels.py, with the full wording). Buttons stay keyed by app's values.
LEVEL_TEXTS = {
    RatingLevel.VERY_SATISFIED: QT_TRANSLATE_NOOP("PadWindow", "非常满意"),
    RatingLevel.SATISFIED: QT_TRANSLATE_NOOP("PadWindow", "满意"),
    RatingLevel.BASICALLY_SATISFIED: QT_TRANSLATE_NOOP("PadWindow", "基本满意"),
    RatingLevel.DISSATISFIED: QT_TRANSLATE_NOOP("PadWindow", "不满意"),
    RatingLevel.VERY_DISSATISFIED: QT_TRANSLATE_NOOP("PadWindow", "非常不满意"),
}
REASON_TEXTS = (
    QT_TRANSLATE_NOOP("PadWindow", "等候时间过长"),
    QT_TRANSLATE_NOOP("PadWindow", "工作人员态度不好"),
    QT_TRANSLATE_NOOP("PadWindow", "材料要求没有一次性告知"),
    QT_TRANSLATE_NOOP("PadWindow", "办事流程繁琐"),
    QT_TRANSLATE_NOOP("PadWindow", "办理时间过长"),
    QT_TRANSLATE_NOOP("PadWindow", "需要多次跑腿"),
    QT_TRANSLATE_NOOP("PadWindow", "窗口服务不规范"),
    QT_TRANSLATE_NOOP("PadWindow", "其他"),
)

STYLE = """
#padWindow { background: #f4f7fb; }
#padWindow QLabel { font-size: 20pt; color: #1f2d3d; }
#padWindow QLabel#padTitle { font-size: 30pt; font-weight: bold; }
#padWindow QLabel#padClerk { font-size: 22pt; background: white; border-radius: 12px; padding: 14px; }
#padWindow QLabel#padCountdown { font-size: 18pt; color: #5a6b7d; }
#padWindow QLabel#padError { font-size: 20pt; color: #b00020; font-weight: bold; }
#padWindow QPushButton { font-size: 22pt; min-height: 90px; min-width: 120px; border-radius: 14px;
    background: white; border: 2px solid #c5d0dc; padding: 8px 24px; }
#padWindow QPushButton:checked { background: #fde7e0; border: 4px solid #d4572a; font-weight: bold; }
#padWindow QPushButton#padSubmit { background: #1565c0; color: white; border: none; font-weight: bold; min-width: 280px; }
#padWindow QLineEdit { font-size: 20pt; min-height: 64px; padding: 4px 12px; border: 2px solid #c5d0dc;
    border-radius: 10px; background: white; }
"""


def pad_screen_index(screen_count: int, primary_index: int, preferred: int | None) -> int | None:
    """The screen the pad goes on, or None: one screen, so the pad is a panel the clerk turns round.

    ``preferred`` comes from the station config (``screens["pad"]``)."""
    if preferred is not None and 0 <= preferred < screen_count and (screen_count > 1 or preferred != primary_index):
        return preferred
    if screen_count > 1:
        return next(i for i in range(screen_count) if i != primary_index)
    return None


class TouchButton(QPushButton):
    """A button pressed only by a touch or a click: keys (Space, Return, mnemonics) do nothing,
    even when a key event is sent to it directly."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.ignore()


def level_text(level: RatingLevel) -> str:
    return QCoreApplication.translate("PadWindow", str(LEVEL_TEXTS[level]))


def reason_text(reason: str) -> str:
    return QCoreApplication.translate("PadWindow", reason)


def two_lines(text: str, longer_than: int = 10) -> str:
    """A long text with spaces broken at the space nearest its middle (a touch button does not wrap).
    Chinese has no spaces and stays on one line."""
    if len(text) <= longer_than or " " not in text or "\n" in text:
        return text
    middle = len(text) / 2
    cut = min((i for i, ch in enumerate(text) if ch == " "), key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1:]


def _big_button(text: str, *, checkable: bool = False) -> QPushButton:
    button = TouchButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never pressed by a key
    button.setAutoDefault(False)
    button.setCheckable(checkable)
    return button


class TapLineEdit(QLineEdit):
    """A text line the citizen taps to write in: only then may the pad take the keyboard."""

    tapped = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.tapped.emit()
        super().mousePressEvent(event)


class PadWindow(QWidget):
    """The pad's pages: idle, the five levels, reasons for a poor rating, thank you."""

    rated = Signal(str)  # rating id

    def __init__(self, station: Station, *, panel: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.service = RatingService(station)
        self.panel = panel
        self.anchor: QWidget | None = None  # the clerk window a panel is shown over
        self.request: RatingRequest | None = None
        self.level: RatingLevel | None = None
        self.setObjectName("padWindow")
        self.setWindowTitle(self.tr("一窗通 · 评价器"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._set_accepts_focus(False)
        if panel:
            self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(self.stack)
        self.idle_page = self._build_idle()
        self.levels_page = self._build_levels()
        self.reasons_page = self._build_reasons()
        self.thanks_page = self._build_thanks()
        for page in (self.idle_page, self.levels_page, self.reasons_page, self.thanks_page):
            self.stack.addWidget(page)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._on_tick)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.timeout.connect(self._back_to_idle)
        listen(station, self, self._on_changes)
        self.service.expire_pending()  # requests left over from before a restart are 未评价
        self.tick.start()
        self.refresh()

    # -- pages -----------------------------------------------------------------
    def _build_idle(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        title = QLabel(self.station.config.hall_name)
        title.setObjectName("padTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("欢迎您！办理结束后，请在这里为本次服务评价。"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        box.addStretch(1)
        box.addWidget(title)
        box.addWidget(hint)
        box.addStretch(1)
        return page

    def _build_levels(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        title = QLabel(self.tr("请您为本次服务评价"))
        title.setObjectName("padTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clerk_label = QLabel()
        self.clerk_label.setObjectName("padClerk")
        self.clerk_label.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("padCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.setSpacing(18)
        self.level_buttons: dict[RatingLevel, QPushButton] = {}
        for level in LEVELS:
            button = _big_button(f"{LEVEL_FACES[level]}\n{two_lines(level_text(level), 6)}")
            button.setObjectName(f"level-{level.value}")
            button.setStyleSheet(f"QPushButton {{ border: 4px solid {LEVEL_COLOURS[level]}; color: {LEVEL_COLOURS[level]};"
                                 " font-weight: bold; font-size: 26pt; min-height: 220px; min-width: 160px; }"
                                 f" QPushButton:pressed {{ background: {LEVEL_COLOURS[level]}; color: white; }}")
            button.clicked.connect(lambda _=False, lv=level: self.pick_level(lv))
            self.level_buttons[level] = button
            row.addWidget(button)
        box.addWidget(title)
        box.addWidget(self.clerk_label)
        box.addStretch(1)
        box.addLayout(row)
        box.addStretch(2)
        box.addWidget(self.countdown)
        return page

    def _build_reasons(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.reasons_title = QLabel()
        self.reasons_title.setObjectName("padTitle")
        self.reasons_title.setWordWrap(True)
        box.addWidget(self.reasons_title)
        box.addWidget(QLabel(self.tr("请告诉我们哪里做得不好（可多选）：")))
        grid = QGridLayout()
        grid.setSpacing(12)
        self.reason_buttons: dict[str, QPushButton] = {}
        for i, reason in enumerate(POOR_REASONS):
            button = _big_button(two_lines(reason_text(reason)), checkable=True)
            button.clicked.connect(self._touched)
            self.reason_buttons[reason] = button
            grid.addWidget(button, i // 4, i % 4)
        box.addLayout(grid)
        self.comment = TapLineEdit(self.tr("还想说的话（可不填；选“其他”时请填写）"))
        self.comment.setMaxLength(200)
        box.addWidget(self.comment)
        callback_row = QHBoxLayout()
        callback_row.addWidget(QLabel(self.tr("是否同意工作人员回访您？")))
        self.callback_yes = _big_button(self.tr("同意回访"), checkable=True)
        self.callback_no = _big_button(self.tr("不需要"), checkable=True)
        self.callback_yes.clicked.connect(lambda: self._set_callback(True))
        self.callback_no.clicked.connect(lambda: self._set_callback(False))
        callback_row.addWidget(self.callback_yes)
        callback_row.addWidget(self.callback_no)
        box.addLayout(callback_row)
        contact = QHBoxLayout()
        self.rater_name = TapLineEdit(self.tr("您的姓名（可不填，匿名评价）"))
        self.rater_phone = TapLineEdit(self.tr("回访电话"))
        self.rater_phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        contact.addWidget(self.rater_name)
        contact.addWidget(self.rater_phone)
        self.contact_box = QWidget()
        self.contact_box.setLayout(contact)
        self.contact_box.setVisible(False)
        box.addWidget(self.contact_box)
        for line in (self.comment, self.rater_name, self.rater_phone):
            line.tapped.connect(self._allow_typing)
            line.textEdited.connect(self._touched)
        self.error = QLabel()
        self.error.setObjectName("padError")
        self.error.setWordWrap(True)
        box.addWidget(self.error)
        actions = QHBoxLayout()
        self.back_button = _big_button(self.tr("重新选择"))
        self.back_button.clicked.connect(self._back_to_levels)
        self.submit_button = _big_button(self.tr("提交评价"))
        self.submit_button.setObjectName("padSubmit")
        self.submit_button.clicked.connect(self.submit)
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        actions.addWidget(self.submit_button)
        box.addStretch(1)
        box.addLayout(actions)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.thanks_label = QLabel()
        self.thanks_label.setObjectName("padTitle")
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_label.setWordWrap(True)
        box.addStretch(1)
        box.addWidget(self.thanks_label)
        box.addStretch(1)
        return page

    # -- what the citizen does ---------------------------------------------------
    def pick_level(self, level: RatingLevel) -> None:
        if self.request is None:
            return
        self.level = level
        if not level.poor:
            self._send()
            return
        self.service.keep_alive(self.request.id)
        self.reasons_title.setText(self.tr("您选择了“{level}”，很抱歉给您带来不便").format(level=level_text(level)))
        self.stack.setCurrentWidget(self.reasons_page)

    def submit(self) -> None:
        self._send()

    def _send(self) -> None:
        if self.request is None or self.level is None:
            return
        picked = [r for r, b in self.reason_buttons.items() if b.isChecked()] if self.level.poor else []
        wants_call = self.callback_yes.isChecked()
        try:
            result = self.service.rate(
                self.request.id, self.level, picked, self.comment.text() if self.level.poor else "", wants_call,
                rater_name=self.rater_name.text() if self.level.poor else None,
                rater_phone=self.rater_phone.text() if self.level.poor and wants_call else None,
            )
        except UserError as err:
            self._show_error(err)
            return
        self._thank(result.level is not None and result.level.poor)
        self.rated.emit(result.rating_id)

    def _show_error(self, err: UserError) -> None:
        if self.stack.currentWidget() is self.reasons_page:
            self.error.setText(err.message)
        else:  # timed out between the tap and the write: nothing to fix on the levels page
            self._back_to_idle()

    def _set_callback(self, yes: bool) -> None:
        self.callback_yes.setChecked(yes)
        self.callback_no.setChecked(not yes)
        self.contact_box.setVisible(yes)
        self._touched()

    def _touched(self) -> None:
        self.error.clear()
        if self.request is not None:
            self.request = self.service.keep_alive(self.request.id)

    def _back_to_levels(self) -> None:
        self._allow_typing(False)
        self.stack.setCurrentWidget(self.levels_page)

    # -- showing requests ----------------------------------------------------------
    def _on_changes(self, changes: frozenset[str]) -> None:
        if "rating_request" in changes:
            self.refresh()

    def refresh(self) -> None:
        """Show the pending request, if there is a new one."""
        pending = self.service.pending_request()
        if pending is None:
            if self.request is not None and self.stack.currentWidget() is not self.thanks_page:
                self._back_to_idle()
            elif self.request is None and self.stack.currentWidget() is not self.thanks_page:
                self._show_page(self.idle_page)
            return
        if self.request is not None and pending.id == self.request.id:
            return
        self._start(pending)

    def _start(self, request: RatingRequest) -> None:
        self.thanks_timer.stop()
        self.request = request
        self.level = None
        self._reset_reasons()
        rec = request.record
        window = self.tr("{window} 号窗口　").format(window=rec.window_no) if rec.window_no else ""
        clerk = self.tr("工作人员：{name}　工号：{staff_no}").format(name=rec.clerk_name or "—",
                                                                   staff_no=rec.clerk_staff_no or "—")
        service = self.tr("本次服务：{description}").format(description=self._describe(rec))
        self.clerk_label.setText(f"{window}{clerk}\n{service}")
        self._update_countdown()
        self._show_page(self.levels_page)

    def _describe(self, rec: ServiceRecord) -> str:
        """ServiceRecord.description in the interface language."""
        parts = [rec.matter_name or self.tr("窗口服务")]
        if rec.case_no:
            parts.append(self.tr("办件编号 {case_no}").format(case_no=rec.case_no))
        elif rec.ticket_no:
            parts.append(self.tr("排队号 {ticket_no}").format(ticket_no=rec.ticket_no))
        return " · ".join(parts)

    def _reset_reasons(self) -> None:
        for button in (*self.reason_buttons.values(), self.callback_yes, self.callback_no):
            button.setChecked(False)
        for line in (self.comment, self.rater_name, self.rater_phone):
            line.clear()
        self.contact_box.setVisible(False)
        self.error.clear()

    def _thank(self, poor: bool) -> None:
        self.request = None
        self._allow_typing(False)
        self.thanks_label.setText(self.tr("感谢您的评价！\n我们会尽快核实并改进。") if poor
                                  else self.tr("感谢您的评价！\n祝您生活愉快。"))
        self._show_page(self.thanks_page)
        self.thanks_timer.start(THANKS_SECONDS * 1000)

    def _back_to_idle(self) -> None:
        self.request = None
        self.level = None
        self._allow_typing(False)
        self._show_page(self.idle_page)
        pending = self.service.pending_request()
        if pending is not None:
            self._start(pending)

    def _on_tick(self) -> None:
        if self.service.expire_pending():
            return  # the notification already sent the pad back to idle
        self._update_countdown()

    def _update_countdown(self) -> None:
        if self.request is not None:
            left = self.service.request(self.request.id).seconds_left(self.station.clock.now())
            self.countdown.setText(self.tr("请在 {seconds} 秒内评价，未评价将记为“未评价”").format(seconds=left))

    def _show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        if self.panel:
            if page is not self.idle_page and self.anchor is not None and not self.isVisible():
                centre = self.anchor.frameGeometry().center()
                self.move(centre.x() - self.width() // 2, centre.y() - self.height() // 2)
            super().setVisible(page is not self.idle_page)
            if page is not self.idle_page:
                self.raise_()

    # -- keyboard --------------------------------------------------------------
    def _set_accepts_focus(self, accepts: bool) -> None:
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, not accepts)

    def _allow_typing(self, allow: bool = True) -> None:
        """Let the citizen type in a text line she tapped; otherwise no keyboard at all."""
        if allow == self.accepts_focus:
            return
        visible = self.isVisible()
        self._set_accepts_focus(allow)
        if visible:
            super().setVisible(True)  # changing window flags hides a window
        if allow:
            self.activateWindow()

    @property
    def accepts_focus(self) -> bool:
        return not bool(self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tick.stop()
        self.thanks_timer.stop()
        super().closeEvent(event)

    def setVisible(self, visible: bool) -> None:
        """As a panel, the pad shows itself only while a rating is asked for."""
        if self.panel and visible and self.stack.currentWidget() is self.idle_page:
            return
        super().setVisible(visible)


def _place_on(window: PadWindow, screen: QScreen) -> None:
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.setWindowState(Qt.WindowState.WindowFullScreen)


def create_pad_window(station: Station, opened: dict[str, QWidget]) -> QWidget:
    """The pad on the second screen, or a panel over the clerk window on a single screen."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    primary_index = screens.index(primary) if primary in screens else 0
    index = pad_screen_index(len(screens), primary_index, station.config.screens.get("pad"))
    clerk = opened.get("clerk")
    if index is None and clerk is not None:
        window = PadWindow(station, panel=True)
        window.anchor = clerk
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.resize(max(1000, clerk.width() - 120), max(640, clerk.height() - 120))
        return window
    window = PadWindow(station)
    if index is not None:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        _place_on(window, screens[index])
    else:
        window.resize(1200, 760)
    return window
