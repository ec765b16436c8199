"""The whole loop on one PC: the kiosk takes a ticket, the clerk calls it, the board shows and says it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.queue.service import QueueService
from app.station import Station
from ui.board.speech import BoardAnnouncer
from ui.board.window import BoardWindow
from ui.clerk.queue_panel import QueuePanel, WaitingCountsModel
from ui.clerk.window import ClerkWindow
from ui.kiosk.style import ELDERLY
from ui.kiosk.window import KioskWindow
from ui.speech import Speaker

# Loading QtTextToSpeech/QtMultimedia on a machine with no sound server warns once.
AUDIO_WARNINGS = ("pipewire", "Couldn't load", "Couldn't resolve", "PulseAudio", "va-", "FFmpeg")


class Recorder:
    def __init__(self) -> None:
        self.played: list[list[Path]] = []

    def __call__(self, paths: list[Path]) -> None:
        self.played.append(paths)


@pytest.mark.qt_log_ignore(*AUDIO_WARNINGS)
def test_kiosk_ticket_called_by_clerk_is_shown_and_spoken_on_the_board(qtbot: QtBot, clerk_station: Station) -> None:
    station = clerk_station
    kiosk = KioskWindow(station, speaker=Speaker(engine="mock", clip_sink=Recorder()))
    qtbot.addWidget(kiosk)
    recorder = Recorder()
    board = BoardWindow(station, BoardAnnouncer(Speaker(engine="mock", clip_sink=recorder)))
    qtbot.addWidget(board)
    clerk = ClerkWindow(station)
    qtbot.addWidget(clerk)
    for w in (kiosk, board, clerk):
        w.show()
    qtbot.waitExposed(kiosk)

    qtbot.mouseClick(kiosk.home.tiles[0], Qt.MouseButton.LeftButton)
    assert kiosk.current_screen() is kiosk.take_screen
    button = kiosk.take_screen.buttons["SBYB"]
    assert "等候 0 人" in button.text()
    with qtbot.waitSignal(kiosk.print_jobs.done, timeout=20000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert kiosk.current_screen() is kiosk.result
    assert kiosk.result.number.text() == "B001"
    assert "请取走" in kiosk.result.print_state.text()
    assert not kiosk.result.reprint_button.isVisible()

    panel = clerk.queue_panel  # type: ignore[attr-defined]
    assert isinstance(panel, QueuePanel)
    assert panel.call_button.text() == "叫号（F1）"
    clerk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is clerk)
    with qtbot.waitSignal(board.callsShown):
        qtbot.keyClick(clerk, Qt.Key.Key_F1)
    assert panel.current_label.text() == "B001"
    assert board.newest.text() == "请 B001 号到 3 号窗口办理"
    assert board.cells[0].ticket_label.text() == "B001" and board.cells[0].isVisibleTo(board)
    assert board.announcer.spoken[-1] == "请 B 零零一 号到 三 号窗口办理"
    spoken = [p.name for p in recorder.played[-1]]
    assert spoken == ["qing.wav", "letter-B.wav", "digit-0.wav", "digit-0.wav", "digit-1.wav", "hao.wav", "dao.wav",
                      "digit-3.wav", "hao.wav", "chuangkou-banli.wav"]
    assert all(p.exists() for p in recorder.played[-1])

    with qtbot.waitSignal(board.callsShown):
        qtbot.mouseClick(panel.recall_button, Qt.MouseButton.LeftButton)
    assert "重呼" in board.recent_labels[0].text()
    kiosk.print_jobs.wait()
    board.close()


@pytest.mark.qt_log_ignore(*AUDIO_WARNINGS)
def test_kiosk_elderly_mode_checkin_and_idle_timeout(qtbot: QtBot, clerk_station: Station, clock: FixedClock) -> None:
    station = clerk_station
    queue = QueueService(station)
    now = clock.now()
    from datetime import timedelta

    appt = queue.create_appointment("HZ", now + timedelta(minutes=10), now + timedelta(minutes=40))
    kiosk = KioskWindow(station, speaker=Speaker(engine="mock", clip_sink=Recorder()))
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.waitExposed(kiosk)

    qtbot.mouseClick(kiosk.elderly_button, Qt.MouseButton.LeftButton)
    assert kiosk.elderly
    kiosk.show_screen(kiosk.take_screen)
    assert kiosk.take_screen.priority.isChecked()  # 长辈版 asks for the priority lane by default
    assert len(kiosk.take_screen.buttons) == ELDERLY.categories_per_page
    for b in kiosk.take_screen.buttons.values():
        assert b.height() >= 60 and b.width() >= 60
        assert b.font().pointSizeF() >= 18 or "22pt" in kiosk.styleSheet()
    assert kiosk.take_screen.next_page.isVisible()
    assert "请选择业务类别" in kiosk.read_aloud()

    kiosk.show_screen(kiosk.checkin_screen)
    keys = {b.text(): b for b in kiosk.checkin_screen.findChildren(QPushButton)}
    for digit in appt.code[:3]:
        qtbot.mouseClick(keys[digit], Qt.MouseButton.LeftButton)
    assert kiosk.checkin_screen.code.text() == appt.code[:3]
    kiosk.idle.timeout.emit()  # what the idle timer does after kiosk_idle_seconds
    assert kiosk.current_screen() is kiosk.home
    assert kiosk.checkin_screen.code.text() == ""
    assert not kiosk.elderly  # back to the station's default look

    kiosk.show_screen(kiosk.checkin_screen)
    kiosk.checkin_screen.code.setText("123")
    kiosk.checkin_screen.check_in()
    assert "6 位" in kiosk.checkin_screen.message.text()
    kiosk.checkin_screen.code.setText(appt.code)
    with qtbot.waitSignal(kiosk.print_jobs.done, timeout=20000):
        qtbot.mouseClick(kiosk.checkin_screen.submit, Qt.MouseButton.LeftButton)
    assert kiosk.result.number.text() == "D001"
    assert "预约" in kiosk.result.category.text()
    kiosk.print_jobs.wait()


def test_print_failure_keeps_the_ticket_and_offers_reprint(qtbot: QtBot, station: Station) -> None:
    station.config.printers["ticket"] = "没有这台打印机"
    kiosk = KioskWindow(station, speaker=Speaker(engine="", clip_sink=Recorder()))
    qtbot.addWidget(kiosk)
    kiosk.show_screen(kiosk.take_screen)
    with qtbot.waitSignal(kiosk.print_jobs.failed, timeout=20000):
        kiosk.take_screen.take("SSDJ")
    assert kiosk.result.number.text() == "A001"
    assert "已保留" in kiosk.result.print_state.text()
    assert kiosk.result.reprint_button.isVisibleTo(kiosk)
    assert QueueService(station).find_ticket("A001").state == "waiting"
    station.config.printers["ticket"] = "pdf-folder"
    with qtbot.waitSignal(kiosk.print_jobs.done, timeout=20000):
        qtbot.mouseClick(kiosk.result.reprint_button, Qt.MouseButton.LeftButton)
    assert "请取走" in kiosk.result.print_state.text()
    kiosk.print_jobs.wait()


def test_kiosk_add_tile_for_other_features(qtbot: QtBot, station: Station) -> None:
    from ui.kiosk.screens import KioskScreen

    kiosk = KioskWindow(station, speaker=Speaker(engine="", clip_sink=Recorder()))
    qtbot.addWidget(kiosk)
    guide = KioskScreen()
    tile = kiosk.add_tile("办事指南", "指", guide)
    assert [t.text().split("\n")[-1] for t in kiosk.home.tiles] == ["取号", "预约签到", "办事指南"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert kiosk.current_screen() is guide
    guide.home.emit()
    assert kiosk.current_screen() is kiosk.home


def test_panel_actions_and_counts_model(qtbot: QtBot, qtmodeltester, clerk_station: Station) -> None:  # type: ignore[no-untyped-def]
    queue = QueueService(clerk_station)
    queue.take_ticket("SSDJ")
    queue.take_ticket("SSDJ")
    panel = QueuePanel(clerk_station)
    qtbot.addWidget(panel)
    assert panel.counts_model.index(0, 1).data() == "2"
    panel.call_next()
    assert panel.current_label.text() == "A001"
    panel.hold()
    assert panel.held_list.count() == 1 and panel.current_label.text() == "—"
    panel.ticket_input.setText("a002")
    panel.call_given()
    assert panel.current_label.text() == "A002"
    panel.toggle_pause()
    assert "暂停" in panel.window_label.text() and panel.pause_button.text() == "恢复（F5）"
    model = WaitingCountsModel()
    model.set_rows([("A 综合受理", 3, 15), ("B 社保医保", 0, None)])
    qtmodeltester.check(model)


def test_profile_dialog_reads_and_returns_settings(qtbot: QtBot, supervisor_station: Station) -> None:
    from ui.clerk.queue_panel import WindowProfileDialog

    queue = QueueService(supervisor_station)
    queue.save_window_profile("1", {"SBYB": 3})
    dialog = WindowProfileDialog(supervisor_station, queue, "1")
    qtbot.addWidget(dialog)
    assert dialog.weights() == {"SBYB": 3}
    dialog.rows["GJJ"][0].setChecked(True)
    dialog.streak.setValue(5)
    queue.save_window_profile("1", dialog.weights())
    queue.set_settings(dialog.policy_values())
    assert dict(queue.profile("1").weights) == {"SBYB": 3, "GJJ": 1}
    assert queue.policy_settings().front_streak_limit == 5
