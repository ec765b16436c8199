"""One sync round: probe, enrol, push, pull, reconcile, daily backup.

Plain Python (no Qt). It reads and writes through its OWN :class:`Store` on the station's
file, and reports through callbacks: ``on_state(SyncState)`` after every step that
changes what the clerk sees, ``on_changes(frozenset)`` with what the UI must refresh
(the ``station.notify`` names: catalog, calendar, users, cases, queue, outbox).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from app.errors import UserError
from app.i18n import N_, Text, tr
from app.protocol import PROTOCOL_VERSION
from app.secrets import SecretStore
from app.store import Store
from app.sync import auth
from app.sync.backup import DEFAULT_KEEP_DAYS, backup_if_due
from app.sync.client import AuthRefused, Offline, ProtocolTooOld, ServerRefused, SyncClient
from app.sync.pull import Puller, PullReport
from app.sync.push import Pusher, PushReport
from app.sync.reconcile import ReconcileReport, reconcile, record_finding

log = logging.getLogger(__name__)

CLOCK_SKEW_LIMIT = 300.0  # seconds
LAST_SYNC_OK = "last_sync_ok_at"  # station_meta: the end of the last complete round


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows (texts in the interface language, rendered when the state is set)."""

    online: bool = False
    detail: str = ""  # why offline, or what went wrong
    clock_skew_seconds: float | None = None  # device minus server
    pending: int = 0
    quarantined: int = 0
    last_error: str = ""
    last_sync_at: str = ""
    blocked: bool = False  # protocol refused or enrolment refused: retrying will not help

    @property
    def clock_off(self) -> bool:
        return self.clock_skew_seconds is not None and abs(self.clock_skew_seconds) > CLOCK_SKEW_LIMIT

    @property
    def skew_text(self) -> str:
        if not self.clock_off or self.clock_skew_seconds is None:
            return ""
        minutes = round(abs(self.clock_skew_seconds) / 60)
        if self.clock_skew_seconds > 0:
            return str(Text("本机时钟比服务器快 {minutes} 分钟，请校准系统时间", minutes=minutes))
        return str(Text("本机时钟比服务器慢 {minutes} 分钟，请校准系统时间", minutes=minutes))


@dataclass
class RoundReport:
    push: PushReport = field(default_factory=PushReport)
    pull: PullReport = field(default_factory=PullReport)
    reconcile: ReconcileReport = field(default_factory=ReconcileReport)
    backup: Path | None = None


StateListener = Callable[[SyncState], None]
ChangeListener = Callable[[frozenset[str]], None]


class SyncEngine:
    def __init__(self, store: Store, client: SyncClient, secrets: SecretStore, data_dir: Path, *,
                 station_code: str, offline_login_days: int = 7, backup_keep_days: int = DEFAULT_KEEP_DAYS,
                 batch_size: int = 200, on_state: StateListener | None = None,
                 on_changes: ChangeListener | None = None) -> None:
        self.store = store
        self.client = client
        self.secrets = secrets
        self.data_dir = data_dir
        self.station_code = station_code
        self.offline_login_days = offline_login_days
        self.backup_keep_days = backup_keep_days
        self.batch_size = batch_size
        self.on_state = on_state or (lambda state: None)
        self.on_changes = on_changes or (lambda changes: None)
        self.state = SyncState(pending=store.pending_count())

    # -- state -----------------------------------------------------------------------
    def _set(self, **changes: object) -> None:
        counts = self.store.query_one("SELECT SUM(state = 'pending') AS p, SUM(state = 'quarantined') AS q"
                                      " FROM outbox")
        self.state = replace(self.state, pending=int(counts["p"] or 0) if counts else 0,
                             quarantined=int(counts["q"] or 0) if counts else 0, **changes)  # type: ignore[arg-type]
        self.on_state(self.state)

    def _now(self) -> datetime:
        return self.store.clock.now()

    # -- one round -------------------------------------------------------------------
    def run_once(self) -> RoundReport:
        """One full round. Raises Offline when the server can't be reached (the runner backs off)."""
        report = RoundReport()
        try:
            self._round(report)
        except Offline as exc:
            self._set(online=False, detail=exc.reason)
            raise
        except ProtocolTooOld as exc:
            self._set(online=False, detail=tr(N_("协议版本不受支持")), last_error=str(exc), blocked=True)
            raise
        except AuthRefused as exc:
            self._set(online=True, blocked=True, last_error=str(Text(
                "服务器不认可本工作站（{detail}）：请联系运维人员重新发放登记码，并运行 yichuang setup 输入。"
                "本机数据不受影响。", detail=exc.detail)))
            raise
        except (UserError, ServerRefused) as exc:
            message = exc.message if isinstance(exc, UserError) else str(Text("服务器拒绝：{detail}", detail=str(exc)))
            self._set(online=True, last_error=message, blocked=isinstance(exc, UserError))
            raise
        return report

    def _round(self, report: RoundReport) -> None:
        self.probe()
        self._ensure_enrolled()
        pusher = Pusher(self.store, self.client, self.station_code, self.batch_size)
        try:
            report.push = pusher.push_all()
        finally:
            self.batch_size = pusher.batch_size  # adapted to a slow server, kept for the next round
        if report.push.sent or report.push.quarantined:
            self.on_changes(frozenset({"outbox"}))
        self._set(online=True, detail="")
        report.pull = Puller(self.store, self.client, offline_login_days=self.offline_login_days).pull_all()
        for text in report.pull.errors:
            record_finding(self.store, "pull", text)
        if report.pull.changed:
            self.on_changes(frozenset(report.pull.changed))
        report.reconcile = reconcile(self.store, self.client)
        if report.reconcile.resent:
            report.push = _merge(report.push, Pusher(self.store, self.client, self.station_code,
                                                     self.batch_size).push_all())
        auth.refresh_token(self.client, self.secrets, self._now())
        problems = [str(text) for text in [*report.reconcile.mismatched.values(), *report.pull.errors]]
        # the kiosk's progress query says how fresh its answer is from this
        self.store.set_meta(LAST_SYNC_OK, self._now().isoformat(timespec="seconds"))
        self._set(online=True, detail="", last_error=tr(N_("；")).join(problems), blocked=False,
                  last_sync_at=self._now().isoformat(timespec="seconds"))
        if report.reconcile.mismatched or report.reconcile.resent:
            self.on_changes(frozenset({"outbox", "sync"}))

    def probe(self) -> None:
        """GET /health: the only trusted sign of being online; records the clock skew."""
        body = self.client.health()
        supported = body.get("supported")
        if isinstance(supported, list) and PROTOCOL_VERSION not in supported:
            raise ProtocolTooOld(f"server supports {supported}")
        skew = None
        if self.client.last_server_time is not None:
            skew = (self._now() - self.client.last_server_time).total_seconds()
        self._set(online=True, detail="", clock_skew_seconds=skew)

    def _ensure_enrolled(self) -> None:
        # a fresh enrolment code (yichuang setup on a replaced PC) always wins over an old secret
        if auth.is_enrolled(self.secrets) and not self.secrets.get(auth.ENROLMENT_CODE):
            return
        code = auth.enrol(self.client, self.secrets, self.station_code)
        if code != self.store.station_code:
            self.store.set_meta("station_code", code)
            self.station_code = code

    def backup(self) -> Path | None:
        """The daily backup, online or not (cheap when today's exists)."""
        try:
            made = backup_if_due(self.data_dir, self.backup_keep_days, self._now())
        except OSError as exc:
            log.error("daily backup failed: %s", exc)
            self._set(last_error=str(Text("每日备份失败：{error}", error=exc.strerror or str(exc))))
            return None
        if made is not None:
            log.info("daily backup written: %s", made.name)
        return made


def _merge(a: PushReport, b: PushReport) -> PushReport:
    return PushReport(a.stored + b.stored, a.duplicate + b.duplicate, a.quarantined + b.quarantined,
                      a.batches + b.batches, a.errors + b.errors)
