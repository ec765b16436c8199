"""Poor-rating follow-up (差评整改): the states, the steps allowed from each, deadlines in
working days. Pure: no store, no clock; :mod:`app.ratings.service` applies it.

    待核实 ──► 整改中 ──┐
       │  └──► 解释说明 ─┴──► 已回访 ──► 办结
       └──► 申诉复核 ──► 办结 (申诉成立: the rating was mistaken or malicious)
                   └───► 待核实 (申诉不成立)

A real-name poor rating (or one whose rater agreed to a call and left a way to reach
her) must be called back before it is closed; an anonymous one may be closed after
the fix or the explanation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.errors import UserError
from app.i18n import N_
from app.workdays import WorkCalendar

DEADLINE_DAYS_RANGE = (5, 15)  # local rules range from 5 to 15 working days


class FollowupState(StrEnum):
    VERIFYING = "verifying"
    RECTIFYING = "rectifying"
    EXPLAINING = "explaining"
    CALLED_BACK = "called_back"
    CLOSED = "closed"
    APPEAL = "appeal"

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS: dict[FollowupState, str] = {
    FollowupState.VERIFYING: N_("待核实"),
    FollowupState.RECTIFYING: N_("整改中"),
    FollowupState.EXPLAINING: N_("解释说明"),
    FollowupState.CALLED_BACK: N_("已回访"),
    FollowupState.CLOSED: N_("办结"),
    FollowupState.APPEAL: N_("申诉复核"),
}


@dataclass(frozen=True)
class FollowupAction:
    """One step a supervisor can take."""

    name: str
    label: str
    sources: frozenset[FollowupState]
    target: FollowupState
    permission: str = "rating.followup"


_S = FollowupState
ACTIONS: dict[str, FollowupAction] = {a.name: a for a in (
    FollowupAction("rectify", N_("核实属实，整改"), frozenset({_S.VERIFYING}), _S.RECTIFYING),
    FollowupAction("explain", N_("核实后解释说明"), frozenset({_S.VERIFYING}), _S.EXPLAINING),
    FollowupAction("appeal", N_("申诉复核（误评、恶意差评）"), frozenset({_S.VERIFYING, _S.RECTIFYING, _S.EXPLAINING}),
                   _S.APPEAL),
    FollowupAction("call_back", N_("已回访"), frozenset({_S.RECTIFYING, _S.EXPLAINING}), _S.CALLED_BACK),
    FollowupAction("close", N_("办结"), frozenset({_S.CALLED_BACK, _S.RECTIFYING, _S.EXPLAINING}), _S.CLOSED),
    FollowupAction("uphold_appeal", N_("申诉成立，差评不计入"), frozenset({_S.APPEAL}), _S.CLOSED,
                   "rating.review_appeal"),
    FollowupAction("reject_appeal", N_("申诉不成立，继续整改"), frozenset({_S.APPEAL}), _S.VERIFYING,
                   "rating.review_appeal"),
)}


def allowed_actions(state: FollowupState, callback_required: bool) -> list[FollowupAction]:
    """The steps that may follow ``state``, in the order the page shows them."""
    return [a for a in ACTIONS.values() if _allowed(a, state, callback_required)]


def _allowed(action: FollowupAction, state: FollowupState, callback_required: bool) -> bool:
    if state not in action.sources:
        return False
    # A rating that must be called back is closed only after the call.
    return not (action.name == "close" and callback_required and state is not FollowupState.CALLED_BACK)


def check_step(state: FollowupState, action_name: str, callback_required: bool, note: str) -> FollowupAction:
    """The action, if it may follow ``state``; a UserError saying why not otherwise."""
    action = ACTIONS.get(action_name)
    if action is None:
        raise UserError("未知的整改步骤：{action}。", action=action_name)
    if state not in action.sources:
        raise UserError("当前状态为“{state}”，不能执行“{action}”。", state=state.label, action=action.label)
    if not _allowed(action, state, callback_required):
        raise UserError("实名差评必须先回访评价人，回访后才能办结。")
    if not note.strip():
        raise UserError("请填写处理说明（核实情况、整改措施或回访结果）。", field="note")
    if len(note) > 500:
        raise UserError("处理说明不能超过 500 字。", field="note")
    return action


def check_deadline_days(days: int) -> int:
    low, high = DEADLINE_DAYS_RANGE
    if not low <= days <= high:
        raise UserError("差评整改时限应为 {low} 到 {high} 个工作日（现为 {days}），请在工作站设置中修改。",
                        low=low, high=high, days=days)
    return days


def usable_deadline_days(days: int) -> int:
    """The configured days brought into the allowed range: a citizen's rating is never lost
    because of a bad setting (the settings check reports it with :func:`check_deadline_days`)."""
    low, high = DEADLINE_DAYS_RANGE
    return min(max(days, low), high)


def followup_deadline(calendar: WorkCalendar, opened_on: date, days: int) -> date:
    """The last day to verify, fix and call back: ``days`` working days after ``opened_on``."""
    return calendar.add_working_days(opened_on, check_deadline_days(days))


def is_overdue(state: FollowupState, deadline: date, today: date) -> bool:
    return state is not FollowupState.CLOSED and today > deadline


def working_days_left(calendar: WorkCalendar, deadline: date, today: date) -> int:
    """Working days from ``today`` to ``deadline`` (negative once overdue)."""
    return calendar.working_days_between(today, deadline)


def callback_required(real_name: bool, callback_ok: bool, has_phone: bool) -> bool:
    """Real-name poor ratings must all be called back; an anonymous rater who agreed and left
    a phone number is called back too."""
    return real_name or (callback_ok and has_phone)
