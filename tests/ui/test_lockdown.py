"""Kiosk lockdown: full screen, close attempts ignored, escape keys swallowed, the
supervisor gesture + PIN opens the station menu."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget

from app.kiosk_pin import set_pin
from ui import lockdown
from ui.lockdown import EXIT_MAINTENANCE, Lockdown, PinDialog, StationMenu, TapCounter, lock_down, lockdown_of

PIN = "246810"


class KeyRecorder(QLineEdit):
    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keys.append(event.key())
        super().keyPressEvent(event)


@pytest.fixture
def kiosk(qtbot, station):  # type: ignore[no-untyped-def]
    window = QWidget()
    window.setObjectName("kioskWindow")
    editor = KeyRecorder()
    QVBoxLayout(window).addWidget(editor)
    qtbot.addWidget(window)
    lock = lock_down(window, station)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    yield window, lock, editor
    lock.release()


def tap_corner(qtbot, window: QWidget, times: int, pos: QPoint | None = None) -> None:  # type: ignore[no-untyped-def]
    point = pos or QPoint(window.width() - 10, 10)
    for _ in range(times):
        QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_window_is_full_screen_and_frameless(kiosk) -> None:  # type: ignore[no-untyped-def]
    window, lock, _ = kiosk
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert lockdown_of(window) is lock


def test_close_is_ignored_until_released(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window, lock, _ = kiosk
    assert not window.close()
    assert window.isVisible()
    lock.release()
    assert window.close()
    assert not window.isVisible()


@pytest.mark.parametrize(("key", "mods"), [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_D, Qt.KeyboardModifier.MetaModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
])
def test_escape_keys_are_swallowed(qtbot, kiosk, key: Qt.Key, mods: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    window, _, editor = kiosk
    qtbot.keyClick(editor, key, mods)
    assert key not in editor.keys
    assert window.isVisible() and window.isFullScreen()


def test_ordinary_typing_still_works(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    _, _, editor = kiosk
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "ab"


def test_keys_of_other_windows_are_not_touched(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    other = KeyRecorder()
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClick(other, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert Qt.Key.Key_W in other.keys


def test_leaving_full_screen_is_undone(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window, _, _ = kiosk
    window.showNormal()
    qtbot.waitUntil(window.isFullScreen)


def _fake_exec(monkeypatch: pytest.MonkeyPatch, pin: str, menu_choice: str | None) -> list[str]:
    """Replace the modal dialogs by a supervisor who types ``pin`` and picks ``menu_choice``."""
    seen: list[str] = []

    def pin_exec(self: PinDialog) -> int:
        seen.append("pin")
        QTest.keyClicks(self.pin, pin)
        self._submit()
        return self.result()

    def menu_exec(self: StationMenu) -> int:
        seen.append("menu")
        from PySide6.QtWidgets import QPushButton

        for button in self.findChildren(QPushButton):
            if button.text() == menu_choice:
                button.click()
        return self.result()

    monkeypatch.setattr(PinDialog, "exec", pin_exec)
    monkeypatch.setattr(StationMenu, "exec", menu_exec)
    return seen


def test_five_corner_taps_and_the_right_pin_open_the_menu(qtbot, kiosk, station, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, lock, _ = kiosk
    set_pin(station.secrets, PIN)
    seen = _fake_exec(monkeypatch, PIN, None)
    with qtbot.waitSignal(lock.unlocked):
        tap_corner(qtbot, window, 5)
    assert seen == ["pin", "menu"]


def test_a_wrong_pin_does_not_open_the_menu(qtbot, kiosk, station, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, lock, _ = kiosk
    set_pin(station.secrets, PIN)
    seen = _fake_exec(monkeypatch, "135799", None)
    with qtbot.waitSignal(lock.menu_requested):
        tap_corner(qtbot, window, 5)
    qtbot.wait(20)
    assert seen == ["pin"]
    assert window.isVisible()


@pytest.mark.parametrize(("taps", "pos"), [(4, None), (5, QPoint(400, 300)), (5, QPoint(10, 10))])
def test_too_few_taps_or_the_wrong_place_do_nothing(qtbot, kiosk, monkeypatch, taps: int, pos: QPoint | None) -> None:  # type: ignore[no-untyped-def]
    window, lock, _ = kiosk
    opened: list[bool] = []
    lock.menu_requested.connect(lambda: opened.append(True))
    monkeypatch.setattr(PinDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    tap_corner(qtbot, window, taps, pos)
    qtbot.wait(20)
    assert opened == []


def test_maintenance_exit_releases_the_window(qtbot, kiosk, station, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, lock, _ = kiosk
    set_pin(station.secrets, PIN)
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: codes.append(code)))
    _fake_exec(monkeypatch, PIN, "退出到桌面（维护）")
    with qtbot.waitSignal(lock.unlocked):
        tap_corner(qtbot, window, 5)
    assert codes == [EXIT_MAINTENANCE]
    assert window.close()


def test_extra_menu_actions_run_after_the_pin(qtbot, kiosk, station, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, lock, _ = kiosk
    set_pin(station.secrets, PIN)
    ran: list[str] = []
    lock.add_menu_action("打印测试页", lambda: ran.append("test page"))
    _fake_exec(monkeypatch, PIN, "打印测试页")
    with qtbot.waitSignal(lock.unlocked):
        tap_corner(qtbot, window, 5)
    assert ran == ["test page"]
    assert [label for label, _ in lock.menu_actions][-2:] == ["重新启动本终端", "退出到桌面（维护）"]


def test_tap_counter_needs_the_taps_within_the_time() -> None:
    now = [0.0]
    counter = TapCounter(needed=5, within=3.0, monotonic=lambda: now[0])
    results = []
    for _ in range(5):
        results.append(counter.tap())
        now[0] += 0.8  # 5 taps over 3.2 s: the first falls out
    assert results == [False] * 5  # taps at 0 … 3.2 s: never five within 3 s
    now[0] = 3.3
    assert counter.tap()  # 0.8, 1.6, 2.4, 3.2, 3.3: five within 3 s
    assert not counter.tap()  # counting starts again


def test_keep_focus_only_when_every_role_faces_citizens(qtbot, station) -> None:  # type: ignore[no-untyped-def]
    def lock_for(roles: list[str]) -> Lockdown:
        station.config.roles = roles
        window = QWidget()
        qtbot.addWidget(window)
        lock = lock_down(window, station)
        lock.release()
        return lock

    assert lock_for(["kiosk"]).keep_focus
    assert lock_for(["board", "pad"]).keep_focus
    assert not lock_for(["clerk", "pad"]).keep_focus


def test_escape_key_table() -> None:
    def key(k: Qt.Key, m: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QKeyEvent:
        return QKeyEvent(QKeyEvent.Type.KeyPress, k, m)

    blocked: Callable[[QKeyEvent], bool] = lockdown.is_escape_key
    assert blocked(key(Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier))
    assert not blocked(key(Qt.Key.Key_F4))
    assert not blocked(key(Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier))
    assert not blocked(key(Qt.Key.Key_Escape))


# -- a crash on a kiosk rebuilds the role window (ui.crash_restart) -----------------------

def _kiosk_factory(made: list[QWidget]):  # type: ignore[no-untyped-def]
    def factory(station, opened):  # type: ignore[no-untyped-def]
        window = QWidget()
        window.setObjectName(f"kiosk-{len(made)}")
        lock_down(window, station)
        made.append(window)
        return window

    return factory


@pytest.fixture
def kiosk_windows(qtbot, station, monkeypatch):  # type: ignore[no-untyped-def]
    from ui import roles

    made: list[QWidget] = []
    monkeypatch.setitem(roles.FACTORIES, "kiosk", _kiosk_factory(made))
    windows: dict[str, QWidget] = {}
    roles.open_role("kiosk", station, windows).show()
    yield windows, made
    from shiboken6 import isValid

    for window in made:
        lock = lockdown_of(window)
        if lock is not None:
            lock.release()
        if isValid(window):
            window.close()


def test_unhandled_exception_on_a_kiosk_reopens_the_window(qtbot, station, kiosk_windows, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sys

    from ui import crash
    from ui.crash_restart import RoleRestarter

    windows, made = kiosk_windows
    dialogs: list[str] = []
    restarter = RoleRestarter(fallback=dialogs.append)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install(restarter)
    restarter.attach(station, windows)
    try:
        raise RuntimeError("kiosk page broke")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: restarter.restarted == ["kiosk"])
    assert windows["kiosk"] is made[1] and made[1].isVisible() and made[1].isFullScreen()
    from shiboken6 import isValid

    assert not isValid(made[0])  # the broken window is gone
    assert dialogs == []  # nobody at a kiosk could answer a dialog
    reports = list((tmp_path / "log" / "crash").glob("crash-*.txt"))
    assert reports and "kiosk page broke" in reports[0].read_text("utf-8")


def test_a_clerk_on_the_same_pc_gets_the_message(qtbot, station, kiosk_windows) -> None:  # type: ignore[no-untyped-def]
    from ui.crash_restart import RoleRestarter

    windows, _ = kiosk_windows
    clerk = QWidget()
    qtbot.addWidget(clerk)
    windows["clerk"] = clerk
    dialogs: list[str] = []
    restarter = RoleRestarter(fallback=dialogs.append)
    restarter.attach(station, windows)
    restarter("/log/crash-1.txt")
    qtbot.waitUntil(lambda: restarter.restarted == ["kiosk"])
    assert dialogs == ["/log/crash-1.txt"]
    assert windows["clerk"] is clerk


def test_clerk_only_station_keeps_the_dialog(station) -> None:  # type: ignore[no-untyped-def]
    from ui.crash_restart import RoleRestarter

    dialogs: list[str] = []
    restarter = RoleRestarter(fallback=dialogs.append)
    restarter.attach(station, {"clerk": QWidget()})
    restarter("/log/crash-2.txt")
    assert dialogs == ["/log/crash-2.txt"]


def test_a_crash_loop_restarts_the_whole_program(qtbot, station, kiosk_windows, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.crash_restart import EXIT_CRASH_LOOP, MAX_RESTARTS, RoleRestarter

    windows, _ = kiosk_windows
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: codes.append(code)))
    restarter = RoleRestarter(fallback=lambda path: None, monotonic=lambda: 100.0)
    restarter.attach(station, windows)
    for _ in range(MAX_RESTARTS):
        restarter("/log/crash.txt")
    assert codes == []
    restarter("/log/crash.txt")
    assert codes == [EXIT_CRASH_LOOP]
