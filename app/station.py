"""One running station (工作站): its configuration, secrets, local store, catalog,
working-day calendar and logged-in clerk. Services are built on top of it.

Services report what they changed through :meth:`Station.notify` (like Anki's
``OpChanges``); the UI subscribes and refreshes only what changed.
"""

from __future__ import annotations

import inspect
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import config as config_mod
from app.auth import Session, login_offline
from app.catalog.model import Catalog
from app.catalog.repository import active_catalog, active_search_keys
from app.catalog.search import MatterIndex
from app.clock import Clock, SystemClock
from app.crypto import FieldCipher
from app.errors import UserError
from app.paths import data_dir as default_data_dir
from app.secrets import SecretStore, open_secret_store
from app.store import Store
from app.workdays import WorkCalendar

log = logging.getLogger(__name__)

Listener = Callable[[frozenset[str]], None]


class _Strong:
    """A listener that is not a bound method (a function, a lambda): held for good."""

    def __init__(self, listener: Listener) -> None:
        self.listener = listener

    def __call__(self) -> Listener:
        return self.listener


@dataclass(frozen=True)
class StationOptions:
    data_dir: Path | None = None
    demo: bool = False
    server_url: str | None = None
    config_path: Path | None = None


class Station:
    def __init__(self, cfg: config_mod.StationConfig, data_dir: Path, secrets: SecretStore, store: Store,
                 clock: Clock) -> None:
        self.config = cfg
        self.data_dir = data_dir
        self.secrets = secrets
        self.store = store
        self.clock = clock
        self.session: Session | None = None
        self._catalog: Catalog | None = None
        self._index: MatterIndex | None = None
        self._calendar: WorkCalendar | None = None
        self._listeners: list[Callable[[], Listener | None]] = []
        self._closing: list[Callable[[], None]] = []

    @classmethod
    def open(cls, options: StationOptions, *, clock: Clock | None = None) -> Station:
        directory = options.data_dir or default_data_dir()
        directory.mkdir(parents=True, exist_ok=True)
        cfg_path = options.config_path or (directory / "station.toml" if options.data_dir else None)
        cfg = config_mod.load(cfg_path)
        if options.server_url is not None:
            cfg.server_url = options.server_url
        secrets = open_secret_store(cfg.secrets_backend, directory)
        cipher = FieldCipher.from_secret_store(secrets)
        store = Store(directory / "station.sqlite3", cipher, clock=clock or SystemClock())
        station = cls(cfg, directory, secrets, store, store.clock)
        if cfg.station_code and not store.station_code:  # the code the server gave (yichuang setup)
            store.set_meta("station_code", cfg.station_code)
        if options.demo:
            from app.demo import seed_demo

            seed_demo(station)  # names the station DEMO01 only when it has no code yet
        return station

    def on_close(self, callback: Callable[[], None]) -> None:
        """``callback()`` runs before the store closes (work still in flight on other threads
        finishes, or stops, while the database is open)."""
        self._closing.append(callback)

    def close(self) -> None:
        for callback in self._closing:
            try:
                callback()
            except Exception:
                log.exception("a close callback failed")
        self._closing.clear()
        self.store.close()

    # -- change notification ---------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """``listener(changes)`` after each change. A bound method is held weakly: a screen
        that is closed and gone stops listening by itself (a new clerk's window after 注销,
        a kiosk rebuilt after a crash)."""
        held: Callable[[], Listener | None] = (
            weakref.WeakMethod(listener) if inspect.ismethod(listener) else _Strong(listener))
        self._listeners.append(held)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners = [h for h in self._listeners if h() not in (None, listener)]

    def notify(self, *changes: str) -> None:
        what = frozenset(changes)
        if "catalog" in what:
            self._catalog = None
            self._index = None
        if "calendar" in what:
            self._calendar = None
        for held in list(self._listeners):
            listener = held()
            if listener is None:
                self._listeners.remove(held)
            else:
                listener(what)

    # -- catalog and calendar --------------------------------------------
    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            catalog = active_catalog(self.store)
            if catalog is None:
                raise UserError("本工作站尚未导入事项目录：请连接服务器同步，或以 --demo 启动。")
            self._catalog = catalog
        return self._catalog

    @property
    def has_catalog(self) -> bool:
        return self.store.query_one("SELECT 1 FROM catalog_versions WHERE active = 1") is not None

    @property
    def matter_index(self) -> MatterIndex:
        if self._index is None:
            catalog = self.catalog
            names = {d.code: d.name for d in catalog.departments}
            self._index = MatterIndex(catalog.matters, names, keys=active_search_keys(self.store))
        return self._index

    @property
    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            rows = self.store.query("SELECT day, working, name FROM calendar_days")
            years_text = self.store.meta("calendar_complete_years", "") or ""
            years = [int(y) for y in years_text.split(",") if y.strip()]
            self._calendar = WorkCalendar.from_rows([dict(r) for r in rows], years)
        return self._calendar

    # -- who is at the window --------------------------------------------
    @property
    def station_code(self) -> str:
        return self.store.station_code or self.config.station_code

    def login(self, staff_no: str, password: str) -> Session:
        session = login_offline(self.store, staff_no, password)
        self.session = session
        with self.store.unit_of_work(session.staff_no) as uow:
            uow.emit("audit.event", {"event": "login", "staff_no": session.staff_no,
                                     "station_code": self.station_code}, action="login")
        self.notify("session", "outbox")
        return session

    def logout(self) -> None:
        if self.session is None:
            return
        with self.store.unit_of_work(self.session.staff_no) as uow:
            uow.emit("audit.event", {"event": "logout", "staff_no": self.session.staff_no,
                                     "station_code": self.station_code}, action="logout")
        self.session = None
        self.notify("session", "outbox")
