"""The hall figures from pushed records (the server's side of docs/figures.md).

A station counts from its own tables; the server only has the records every station pushed
(``ticket.taken``, ``ticket.event``, ``appointment.checked_in``, ``case.accepted``,
``intake.supplement``, ``case.refused``, ``rating``, ``consultation``). These pure functions
replay those payloads into the same facts the local figures count (queue ``TicketFact``,
case ``Decision``), so the arithmetic after that is the one of ``queue_figures`` and
``case_figures``. No Qt, no database: plain dicts in, tuples out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.figures.case_figures import Decision
from app.figures.queue_figures import NO_SHOW, NOT_CALLED, OPEN, SERVED, TicketFact

Payload = dict[str, Any]

_STATE_AFTER = {"called": "called", "resumed": "called", "held": "held", "finished": "finished",
                "voided": "voided", "requeued": "waiting", "transferred": "waiting"}


@dataclass
class _Ticket:
    """One ticket replayed from its events, with the columns the local query reads."""

    day: str
    category: str
    taken_at: str
    slot_start: str | None = None
    state: str = "waiting"
    window: str = ""
    clerk: str = ""
    first_called_at: str | None = None
    called_at: str | None = None
    service_s: float = 0.0
    no_shows: int = 0

    def apply(self, e: Payload) -> None:
        event = str(e.get("event", ""))
        at = str(e.get("at", ""))
        if event == "called":
            self.window = str(e.get("window_no") or "")
            self.category = str(e.get("category_code") or self.category)
            self.clerk = str(e.get("staff_no") or "")
            self.first_called_at = self.first_called_at or at
            self.called_at = at
        elif event == "resumed":
            self.called_at = at
            self.clerk = str(e.get("staff_no") or self.clerk)
        elif event in ("held", "finished"):
            if self.called_at:
                self.service_s += max(0.0, _seconds(self.called_at, at))
            if event == "finished":
                self.category = str(e.get("category_code") or self.category)
        elif event == "no_show":
            self.no_shows += 1
        elif event == "requeued":
            self.window = ""
        elif event == "transferred":
            self.window = ""
            self.category = str(e.get("to_category") or self.category)
        self.state = _STATE_AFTER.get(event, self.state)

    def fact(self, today: date) -> TicketFact:
        wait: float | None = None
        if self.first_called_at:
            start = max(self.taken_at, self.slot_start) if self.slot_start else self.taken_at
            wait = max(0.0, round(_seconds(start, self.first_called_at), 1))
        if self.state == "finished":
            outcome = SERVED
        elif self.no_shows > 0:
            outcome = NO_SHOW
        elif self.first_called_at is None and (self.day < today.isoformat() or self.state == "voided"):
            outcome = NOT_CALLED
        else:
            outcome = OPEN
        return (self.day, self.category, self.window, self.clerk, int(self.taken_at[11:13]), wait,
                self.service_s if self.state == "finished" else None, outcome)


def _seconds(start: str, end: str) -> float:
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


def ticket_facts(taken: Iterable[Payload], events: Iterable[Payload], check_ins: Iterable[Payload],
                 today: date) -> list[TicketFact]:
    """Queue facts of the taken tickets; ``events`` in the order each station made them."""
    slots = {str(c["ticket_id"]): str(c["slot_start"]) for c in check_ins if c.get("ticket_id") and c.get("slot_start")}
    tickets: dict[str, _Ticket] = {}
    for t in taken:
        tid = str(t["ticket_id"])
        tickets[tid] = _Ticket(str(t["day"]), str(t.get("category_code") or t.get("category") or ""), str(t["taken_at"]),
                               slots.get(tid) if t.get("lane") == "appointment" else None)
    for e in events:
        ticket = tickets.get(str(e.get("ticket_id") or ""))
        if ticket is not None:
            ticket.apply(e)
    return [t.fact(today) for t in tickets.values()]


def ticket_places(facts_by_id: dict[str, TicketFact]) -> dict[str, tuple[str, str]]:
    """ticket id -> (category, window), what a case made on that ticket is grouped by."""
    return {tid: (str(f[1]), str(f[2])) for tid, f in facts_by_id.items()}


def ticket_facts_by_id(taken: list[Payload], events: list[Payload], check_ins: list[Payload],
                       today: date) -> dict[str, TicketFact]:
    ids = [str(t["ticket_id"]) for t in taken]
    return dict(zip(ids, ticket_facts(taken, events, check_ins, today), strict=True))


DECISION_KINDS = {"case.accepted": "accepted", "intake.supplement": "supplement", "case.refused": "refused"}


def decisions(records: Iterable[tuple[str, str, Payload]], first: str, after: str,
              noticed_cases: set[str], places: dict[str, tuple[str, str]]) -> list[Decision]:
    """Case decisions from ``(kind, actor, payload)`` records whose time is in [first, after).

    ``noticed_cases``: every case that ever got a supplement notice; ``places``: the category
    and window of the tickets the cases were made on.
    """
    out: list[Decision] = []
    for kind, actor, p in records:
        event = DECISION_KINDS.get(kind)
        at = str(p.get("at", ""))
        if event is None or not first <= at < after:
            continue
        case_id = str(p["case_id"])
        category, window = places.get(str(p.get("ticket_id") or ""), ("", ""))
        out.append((event, str(p.get("mode") or ""), event == "accepted" and case_id in noticed_cases, case_id,
                    str(p.get("matter_code") or ""), category, window, actor, at[:10]))
    return out


@dataclass
class MissingCount:
    matter_code: str
    material_code: str
    counts: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)


def missing_materials(notices: Iterable[Payload]) -> list[tuple[str, str, int, int, int, str]]:
    """(matter, material, missing, nonconforming, notices of the matter, top reason) from the
    ``told`` list of each supplement notice (what is on the paper), most frequent first."""
    items: dict[tuple[str, str], MissingCount] = {}
    per_matter: dict[str, set[str]] = defaultdict(set)
    for n in notices:
        matter = str(n.get("matter_code") or "")
        for item in n.get("told") or []:
            key = (matter, str(item["material_code"]))
            row = items.setdefault(key, MissingCount(*key))
            state = str(item.get("state") or "missing")
            row.counts["nonconforming" if state == "nonconforming" else "missing"] += 1
            per_matter[matter].add(str(n.get("notice_code") or n.get("case_id")))
            reason = str(item.get("reason") or "").strip()
            if state == "nonconforming" and reason:
                row.reasons[reason] += 1
    out = [(m.matter_code, m.material_code, m.counts["missing"], m.counts["nonconforming"],
            len(per_matter[m.matter_code]), m.reasons.most_common(1)[0][0] if m.reasons else "")
           for m in items.values()]
    out.sort(key=lambda r: (-(r[2] + r[3]), r[0], r[1]))
    return out


RATING_KEYS = {"clerk": "clerk_staff_no", "window": "window_no", "matter": "matter_code", "day": "day"}


def _rating_label(by: str, p: Payload) -> str:
    """A row label as app/ratings/figures.py words it; worded on the server, which sends it as data."""
    if by == "clerk":
        return f"{p.get('clerk_name') or ''}（{p.get('clerk_staff_no') or ''}）"  # i18n: data
    if by == "window":
        return f"{p['window_no']} 号窗口" if p.get("window_no") else "（自助终端）"  # i18n: data
    if by == "matter":
        return str(p.get("matter_name") or "") or "窗口服务"  # i18n: data
    return str(p.get("rated_at", ""))[:10]


def rating_rows(ratings: list[Payload], by: str, start: str, end: str) -> list[dict[str, Any]]:
    """Rows shaped like app/ratings/figures.py's query (key, label, level, rated, n, upheld,
    due, on_time) from rating payloads: the latest rating of each subject, rated in [start, end]."""
    if by not in RATING_KEYS:
        raise ValueError(f"unknown grouping {by!r}")
    replaced = {(p.get("kind"), p.get("subject")) for p in ratings if p.get("rated") and p.get("rating_count") == 2}
    groups: Counter[tuple[str, str | None, bool]] = Counter()
    label_of: dict[str, str] = {}
    for p in ratings:
        day = str(p.get("rated_at", ""))[:10]
        if not start <= day <= end:
            continue
        if p.get("rated") and p.get("rating_count") == 1 and (p.get("kind"), p.get("subject")) in replaced:
            continue
        key = day if by == "day" else str(p.get(RATING_KEYS[by]) or "")
        label_of[key] = max(label_of.get(key, ""), _rating_label(by, p))
        groups[(key, p.get("level"), bool(p.get("rated")))] += 1
    return [{"key": key, "label": label_of[key], "level": level, "rated": rated, "n": n, "upheld": 0, "due": 0,
             "on_time": 0} for (key, level, rated), n in sorted(groups.items(), key=lambda kv: kv[0][0])]
