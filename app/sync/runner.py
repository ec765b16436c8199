"""The sync thread: runs :class:`SyncEngine` rounds on its own Store connection.

A round runs at start, every ``interval`` seconds, and soon after the station writes to
the outbox (``wake()``, hooked to ``station.notify("outbox")``). When the server can't be
reached the next try backs off (exponential, jittered, capped; ``Retry-After`` honoured).
The UI never waits on it: callbacks come from this thread and ui/sync_status.py queues
them to the UI thread.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any

from app.errors import UserError
from app.station import Station
from app.store import Store
from app.sync import auth
from app.sync.backup import DEFAULT_KEEP_DAYS
from app.sync.client import AuthRefused, Backoff, Offline, ProtocolTooOld, ServerRefused, SyncClient
from app.sync.engine import ChangeListener, StateListener, SyncEngine, SyncState

log = logging.getLogger(__name__)

_RUNNERS: weakref.WeakKeyDictionary[Station, SyncRunner] = weakref.WeakKeyDictionary()
INTERVAL = 30.0
WAKE_DEBOUNCE = 1.0
BLOCKED_RETRY = 600.0


class SyncRunner:
    def __init__(self, make_engine: Callable[[], SyncEngine], *, interval: float = INTERVAL,
                 backoff: Backoff | None = None) -> None:
        self._make_engine = make_engine
        self.interval = interval
        self.backoff = backoff or Backoff()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.rounds = 0
        self.state = SyncState()
        self._state_listeners: list[StateListener] = []
        self._change_listeners: list[ChangeListener] = []
        self.round_done = threading.Event()  # set after each round (tests and tools wait on it)

    def add_state_listener(self, listener: StateListener) -> None:
        self._state_listeners.append(listener)

    def add_change_listener(self, listener: ChangeListener) -> None:
        self._change_listeners.append(listener)

    def remove_listeners(self, *listeners: Callable[..., None]) -> None:
        """Stop calling these (a status bar that is gone with its window)."""
        self._state_listeners = [x for x in self._state_listeners if x not in listeners]
        self._change_listeners = [x for x in self._change_listeners if x not in listeners]

    def _emit_state(self, state: SyncState) -> None:
        self.state = state
        for listener in list(self._state_listeners):
            _call_listener(listener, state)

    def _emit_changes(self, changes: frozenset[str]) -> None:
        for listener in list(self._change_listeners):
            _call_listener(listener, changes)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="yichuang-sync", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        engine = self._make_engine()
        engine.on_state = self._emit_state
        engine.on_changes = self._emit_changes
        try:
            while not self._stop.is_set():
                delay = self._one_round(engine)
                self.rounds += 1
                self.round_done.set()
                self._wake.wait(delay)
                if self._wake.is_set() and not self._stop.is_set():
                    self._stop.wait(WAKE_DEBOUNCE)  # let a burst of writes land in one batch
                self._wake.clear()
        finally:
            engine.store.close()
            engine.client.close()

    def _one_round(self, engine: SyncEngine) -> float:
        delay = self.interval
        try:
            engine.run_once()
            self.backoff.reset()
        except Offline as exc:
            delay = self.backoff.next_delay(exc.retry_after)
            log.info("sync offline (%s); next try in %.0f s", exc.reason, delay)
        except (ProtocolTooOld, UserError) as exc:
            log.error("sync blocked: %s", exc)
            delay = BLOCKED_RETRY
        except (AuthRefused, ServerRefused) as exc:
            log.error("sync refused: %s", exc)
            delay = self.backoff.next_delay()
        except Exception:  # a bug must not end the thread: log it and keep the station working
            log.exception("sync round failed")
            delay = self.backoff.next_delay()
        engine.backup()
        return delay


def _call_listener(listener: Callable[[Any], None], value: Any) -> None:
    """A listener that fails (a screen gone, a bug) is logged; it never stops the records going up."""
    try:
        listener(value)
    except Exception:
        log.exception("a sync listener failed")


def make_client(station: Station, store: Store | None = None) -> SyncClient:
    """A client with the station credential; ``store`` is the connection the caller's thread uses."""
    secrets = station.secrets
    own = store or station.store
    return SyncClient(station.config.server_url,
                      lambda: auth.station_credentials(secrets, own.station_code or station.config.station_code))


def build_engine(station: Station) -> SyncEngine:
    """An engine on its own connection to the station's store file."""
    store = Store(station.store.path, station.store.cipher, clock=station.store.clock, check_integrity=False)
    client = make_client(station, store)
    cfg = station.config
    return SyncEngine(store, client, station.secrets, station.data_dir,
                      station_code=station.station_code,
                      offline_login_days=cfg.offline_login_days,
                      backup_keep_days=int(getattr(cfg, "backup_keep_days", DEFAULT_KEEP_DAYS)))


def start_sync_if_configured(station: Station) -> SyncRunner | None:
    """Start the sync thread when a server is configured; None for a standalone station."""
    if not station.config.server_url:
        return None
    runner = SyncRunner(lambda: build_engine(station))

    def on_station_change(changes: frozenset[str]) -> None:
        if "outbox" in changes:
            runner.wake()

    station.subscribe(on_station_change)
    _RUNNERS[station] = runner
    runner.start()
    return runner


def running(station: Station) -> SyncRunner | None:
    """The sync runner started for this station, if any (the UI hooks onto it)."""
    return _RUNNERS.get(station)
