"""The sync thread's reports, turned into Qt signals queued to the UI thread.

The runner calls back from its own thread; the signals here are emitted there and, since
this QObject lives in the UI thread, Qt delivers them to the slots in the UI thread. The
slots update the status bar (online/offline, pending count via ``station.notify``), a
label for what needs attention (clock skew, protocol refused, quarantined records, last
problem), and announce what the sync changed (catalog, calendar, cases …).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel

from app.station import Station
from ui.statusbar import StationStatusBar

if TYPE_CHECKING:  # the sync engine (and requests) load only on a station with a server
    from app.sync.engine import SyncState
    from app.sync.runner import SyncRunner
    from ui.clerk.window import ClerkWindow

QUARANTINE_SHORTCUT = "Ctrl+Shift+U"


def attention_text(state: SyncState) -> str:
    """What the clerk should know beyond online/offline (empty when all is well)."""
    parts = []
    if state.blocked and state.last_error:
        parts.append(state.last_error)
    if state.clock_off:
        parts.append(state.skew_text)
    if state.quarantined:
        text = QCoreApplication.translate("SyncStatus", "{count} 条记录被服务器退回，请大厅管理人员处理")
        parts.append(text.format(count=state.quarantined))
    if state.last_error and not state.blocked:
        parts.append(QCoreApplication.translate("SyncStatus", "同步提示：{message}").format(message=state.last_error))
    return QCoreApplication.translate("SyncStatus", "；").join(parts)


class SyncStatus(QObject):
    state_changed = Signal(object)  # SyncState
    data_changed = Signal(object)  # frozenset[str]: station.notify names

    def __init__(self, station: Station, runner: SyncRunner, status_bar: StationStatusBar) -> None:
        super().__init__(status_bar)
        self.station = station
        self.status_bar = status_bar
        self.label = QLabel()
        self.label.setObjectName("syncAttention")
        self.label.setStyleSheet("color:#b00020")
        status_bar.addPermanentWidget(self.label)
        self.state_changed.connect(self._show_state)
        self.data_changed.connect(self._announce)
        on_state, on_changes = self.state_changed.emit, self.data_changed.emit
        runner.add_state_listener(on_state)
        runner.add_change_listener(on_changes)
        # a status bar goes with its window (注销, a crash restart): the runner stops calling it
        self.destroyed.connect(lambda *_: runner.remove_listeners(on_state, on_changes))
        from app.sync.engine import SyncState

        self._show_state(runner.state if runner.rounds else SyncState(detail=self.tr("正在连接服务器")))

    @Slot(object)
    def _show_state(self, state: SyncState) -> None:
        detail = state.detail if not state.online else ""
        self.status_bar.set_network(state.online, detail)
        self.label.setText(attention_text(state))
        self.label.setToolTip(self.tr("上次同步：{time}").format(time=state.last_sync_at) if state.last_sync_at
                              else self.tr("尚未与服务器同步"))

    @Slot(object)
    def _announce(self, changes: frozenset[str]) -> None:
        self.station.notify(*sorted(changes | {"sync"}))


def attach(station: Station, runner: SyncRunner, status_bar: StationStatusBar) -> SyncStatus:
    status = SyncStatus(station, runner, status_bar)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(runner.stop)
    return status


def install_sync(window: ClerkWindow) -> None:
    """The clerk window's sync lines: the status-bar hook, and for supervisors 同步退回记录."""
    runner = None
    if window.station.config.server_url:  # a standalone station never loads the sync engine
        from app.sync.runner import running

        runner = running(window.station)
    if runner is not None:
        window.sync_status = attach(window.station, runner, window.status)  # type: ignore[attr-defined]
    session = window.station.session
    if session is not None and session.can("sync.quarantine"):
        from ui.sync.quarantine_page import QuarantinePage

        window.add_page("sync.quarantine", QuarantinePage(window.station),
                        QCoreApplication.translate("SyncStatus", "同步退回记录"), QUARANTINE_SHORTCUT)
