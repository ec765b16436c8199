"""Kiosk lockdown for citizen-facing windows (自助终端, 叫号屏, 评价器).

``lock_down(window, station)`` makes any top-level QWidget full screen and frameless,
ignores close attempts (Alt+F4, the window manager's close button, Ctrl+W …) and
swallows the usual escape keys. A supervisor opens the station menu with a hidden
gesture: :data:`TAPS_TO_UNLOCK` taps in the top-right corner within
:data:`TAP_WINDOW_SECONDS`, then the supervisor PIN (checked in app.kiosk_pin).

What Qt cannot stop (Ctrl+Alt+Del, switching virtual terminals) is closed at the
operating-system level: see docs/install.md (dedicated kiosk account, kiosk session).
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QInputDevice, QKeyEvent, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import UserError
from app.kiosk_pin import PinChecker
from app.station import Station

log = logging.getLogger(__name__)

TAPS_TO_UNLOCK = 5
TAP_WINDOW_SECONDS = 3.0
CORNER_SIZE = 120  # px: the top-right square that counts the supervisor's taps
EXIT_MAINTENANCE = 3  # exit code the kiosk service does not restart on (RestartPreventExitStatus=3)
CITIZEN_ROLES = frozenset({"kiosk", "board", "pad"})

_BLOCKED_KEYS: frozenset[tuple[Qt.Key, Qt.KeyboardModifier]] = frozenset({
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Backtab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Space, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier),
})
_BLOCKED_ANY = frozenset({Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Menu, Qt.Key.Key_F11})
_MODIFIERS = (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
              | Qt.KeyboardModifier.MetaModifier | Qt.KeyboardModifier.ShiftModifier)


def is_escape_key(event: QKeyEvent) -> bool:
    """True for key combinations that close, switch or leave a window."""
    key = Qt.Key(event.key())
    if key in _BLOCKED_ANY:
        return True
    mods = event.modifiers() & _MODIFIERS
    if mods & Qt.KeyboardModifier.MetaModifier:
        return True  # Windows key combinations (Win+D, Win+Tab …) where they reach us
    mods &= ~Qt.KeyboardModifier.ShiftModifier
    return any(key == k and mods == m for k, m in _BLOCKED_KEYS)


class TapCounter:
    """Counts taps; true when ``needed`` taps fell within ``within`` seconds."""

    def __init__(self, needed: int = TAPS_TO_UNLOCK, within: float = TAP_WINDOW_SECONDS,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.needed = needed
        self.within = within
        self._monotonic = monotonic
        self._taps: list[float] = []

    def tap(self) -> bool:
        now = self._monotonic()
        self._taps = [t for t in self._taps if now - t <= self.within] + [now]
        if len(self._taps) >= self.needed:
            self._taps.clear()
            return True
        return False

    def reset(self) -> None:
        self._taps.clear()


class PinDialog(QDialog):
    """Supervisor PIN on a touch keypad (a kiosk has no keyboard)."""

    def __init__(self, checker: PinChecker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checker = checker
        self.setObjectName("supervisorPinDialog")
        self.setWindowTitle(self.tr("管理员解锁"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("请输入管理员解锁密码")))
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.returnPressed.connect(self._submit)
        layout.addWidget(self.pin)
        self.message = QLabel("")
        self.message.setObjectName("pinMessage")
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        layout.addLayout(self._keypad())

    def _keypad(self) -> QGridLayout:
        grid = QGridLayout()
        for i, digit in enumerate("1234567890"):
            row, column = (i // 3, i % 3) if digit != "0" else (3, 1)
            grid.addWidget(self._key(digit, partial(self.pin.insert, digit)), row, column)
        grid.addWidget(self._key(self.tr("删除"), self.pin.backspace), 3, 0)
        grid.addWidget(self._key(self.tr("确定"), self._submit), 3, 2)
        grid.addWidget(self._key(self.tr("取消"), self.reject), 4, 0, 1, 3)
        return grid

    def _key(self, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumSize(72, 56)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: action())
        return button

    def _submit(self) -> None:
        try:
            ok = self._checker.check(self.pin.text())
        except UserError as err:
            self.message.setText(err.message)
            self.pin.clear()
            return
        if ok:
            self.accept()
            return
        self.message.setText(self.tr("密码不正确，请重新输入。"))
        self.pin.clear()


class StationMenu(QDialog):
    """What a supervisor may do at a locked terminal."""

    def __init__(self, actions: list[tuple[str, Callable[[], None]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationMenu")
        self.setWindowTitle(self.tr("工作站菜单"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("管理员菜单")))
        for label, action in actions:
            button = QPushButton(label)
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, a=action: self._run(a))
            layout.addWidget(button)
        back = QPushButton(self.tr("返回"))
        back.setObjectName("menuBack")
        back.setMinimumHeight(56)
        back.clicked.connect(self.reject)
        layout.addWidget(back)

    def _run(self, action: Callable[[], None]) -> None:
        self.accept()
        action()


class Lockdown(QObject):
    """The lock on one window; created by :func:`lock_down`."""

    unlocked = Signal()  # the supervisor entered the right PIN
    menu_requested = Signal()  # the gesture was made (before the PIN is asked)

    def __init__(self, window: QWidget, station: Station, *, keep_focus: bool) -> None:
        # Not a child of the window: an application-wide filter must outlive the
        # window's destruction, during which Qt still delivers events.
        super().__init__()
        self._window_ref = weakref.ref(window)  # no cycle: the window's wrapper keeps the lock
        self.station = station
        self.keep_focus = keep_focus
        self.taps = TapCounter()
        self.checker = PinChecker(station.secrets)
        self.allow_close = False
        self.menu_actions: list[tuple[str, Callable[[], None]]] = [
            (self.tr("重新启动本终端"), self.restart),
            (self.tr("退出到桌面（维护）"), self.exit_for_maintenance),
        ]
        self._dialog_open = False

    @property
    def window(self) -> QWidget:
        window = self._window_ref()
        if window is None:
            raise RuntimeError("the locked window is gone")
        return window

    # -- public -----------------------------------------------------------
    def add_menu_action(self, label: str, action: Callable[[], None]) -> None:
        """Add a supervisor-only entry to the station menu (e.g. 打印测试页)."""
        self.menu_actions.insert(len(self.menu_actions) - 2, (label, action))

    def open_menu(self) -> bool:
        """Ask the PIN, then show the station menu; True when the PIN was right."""
        if self._dialog_open:
            return False
        self._dialog_open = True
        try:
            self.menu_requested.emit()
            if PinDialog(self.checker, self.window).exec() != QDialog.DialogCode.Accepted:
                return False
            log.info("supervisor unlocked a %s window", self.window.objectName() or "citizen")
            self.unlocked.emit()
            StationMenu(self.menu_actions, self.window).exec()
            return True
        finally:
            self._dialog_open = False

    def detach(self) -> None:
        """Stop filtering (the window is gone)."""
        self.allow_close = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def release(self) -> None:
        """Let the window close (the process is about to quit or the window is replaced)."""
        self.allow_close = True

    def restart(self) -> None:
        """Quit with a failure code: the kiosk service (Restart=always) starts it again."""
        self.release()
        QApplication.exit(1)

    def exit_for_maintenance(self) -> None:
        self.release()
        QApplication.exit(EXIT_MAINTENANCE)

    # -- events -----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Application-wide filter: it sees every event before the widget it is meant for."""
        ref = getattr(self, "_window_ref", None)  # None while Python tears the lock down
        window = ref() if ref is not None else None
        if window is None or not isValid(window):  # the window is being destroyed
            self.detach()
            return False
        kind = event.type()
        if watched is window:
            return self._window_event(kind, event)
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if self._belongs_here(watched) and is_escape_key(event):
                event.accept()
                return True
        elif watched is self._native_window():
            # The native window gets each press once, before it is handed to a child widget.
            if kind == QEvent.Type.MouseButtonPress:
                assert isinstance(event, QMouseEvent)
                if event.device().type() != QInputDevice.DeviceType.TouchScreen:  # counted at TouchBegin
                    self._tap(event.position().toPoint())
            elif kind == QEvent.Type.TouchBegin:
                assert isinstance(event, QTouchEvent)
                if event.points():
                    self._tap(event.points()[0].position().toPoint())
        return False

    def _native_window(self) -> QObject | None:
        return self.window.windowHandle()

    def _belongs_here(self, watched: QObject) -> bool:
        if isinstance(watched, QWidget):
            return watched.window() is self.window
        return watched is self._native_window()

    def _window_event(self, kind: QEvent.Type, event: QEvent) -> bool:
        if kind == QEvent.Type.Close and not self.allow_close:
            event.ignore()
            return True
        if (kind == QEvent.Type.WindowStateChange and not self.allow_close
                and not self.window.isFullScreen() and self.window.isVisible()):
            QTimer.singleShot(0, self.window.showFullScreen)
        return False

    def _tap(self, pos: QPoint) -> None:
        width = self.window.width()
        in_corner = pos.x() >= width - CORNER_SIZE and pos.y() <= CORNER_SIZE
        if not in_corner:
            self.taps.reset()
            return
        if self.taps.tap():
            QTimer.singleShot(0, self.open_menu)

    def on_application_state(self, state: Qt.ApplicationState) -> None:
        """Another program took the focus: bring the terminal back to the front."""
        if self.keep_focus and not self.allow_close and state != Qt.ApplicationState.ApplicationActive:
            QTimer.singleShot(300, self._reclaim)

    def _reclaim(self) -> None:
        if self.allow_close or self._dialog_open or not self.window.isVisible():
            return
        self.window.showFullScreen()
        self.window.raise_()
        self.window.activateWindow()


def lock_down(window: QWidget, station: Station, *, keep_focus: bool | None = None) -> Lockdown:
    """Lock ``window`` for a public terminal; call before ``window.show()``.

    ``keep_focus`` (default: when every role of this PC faces citizens) pulls the window
    back to the front when another program takes the focus; a PC that also has a clerk
    window must not fight the clerk for the focus.
    """
    if keep_focus is None:
        keep_focus = bool(station.config.roles) and set(station.config.roles) <= CITIZEN_ROLES
    lock = Lockdown(window, station, keep_focus=keep_focus)
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, keep_focus)
    window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
    window.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    app = QApplication.instance()
    assert isinstance(app, QApplication), "lock_down needs the QApplication"
    app.installEventFilter(lock)
    app.applicationStateChanged.connect(lock.on_application_state)
    window.destroyed.connect(lock.detach)
    setattr(window, _ATTRIBUTE, lock)  # keeps the lock alive as long as the window's wrapper
    return lock


_ATTRIBUTE = "_yichuang_lockdown"


def lockdown_of(window: QWidget) -> Lockdown | None:
    """The lock :func:`lock_down` put on ``window``, if any."""
    lock = getattr(window, _ATTRIBUTE, None)
    return lock if isinstance(lock, Lockdown) else None
