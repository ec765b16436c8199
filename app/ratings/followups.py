"""The poor-rating follow-up list (差评整改) for supervisors: read, step, callback rate.

The rules (states, allowed steps, deadlines) are in :mod:`app.ratings.followup`; this
applies them to the store. Every step is one unit of work (kind ``rating.followup``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app import identity
from app.auth import require
from app.clock import iso
from app.errors import NotFound, UserError
from app.i18n import N_, Text, tr
from app.ids import new_id
from app.ratings import followup as fu
from app.ratings.levels import CHANNEL_LABELS, Channel, RatingLevel
from app.station import Station


@dataclass(frozen=True)
class FollowupItem:
    """One poor rating in the follow-up list (names and phones masked)."""

    id: str
    rating_id: str
    state: fu.FollowupState
    opened_on: date
    deadline: date
    days_left: int  # working days; negative once overdue
    overdue: bool
    callback_required: bool
    called_back: bool
    appeal_upheld: bool
    rated_at: datetime
    level: RatingLevel
    reasons: tuple[str, ...]
    comment: str
    rater: str  # masked name, or 匿名
    rater_phone: str  # masked
    callback_ok: bool
    case_no: str
    ticket_no: str
    matter_name: str
    window_no: str
    clerk_staff_no: str
    clerk_name: str
    channel: str

    @property
    def what(self) -> str:
        """What happened, in one line, in the interface language (the comment as the citizen wrote it)."""
        reasons = tr(N_("、")).join(tr(reason) for reason in self.reasons)
        return str(Text("{reasons}：{comment}", reasons=reasons, comment=self.comment)) if self.comment else reasons


@dataclass(frozen=True)
class FollowupStep:
    from_state: str
    to_state: fu.FollowupState
    staff_no: str
    staff_name: str
    at: datetime
    note: str


@dataclass(frozen=True)
class CallbackRate:
    required: int
    called_back: int

    @property
    def rate(self) -> float | None:
        return self.called_back / self.required if self.required else None

    @property
    def text(self) -> str:
        """The rate in the interface language."""
        if not self.required:
            return str(Text("实名差评回访率 {done}/{required}", done=self.called_back, required=self.required))
        return str(Text("实名差评回访率 {done}/{required}（{rate:.0%}）", done=self.called_back,
                        required=self.required, rate=self.called_back / self.required))


_SELECT = (
    "SELECT f.*, r.rated_at, r.level, r.reasons, r.comment, r.rater_name, r.rater_phone, r.callback_ok, r.case_no,"
    " r.ticket_no, r.matter_name, r.window_no, r.clerk_staff_no, r.clerk_name, r.channel"
    " FROM rating_followups f JOIN ratings r ON r.id = f.rating_id"
)


class FollowupService:
    def __init__(self, station: Station) -> None:
        self.station = station

    def items(self, *, open_only: bool = False) -> list[FollowupItem]:
        """The follow-up list, overdue and nearest deadline first."""
        require(self.station.session, "rating.followup")
        where = " WHERE f.state != 'closed'" if open_only else ""
        rows = self.station.store.query(_SELECT + where + " ORDER BY f.deadline, r.rated_at")
        items = [self._item(r) for r in rows]
        items.sort(key=lambda i: (i.state is fu.FollowupState.CLOSED, not i.overdue, i.deadline))
        return items

    def item(self, followup_id: str) -> FollowupItem:
        require(self.station.session, "rating.followup")
        row = self.station.store.query_one(_SELECT + " WHERE f.id = ?", (followup_id,))
        if row is None:
            raise NotFound("找不到这条差评整改记录。")
        return self._item(row)

    def steps(self, followup_id: str) -> list[FollowupStep]:
        require(self.station.session, "rating.followup")
        rows = self.station.store.query(
            "SELECT * FROM rating_followup_steps WHERE followup_id = ? ORDER BY at, rowid", (followup_id,))
        cipher = self.station.store.cipher
        return [FollowupStep(r["from_state"], fu.FollowupState(r["to_state"]), r["staff_no"], r["staff_name"],
                             datetime.fromisoformat(r["at"]), cipher.decrypt(r["note"]) or "") for r in rows]

    def allowed(self, item: FollowupItem) -> list[fu.FollowupAction]:
        """Steps the logged-in user may take next."""
        session = self.station.session
        return [a for a in fu.allowed_actions(item.state, item.callback_required) if session and session.can(a.permission)]

    def advance(self, followup_id: str, action_name: str, note: str) -> FollowupItem:
        """Take one step; recorded with who and when, audited and sent to the server."""
        session = require(self.station.session, "rating.followup")
        item = self.item(followup_id)
        action = fu.check_step(item.state, action_name, item.callback_required, note)
        require(session, action.permission)
        now = self.station.clock.now()
        step_id = new_id()
        changes = self._changes(item, action, now)
        with self.station.store.unit_of_work(session.staff_no) as uow:
            sets = ", ".join(f"{k} = ?" for k in changes)
            uow.execute(f"UPDATE rating_followups SET {sets} WHERE id = ?", (*changes.values(), followup_id))
            uow.execute(
                "INSERT INTO rating_followup_steps (id, followup_id, from_state, to_state, staff_no, staff_name, at,"
                " note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (step_id, followup_id, item.state.value, action.target.value, session.staff_no, session.name, iso(now),
                 self.station.store.cipher.encrypt(note.strip())),
            )
            uow.emit("rating.followup", {
                "followup_id": followup_id, "rating_id": item.rating_id, "step": action.name,
                "from_state": item.state.value, "to_state": action.target.value,
                "to_state_label": action.target.label, "staff_no": session.staff_no, "staff_name": session.name,
                "at": iso(now), "note": note.strip(), "deadline": item.deadline.isoformat(),
                "closed_on_time": changes.get("closed_on_time"), "appeal_upheld": bool(changes.get("appeal_upheld")),
                "station_code": self.station.station_code,
            }, record_id=step_id, action=f"rating.followup.{action.name}")
        self.station.notify("ratings", "outbox")
        return self.item(followup_id)

    def _changes(self, item: FollowupItem, action: fu.FollowupAction, now: datetime) -> dict[str, Any]:
        changes: dict[str, Any] = {"state": action.target.value, "updated_at": iso(now)}
        if action.target is fu.FollowupState.CALLED_BACK:
            changes["called_back_at"] = iso(now)
        if action.target is fu.FollowupState.CLOSED:
            changes["closed_at"] = iso(now)
            changes["closed_on_time"] = int(now.date() <= item.deadline)
        if action.name == "uphold_appeal":
            changes["appeal_upheld"] = 1
        return changes

    def contact(self, followup_id: str) -> tuple[str, str]:
        """The rater's full name and phone, for the call back; every look is audited."""
        session = require(self.station.session, "rating.followup")
        row = self.station.store.query_one(
            "SELECT r.rater_name, r.rater_phone, f.rating_id FROM rating_followups f JOIN ratings r ON r.id = f.rating_id"
            " WHERE f.id = ?", (followup_id,))
        if row is None:
            raise NotFound("找不到这条差评整改记录。")
        if not row["rater_phone"]:
            raise UserError("评价人没有留下回访电话。")
        cipher = self.station.store.cipher
        with self.station.store.unit_of_work(session.staff_no) as uow:
            uow.emit("audit.event", {"event": "rating.contact_viewed", "followup_id": followup_id,
                                     "rating_id": row["rating_id"], "staff_no": session.staff_no,
                                     "station_code": self.station.station_code}, action="rating.contact_viewed")
        self.station.notify("outbox")
        return cipher.decrypt(row["rater_name"]) or "", cipher.decrypt(row["rater_phone"]) or ""

    def callback_rate(self) -> CallbackRate:
        """Real-name poor ratings called back, of all that must be (appeals upheld left out)."""
        require(self.station.session, "rating.followup")
        row = self.station.store.query_one(
            "SELECT COUNT(*) AS required, COALESCE(SUM(called_back_at IS NOT NULL), 0) AS done FROM rating_followups"
            " WHERE callback_required = 1 AND appeal_upheld = 0")
        assert row is not None
        return CallbackRate(int(row["required"]), int(row["done"]))

    def _item(self, row: Any) -> FollowupItem:
        cipher = self.station.store.cipher
        state = fu.FollowupState(row["state"])
        deadline = date.fromisoformat(row["deadline"])
        today = self.station.clock.now().date()
        name = cipher.decrypt(row["rater_name"]) if row["rater_name"] else None
        phone = cipher.decrypt(row["rater_phone"]) if row["rater_phone"] else None
        return FollowupItem(
            id=row["id"], rating_id=row["rating_id"], state=state, opened_on=date.fromisoformat(row["opened_on"]),
            deadline=deadline, days_left=fu.working_days_left(self.station.calendar, deadline, today),
            overdue=fu.is_overdue(state, deadline, today), callback_required=bool(row["callback_required"]),
            called_back=row["called_back_at"] is not None, appeal_upheld=bool(row["appeal_upheld"]),
            rated_at=datetime.fromisoformat(row["rated_at"]), level=RatingLevel(row["level"]),
            reasons=tuple(json.loads(row["reasons"])), comment=cipher.decrypt(row["comment"]) or "",
            rater=identity.mask_name(name) if name else N_("匿名"), rater_phone=identity.mask_phone(phone) if phone else "",
            callback_ok=bool(row["callback_ok"]), case_no=row["case_no"], ticket_no=row["ticket_no"],
            matter_name=row["matter_name"], window_no=row["window_no"], clerk_staff_no=row["clerk_staff_no"],
            clerk_name=row["clerk_name"], channel=CHANNEL_LABELS.get(Channel(row["channel"]), row["channel"]),
        )
