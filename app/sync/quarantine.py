"""Quarantined records, for the supervisor: what the server refused and why, and 重新发送.

No personal data is shown: the kind, the time, the attempts and the server's reason only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.auth import require
from app.i18n import N_, Text, tr

if TYPE_CHECKING:
    from app.station import Station

KIND_LABELS = {
    "ticket.taken": N_("取号"),
    "ticket.event": N_("叫号记录"),
    "appointment.checked_in": N_("预约签到"),
    "intake.supplement": N_("补正告知"),
    "case.accepted": N_("受理"),
    "case.refused": N_("不予受理"),
    "case.event": N_("办件环节"),
    "consultation": N_("咨询"),
    "rating": N_("评价"),
    "rating.followup": N_("差评整改"),
    "audit.event": N_("操作记录"),
}
REASON_LABELS = {"conflict": N_("与服务器已有记录冲突"), "invalid": N_("服务器认为记录有误")}


@dataclass(frozen=True)
class QuarantinedRecord:
    id: str
    kind: str
    created_at: str
    attempts: int
    error: str

    @property
    def kind_label(self) -> str:
        """The kind of record, in the interface language."""
        return tr(KIND_LABELS.get(self.kind, self.kind))

    @property
    def reason_label(self) -> str:
        """Why the server refused it, in the interface language (the server's own words are data)."""
        head, _, rest = self.error.partition(": ")
        return str(Text("{reason}：{detail}", reason=REASON_LABELS.get(head, head), detail=rest)) if rest else self.error


class QuarantineService:
    def __init__(self, station: Station) -> None:
        self.station = station

    def records(self) -> list[QuarantinedRecord]:
        require(self.station.session, "sync.quarantine")
        rows = self.station.store.query("SELECT id, kind, created_at, attempts, last_error FROM outbox"
                                        " WHERE state = 'quarantined' ORDER BY seq")
        return [QuarantinedRecord(r["id"], r["kind"], r["created_at"], int(r["attempts"]), r["last_error"] or "")
                for r in rows]

    def count(self) -> int:
        row = self.station.store.query_one("SELECT COUNT(*) FROM outbox WHERE state = 'quarantined'")
        return int(row[0]) if row else 0

    def resend(self, ids: list[str]) -> int:
        """Put the records back in the queue (audited); returns how many."""
        session = require(self.station.session, "sync.quarantine")
        with self.station.store.unit_of_work(session.staff_no) as uow:
            moved = 0
            for record_id in ids:
                moved += uow.execute("UPDATE outbox SET state = 'pending' WHERE id = ? AND state = 'quarantined'",
                                     (record_id,)).rowcount
            if moved:
                uow.emit("audit.event", {"event": "sync_resend", "record_ids": ids,
                                         "station_code": self.station.station_code}, action="sync.resend")
        self.station.notify("outbox", "sync")
        return moved
