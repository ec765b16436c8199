"""A few weeks of realistic hall history for the demo store and the benchmarks.

Rows go straight into the real tables (queue tickets, cases and their events, supplement
notices and their checklists, ratings and follow-ups, consultations) with one
``executemany`` per table: a month of a large hall is written in seconds. The history is
not pushed to any server: it has no audit entries or outbox rows, exactly like data that
existed before the station was installed.

The queue is simulated, not drawn at random: citizens arrive through the day with a
morning and an afternoon peak (Mondays busier), each category's windows serve them in
order, and a citizen whose wait runs out of patience leaves before being called. Waiting
times, no-shows and the arrivals per hour therefore hang together the way real ones do.
"""

from __future__ import annotations

import heapq
import json
import math
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from app.catalog.model import Catalog, Matter, QueueCategory
from app.clock import HALL_TZ, iso
from app.figures.periods import hall_today
from app.ids import new_id
from app.ratings.levels import LEVELS, RatingLevel, platform
from app.station import Station
from app.workdays import WorkCalendar

# Relative arrivals in each hour band (the 13:00 band is open from 13:30 only).
HOUR_WEIGHTS: dict[int, float] = {9: 1.25, 10: 1.45, 11: 0.95, 13: 0.45, 14: 1.15, 15: 1.0, 16: 0.75}
WEEKDAY_FACTORS = (1.3, 1.0, 0.95, 0.95, 0.85, 0.0, 0.0)
CATEGORY_WEIGHTS = {"SSDJ": 0.24, "SBYB": 0.18, "BDC": 0.12, "HZ": 0.13, "SW": 0.1, "GJJ": 0.07, "QT": 0.06,
                    "ZX": 0.1}
SERVICE_MINUTES = {"SSDJ": 14.0, "SBYB": 8.0, "BDC": 18.0, "HZ": 9.0, "SW": 11.0, "GJJ": 10.0, "QT": 9.0,
                   "ZX": 4.0}
LEVEL_WEIGHTS = (0.68, 0.2, 0.07, 0.035, 0.015)
CLERK_NAMES = ("赵磊", "钱丽", "孙伟", "周敏", "吴静", "郑强", "冯雪", "陈刚", "褚红", "卫东", "蒋芳", "沈军", "韩梅", "杨帆",
               "朱琳", "秦勇", "尤佳", "许涛", "何露", "吕斌", "施燕", "张杰", "孔娟", "曹宇", "严冬")
TOPICS = ("社保卡补办需要带什么", "公积金提取到账时间", "营业执照办理进度", "居住证办理地点", "不动产登记费用",
          "发票申领流程", "老年优待证办理条件", "出入境证件办理地点")


@dataclass(frozen=True)
class HistoryShape:
    """How big and how long: the defaults make a busy district hall's last four weeks."""

    weeks: int = 4
    windows: int = 24
    daily_tickets: int = 700  # on an average working day
    case_share: float = 0.8  # served tickets of a category with matters that become an application
    rating_share: float = 0.7  # services put on the pad that the citizen rates
    not_rated_share: float = 0.1  # services put on the pad and left unrated (未评价)
    consultation_share: float = 0.15  # served tickets of other categories that record a consultation
    seed: int = 20261123


@dataclass
class HistoryCounts:
    tickets: int = 0
    cases: int = 0
    notices: int = 0
    ratings: int = 0
    consultations: int = 0
    days: list[str] = field(default_factory=list)


@dataclass
class _Rows:
    tickets: list[tuple[Any, ...]] = field(default_factory=list)
    cases: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    items: list[tuple[Any, ...]] = field(default_factory=list)
    notices: list[tuple[Any, ...]] = field(default_factory=list)
    ratings: list[tuple[Any, ...]] = field(default_factory=list)
    followups: list[tuple[Any, ...]] = field(default_factory=list)
    consultations: list[tuple[Any, ...]] = field(default_factory=list)
    answer: str = ""  # the (encrypted) answer every history consultation carries


@dataclass(frozen=True)
class _Served:
    ticket_id: str
    ticket_no: str
    category: str
    window: str
    clerk: str
    clerk_name: str
    finished: datetime


def generate_history(station: Station, shape: HistoryShape | None = None, *, end: date | None = None,
                     start: date | None = None) -> HistoryCounts:
    """Write ``shape.weeks`` weeks of history (or from ``start``) up to the day before ``end``
    (default: today)."""
    shape = shape or HistoryShape()
    rng = random.Random(shape.seed)
    catalog = station.catalog
    last = (end or hall_today(station)) - timedelta(days=1)
    first = start or last - timedelta(days=7 * shape.weeks - 1)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    calendar = station.calendar
    working = [d for d in days if calendar.is_working_day(d) and WEEKDAY_FACTORS[d.weekday()] > 0]
    windows = _windows(catalog, shape.windows)
    clerks = _clerks(station, shape.windows)
    rows = _Rows(answer=station.store.cipher.encrypt("已当场答复并告知所需材料。") or "")
    counts = HistoryCounts(days=[d.isoformat() for d in working])
    sealed = [station.store.cipher.encrypt(a.to_json()) or "" for a in _applicants()]
    maker = _CaseMaker(station, catalog, calendar, rng, rows, sealed, hall_today(station) if end is None else end)
    for day in working:
        for category in catalog.queue_categories:
            served = _simulate(day, category, windows[category.code], clerks, shape, rng, rows)
            for s in served:
                _after_service(s, category, catalog, shape, rng, rows, maker)
    _write(station.store.conn, rows, _ticket_columns(station.store.conn))
    write_followups(station, rows.followups)
    counts.tickets, counts.cases = len(rows.tickets), len(rows.cases)
    counts.notices, counts.ratings = len(rows.notices), len(rows.ratings)
    counts.consultations = len(rows.consultations)
    station.notify("queue", "cases", "ratings", "consultations")
    return counts


# -- the hall ----------------------------------------------------------------------

def _windows(catalog: Catalog, total: int) -> dict[str, list[str]]:
    """Windows per category in proportion to its expected work (at least one each)."""
    work = {c.code: CATEGORY_WEIGHTS.get(c.code, 0.05) * SERVICE_MINUTES.get(c.code, 8.0)
            for c in catalog.queue_categories}
    whole = sum(work.values())
    out: dict[str, list[str]] = {}
    number = 1
    for code, w in work.items():
        n = max(1, round(total * w / whole))
        out[code] = [str(number + k) for k in range(n)]
        number += n
    return out


def _clerks(station: Station, windows: int) -> dict[str, tuple[str, str]]:
    """window -> (staff number, name): the demo accounts at their windows, made-up colleagues
    elsewhere (cached as users who cannot log in: no password)."""
    known = {r["window_no"]: (r["staff_no"], r["name"]) for r in station.store.query(
        "SELECT staff_no, name, window_no FROM users WHERE role = 'clerk' AND window_no IS NOT NULL")}
    out: dict[str, tuple[str, str]] = {}
    with station.store.transaction() as conn:
        for n in range(1, windows + 2):
            window = str(n)
            if window in known:
                out[window] = known[window]
                continue
            staff = (f"H{n:03d}", CLERK_NAMES[(n - 1) % len(CLERK_NAMES)])
            conn.execute("INSERT OR IGNORE INTO users (staff_no, name, role, window_no, source)"
                         " VALUES (?, ?, 'clerk', ?, 'demo-history')", (*staff, window))
            out[window] = staff
    return out


def _applicants() -> list[Any]:
    from app.intake.samples import SAMPLE_AGENT_APPLICANT, SAMPLE_APPLICANT

    return [SAMPLE_APPLICANT, SAMPLE_AGENT_APPLICANT]


def _at(day: date, minutes: float) -> datetime:
    return datetime.combine(day, time(0), tzinfo=HALL_TZ) + timedelta(minutes=minutes)


def _arrivals(day: date, category: QueueCategory, shape: HistoryShape, rng: random.Random) -> list[float]:
    """Minutes after midnight of each arrival, a Poisson process per hour band."""
    per_day = shape.daily_tickets * CATEGORY_WEIGHTS.get(category.code, 0.05) * WEEKDAY_FACTORS[day.weekday()]
    whole = sum(HOUR_WEIGHTS.values())
    out: list[float] = []
    for hour, weight in HOUR_WEIGHTS.items():
        start = hour * 60 + (30 if hour == 13 else 0)
        length = 60 - (start - hour * 60)
        expected = per_day * weight / whole
        n = _poisson(expected * rng.uniform(0.85, 1.15), rng)
        out.extend(start + rng.uniform(0, length) for _ in range(n))
    return sorted(out)


def _poisson(mean: float, rng: random.Random) -> int:
    if mean > 30:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _service_minutes(code: str, rng: random.Random) -> float:
    mean = SERVICE_MINUTES.get(code, 8.0)
    return max(1.0, rng.lognormvariate(math.log(mean) - 0.18, 0.6))


def _simulate(day: date, category: QueueCategory, windows: list[str], clerks: dict[str, tuple[str, str]],
              shape: HistoryShape, rng: random.Random, rows: _Rows) -> list[_Served]:
    """Serve the day's arrivals in order at the category's windows (first free window first)."""
    free = [(9 * 60.0, w) for w in windows]  # (minute the window is free, window)
    heapq.heapify(free)
    served: list[_Served] = []
    prefix = category.prefix
    for seq, arrival in enumerate(_arrivals(day, category, shape, rng), start=1):
        ticket_id = new_id()
        ticket_no = f"{prefix}{seq:03d}"
        taken = _at(day, arrival)
        lane = "priority" if rng.random() < 0.04 else "normal"
        at_free, window = free[0]
        start = max(arrival, at_free)
        base = (ticket_id, day.isoformat(), category.code, category.code, ticket_no, lane,
                "老年人" if lane == "priority" else "", None, "kiosk", iso(taken), iso(taken))
        if start - arrival > rng.uniform(35, 120):  # out of patience: left, voided at closing
            rows.tickets.append((*base, "voided", None, None, None, 0, 0, None, None, ""))
            continue
        called = _at(day, start)
        staff, name = clerks.get(window, ("", ""))
        if rng.random() < 0.025:  # recalled twice, never came: 过号
            heapq.heapreplace(free, (start + 1.5, window))
            rows.tickets.append((*base, "voided", window, iso(called), iso(called), 2, 1,
                                 iso(called + timedelta(minutes=1.5)), None, staff))
            continue
        minutes = _service_minutes(category.code, rng)
        finished = called + timedelta(minutes=minutes)
        heapq.heapreplace(free, (start + minutes, window))
        rows.tickets.append((*base, "finished", window, iso(called), iso(called), 0, 0, iso(finished),
                             round(minutes * 60, 1), staff))
        served.append(_Served(ticket_id, ticket_no, category.code, window, staff, name, finished))
    return served


# -- after the service: an application, a consultation, a rating ---------------------

def _after_service(s: _Served, category: QueueCategory, catalog: Catalog, shape: HistoryShape,
                   rng: random.Random, rows: _Rows, maker: _CaseMaker) -> None:
    matter: Matter | None = None
    subject = s.ticket_id
    if category.matter_codes and rng.random() < shape.case_share:
        matter = catalog.matter(rng.choice(category.matter_codes))
        maker.case(s, matter)
    elif not category.matter_codes or rng.random() < shape.consultation_share:
        subject = _consultation(s, catalog, category, rng, rows)
    roll = rng.random()
    if roll < shape.rating_share:
        _rating(s, subject, matter, rng, rows, rated=True)
    elif roll < shape.rating_share + shape.not_rated_share:
        _rating(s, subject, matter, rng, rows, rated=False)


def _consultation(s: _Served, catalog: Catalog, category: QueueCategory, rng: random.Random, rows: _Rows) -> str:
    consultation_id = new_id()
    if category.matter_codes and rng.random() < 0.7:
        matter = catalog.matter(rng.choice(category.matter_codes))
        code, name = matter.code, matter.name
    else:
        code, name = "", rng.choice(TOPICS)
    handed = rng.random() < 0.12
    rows.consultations.append((
        consultation_id, s.finished.date().isoformat(), iso(s.finished), s.ticket_id, s.ticket_no, s.category,
        code, name, rows.answer, int(handed), "对应部门业务窗口" if handed else "", s.window, s.clerk,
        s.clerk_name))
    return consultation_id


def _rating(s: _Served, subject: str, matter: Matter | None, rng: random.Random, rows: _Rows, *, rated: bool) -> None:
    rating_id = new_id()
    at = s.finished + timedelta(seconds=rng.uniform(10, 50))
    codes = platform("gbt39046")
    level: RatingLevel | None = rng.choices(LEVELS, LEVEL_WEIGHTS)[0] if rated else None
    poor = level is not None and level.poor
    reasons = json.dumps(["等候时间过长"] if poor else [], ensure_ascii=False)
    rows.ratings.append((
        rating_id, subject, "window_service", subject, 1, int(rated), level.value if level else None,
        codes.level_code(level) if level else None, "gbt39046", int(poor), reasons, "", 0, "hall_pad", "4",
        s.ticket_no, matter.code if matter else "", matter.name if matter else "", s.window, s.clerk, s.clerk_name,
        iso(s.finished), iso(at), at.date().isoformat()))
    if poor:
        rows.followups.append((rating_id, at.date(), rng.random()))


class _CaseMaker:
    """Applications made at the window: accepted, accepted with gaps, told to supplement
    (most come back and are accepted), refused."""

    def __init__(self, station: Station, catalog: Catalog, calendar: WorkCalendar, rng: random.Random,
                 rows: _Rows, sealed: list[str], today: date) -> None:
        self.station_code = station.station_code
        self.catalog = catalog
        self.calendar = calendar
        self.rng = rng
        self.rows = rows
        self.sealed = sealed
        self.today = today
        self.sequence = 0
        self._promised: dict[tuple[date, int], date] = {}
        # Some materials are forgotten far more often than others: fixed weights per material.
        self._weights: dict[str, float] = {}

    def promised(self, on: date, days: int) -> date:
        key = (on, days)
        if key not in self._promised:
            self._promised[key] = self.calendar.add_working_days(on, days)
        return self._promised[key]

    def case(self, s: _Served, matter: Matter) -> None:
        rng = self.rng
        case_id = new_id()
        situation = rng.choice(matter.situations)
        roll = rng.random()
        received = s.finished
        events: list[tuple[datetime, str, str]] = [(received, "received", "收件")]
        mode: str | None = None
        accepted_at: datetime | None = None
        supplement_due: date | None = None
        if roll < 0.2:  # 补正: one-time notice, most come back within a week or two
            notice_at = received + timedelta(seconds=5)
            events.append((notice_at, "supplement", "一次性告知补正"))
            self._notice(case_id, matter, situation.materials, notice_at)
            supplement_due = self.promised(received.date(), 10)
            if rng.random() < 0.7:
                back = self.promised(received.date(), rng.randint(1, 8))
                if back < self.today:
                    accepted_at = _at(back, rng.uniform(9 * 60 + 5, 16 * 60 + 50))
                    mode = "full"
        elif roll < 0.97:
            accepted_at = received + timedelta(seconds=5)
            mode = "with_gaps" if roll > 0.9 and any(m.may_be_missing for m in situation.materials) else "full"
        if accepted_at is not None:
            events.append((accepted_at, "accepted", "受理" if mode == "full" else "容缺受理"))
        refused = accepted_at is None and supplement_due is None
        if refused:
            events.append((received + timedelta(seconds=5), "refused", "不予受理"))
        self.sequence += 1
        case_no = f"{self.station_code}{received:%Y%m%d}H{self.sequence:05d}" if (accepted_at or refused) else None
        status, status_at, accepted_on, promised_on = self._status(matter, accepted_at, refused, supplement_due,
                                                                    received)
        self.rows.cases.append((
            case_id, self.station_code, case_no, s.ticket_id, matter.code, matter.name, situation.code, situation.name,
            rng.choice(self.sealed), status, iso(status_at), mode, received.date().isoformat(),
            accepted_on, matter.promised_limit_days if accepted_on else None, promised_on,
            supplement_due.isoformat() if supplement_due and not accepted_at else None,
            "申请人不符合申请条件" if refused else None, "《中华人民共和国行政许可法》第三十二条" if refused else None,
            s.clerk, iso(received)))
        for at, event, text in events:
            self.rows.events.append((new_id(), case_id, iso(at), s.clerk, s.clerk_name, event, text))

    def _status(self, matter: Matter, accepted_at: datetime | None, refused: bool, supplement_due: date | None,
                received: datetime) -> tuple[str, datetime, str | None, str | None]:
        if refused:
            return "refused", received, None, None
        if accepted_at is None:
            return "supplement", received, None, None
        on = accepted_at.date()
        promised = self.promised(on, matter.promised_limit_days)
        if promised < self.today and self.rng.random() > 0.04:  # most are decided in time
            return "delivered", accepted_at, on.isoformat(), promised.isoformat()
        status = "in_review" if self.rng.random() < 0.6 else "accepted"
        return status, accepted_at, on.isoformat(), promised.isoformat()

    def _notice(self, case_id: str, matter: Matter, materials: tuple[Any, ...], at: datetime) -> None:
        needed = [m for m in materials if m.is_required] or list(materials)
        weights = [self._weights.setdefault(f"{matter.code}/{m.code}", self.rng.choice((0.3, 1.0, 1.0, 4.0)))
                   for m in needed]
        told = set()
        for _ in range(1 if self.rng.random() < 0.7 else 2):
            told.add(self.rng.choices(needed, weights)[0].code)
        for position, m in enumerate(materials):
            if m.code in told:
                state = "nonconforming" if self.rng.random() < 0.35 else "missing"
                reason = "复印件不清晰" if state == "nonconforming" else ""
            else:
                state, reason = "received", ""
            self.rows.items.append((case_id, position, m.code, state, 1, m.form.value, m.copies, reason))
        code = f"BZ-{self.station_code}-{at:%Y%m%d}-H{len(self.rows.notices) + 1:05d}"
        self.rows.notices.append((code, case_id, iso(at)))


# -- writing -----------------------------------------------------------------------

_TICKET_COLUMNS = ("id", "day", "category_code", "first_category", "ticket_no", "lane", "priority_reason",
                   "appointment_id", "source", "taken_at", "order_at", "state", "window_no", "called_at",
                   "first_called_at", "recalls", "no_shows", "finished_at", "service_seconds")


def _ticket_columns(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The ticket columns written; the serving clerk too when the queue table records it."""
    names = {r[1] for r in conn.execute("PRAGMA table_info(queue_tickets)")}
    return (*_TICKET_COLUMNS, "clerk") if "clerk" in names else _TICKET_COLUMNS


def _chunks(rows: list[tuple[Any, ...]], size: int = 5000) -> Iterator[list[tuple[Any, ...]]]:
    for n in range(0, len(rows), size):
        yield rows[n:n + size]


def _write(conn: sqlite3.Connection, rows: _Rows, ticket_columns: tuple[str, ...]) -> None:
    width = len(ticket_columns)
    tickets = [r[:width] for r in rows.tickets]
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(f"INSERT INTO queue_tickets ({', '.join(ticket_columns)})"
                         f" VALUES ({', '.join('?' * width)})", tickets)
        conn.executemany(
            "INSERT INTO cases (id, station_code, case_no, ticket_id, matter_code, matter_name, situation_code,"
            " situation_name, applicant, status, status_at, mode, received_on, accepted_on, promised_days,"
            " promised_on, supplement_due, refusal_reason, refusal_basis, clerk, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.cases)
        conn.executemany("INSERT INTO case_events (id, case_id, at, actor, actor_name, event, text)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)", rows.events)
        conn.executemany("INSERT INTO case_items (case_id, position, material_code, state, applies, form, copies,"
                         " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows.items)
        conn.executemany("INSERT INTO notice_codes (code, case_id, issued_at) VALUES (?, ?, ?)", rows.notices)
        conn.executemany(
            "INSERT INTO ratings (id, service_id, kind, subject, rating_count, rated, level, level_code, platform,"
            " poor, reasons, comment, callback_ok, channel, channel_code, ticket_no, matter_code, matter_name,"
            " window_no, clerk_staff_no, clerk_name, finished_at, rated_at, day)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.ratings)
        conn.executemany(
            "INSERT INTO consultations (id, station_code, day, asked_at, ticket_id, ticket_no, category_code,"
            " matter_code, matter_name, answer, handed_on, handed_to, window_no, clerk_staff_no, clerk_name)"
            " SELECT ?1, (SELECT value FROM station_meta WHERE key = 'station_code'), ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
            " ?9, ?10, ?11, ?12, ?13, ?14", rows.consultations)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def write_followups(station: Station, rows: list[tuple[str, date, float]]) -> None:
    """Follow-ups of the poor ratings: most closed within the deadline, a few late or open."""
    calendar = station.calendar
    today = hall_today(station)
    out: list[tuple[Any, ...]] = []
    for rating_id, opened, roll in rows:
        deadline = calendar.add_working_days(opened, station.config.followup_deadline_days)
        closed = calendar.add_working_days(opened, 2 if roll < 0.8 else 7)
        if closed >= today:
            out.append((new_id(), rating_id, "verifying", opened.isoformat(), deadline.isoformat(),
                        station.config.followup_deadline_days, 1, None, None, None, iso(_at(opened, 600))))
            continue
        out.append((new_id(), rating_id, "closed", opened.isoformat(), deadline.isoformat(),
                    station.config.followup_deadline_days, 1, iso(_at(closed, 600)), iso(_at(closed, 610)),
                    int(closed <= deadline), iso(_at(closed, 610))))
    with station.store.transaction() as conn:
        conn.executemany(
            "INSERT INTO rating_followups (id, rating_id, state, opened_on, deadline, deadline_days,"
            " callback_required, called_back_at, closed_at, closed_on_time, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", out)


def seed_demo_history(station: Station, shape: HistoryShape | None = None) -> HistoryCounts | None:
    """For ``yichuang --demo`` (behind a flag): the history, once. None when the store
    already has tickets from before today."""
    today = hall_today(station).isoformat()
    if station.store.query_one("SELECT 1 FROM queue_tickets WHERE day < ? LIMIT 1", (today,)) is not None:
        return None
    return generate_history(station, shape)


def main(argv: list[str] | None = None) -> int:
    """``python -m app.figures.demo_history --data-dir DIR``: a demo store with history."""
    import argparse
    from pathlib import Path

    from app.station import Station as StationClass
    from app.station import StationOptions

    parser = argparse.ArgumentParser(description="为演示工作站生成几周的大厅历史数据")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--weeks", type=int, default=4)
    args = parser.parse_args(argv)
    station = StationClass.open(StationOptions(data_dir=args.data_dir, demo=True))
    try:
        counts = seed_demo_history(station, HistoryShape(weeks=args.weeks))
    finally:
        station.close()
    if counts is None:
        print("该工作站已有历史数据，未重复生成。")
    else:
        print(f"已生成 {len(counts.days)} 个工作日：取号 {counts.tickets}，申请 {counts.cases}，"
              f"补正通知 {counts.notices}，评价 {counts.ratings}，咨询 {counts.consultations}。")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
