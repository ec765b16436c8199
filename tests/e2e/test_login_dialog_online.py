"""The login dialog logs in online against the real server, off the UI thread; a wrong
password is refused by the server and what was typed stays."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sync_helpers import PASSWORD, ServerProcess, new_station, sync

from ui.clerk.login import LoginDialog


def test_online_login_from_the_dialog(qtbot: QtBot, shared_server: ServerProcess, tmp_path: Path) -> None:
    station = new_station(shared_server, tmp_path / "st")
    sync(station)  # enrolled, users pulled
    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.staff_no, shared_server.staff(1))
    qtbot.keyClicks(dialog.password, "not-the-password")
    dialog.try_login()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() and dialog.error.text() != "", timeout=15000)
    assert "不正确" in dialog.error.text()
    assert dialog.staff_no.text() == shared_server.staff(1)
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.try_login()
    assert dialog.session is not None and not dialog.session.offline
    assert station.session == dialog.session
    station.close()
