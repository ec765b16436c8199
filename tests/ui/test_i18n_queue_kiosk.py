"""The queue panel and the kiosk in English (the committed .ts compiled and installed).

``YICHUANG_TS=/path/to/fragment.ts`` tests a translator's fragment before it is merged."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.station import Station

ROOT = Path(__file__).resolve().parents[2]
AUDIO_WARNINGS = ("pipewire", "Couldn't load", "Couldn't resolve", "PulseAudio", "va-", "FFmpeg")


def _lrelease() -> str:
    local = Path(sys.executable).with_name("pyside6-lrelease")
    return str(local) if local.exists() else "pyside6-lrelease"



def test_english_queue_panel(qtbot: QtBot, clerk_station: Station, english: None) -> None:
    from app.queue.service import QueueService
    from ui.clerk.queue_panel import QueuePanel

    QueueService(clerk_station).take_ticket("SSDJ")
    panel = QueuePanel(clerk_station)
    qtbot.addWidget(panel)
    assert panel.call_button.text() == "Call (F1)"
    assert panel.recall_button.text() == "Recall (F2)"
    assert panel.pause_button.text() == "Pause (F5)"
    assert panel.busy_label.text() == "Contacting the hall server…"
    assert panel.window_label.text() == "Window 3 · calling"
    assert panel.current_detail.text() == "Press F1 to call the next citizen"
    assert panel.counts_model.headerData(0, Qt.Orientation.Horizontal) == "Category"
    waits = [panel.counts_model.index(row, 2).data() for row in range(panel.counts_model.rowCount())]
    assert any(w.startswith("about ") and w.endswith(" min") for w in waits) and "no wait" in waits
    panel.call_next()
    assert panel.current_label.text() == "A001" and "taken" in panel.current_detail.text()
    panel.call_next()
    assert panel.message_label.text() == "No one is waiting."


@pytest.mark.qt_log_ignore(*AUDIO_WARNINGS)
def test_english_kiosk(qtbot: QtBot, station: Station, english: None) -> None:
    from ui.kiosk.window import KioskWindow
    from ui.speech import Speaker

    kiosk = KioskWindow(station, speaker=Speaker(engine="mock", clip_sink=lambda paths: None))
    qtbot.addWidget(kiosk)
    assert kiosk.windowTitle().startswith("Yichuang · Self-service kiosk — ")
    assert [t.text().split("\n")[-1] for t in kiosk.home.tiles] == ["Take a number", "Appointment check-in"]
    assert kiosk.home.greeting.text() == "Welcome! Please choose what you need"
    assert kiosk.elderly_button.text() == "Large print" and kiosk.read_button.text() == "Read aloud"
    kiosk.show_screen(kiosk.take_screen)
    assert kiosk.take_screen.priority.text().startswith("Priority lane")
    assert "0 waiting · no wait" in kiosk.take_screen.buttons["SSDJ"].text()
    assert kiosk.take_screen.waiting.text() == "Getting your number, please wait…"
    kiosk.show_screen(kiosk.checkin_screen)
    kiosk.checkin_screen.code.setText("12")
    kiosk.checkin_screen.check_in()
    assert kiosk.checkin_screen.message.text().startswith("The appointment code has 6 digits")
    assert kiosk.checkin_screen.submit.text() == "Check in"
    with qtbot.waitSignal(kiosk.print_jobs.done, timeout=20000):
        kiosk.show_screen(kiosk.take_screen)
        kiosk.take_screen.take("SSDJ")
    assert kiosk.result.ahead.text() == "People ahead of you: 0"
    assert kiosk.result.done.text() == "Done, back to start"
    kiosk.print_jobs.wait()
