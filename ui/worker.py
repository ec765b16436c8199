"""Work off the UI thread: a callable runs on Qt's thread pool and its result or its
exception comes back on the UI thread (the UI never waits on the network).

``Worker(owner)`` runs its jobs one after another, in order (a refresh never overlaps an
action of the same screen). The callbacks run on the UI thread, and only while ``owner``
still exists: a screen closed while a job was in flight gets nothing. A ``UserError`` goes
to ``on_error``; any other exception is a bug and goes to ``sys.excepthook`` (the crash
report), never to the citizen.

Services announce changes with ``station.notify(...)`` from whatever thread they run on,
and UI listeners subscribe to it. ``bridge_notifications(station)`` (done by every
background Worker given a station) makes a notify from another thread reach the
listeners on the UI thread, through a queued signal.

``Worker(owner, background=False)`` runs jobs at once on the calling thread, with the same
callbacks: the standalone station's local queue (SQLite, a few ms) uses it.
"""

from __future__ import annotations

import logging
import sys
import threading
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool, Signal, Slot

from app.errors import UserError

if TYPE_CHECKING:
    from app.station import Station

log = logging.getLogger(__name__)

STOP_WAIT_SECONDS = 15.0  # the longest a server call takes (connect and read timeouts)
Done = Callable[[Any], None]
Failed = Callable[[UserError], None]


@dataclass
class _Job:
    fn: Callable[[], Any]
    on_done: Done | None
    on_error: Failed | None
    result: Any = None
    error: BaseException | None = None
    ended: threading.Event = field(default_factory=threading.Event)  # set on the worker thread when fn returns


def on_ui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is None or QThread.currentThread() is app.thread()


class _Relay(QObject):
    """Lives on the UI thread for the whole process: the worker threads emit, the UI thread receives."""

    finished = Signal(object, object)  # weakref to the Worker, _Job

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, worker_ref: weakref.ref[Worker], job: _Job) -> None:
        worker = worker_ref()
        if worker is not None and shiboken6.isValid(worker):
            worker._finish(job)


_relay: _Relay | None = None
_relay_lock = threading.Lock()


def _the_relay() -> _Relay:
    global _relay
    with _relay_lock:
        if _relay is None:
            _relay = _Relay()
        return _relay


class _Task(QRunnable):
    def __init__(self, worker_ref: weakref.ref[Worker], job: _Job, relay: _Relay) -> None:
        super().__init__()
        self.worker_ref, self.job, self.relay = worker_ref, job, relay

    def run(self) -> None:
        try:
            self.job.result = self.job.fn()
        except BaseException as exc:  # handed to the UI thread, which decides what it is
            self.job.error = exc
        finally:
            self.job.ended.set()
        try:
            self.relay.finished.emit(self.worker_ref, self.job)
        except RuntimeError:  # the application is shutting down: nobody is left to tell
            log.debug("background job finished after the relay was deleted")


class Worker(QObject):
    """Runs jobs for ``owner`` one at a time; ``busyChanged`` says when it starts and stops working."""

    busyChanged = Signal(bool)

    def __init__(self, owner: QObject, *, background: bool = True, station: Station | None = None) -> None:
        super().__init__(owner)
        self.background = background
        self._pending: deque[_Job] = deque()
        self._running: _Job | None = None
        self._ref = weakref.ref(self)
        self._stopped = False
        if background:
            self._relay = _the_relay()
            if station is not None:
                bridge_notifications(station)
                station.on_close(_stop_when_closing(self._ref))

    def stop(self, wait_seconds: float = STOP_WAIT_SECONDS) -> None:
        """No more jobs: the queued ones are dropped and the one running is waited for (its
        result is dropped too). The station calls this before it closes its database."""
        self._stopped = True
        was_busy = self.busy
        self._pending.clear()
        running, self._running = self._running, None
        if running is not None and not running.ended.wait(wait_seconds):
            log.warning("a background job still runs after %.0f s; the station closes anyway", wait_seconds)
        if was_busy:
            self.busyChanged.emit(False)

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._pending)

    def run(self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None) -> None:
        """Queue ``fn``; ``on_done(result)`` or ``on_error(user_error)`` follow on the UI thread."""
        job = _Job(fn, on_done, on_error)
        if self._stopped:
            log.debug("job after the station closed: dropped")
            return
        if not self.background:
            self._run_inline(job)
            return
        was_busy = self.busy
        self._pending.append(job)
        if not was_busy:
            self.busyChanged.emit(True)
        self._start_next()

    def _run_inline(self, job: _Job) -> None:
        try:
            job.result = job.fn()
        except UserError as exc:
            job.error = exc
        self._callback(job)

    def _start_next(self) -> None:
        if self._running is not None or not self._pending:
            return
        self._running = self._pending.popleft()
        QThreadPool.globalInstance().start(_Task(self._ref, self._running, self._relay))

    def _finish(self, job: _Job) -> None:
        if job is not self._running:
            return
        self._running = None
        try:
            self._callback(job)
        finally:
            self._start_next()
            if not self.busy:
                self.busyChanged.emit(False)

    def _callback(self, job: _Job) -> None:
        if isinstance(job.error, UserError):
            if job.on_error is not None and _alive(job.on_error):
                job.on_error(job.error)
            return
        if job.error is not None:
            error = job.error
            log.error("background job failed: %s", type(error).__name__)
            sys.excepthook(type(error), error, error.__traceback__)
            return
        if job.on_done is not None and _alive(job.on_done):
            job.on_done(job.result)


def _stop_when_closing(worker_ref: weakref.ref[Worker]) -> Callable[[], None]:
    def stop() -> None:
        worker = worker_ref()
        if worker is not None and shiboken6.isValid(worker):
            worker.stop()

    return stop


def _alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method of a Qt object already deleted."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class _NotifyBridge(QObject):
    """Stands in for ``station.notify``: from the UI thread it calls the listeners at once;
    from any other thread it queues the call to the UI thread."""

    forward = Signal(object)  # tuple[str, ...]

    def __init__(self, notify: Callable[..., None]) -> None:
        super().__init__()
        self._notify = notify
        self.forward.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def notify(self, *changes: str) -> None:
        if on_ui_thread():
            self._notify(*changes)
        else:
            self.forward.emit(tuple(changes))

    @Slot(object)
    def _deliver(self, changes: tuple[str, ...]) -> None:
        self._notify(*changes)


def bridge_notifications(station: Station) -> None:
    """Make ``station.notify`` safe to call from worker threads (once per station; UI thread only)."""
    if isinstance(getattr(station.notify, "__self__", None), _NotifyBridge):
        return
    if not on_ui_thread():
        raise RuntimeError("bridge_notifications must be called on the UI thread")
    bridge = _NotifyBridge(station.notify)
    setattr(station, "notify", bridge.notify)  # noqa: B010 - an instance attribute shadows the method
