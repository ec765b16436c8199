"""The hall figures of docs/figures.md for a whole hall, from the records its stations pushed.

Each report loads the payloads of the hall's records for the period and hands them to the
pure replay of app/figures/record_figures.py; the counting after that is app/figures' own
(queue_figures.QueueFigures, case_figures.CaseFigures rows, ratings.figures rows), so a
figure has one definition on the station and on the server. The answer is a table as the
page shows it: columns with their kinds, rows, the 合计 line and the note.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import HALL_TZ
from app.figures import case_figures as cf
from app.figures import consultations as cs
from app.figures import queue_figures as qf
from app.figures import rating_figures
from app.figures import record_figures as rec
from app.figures.periods import Period, PeriodKind
from app.figures.table import Cell, Column, Kind, Table, share
from app.ratings import figures as rf
from app.ratings.levels import LEVELS, NOT_RATED_LABEL
from server.catalogs import latest_catalog
from server.models import Record, User

REPORTS = ("queue", "cases", "missing-materials", "ratings", "consultations")
GROUPINGS: dict[str, dict[str, str]] = {
    "queue": qf.GROUPINGS, "cases": cf.GROUPINGS, "ratings": rf.GROUPINGS,
    "consultations": cs.GROUPINGS,
    "missing-materials": {},
}


class UnknownGrouping(ValueError):
    pass


def hall_today() -> date:
    return datetime.now(HALL_TZ).date()


def period(day_from: date, day_to: date) -> Period:
    return Period(PeriodKind.DAY if day_from == day_to else PeriodKind.MONTH, day_from, day_to)


def _payloads(session: Session, hall: str, kinds: Iterable[str], since: str | None = None) -> list[tuple[str, str, Any]]:
    """(kind, actor, payload) of the hall's records, in the order each station made them."""
    query = select(Record.kind, Record.audit, Record.payload).where(Record.hall_code == hall,
                                                                   Record.kind.in_(list(kinds)))
    if since:
        query = query.where(Record.created_day >= since)
    rows = session.execute(query.order_by(Record.station_code, Record.audit_seq)).all()
    return [(kind, str((audit or {}).get("actor", "")), payload or {}) for kind, audit, payload in rows]


# -- labels ---------------------------------------------------------------------

def _names(session: Session, hall: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(category names, matter names, clerk names) from the latest catalog and the hall's users."""
    categories: dict[str, str] = {}
    matters: dict[str, str] = {}
    row = latest_catalog(session)
    if row is not None:
        try:
            document = json.loads(row.raw)
            categories = {c["code"]: c["name"] for c in document.get("queue_categories", [])}
            matters = {m["code"]: m["name"] for m in document.get("matters", [])}
        except (ValueError, KeyError, TypeError, AttributeError):
            pass
    clerks = {u.staff_no: u.name for u in session.scalars(select(User).where(User.hall_code == hall))}
    return categories, matters, clerks


def _labels(session: Session, hall: str) -> dict[str, Callable[[str], str]]:
    categories, matters, clerks = _names(session, hall)
    return {
        "category": lambda code: categories.get(code, code or "—"),
        "window": qf.window_label,
        "clerk": lambda s: f"{clerks[s]}（{s}）" if s in clerks else (s or "（未记录）"),
        "matter": lambda code: matters.get(code, code),
        "day": lambda d: d,
    }


# -- reports --------------------------------------------------------------------

def _tickets(session: Session, hall: str, p: Period, today: date) -> dict[str, qf.TicketFact]:
    rows = _payloads(session, hall, ("ticket.taken", "ticket.event", "appointment.checked_in"), p.first)
    taken = [pl for kind, _, pl in rows if kind == "ticket.taken" and p.first <= str(pl.get("day", "")) <= p.end.isoformat()]
    events = [pl for kind, _, pl in rows if kind == "ticket.event"]
    check_ins = [pl for kind, _, pl in rows if kind == "appointment.checked_in"]
    return rec.ticket_facts_by_id(taken, events, check_ins, today)


def queue_table(session: Session, hall: str, p: Period, by: str, today: date) -> Table:
    figures = qf.QueueFigures(p, list(_tickets(session, hall, p, today).values()), _labels(session, hall))
    return figures.table(by)


def _decisions(session: Session, hall: str, p: Period, today: date) -> list[cf.Decision]:
    rows = _payloads(session, hall, tuple(rec.DECISION_KINDS))
    noticed = {str(pl.get("case_id")) for kind, _, pl in rows if kind == "intake.supplement"}
    places = rec.ticket_places(_tickets(session, hall, p, today))
    return rec.decisions(rows, p.first, p.after, noticed, places)


def cases_table(session: Session, hall: str, p: Period, by: str, today: date) -> Table:
    label = _labels(session, hall)[by]
    position = cf.DECISION_FIELDS.index(by)
    decisions = _decisions(session, hall, p, today)
    groups: dict[str, list[cf.Decision]] = {}
    for d in decisions:
        groups.setdefault(d[position], []).append(d)
    rows = sorted((cf._case_row(k, label(k), ds) for k, ds in groups.items()), key=lambda r: (r.key == "", r.key))
    columns = (Column(cf.GROUPINGS[by], Kind.TEXT), Column("申请件数"), Column("受理"), Column("容缺受理"),
               Column("补正通知"), Column("不予受理"), Column("受理合计"), Column("补正后受理"),
               Column("二次跑动率", Kind.PERCENT))
    total = cf._case_row("", "合计", decisions)
    return Table(f"cases_{by}", f"受理情况（按{cf.GROUPINGS[by]}）", columns, [cf._case_cells(r) for r in rows],
                 cf._case_cells(total) if rows else None, cf.CASE_NOTE)


def missing_table(session: Session, hall: str, p: Period, limit: int = 50) -> Table:
    _, matters, _ = _names(session, hall)
    notices = [pl for _, _, pl in _payloads(session, hall, ("intake.supplement",))
               if p.first <= str(pl.get("at", "")) < p.after]
    columns = (Column("事项", Kind.TEXT), Column("材料", Kind.TEXT), Column("缺少"), Column("不符合要求"),
               Column("合计"), Column("该事项补正通知"), Column("出现比例", Kind.PERCENT),
               Column("最常见的不符合原因", Kind.TEXT))
    rows: list[tuple[Cell, ...]] = [
        (matters.get(m, m), material, missing, bad, missing + bad, n, share(missing + bad, n), reason or None)
        for m, material, missing, bad, n, reason in rec.missing_materials(notices)[:limit]]
    return Table("missing_materials", "补正最多的材料", columns, rows, note=cf.MISSING_NOTE)


def ratings_table(session: Session, hall: str, p: Period, by: str) -> Table:
    ratings = [pl for _, _, pl in _payloads(session, hall, ("rating",))]
    rows = rf._collect(rec.rating_rows(ratings, by, p.first, p.end.isoformat()))
    rows.sort(key=lambda r: r.key)
    columns = (Column(rf.GROUPINGS[by], Kind.TEXT), *(Column(level.label) for level in LEVELS),
               Column(NOT_RATED_LABEL), Column("已评价"), Column("差评数"), Column("差评率", Kind.PERCENT))
    cells = [_rating_cells(r) for r in rows]
    return Table(f"ratings_{by}", f"好差评（按{rf.GROUPINGS[by]}）", columns, cells,
                 _rating_cells(rf.total(rows)) if rows else None,
                 rating_figures.RATING_NOTE.split("整改按时率")[0].rstrip("；") + "。")


def _rating_cells(row: rf.SatisfactionRow) -> tuple[Cell, ...]:
    return (row.label, *(row.levels[level] for level in LEVELS), row.not_rated, row.rated, row.poor, row.poor_share)


def consultations_table(session: Session, hall: str, p: Period, by: str) -> Table:
    labels = _labels(session, hall)
    rows = _payloads(session, hall, ("consultation", "rating"))
    rated = {str(pl.get("service_id")) for kind, _, pl in rows if kind == "rating" and pl.get("rated")}
    poor = {str(pl.get("service_id")) for kind, _, pl in rows if kind == "rating" and pl.get("rated") and pl.get("poor")}
    facts = [cs.ConsultationFact(str(pl.get("matter_code") or "") or f"其他：{pl.get('matter_name') or ''}",
                                 str(pl.get("matter_name") or ""), str(pl.get("window_no") or ""),
                                 str(pl.get("clerk_staff_no") or ""), str(pl.get("day") or ""),
                                 bool(pl.get("handed_on")), str(pl.get("consultation_id")) in rated,
                                 str(pl.get("consultation_id")) in poor)
             for kind, _, pl in rows
             if kind == "consultation" and p.first <= str(pl.get("day", "")) <= p.end.isoformat()]
    position = cs.ConsultationFact._fields.index(by)
    names = {f.matter: f.topic for f in facts}
    label: Callable[[str], str] = (lambda key: names.get(key, key)) if by == "matter" else labels[by]
    groups: dict[str, list[cs.ConsultationFact]] = {}
    for fact in facts:
        groups.setdefault(str(fact[position]), []).append(fact)
    body = sorted((cs._row(k, label(k), g) for k, g in groups.items()), key=lambda r: (-r.asked, r.key))
    columns = (Column(cs.GROUPINGS[by], Kind.TEXT), Column("咨询次数"), Column("转交"),
               Column("转交比例", Kind.PERCENT), Column("已评价"), Column("差评"))

    def cells(r: cs.ConsultationRow) -> tuple[Cell, ...]:
        return (r.label, r.asked, r.handed_on, r.handed_on_share, r.rated, r.poor)

    return Table(f"consultations_{by}", f"咨询服务（按{cs.GROUPINGS[by]}）", columns, [cells(r) for r in body],
                 cells(cs._row("", "合计", facts)) if body else None,
                 "窗口人员登记的咨询（首问负责）；转交 = 登记了转交部门或窗口的咨询。评价计入好差评统计。")


def report(session: Session, hall: str, name: str, day_from: date, day_to: date, by: str) -> Table:
    if name not in REPORTS:
        raise UnknownGrouping(f"未知的统计：{name}")
    if GROUPINGS[name] and by not in GROUPINGS[name]:
        raise UnknownGrouping(f"该统计不能按 {by} 分组，可选：{'、'.join(GROUPINGS[name])}")
    p = period(day_from, day_to)
    today = hall_today()
    if name == "queue":
        return queue_table(session, hall, p, by, today)
    if name == "cases":
        return cases_table(session, hall, p, by, today)
    if name == "missing-materials":
        return missing_table(session, hall, p)
    if name == "ratings":
        return ratings_table(session, hall, p, by)
    return consultations_table(session, hall, p, by)


def table_json(table: Table) -> dict[str, Any]:
    return {"key": table.key, "title": table.title,
            "columns": [{"title": c.title, "kind": c.kind.value} for c in table.columns],
            "rows": [list(r) for r in table.rows], "total": list(table.total) if table.total else None,
            "note": table.note}


def default_range(day_from: str | None, day_to: str | None) -> tuple[date, date]:
    """Missing bounds: today; a range of more than 366 days is refused by the caller."""
    today = hall_today()
    first = date.fromisoformat(day_from) if day_from else today
    last = date.fromisoformat(day_to) if day_to else max(first, today)
    return first, last


MAX_DAYS = timedelta(days=366)
