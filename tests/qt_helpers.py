"""Helpers for tests that watch the Qt event loop."""

from __future__ import annotations

from PySide6.QtCore import QTimer


class Ticks:
    """Counts timer ticks: they only happen while the UI thread processes events."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1
