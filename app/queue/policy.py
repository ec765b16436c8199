"""Who is called next: the ordering policy as pure functions over plain dataclasses.

No SQL and no clock here, so the same decision can run on a standalone station, on the
server for a multi-PC hall, and under hypothesis in the tests. docs/queue-policy.md
explains it for hall managers.

The order at one window (policy ``weighted_aging``, the default):

1. Front lanes first: late appointments (slot passed by ``appointment_late_minutes``),
   then the priority lane (绿色通道, oldest first), then due appointments (earliest slot).
2. Anti-starvation N:1 interleave: after ``front_streak_limit`` (N) front-lane calls in a
   row while normal tickets wait, the next call is a normal ticket. So a normal ticket
   gets at least one of every N+1 calls and the priority lane at least N of every N+1.
3. Normal tickets: a ticket that has waited ``aging_minutes`` or longer goes first (oldest
   first); otherwise the window's categories share calls by weight with smooth weighted
   round robin: a category of weight w gets w of every S calls (S = sum of the weights
   of the categories that have people waiting). Within a category: first come, first served.
4. Appointments checked in before their slot are called only when nobody else is waiting.

Policy ``fifo`` is the same except step 3: the oldest normal ticket of any served
category goes first (weights are ignored).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from app.i18n import N_, Text

POLICIES = {
    "weighted_aging": N_("按权重轮转 + 超时优先（默认）"),
    "fifo": N_("先到先叫（各类别统一按取号时间）"),
}
LANE_LABELS = {"priority": N_("绿色通道"), "appointment": N_("预约"), "normal": N_("普通")}


class Lane(StrEnum):
    PRIORITY = "priority"  # 绿色通道
    APPOINTMENT = "appointment"  # 预约
    NORMAL = "normal"

    @property
    def label(self) -> str:
        """The lane's name in Chinese (printed on the slip; show it with app.i18n.tr)."""
        return LANE_LABELS[self.value]


@dataclass(frozen=True)
class Candidate:
    """A waiting ticket the window may call (normally only the head of each category and lane)."""

    ticket_id: str
    category: str  # queue category code; "@<window>" for tickets transferred to that window
    lane: Lane
    order_at: datetime  # take time (kept through transfers); slot start for appointments


@dataclass(frozen=True)
class PolicySettings:
    name: str = "weighted_aging"
    front_streak_limit: int = 3  # N of the N:1 interleave
    aging_minutes: int = 45  # 0 switches aging off
    appointment_late_minutes: int = 10  # late appointments go before the priority lane

    def __post_init__(self) -> None:
        if self.name not in POLICIES:
            raise ValueError(f"unknown queue policy {self.name!r}")
        if self.front_streak_limit < 1:
            raise ValueError("front_streak_limit must be at least 1")


@dataclass(frozen=True)
class WindowState:
    """What the policy remembers about one window between calls."""

    front_streak: int = 0  # front-lane calls in a row while normal tickets waited
    credits: Mapping[str, int] = field(default_factory=dict)  # smooth weighted round robin


@dataclass(frozen=True)
class Decision:
    ticket_id: str
    lane: Lane
    category: str
    reason: str  # late_appointment, priority, appointment, interleave, aged, weighted, fifo, early_appointment
    state: WindowState


def heads(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The oldest candidate of each (category, lane): all the policy ever needs to see."""
    best: dict[tuple[str, Lane], Candidate] = {}
    for c in candidates:
        key = (c.category, c.lane)
        current = best.get(key)
        if current is None or (c.order_at, c.ticket_id) < (current.order_at, current.ticket_id):
            best[key] = c
    return list(best.values())


def _oldest(items: Iterable[Candidate]) -> Candidate | None:
    return min(items, key=lambda c: (c.order_at, c.ticket_id), default=None)


def choose_next(candidates: Iterable[Candidate], weights: Mapping[str, int], state: WindowState,
                now: datetime, settings: PolicySettings) -> Decision | None:
    """The ticket this window calls now, and the window's new state; None when nobody waits."""
    tops = heads(candidates)
    priority = [c for c in tops if c.lane is Lane.PRIORITY]
    appointments = [c for c in tops if c.lane is Lane.APPOINTMENT]
    due = [c for c in appointments if c.order_at <= now]
    early = [c for c in appointments if c.order_at > now]
    normal = [c for c in tops if c.lane is Lane.NORMAL]
    front = priority + due
    if front and not (normal and state.front_streak >= settings.front_streak_limit):
        pick, reason = _front_pick(priority, due, now, settings)
        return Decision(pick.ticket_id, pick.lane, pick.category, reason,
                        replace(state, front_streak=state.front_streak + 1 if normal else 0))
    if normal:
        pick, reason, credits = _normal_pick(normal, weights, state, now, settings)
        if front:
            reason = "interleave"
        return Decision(pick.ticket_id, pick.lane, pick.category, reason, WindowState(0, credits))
    pick_early = _oldest(early)
    if pick_early is None:
        return None
    return Decision(pick_early.ticket_id, pick_early.lane, pick_early.category, "early_appointment", state)


def _front_pick(priority: list[Candidate], due: list[Candidate], now: datetime,
                settings: PolicySettings) -> tuple[Candidate, str]:
    late_by = timedelta(minutes=settings.appointment_late_minutes)
    late = _oldest(c for c in due if c.order_at + late_by <= now)
    if late is not None:
        return late, "late_appointment"
    first = _oldest(priority)
    if first is not None:
        return first, "priority"
    appointment = _oldest(due)
    assert appointment is not None
    return appointment, "appointment"


def weight_of(category: str, weights: Mapping[str, int]) -> int:
    """A category's weight at the window (at least 1); transfers to the window weigh the most."""
    if category in weights:
        return max(1, int(weights[category]))
    return max([1, *(int(w) for w in weights.values())])


def _normal_pick(normal: list[Candidate], weights: Mapping[str, int], state: WindowState, now: datetime,
                 settings: PolicySettings) -> tuple[Candidate, str, dict[str, int]]:
    by_category = {c.category: c for c in normal}  # already one head per category
    credits = {cat: state.credits.get(cat, 0) + weight_of(cat, weights) for cat in by_category}
    total = sum(weight_of(cat, weights) for cat in by_category)
    aged = None
    if settings.aging_minutes > 0:
        limit = now - timedelta(minutes=settings.aging_minutes)
        aged = _oldest(c for c in normal if c.order_at <= limit)
    if settings.name == "fifo":
        pick, reason = _oldest(normal), "fifo"
    elif aged is not None:
        pick, reason = aged, "aged"
    else:
        best = max(credits.items(), key=lambda kv: (kv[1], -by_category[kv[0]].order_at.timestamp(), kv[0]))
        pick, reason = by_category[best[0]], "weighted"
    assert pick is not None
    credits[pick.category] -= total
    return pick, reason, credits


def policy_sentence(recalls_before_no_show: int, no_show_policy: str) -> Text:
    """过号处理说明: ``str()`` for the screen (interface language), ``.chinese()`` for paper."""
    calls = recalls_before_no_show + 1
    if no_show_policy == "void":
        return Text("叫号 {calls} 次未到视为过号，过号作废，需重新取号。", calls=calls)
    return Text("叫号 {calls} 次未到视为过号，过号后自动重新排到队尾；再次过号作废，需重新取号。", calls=calls)


def policy_text(recalls_before_no_show: int, no_show_policy: str) -> str:
    """过号处理说明 as printed on the slip (always Chinese)."""
    return policy_sentence(recalls_before_no_show, no_show_policy).chinese()
