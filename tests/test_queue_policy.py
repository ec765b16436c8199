"""The ordering policy (app/queue/policy.py) as properties: hypothesis drives random halls."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.clock import HALL_TZ
from app.queue.announce import clip_tokens, display_text, read_number, speech_text
from app.queue.policy import Candidate, Lane, PolicySettings, WindowState, choose_next, heads, policy_text

START = datetime(2026, 11, 23, 9, 0, tzinfo=HALL_TZ)
CATEGORIES = ("A", "B", "C", "D")

lanes = st.sampled_from([Lane.NORMAL, Lane.NORMAL, Lane.NORMAL, Lane.PRIORITY, Lane.APPOINTMENT])
policies = st.builds(PolicySettings, name=st.sampled_from(["weighted_aging", "fifo"]),
                     front_streak_limit=st.integers(1, 5), aging_minutes=st.sampled_from([0, 20, 45]),
                     appointment_late_minutes=st.integers(0, 30))
weights_st = st.dictionaries(st.sampled_from(CATEGORIES), st.integers(1, 6), min_size=1)
# A hall day: each step is an arrival (category, lane, minutes offset for appointments) or a call at a window.
steps = st.lists(st.one_of(
    st.tuples(st.just("take"), st.sampled_from(CATEGORIES), lanes, st.integers(-30, 60)),
    st.tuples(st.just("call"), st.integers(0, 2), st.just(Lane.NORMAL), st.just(0)),
), max_size=120)


class Hall:
    """A pure in-memory queue: what the service does with SQL, done with lists."""

    def __init__(self, policy: PolicySettings, window_weights: list[dict[str, int]]) -> None:
        self.policy = policy
        self.window_weights = window_weights
        self.states = [WindowState() for _ in window_weights]
        self.waiting: dict[str, Candidate] = {}
        self.called: list[str] = []
        self.taken: list[str] = []
        self.now = START
        self.log: list[tuple[int, Candidate, str, dict[str, Candidate]]] = []

    def take(self, category: str, lane: Lane, offset: int) -> None:
        self.now += timedelta(minutes=1)
        ticket_id = f"T{len(self.taken):04d}"
        order_at = self.now + timedelta(minutes=offset) if lane is Lane.APPOINTMENT else self.now
        self.waiting[ticket_id] = Candidate(ticket_id, category, lane, order_at)
        self.taken.append(ticket_id)

    def call(self, window: int) -> Candidate | None:
        self.now += timedelta(minutes=2)
        weights = self.window_weights[window]
        visible = [c for c in self.waiting.values() if c.category in weights]
        decision = choose_next(visible, weights, self.states[window], self.now, self.policy)
        if decision is None:
            return None
        picked = self.waiting.pop(decision.ticket_id)
        self.log.append((window, picked, decision.reason, {c.ticket_id: c for c in visible}))
        self.states[window] = decision.state
        self.called.append(picked.ticket_id)
        return picked

    def drain(self) -> None:
        while self.waiting:
            if all(self.call(w) is None for w in range(len(self.window_weights))):
                break


def _hall(policy: PolicySettings, weights: dict[str, int]) -> Hall:
    # Window 0 serves every category, so the day can always be drained.
    return Hall(policy, [dict.fromkeys(CATEGORIES, 1), weights, {c: 1 for c in list(weights)[:1]}])


@settings(max_examples=150, deadline=None)
@given(policies, weights_st, steps)
def test_every_ticket_is_called_exactly_once(policy: PolicySettings, weights: dict[str, int],
                                             day: list[tuple[str, object, Lane, int]]) -> None:
    hall = _hall(policy, weights)
    for kind, what, lane, offset in day:
        if kind == "take":
            hall.take(str(what), lane, offset)
        else:
            hall.call(int(str(what)))
    hall.drain()
    assert not hall.waiting
    assert Counter(hall.called) == Counter(hall.taken)


@settings(max_examples=150, deadline=None)
@given(policies, weights_st, steps)
def test_front_lanes_first_within_the_interleave_bound(policy: PolicySettings, weights: dict[str, int],
                                                       day: list[tuple[str, object, Lane, int]]) -> None:
    hall = _hall(policy, weights)
    for kind, what, lane, offset in day:
        if kind == "take":
            hall.take(str(what), lane, offset)
        else:
            window = int(str(what))
            before = hall.states[window]
            if hall.call(window) is None:
                continue
            _, picked, reason, visible = hall.log[-1]
            front = [c for c in visible.values() if c.lane is Lane.PRIORITY
                     or (c.lane is Lane.APPOINTMENT and c.order_at <= hall.now)]
            normal = [c for c in visible.values() if c.lane is Lane.NORMAL]
            if front and (not normal or before.front_streak < policy.front_streak_limit):
                assert picked.lane is not Lane.NORMAL, reason
            if front and normal and before.front_streak >= policy.front_streak_limit:
                assert picked.lane is Lane.NORMAL and reason == "interleave"


@settings(max_examples=100, deadline=None)
@given(policies, weights_st, steps)
def test_fifo_within_each_category_and_lane(policy: PolicySettings, weights: dict[str, int],
                                            day: list[tuple[str, object, Lane, int]]) -> None:
    hall = _hall(policy, weights)
    for kind, what, lane, offset in day:
        if kind == "take":
            hall.take(str(what), lane, offset)
        else:
            hall.call(int(str(what)))
    hall.drain()
    for _, picked, _, visible in hall.log:
        same = [c for c in visible.values() if c.category == picked.category and c.lane is picked.lane]
        assert picked.order_at == min(c.order_at for c in same)


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 5), st.integers(1, 40))
def test_normal_tickets_never_starve_under_a_priority_flood(limit: int, position: int) -> None:
    """Priority tickets keep arriving; the k-th normal ticket is still called within k*(N+1) calls."""
    policy = PolicySettings(front_streak_limit=limit, aging_minutes=0)
    hall = Hall(policy, [{"A": 1}])
    for _ in range(position):
        hall.take("A", Lane.NORMAL, 0)
    target = hall.taken[-1]
    calls = 0
    while target not in hall.called:
        hall.take("A", Lane.PRIORITY, 0)
        hall.take("A", Lane.PRIORITY, 0)
        hall.call(0)
        calls += 1
    assert calls <= position * (limit + 1)


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 5), st.integers(0, 30))
def test_priority_tickets_never_starve_under_a_normal_flood(limit: int, normal_waiting: int) -> None:
    """A priority ticket is called within 2 calls, however many normal tickets wait."""
    policy = PolicySettings(front_streak_limit=limit)
    hall = Hall(policy, [{"A": 1, "B": 3}])
    for i in range(normal_waiting):
        hall.take("AB"[i % 2], Lane.NORMAL, 0)
    hall.states[0] = WindowState(front_streak=limit)  # the worst moment: the interleave is due
    hall.take("B", Lane.PRIORITY, 0)
    target = hall.taken[-1]
    hall.call(0)
    hall.call(0)
    assert target in hall.called


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(CATEGORIES), st.integers(1, 6), min_size=1), st.integers(1, 3))
def test_weights_share_calls_exactly_when_everyone_is_backlogged(weights: dict[str, int], periods: int) -> None:
    policy = PolicySettings(aging_minutes=0)
    hall = Hall(policy, [weights])
    total = sum(weights.values())
    for category in weights:
        for _ in range(total * periods + 1):
            hall.take(category, Lane.NORMAL, 0)
    picks = [hall.call(0) for _ in range(total * periods)]
    categories = [p.category for p in picks if p is not None]
    for start in range(0, len(categories) - total + 1):
        window = Counter(categories[start:start + total])
        assert window == Counter(weights), (start, categories)


def test_aged_ticket_goes_before_the_weights() -> None:
    policy = PolicySettings(aging_minutes=30)
    old = Candidate("old", "B", Lane.NORMAL, START)
    fresh = Candidate("fresh", "A", Lane.NORMAL, START + timedelta(minutes=35))
    decision = choose_next([old, fresh], {"A": 9, "B": 1}, WindowState(), START + timedelta(minutes=40), policy)
    assert decision is not None and decision.ticket_id == "old" and decision.reason == "aged"


def test_late_appointment_goes_before_priority_and_early_one_waits() -> None:
    policy = PolicySettings(appointment_late_minutes=10)
    now = START + timedelta(minutes=30)
    late = Candidate("late", "A", Lane.APPOINTMENT, now - timedelta(minutes=15))
    prio = Candidate("prio", "A", Lane.PRIORITY, START)
    early = Candidate("early", "B", Lane.APPOINTMENT, now + timedelta(minutes=20))
    normal = Candidate("normal", "B", Lane.NORMAL, START)
    first = choose_next([late, prio, early, normal], {"A": 1, "B": 1}, WindowState(), now, policy)
    assert first is not None and first.ticket_id == "late"
    second = choose_next([prio, early, normal], {"A": 1, "B": 1}, first.state, now, policy)
    assert second is not None and second.ticket_id == "prio"
    third = choose_next([early, normal], {"A": 1, "B": 1}, second.state, now, policy)
    assert third is not None and third.ticket_id == "normal"
    last = choose_next([early], {"A": 1, "B": 1}, third.state, now, policy)
    assert last is not None and last.ticket_id == "early" and last.reason == "early_appointment"
    assert choose_next([], {"A": 1}, WindowState(), now, policy) is None


def test_heads_keeps_the_oldest_per_category_and_lane() -> None:
    a1 = Candidate("a1", "A", Lane.NORMAL, START)
    a2 = Candidate("a2", "A", Lane.NORMAL, START + timedelta(minutes=1))
    p1 = Candidate("p1", "A", Lane.PRIORITY, START + timedelta(minutes=2))
    assert sorted(c.ticket_id for c in heads([a2, p1, a1])) == ["a1", "p1"]


def test_announcement_texts() -> None:
    assert display_text("A012", "3") == "请 A012 号到 3 号窗口办理"
    assert speech_text("A012", "3") == "请 A 零一二 号到 三 号窗口办理"
    assert clip_tokens("B105", "12") == ["请", "B", "一", "零", "五", "号", "到", "十", "二", "号", "窗口办理"]
    assert [read_number(n) for n in ("10", "20", "105", "248")] == ["十", "二十", "一百零五", "二百四十八"]


def test_policy_text_follows_the_settings() -> None:
    assert "作废" in policy_text(2, "void") and "3 次" in policy_text(2, "void")
    assert "重新排到队尾" in policy_text(1, "requeue_once")
