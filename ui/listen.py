"""Station notifications for a screen, for as long as the screen exists."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.station import Listener, Station


def listen(station: Station, owner: QObject, listener: Listener) -> None:
    """``station.subscribe(listener)`` until Qt deletes ``owner`` (a clerk window closed at
    注销, a kiosk rebuilt after a crash): a deleted screen is never called again."""
    station.subscribe(listener)
    owner.destroyed.connect(lambda *_: station.unsubscribe(listener))
