"""注销 at a shared PC: the next clerk logs in to a fresh window; the board keeps running."""

from __future__ import annotations

import argparse
import gc
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.clerk.login import LoginDialog
from ui.main import _follow_shifts
from ui.roles import open_role


def _answer_login(staff_no: str | None, password: str = "demo1234") -> None:
    """When the log-in dialog is up: log in as ``staff_no``, or cancel it (None)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, answer)
            return
        if staff_no is None:
            dialog.reject()
            return
        dialog.staff_no.setText(staff_no)
        dialog.password.setText(password)
        dialog.try_login()

    QTimer.singleShot(20, answer)


def test_next_clerk_gets_a_fresh_window(qtbot: Any, qapp: QApplication, clerk_station: Any) -> None:
    windows: dict[str, QWidget] = {}
    for role in ("clerk", "board"):
        open_role(role, clerk_station, windows).show()
    first = windows["clerk"]
    qtbot.addWidget(windows["board"])
    _follow_shifts(qapp, windows, clerk_station, argparse.Namespace(demo=True))
    _answer_login("S002")
    first._logout()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: windows.get("clerk") not in (None, first) and windows["clerk"].isVisible(), timeout=10000)
    second = windows["clerk"]
    qtbot.addWidget(second)
    assert clerk_station.session.staff_no == "S002"
    assert "S002" in second.status.clerk_label.text()  # type: ignore[attr-defined]
    assert windows["board"].isVisible()
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=5000)
    first = None  # the test lets go of the old window too
    qtbot.wait(10)
    gc.collect()
    clerk_station.notify("queue", "session")  # listeners of the closed window are gone: no error here
    kinds = [r["action"] for r in clerk_station.store.query("SELECT action FROM audit_log ORDER BY seq")]
    assert kinds[-2:] == ["logout", "login"]


def test_cancelled_login_leaves_the_board_running(qtbot: Any, qapp: QApplication, clerk_station: Any) -> None:
    windows: dict[str, QWidget] = {}
    for role in ("clerk", "board"):
        open_role(role, clerk_station, windows).show()
    qtbot.addWidget(windows["board"])
    first = windows["clerk"]
    _follow_shifts(qapp, windows, clerk_station, argparse.Namespace(demo=True))
    _answer_login(None)
    first._logout()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "clerk" not in windows and not first.isVisible(), timeout=10000)
    assert windows["board"].isVisible() and clerk_station.session is None
