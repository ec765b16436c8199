"""The display board (叫号屏): the newest call big and highlighted, each window's current
number, the last calls; every new call is spoken.

It reads the call log (queue_calls) of the station's store: refreshed at once when a
window of this process calls, and polled every 1.5 s for windows in other processes
sharing the file. With the shared hall queue (a server), it listens to the hall's queue
events (server-sent events, long-polling as the listener's fallback) and, while the
listener is not connected, polls the server's queue state.
"""

from __future__ import annotations

import math
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.queue import queue_for
from app.queue.hall import HallQueue
from app.queue.service import CallRecord, QueueService
from app.station import Station
from ui.board.speech import BoardAnnouncer
from ui.listen import listen
from ui.models.labels import call_text, no_show_text
from ui.worker import Worker

POLL_MS = 1500
OFFLINE_RETRY_S = 15.0  # shared hall queue unreachable: ask its state again after this long
MAX_WINDOW_CELLS = 24
RECENT = 8
STYLE = """
#board { background: #0b2545; }
#board QLabel { color: #ffffff; }
#board QLabel#boardTitle { font-size: 30pt; font-weight: bold; }
#board QLabel#boardClock { font-size: 22pt; color: #cfe0ff; }
#board QLabel#newestCall { font-size: 54pt; font-weight: bold; color: #ffd60a; background: #13315c;
              border: 4px solid #ffd60a; border-radius: 16px; padding: 18px; }
#board QLabel#sectionTitle { font-size: 20pt; color: #cfe0ff; }
#windowCell { background: #13315c; border-radius: 10px; }
#windowCell[newest="true"] { background: #8d0801; }
#board QLabel#cellWindow { font-size: 18pt; color: #cfe0ff; }
#board QLabel#cellTicket { font-size: 34pt; font-weight: bold; }
#board QLabel#recentCall { font-size: 20pt; }
#board QLabel#boardFooter { font-size: 16pt; color: #cfe0ff; }
"""


class WindowCell(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("windowCell")
        layout = QVBoxLayout(self)
        self.window_label = QLabel()
        self.window_label.setObjectName("cellWindow")
        self.ticket_label = QLabel()
        self.ticket_label.setObjectName("cellTicket")
        for label in (self.window_label, self.ticket_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)

    def show_call(self, call: CallRecord, newest: bool) -> None:
        self.window_label.setText(self.tr("{window} 号窗口").format(window=call.window_no))
        self.ticket_label.setText(call.ticket_no)
        self.setProperty("newest", "true" if newest else "false")
        self.style().unpolish(self)
        self.style().polish(self)


class BoardWindow(QWidget):
    """叫号屏. ``callsShown`` is emitted after each refresh that showed new calls."""

    callsShown = Signal(int)  # newest call seq
    hallEvent = Signal(object)  # a queue event of the shared hall queue (from the listener thread)

    def __init__(self, station: Station, announcer: BoardAnnouncer | None = None,
                 parent: QWidget | None = None, *, queue: QueueService | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.queue = queue or queue_for(station)
        self.listener: Any = None
        self._closed = False
        self._next_state_poll = 0.0
        self.announcer = announcer or BoardAnnouncer(parent=self)
        self.setObjectName("board")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("一窗通 · 叫号屏 — {hall}").format(hall=station.config.hall_name))
        self.setStyleSheet(STYLE)
        self.resize(1280, 720)
        self._last_seq: int | None = None
        self._build()
        listen(station, self, self._on_changes)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        self._worker: Worker | None = None
        if isinstance(self.queue, HallQueue):
            self._worker = Worker(self, station=station)  # the server is asked off the UI thread
            self._next_state_poll = math.inf  # no polling before the first answer
            self._worker.run(self.queue.seed_calls, self._listen)
        self.refresh(speak=False)

    def _listen(self, after: int | None) -> None:
        """The calls being served are known (or the server is away): follow the hall's events."""
        from app.sync.hall_queue import QueueEventListener
        from app.sync.runner import make_client

        self._seeded(after)
        if self._closed:  # closed while the server was being asked
            return
        self.hallEvent.connect(self._on_hall_event, Qt.ConnectionType.QueuedConnection)
        self.listener = QueueEventListener(make_client(self.station), self.hallEvent.emit, after=after or 0)
        self.listener.start()
        self.refresh(speak=False)

    def _seeded(self, after: int | None) -> None:
        """An unreachable server is asked again only after OFFLINE_RETRY_S."""
        self._next_state_poll = time.monotonic() + (OFFLINE_RETRY_S if after is None else 0)

    def _poll_hall_state(self, queue: HallQueue) -> None:
        """Polling fallback while no event stream answers, one request at a time, off the UI thread."""
        if self._worker is None or self._worker.busy or time.monotonic() < self._next_state_poll:
            return
        self._worker.run(queue.seed_calls, self._seeded)

    def _on_hall_event(self, event: dict[str, Any]) -> None:
        if isinstance(self.queue, HallQueue) and self.queue.record_event(event) is not None:
            self.refresh()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(32, 24, 32, 24)
        root.setSpacing(18)
        top = QHBoxLayout()
        title = QLabel(self.tr("{hall} · 叫号信息").format(hall=self.station.config.hall_name))
        title.setObjectName("boardTitle")
        self.clock_label = QLabel()
        self.clock_label.setObjectName("boardClock")
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.clock_label)
        root.addLayout(top)
        self.newest = QLabel(self.tr("请留意叫号"))
        self.newest.setObjectName("newestCall")
        self.newest.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.newest.setWordWrap(True)  # wraps rather than widening the board past the screen
        root.addWidget(self.newest)
        body = QHBoxLayout()
        body.setSpacing(24)
        left = QVBoxLayout()
        left.addWidget(self._section(self.tr("各窗口当前叫号")))
        self.cells_grid = QGridLayout()
        self.cells_grid.setSpacing(12)
        left.addLayout(self.cells_grid)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._section(self.tr("最近叫号")))
        self.recent_labels = [QLabel() for _ in range(RECENT)]
        for label in self.recent_labels:
            label.setObjectName("recentCall")
            right.addWidget(label)
        right.addStretch(1)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        root.addLayout(body, 1)
        cfg = self.station.config
        footer = QLabel(self.tr("请保管好您的排队小票。") + no_show_text(cfg.recalls_before_no_show, cfg.no_show_policy))
        footer.setObjectName("boardFooter")
        footer.setWordWrap(True)
        root.addWidget(footer)
        self.cells: list[WindowCell] = []

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        return label

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self._timer.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        super().closeEvent(event)

    # -- refreshing -------------------------------------------------------------
    def _on_changes(self, changes: frozenset[str]) -> None:
        if "queue" in changes:
            self.refresh()

    def _poll(self) -> None:
        self.clock_label.setText(self.station.clock.now().strftime("%H:%M"))
        if isinstance(self.queue, HallQueue) and (self.listener is None or not self.listener.connected.is_set()):
            self._poll_hall_state(self.queue)
        if self.queue.last_call_seq() != (self._last_seq or 0):
            self.refresh()

    def refresh(self, speak: bool = True) -> None:
        self.clock_label.setText(self.station.clock.now().strftime("%H:%M"))
        recent = self.queue.recent_calls(RECENT)
        newest_seq = recent[0].seq if recent else 0
        fresh = [c for c in recent if self._last_seq is not None and c.seq > self._last_seq]
        first_load = self._last_seq is None
        self._last_seq = newest_seq
        self._show_recent(recent)
        self._show_windows(self.queue.window_calls(), newest_seq)
        if recent:
            self.newest.setText(call_text(recent[0].ticket_no, recent[0].window_no))
        if speak and not first_load:
            for call in reversed(fresh[:3]):  # oldest first; a burst never builds a long backlog
                self.announcer.announce(call.ticket_no, call.window_no)
        if fresh:
            self.callsShown.emit(newest_seq)

    def _show_recent(self, recent: list[CallRecord]) -> None:
        for i, label in enumerate(self.recent_labels):
            if i < len(recent):
                call = recent[i]
                line = self.tr("{time}  {ticket} → {window} 号窗口").format(
                    time=f"{call.at:%H:%M}", ticket=call.ticket_no, window=call.window_no)
                label.setText(line + self.tr("（重呼）") if call.kind == "recalled" else line)
                label.setStyleSheet("color:#ffd60a" if i == 0 else "")
            else:
                label.setText("")

    def _show_windows(self, calls: dict[str, CallRecord], newest_seq: int) -> None:
        ordered = sorted(calls.values(), key=lambda c: c.seq, reverse=True)[:MAX_WINDOW_CELLS]
        ordered.sort(key=lambda c: (len(c.window_no), c.window_no))
        while len(self.cells) < len(ordered):
            cell = WindowCell(self)
            n = len(self.cells)
            self.cells_grid.addWidget(cell, n // 4, n % 4)
            self.cells.append(cell)
        for i, cell in enumerate(self.cells):
            cell.setVisible(i < len(ordered))
            if i < len(ordered):
                cell.show_call(ordered[i], ordered[i].seq == newest_seq)


def create_board_window(station: Station, opened: dict[str, QWidget]) -> QWidget:
    board = BoardWindow(station)
    if "board" in station.config.screens:
        board.setWindowState(Qt.WindowState.WindowFullScreen)
    return board
