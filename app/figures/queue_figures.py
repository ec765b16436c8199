"""Queue figures (排队统计): tickets taken, served, no-shows and those who left before being
called; waiting and service times; arrivals by hour. Read from the local store.

One pass loads the period's tickets (a few columns each); every grouping is then counted
in Python, so the numbers of every table come from the same rows.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.auth import require
from app.errors import UserError
from app.figures.periods import Period, hall_today
from app.figures.table import Cell, Column, Kind, Table, figure_table, share
from app.i18n import N_, Text
from app.station import Station
from app.store import Store

GROUPINGS: dict[str, str] = {"category": N_("业务类别"), "window": N_("窗口"), "clerk": N_("窗口人员"),
                             "day": N_("日期")}
TOTAL = N_("合计")  # the label of the total line (shown translated by the page)

SERVED = "served"
NO_SHOW = "no_show"
NOT_CALLED = "not_called"
OPEN = "open"
UNKNOWN_CLERK = ""

# Waiting starts when the ticket is taken; an appointment waits from its slot if it came early.
_TICKETS_SQL = """
SELECT t.day, t.category_code, COALESCE(t.window_no, '') AS window_no, {clerk} AS clerk,
       CAST(substr(t.taken_at, 12, 2) AS INTEGER) AS hour,
       CASE WHEN t.first_called_at IS NULL THEN NULL
            ELSE MAX(0.0, ROUND((julianday(t.first_called_at)
                  - MAX(julianday(t.taken_at), COALESCE(julianday(a.slot_start), 0))) * 86400.0, 1)) END AS wait_s,
       CASE WHEN t.state = 'finished' THEN t.service_seconds END AS service_s,
       CASE WHEN t.state = 'finished' THEN 'served'
            WHEN t.no_shows > 0 THEN 'no_show'
            WHEN t.first_called_at IS NULL AND (t.day < :today OR t.state = 'voided') THEN 'not_called'
            ELSE 'open' END AS outcome
FROM queue_tickets AS t
LEFT JOIN appointments AS a ON t.lane = 'appointment' AND a.id = t.appointment_id
WHERE t.day BETWEEN :first AND :last
"""


# One ticket as the figures see it: a plain tuple (a month of a big hall is tens of
# thousands of them), in this order.
FACT_FIELDS = ("day", "category", "window", "clerk", "hour", "wait_s", "service_s", "outcome")
DAY, CATEGORY, WINDOW, CLERK, HOUR, WAIT, SERVICE, OUTCOME = range(len(FACT_FIELDS))
TicketFact = tuple[Any, ...]


@dataclass
class QueueRow:
    key: str
    label: str
    taken: int = 0
    served: int = 0
    no_show: int = 0
    not_called: int = 0
    open: int = 0
    waits: list[float] = field(default_factory=list)
    services: list[float] = field(default_factory=list)

    def add(self, fact: TicketFact) -> None:
        self.taken += 1
        outcome = fact[OUTCOME]
        if outcome == SERVED:
            self.served += 1
        elif outcome == NO_SHOW:
            self.no_show += 1
        elif outcome == NOT_CALLED:
            self.not_called += 1
        else:
            self.open += 1
        if fact[WAIT] is not None:
            self.waits.append(fact[WAIT])
        if fact[SERVICE] is not None:
            self.services.append(fact[SERVICE])

    @property
    def mean_wait_min(self) -> float | None:
        return sum(self.waits) / len(self.waits) / 60 if self.waits else None

    @property
    def p90_wait_min(self) -> float | None:
        value = percentile(self.waits, 0.9)
        return None if value is None else value / 60

    @property
    def max_wait_min(self) -> float | None:
        return max(self.waits) / 60 if self.waits else None

    @property
    def mean_service_min(self) -> float | None:
        return sum(self.services) / len(self.services) / 60 if self.services else None

    @property
    def p90_service_min(self) -> float | None:
        value = percentile(self.services, 0.9)
        return None if value is None else value / 60


def summarise(key: str, label: str, facts: list[TicketFact]) -> QueueRow:
    """One row from its tickets (the same counts as adding them one by one, in bulk)."""
    outcomes = Counter(f[OUTCOME] for f in facts)
    return QueueRow(key, label, len(facts), outcomes[SERVED], outcomes[NO_SHOW], outcomes[NOT_CALLED],
                    outcomes[OPEN], [f[WAIT] for f in facts if f[WAIT] is not None],
                    [f[SERVICE] for f in facts if f[SERVICE] is not None])


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least ``q`` of all values at or
    below it (the 90th percentile of 10 waits is the 9th shortest)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q * len(ordered) - 1e-9))
    return ordered[rank - 1]


def _has_column(store: Store, table: str, column: str) -> bool:
    return any(r["name"] == column for r in store.query(f"PRAGMA table_info({table})"))


def load_tickets(store: Store, period: Period, today: date) -> list[TicketFact]:
    """The tickets taken in ``period`` (by their day), classified."""
    clerk = "COALESCE(t.clerk, '')" if _has_column(store, "queue_tickets", "clerk") else "''"
    cursor = store.conn.cursor()
    cursor.row_factory = None  # plain tuples, classified by the query itself
    return cursor.execute(_TICKETS_SQL.format(clerk=clerk), {
        "first": period.first, "last": period.end.isoformat(), "today": today.isoformat()}).fetchall()


@dataclass
class QueueFigures:
    """The queue figures of one period."""

    period: Period
    tickets: list[TicketFact]
    labels: dict[str, Callable[[str], str]]
    _total: QueueRow | None = None

    def rows(self, by: str) -> list[QueueRow]:
        if by not in GROUPINGS:
            raise ValueError(f"unknown grouping {by!r}")
        label = self.labels[by]
        position = FACT_FIELDS.index(by)
        groups: dict[str, list[TicketFact]] = defaultdict(list)
        for fact in self.tickets:
            groups[fact[position]].append(fact)
        rows = [summarise(key, label(key), facts) for key, facts in groups.items()]
        return sorted(rows, key=lambda r: (r.key == "", r.key))

    def total(self) -> QueueRow:
        if self._total is None:
            self._total = summarise("", TOTAL, self.tickets)
        return self._total

    def arrivals_by_hour(self) -> dict[str, dict[int, int]]:
        """category -> hour -> tickets taken."""
        out: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for fact in self.tickets:
            out[fact[CATEGORY]][fact[HOUR]] += 1
        return {c: dict(h) for c, h in out.items()}

    @property
    def open_days(self) -> int:
        """Days of the period on which any ticket was taken (the divisor of daily averages)."""
        return len({f[DAY] for f in self.tickets})

    def table(self, by: str) -> Table:
        rows = self.rows(by)
        return figure_table(f"queue_{by}", title(by), queue_columns(by), [queue_cells(r) for r in rows],
                            queue_cells(self.total()) if rows else None, Text(QUEUE_NOTE))

    def hour_table(self, category_label: Callable[[str], str]) -> Table:
        by_hour = self.arrivals_by_hour()
        hours = sorted({h for per in by_hour.values() for h in per})
        days = max(1, self.open_days)
        columns = (Column(N_("时段"), Kind.TEXT), *(Column(category_label(c)) for c in sorted(by_hour)),
                   Column(TOTAL), Column(N_("日均"), Kind.NUMBER))
        rows: list[tuple[Cell, ...]] = []
        for h in hours:
            counts = [by_hour[c].get(h, 0) for c in sorted(by_hour)]
            rows.append((f"{h:02d}:00–{h + 1:02d}:00", *counts, sum(counts), sum(counts) / days))
        return figure_table("queue_hours", Text("各时段取号人数"), columns, rows,
                            note=Text("“日均”为合计除以有取号的天数（{days} 天）。", days=days))


def title(by: str) -> Text:
    return Text("排队情况（按{group}）", group=GROUPINGS[by])


QUEUE_NOTE = N_("等候时间 = 首次叫号时间 − 取号时间（预约号提前到达的，从预约时段开始计）；办理时间为叫号到办结的时长，"
              "挂起期间不计；90% 分位数为从短到长排在第 90% 位的数值。")


def queue_columns(by: str) -> tuple[Column, ...]:
    return (Column(GROUPINGS[by], Kind.TEXT), Column(N_("取号")), Column(N_("已办结")), Column(N_("过号")),
            Column(N_("未叫号离开")), Column(N_("未办结")), Column(N_("过号率"), Kind.PERCENT),
            Column(N_("平均等候（分）"), Kind.MINUTES), Column(N_("90%等候（分）"), Kind.MINUTES),
            Column(N_("最长等候（分）"), Kind.MINUTES), Column(N_("平均办理（分）"), Kind.MINUTES),
            Column(N_("90%办理（分）"), Kind.MINUTES))


def queue_cells(r: QueueRow) -> tuple[Cell, ...]:
    return (r.label, r.taken, r.served, r.no_show, r.not_called, r.open, share(r.no_show, r.taken),
            r.mean_wait_min, r.p90_wait_min, r.max_wait_min, r.mean_service_min, r.p90_service_min)


# -- labels ---------------------------------------------------------------------

def category_labeler(station: Station) -> Callable[[str], str]:
    try:
        names = {c.code: c.name for c in station.catalog.queue_categories}
    except UserError:  # no catalog yet: show the codes
        names = {}
    return lambda code: names.get(code, code or "—")


def clerk_labeler(store: Store) -> Callable[[str], str]:
    names = {r["staff_no"]: r["name"] for r in store.query("SELECT staff_no, name FROM users")}
    def label(staff_no: str) -> str:
        if staff_no in names:
            return str(Text("{name}（{staff_no}）", name=names[staff_no], staff_no=staff_no))
        return staff_no or str(Text("（未记录）"))
    return label


def window_label(window_no: str) -> str:
    """In the interface language where the UI installed one (the station), Chinese on the server."""
    return str(Text("{window_no} 号窗口", window_no=window_no)) if window_no else str(Text("（未叫号）"))


def labels(station: Station) -> dict[str, Callable[[str], str]]:
    return {"category": category_labeler(station), "window": window_label, "clerk": clerk_labeler(station.store),
            "day": lambda d: d}


def queue_figures(station: Station, period: Period) -> QueueFigures:
    require(station.session, "stats.view")
    today = hall_today(station)
    return QueueFigures(period, load_tickets(station.store, period, today), labels(station))
