"""After an unhandled exception, citizen-facing windows (kiosk, board, pad) are rebuilt
instead of leaving an error dialog that nobody at a kiosk can answer.

ui.crash writes the report first; :class:`RoleRestarter` is its ``on_crash``:

* every open kiosk/board/pad window is closed and opened again from its factory
  (ui.roles.open_role), so the citizen sees a fresh start page in a moment;
* a clerk window, when this PC has one, gets the usual short message instead
  (``fallback``): a clerk can read it and call the IT person;
* more than :data:`MAX_RESTARTS` crashes within :data:`RESTART_WINDOW_SECONDS` end the
  process with :data:`EXIT_CRASH_LOOP`: the kiosk service (Restart=always) then starts
  the whole program afresh, which also clears state a window restart cannot.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.station import Station

log = logging.getLogger(__name__)

CITIZEN_ROLES = ("kiosk", "board", "pad")
MAX_RESTARTS = 5
RESTART_WINDOW_SECONDS = 60.0
EXIT_CRASH_LOOP = 70  # EX_SOFTWARE


class RoleRestarter:
    """``crash.install(restarter)`` early; ``restarter.attach(station, windows)`` once windows exist."""

    def __init__(self, fallback: Callable[[str], None], monotonic: Callable[[], float] = time.monotonic) -> None:
        self._fallback = fallback
        self._monotonic = monotonic
        self._station: Station | None = None
        self._windows: dict[str, QWidget] = {}
        self._crashes: list[float] = []
        self.restarted: list[str] = []  # roles rebuilt by the last crash (for the log and tests)

    def attach(self, station: Station, windows: dict[str, QWidget]) -> None:
        """``windows`` is the live role → window mapping (it is updated in place on restart)."""
        self._station = station
        self._windows = windows

    def __call__(self, report_path: str) -> None:
        citizen = [r for r in CITIZEN_ROLES if r in self._windows]
        if self._station is None or not citizen:
            self._fallback(report_path)
            return
        now = self._monotonic()
        self._crashes = [t for t in self._crashes if now - t <= RESTART_WINDOW_SECONDS] + [now]
        if len(self._crashes) > MAX_RESTARTS:
            log.error("%d crashes within %.0f s: restarting the program", len(self._crashes), RESTART_WINDOW_SECONDS)
            QApplication.exit(EXIT_CRASH_LOOP)
            return
        # Rebuild outside the failing call stack: the broken window may still be in use there.
        QTimer.singleShot(0, lambda: self._restart(citizen))
        if "clerk" in self._windows:
            self._fallback(report_path)

    def _restart(self, roles: list[str]) -> None:
        from ui.lockdown import lockdown_of
        from ui.roles import open_role

        assert self._station is not None
        self.restarted = []
        for role in roles:
            old = self._windows.pop(role, None)
            if old is None:
                continue
            geometry_screen = old.screen()
            lock = lockdown_of(old)
            if lock is not None:
                lock.release()
            old.close()
            old.deleteLater()
            try:
                window = open_role(role, self._station, self._windows)
            except Exception:  # the role cannot even start: let the service restart the process
                log.exception("could not reopen the %s window", role)
                QApplication.exit(EXIT_CRASH_LOOP)
                return
            if geometry_screen is not None:
                window.setScreen(geometry_screen)
                window.move(geometry_screen.geometry().topLeft())
            window.show()
            self.restarted.append(role)
        log.warning("reopened %s after a crash", ", ".join(self.restarted))
