"""Case figures (受理统计): decisions per matter, category, window, clerk or day; the
second-trip rate and the materials that send citizens home; cases near or past their
promised date. Read from the local store.

A decision counts on the day it was taken (its case event), by the clerk who took it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from app.auth import require
from app.catalog.model import Catalog, Necessity
from app.figures.periods import Period, hall_today
from app.figures.queue_figures import TOTAL
from app.figures.queue_figures import labels as queue_labels
from app.figures.table import Cell, Column, Kind, Table, figure_table, share
from app.i18n import N_, Text
from app.intake.deadlines import Light, deadline_light, five_day_clock
from app.station import Station
from app.store import Store
from app.workdays import WorkCalendar

GROUPINGS: dict[str, str] = {"matter": N_("事项"), "category": N_("业务类别"), "window": N_("窗口"),
                             "clerk": N_("窗口人员"), "day": N_("日期")}
DECISIONS = ("accepted", "supplement", "refused")
DEADLINE_KEYS = ("matter", "category", "window", "clerk", "day")

# Every read is a covering-index seek (see 0007_figures.sql).
_DECISIONS_SQL = """
SELECT e.event, e.actor AS clerk, substr(e.at, 1, 10) AS day, c.id AS case_id, c.matter_code, c.mode,
       t.window_no, COALESCE(t.category_code, '') AS category
FROM case_events AS e
JOIN cases AS c ON c.id = e.case_id
LEFT JOIN queue_tickets AS t ON t.id = c.ticket_id
WHERE e.at >= ? AND e.at < ? AND e.event IN ('accepted', 'supplement', 'refused')
"""

_RUNNING_SQL = """
SELECT c.matter_code, c.clerk, c.status, c.accepted_on, c.promised_on, c.promised_days,
       c.received_on, substr(c.created_at, 1, 10) AS day,
       COALESCE(t.window_no, u.window_no, '') AS window_no, COALESCE(t.category_code, '') AS category
FROM cases AS c
LEFT JOIN queue_tickets AS t ON t.id = c.ticket_id
LEFT JOIN users AS u ON u.staff_no = c.clerk
WHERE c.status IN ('received', 'accepted', 'in_review')
"""

_NOTICE_ITEMS_SQL = """
SELECT matter_code, situation_code, material_code, state, applies, reason, notice_code
FROM figures_notice_items WHERE issued_at >= ? AND issued_at < ?
"""


# One decision as the figures see it: a plain tuple, in this order.
DECISION_FIELDS = ("event", "mode", "had_notice", "case_id", "matter", "category", "window", "clerk", "day")
EVENT, MODE, HAD_NOTICE, CASE_ID = range(4)
Decision = tuple[Any, ...]


@dataclass
class CaseRow:
    key: str
    label: str
    accepted_full: int = 0
    accepted_gaps: int = 0
    notices: int = 0
    refused: int = 0
    second_trip: int = 0
    cases: set[str] = field(default_factory=set)

    @property
    def accepted(self) -> int:
        return self.accepted_full + self.accepted_gaps

    @property
    def second_trip_rate(self) -> float | None:
        return share(self.second_trip, self.accepted)


@dataclass
class DeadlineRow:
    key: str
    label: str
    running: int = 0  # accepted or in review
    due_soon: int = 0  # yellow light
    overdue: int = 0  # red light
    received_waiting: int = 0  # materials received, no decision yet
    five_day_late: int = 0  # received more than five working days ago: deemed accepted by law


@dataclass(frozen=True)
class MissingMaterial:
    matter_code: str
    matter_name: str
    material_code: str
    material_name: str
    missing: int
    nonconforming: int
    matter_notices: int
    top_reason: str

    @property
    def total(self) -> int:
        return self.missing + self.nonconforming


def _label_for(by: str, station: Station, matter_names: dict[str, str]) -> Callable[[str], str]:
    if by == "matter":
        return lambda code: matter_names.get(code, code)
    return queue_labels(station)[by]


@dataclass
class CaseFigures:
    period: Period
    decisions: list[Decision]
    deadlines: list[tuple[tuple[str, ...], str]]  # (keys in DEADLINE_KEYS order, light or received state)
    missing: list[MissingMaterial]
    matter_names: dict[str, str]
    station: Station
    _total: CaseRow | None = None

    def rows(self, by: str) -> list[CaseRow]:
        if by not in GROUPINGS:
            raise ValueError(f"unknown grouping {by!r}")
        label = _label_for(by, self.station, self.matter_names)
        position = DECISION_FIELDS.index(by)
        groups: dict[str, list[Decision]] = defaultdict(list)
        for d in self.decisions:
            groups[d[position]].append(d)
        rows = [_case_row(key, label(key), ds) for key, ds in groups.items()]
        return sorted(rows, key=lambda r: (r.key == "", r.key))

    def total(self) -> CaseRow:
        if self._total is None:
            self._total = _case_row("", TOTAL, self.decisions)
        return self._total

    def deadline_rows(self, by: str) -> list[DeadlineRow]:
        label = _label_for(by, self.station, self.matter_names)
        position = DEADLINE_KEYS.index(by)
        counts = Counter((keys[position], state) for keys, state in self.deadlines)
        out: dict[str, DeadlineRow] = {}
        for (key, state), n in counts.items():
            row = out.get(key)
            if row is None:
                row = out[key] = DeadlineRow(key, label(key))
            _count_deadline(row, state, n)
        return sorted(out.values(), key=lambda r: (r.key == "", r.key))

    def deadline_total(self) -> DeadlineRow:
        row = DeadlineRow("", TOTAL)
        for state, n in Counter(state for _, state in self.deadlines).items():
            _count_deadline(row, state, n)
        return row

    def table(self, by: str) -> Table:
        rows = self.rows(by)
        columns = (Column(GROUPINGS[by], Kind.TEXT), Column(N_("申请件数")), Column(N_("受理")),
                   Column(N_("容缺受理")), Column(N_("补正通知")), Column(N_("不予受理")), Column(N_("受理合计")),
                   Column(N_("补正后受理")), Column(N_("二次跑动率"), Kind.PERCENT))
        return figure_table(f"cases_{by}", case_title(by), columns, [_case_cells(r) for r in rows],
                            _case_cells(self.total()) if rows else None, Text(CASE_NOTE))

    def deadline_table(self, by: str) -> Table:
        rows = self.deadline_rows(by)
        columns = (Column(GROUPINGS[by], Kind.TEXT), Column(N_("在办件")), Column(N_("临期（黄灯）")),
                   Column(N_("超期（红灯）")), Column(N_("超期率"), Kind.PERCENT), Column(N_("已收件待受理")),
                   Column(N_("收件超五个工作日")))
        return figure_table(f"deadlines_{by}", deadline_title(by), columns, [_deadline_cells(r) for r in rows],
                            _deadline_cells(self.deadline_total()) if rows else None, Text(DEADLINE_NOTE))

    def missing_table(self, limit: int = 50) -> Table:
        columns = (Column(N_("事项"), Kind.TEXT), Column(N_("材料"), Kind.TEXT), Column(N_("缺少")),
                   Column(N_("不符合要求")), Column(TOTAL), Column(N_("该事项补正通知")),
                   Column(N_("出现比例"), Kind.PERCENT), Column(N_("最常见的不符合原因"), Kind.TEXT))
        rows: list[tuple[Cell, ...]] = [
            (m.matter_name, m.material_name, m.missing, m.nonconforming, m.total, m.matter_notices,
             share(m.total, m.matter_notices), m.top_reason or None) for m in self.missing[:limit]]
        return figure_table("missing_materials", MISSING_TITLE, columns, rows, note=Text(MISSING_NOTE))


def case_title(by: str) -> Text:
    return Text("受理情况（按{group}）", group=GROUPINGS[by])


def deadline_title(by: str) -> Text:
    return Text("办理时限（截至今日，按{group}）", group=GROUPINGS[by])


MISSING_TITLE = Text("补正最多的材料")
CASE_NOTE = N_("按决定当天计：受理、容缺受理、补正通知、不予受理各计一次；同一申请补正两次计两次补正通知。"
             "二次跑动率 = 本期受理（含容缺）的办件中，受理前收到过补正通知的比例。")
DEADLINE_NOTE = N_("截至今日仍在办（已受理、审批中）的办件：距承诺办结日不足 1 个工作日或已用去承诺时限 80% 为临期，"
                 "超过承诺办结日为超期。已收件待受理超过五个工作日的，依法视为受理。")
MISSING_NOTE = N_("本期开出的补正通知书上列出的材料：必要材料缺少，或交来的材料不符合要求。"
                "出现比例 = 列出该材料的通知书数 ÷ 该事项本期的补正通知书数。")


def _count_deadline(row: DeadlineRow, state: str, n: int = 1) -> None:
    if state in ("received", "received_late"):
        row.received_waiting += n
        row.five_day_late += n * (state == "received_late")
        return
    row.running += n
    row.due_soon += n * (state == Light.YELLOW.value)
    row.overdue += n * (state == Light.RED.value)


def _case_row(key: str, label: str, decisions: list[Decision]) -> CaseRow:
    """One row from its decisions, counted in bulk."""
    kinds = Counter((d[EVENT], d[MODE] == "with_gaps", d[HAD_NOTICE]) for d in decisions)
    row = CaseRow(key, label, cases={d[CASE_ID] for d in decisions})
    for (event, gaps, noticed), n in kinds.items():
        if event == "supplement":
            row.notices += n
        elif event == "refused":
            row.refused += n
        else:
            row.accepted_gaps += n * gaps
            row.accepted_full += n * (not gaps)
            row.second_trip += n * noticed
    return row


def _case_cells(r: CaseRow) -> tuple[Cell, ...]:
    return (r.label, len(r.cases), r.accepted_full, r.accepted_gaps, r.notices, r.refused, r.accepted,
            r.second_trip, r.second_trip_rate)


def _deadline_cells(r: DeadlineRow) -> tuple[Cell, ...]:
    return (r.label, r.running, r.due_soon, r.overdue, share(r.overdue, r.running), r.received_waiting,
            r.five_day_late)


# -- loading --------------------------------------------------------------------

def _matter_categories(catalog: Catalog | None) -> dict[str, str]:
    """matter -> the first queue category that serves it (for cases with no ticket)."""
    out: dict[str, str] = {}
    for category in catalog.queue_categories if catalog is not None else ():
        for code in category.matter_codes:
            out.setdefault(code, category.code)
    return out


def _category_of(catalog: Catalog | None) -> Callable[[str, str], str]:
    def pick(ticket_category: str, matter_code: str) -> str:
        if ticket_category or catalog is None:
            return ticket_category
        found = catalog.categories_for_matter(matter_code)
        return found[0].code if found else ""
    return pick


def load_decisions(store: Store, period: Period, catalog: Catalog | None) -> list[Decision]:
    """The window of a case is that of its ticket, else the clerk's registered window."""
    fallback = _matter_categories(catalog)
    home = {r["staff_no"]: r["window_no"] or "" for r in store.query("SELECT staff_no, window_no FROM users")}
    noticed = {r[0] for r in store.conn.execute("SELECT DISTINCT case_id FROM notice_codes")}
    cursor = store.conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(_DECISIONS_SQL, (period.first, period.after)).fetchall()
    return [(event, mode or "", event == "accepted" and case_id in noticed, case_id, matter,
             ticket_category or fallback.get(matter, ""), window if window is not None else home.get(clerk, ""),
             clerk, day)
            for event, clerk, day, case_id, matter, mode, window, ticket_category in rows]


def load_deadlines(store: Store, calendar: WorkCalendar, catalog: Catalog | None,
                   today: date) -> list[tuple[tuple[str, ...], str]]:
    category = _category_of(catalog)

    @lru_cache(maxsize=4096)
    def light(status: str, accepted: str, promised: str, days: int) -> str:
        return deadline_light(calendar, status, date.fromisoformat(accepted), date.fromisoformat(promised), days,
                              today).value

    @lru_cache(maxsize=1024)
    def received(on: str) -> str:
        return "received_late" if five_day_clock(calendar, date.fromisoformat(on), today).deemed_accepted \
            else "received"

    out: list[tuple[tuple[str, ...], str]] = []
    cursor = store.conn.cursor()
    cursor.row_factory = None
    for matter, clerk, status, accepted, promised, days, received_on, day, window, ticket_category \
            in cursor.execute(_RUNNING_SQL).fetchall():
        keys = (matter, category(ticket_category, matter), window, clerk, day)
        if status == "received":
            out.append((keys, received(received_on)))
        elif accepted and promised:
            out.append((keys, light(status, accepted, promised, int(days or 0))))
    return out


def _needed(catalog: Catalog | None, matter: str, situation: str, material: str, state: str, applies: bool) -> bool:
    """On the notice: a needed material missing, or any material that does not conform."""
    if state == "nonconforming":
        return True
    if catalog is None or not catalog.has_matter(matter):
        return True
    try:
        necessity = catalog.matter(matter).situation(situation).material(material).necessity
    except KeyError:
        return True
    return necessity is Necessity.REQUIRED or (necessity is Necessity.CONDITIONAL and applies)


def _material_name(catalog: Catalog | None, matter: str, situation: str, material: str) -> str:
    if catalog is None or not catalog.has_matter(matter):
        return material
    try:
        return catalog.matter(matter).situation(situation).material(material).name
    except KeyError:
        return material


def load_missing(store: Store, period: Period, catalog: Catalog | None,
                 matter_names: dict[str, str]) -> list[MissingMaterial]:
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    reasons: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    situations: dict[tuple[str, str], str] = {}
    notices: dict[str, set[str]] = defaultdict(set)
    for r in store.query(_NOTICE_ITEMS_SQL, (period.first, period.after)):
        if not _needed(catalog, r["matter_code"], r["situation_code"], r["material_code"], r["state"],
                       bool(r["applies"])):
            continue
        key = (r["matter_code"], r["material_code"])
        counts[key][r["state"]] += 1
        situations.setdefault(key, r["situation_code"])
        notices[r["matter_code"]].add(r["notice_code"])
        if r["state"] == "nonconforming" and r["reason"].strip():
            reasons[key][r["reason"].strip()] += 1
    out = [MissingMaterial(matter, matter_names.get(matter, matter), material,
                           _material_name(catalog, matter, situations[(matter, material)], material),
                           c["missing"], c["nonconforming"], len(notices[matter]),
                           reasons[(matter, material)].most_common(1)[0][0] if reasons[(matter, material)] else "")
           for (matter, material), c in counts.items()]
    out.sort(key=lambda m: (-m.total, m.matter_code, m.material_code))
    return out


def _catalog(station: Station) -> Catalog | None:
    return station.catalog if station.has_catalog else None


def _matter_names(store: Store, catalog: Catalog | None) -> dict[str, str]:
    names = {r["matter_code"]: r["matter_name"] for r in store.query(
        "SELECT matter_code, MAX(matter_name) AS matter_name FROM cases GROUP BY matter_code")}
    if catalog is not None:
        names.update({m.code: m.name for m in catalog.matters})
    return names


def case_figures(station: Station, period: Period) -> CaseFigures:
    require(station.session, "stats.view")
    catalog = _catalog(station)
    names = _matter_names(station.store, catalog)
    today = hall_today(station)
    return CaseFigures(period, load_decisions(station.store, period, catalog),
                       load_deadlines(station.store, station.calendar, catalog, today),
                       load_missing(station.store, period, catalog, names), names, station)
