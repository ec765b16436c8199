"""Consultations (咨询) as services: a clerk records the question's matter, a short answer
and, under 首问负责 (the first clerk asked owns the question), whether and to whom it was
handed on. Each one is counted in the figures and put on the pad to be rated like any
other window service.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from app.auth import require
from app.clock import HALL_TZ, iso
from app.errors import UserError
from app.figures.periods import Period
from app.figures.queue_figures import TOTAL
from app.figures.queue_figures import labels as queue_labels
from app.figures.table import Cell, Column, Kind, Table, figure_table, share
from app.i18n import N_, Text
from app.ids import new_id
from app.ratings.service import RatingService, ServiceRecord
from app.station import Station

MAX_ANSWER = 200
MAX_TOPIC = 40
MAX_HANDED_TO = 40
GROUPINGS: dict[str, str] = {"matter": N_("事项"), "window": N_("窗口"), "clerk": N_("窗口人员"), "day": N_("日期")}
NOTE = N_("窗口人员登记的咨询（首问负责）；转交 = 登记了转交部门或窗口的咨询。评价计入好差评统计。")


@dataclass(frozen=True)
class Consultation:
    id: str
    asked_at: datetime
    matter_code: str
    matter_name: str
    answer: str
    handed_to: str  # "" when answered at the window
    window_no: str
    clerk_staff_no: str
    ticket_no: str
    rating_request_id: str | None

    @property
    def handed_on(self) -> bool:
        return bool(self.handed_to)


@dataclass
class ConsultationRow:
    key: str
    label: str
    asked: int = 0
    handed_on: int = 0
    rated: int = 0
    poor: int = 0

    @property
    def handed_on_share(self) -> float | None:
        return share(self.handed_on, self.asked)


class ConsultationService:
    def __init__(self, station: Station, ratings: RatingService | None = None) -> None:
        self.station = station
        self.ratings = ratings or RatingService(station)

    def record(self, *, matter_code: str = "", topic: str = "", answer: str, handed_to: str = "",
               ticket_id: str | None = None, ask_rating: bool = True) -> Consultation:
        """One answered question (咨询), then the pad asks the citizen to rate it."""
        session = require(self.station.session, "queue.call")
        matter_code, matter_name = self._matter(matter_code, topic)
        answer, handed_to = _checked_text(answer, handed_to)
        now = self.station.clock.now().astimezone(HALL_TZ)
        window_no = session.window_no or self.station.config.window_no
        ticket = self._ticket(ticket_id, window_no)
        consultation = Consultation(new_id(), now, matter_code, matter_name, answer, handed_to, window_no,
                                    session.staff_no, ticket["ticket_no"] if ticket else "", None)
        payload = {"consultation_id": consultation.id, "station_code": self.station.station_code,
                   "day": now.date().isoformat(), "asked_at": iso(now), "ticket_id": ticket["id"] if ticket else None,
                   "ticket_no": consultation.ticket_no, "category_code": ticket["category_code"] if ticket else "",
                   "matter_code": matter_code, "matter_name": matter_name, "answer": answer,
                   "handed_on": bool(handed_to), "handed_to": handed_to, "window_no": window_no,
                   "clerk_staff_no": session.staff_no, "clerk_name": session.name}
        with self.station.store.unit_of_work(session.staff_no) as uow:
            uow.execute(
                "INSERT INTO consultations (id, station_code, day, asked_at, ticket_id, ticket_no, category_code,"
                " matter_code, matter_name, answer, handed_on, handed_to, window_no, clerk_staff_no, clerk_name)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (consultation.id, payload["station_code"], payload["day"], payload["asked_at"], payload["ticket_id"],
                 consultation.ticket_no, payload["category_code"], matter_code, matter_name,
                 self.station.store.cipher.encrypt(answer), int(bool(handed_to)), handed_to, window_no,
                 session.staff_no, session.name))
            uow.emit("consultation", payload, action="consultation.recorded")
        self.station.notify("consultations", "outbox")
        if ask_rating:
            consultation = self._ask_rating(consultation, session.name)
        return consultation

    def _ask_rating(self, c: Consultation, clerk_name: str) -> Consultation:
        # The matter name is stored with the rating and sent to the server: it stays Chinese.
        record = ServiceRecord(service_id=c.id, kind="window_service", ticket_no=c.ticket_no,
                               matter_code=c.matter_code, matter_name=f"咨询：{c.matter_name}",  # i18n: data
                               window_no=c.window_no, clerk_staff_no=c.clerk_staff_no, clerk_name=clerk_name,
                               station_code=self.station.station_code, finished_at=c.asked_at)
        request = self.ratings.request_rating(record)
        with self.station.store.transaction() as conn:
            conn.execute("UPDATE consultations SET rating_request_id = ? WHERE id = ?", (request.id, c.id))
        return Consultation(c.id, c.asked_at, c.matter_code, c.matter_name, c.answer, c.handed_to, c.window_no,
                            c.clerk_staff_no, c.ticket_no, request.id)

    def _matter(self, matter_code: str, topic: str) -> tuple[str, str]:
        code, text = matter_code.strip(), topic.strip()
        if code:
            if not self.station.has_catalog or not self.station.catalog.has_matter(code):
                raise UserError("事项目录中没有这个事项，请重新选择，或直接填写咨询内容。", field="matter")
            return code, self.station.catalog.matter(code).name
        if not text:
            raise UserError("请选择咨询的事项，或填写咨询内容（例如：社保卡补办地点）。", field="matter")
        if len(text) > MAX_TOPIC:
            raise UserError("咨询内容请概括在 {limit} 字以内。", field="matter", limit=MAX_TOPIC)
        return "", text

    def _ticket(self, ticket_id: str | None, window_no: str) -> dict[str, str] | None:
        if ticket_id:
            row = self.station.store.query_one(
                "SELECT id, ticket_no, category_code FROM queue_tickets WHERE id = ?", (ticket_id,))
        else:  # the citizen standing at this window now, if any
            row = self.station.store.query_one(
                "SELECT id, ticket_no, category_code FROM queue_tickets WHERE window_no = ? AND state = 'called'"
                " ORDER BY called_at DESC LIMIT 1", (window_no,))
        return dict(row) if row is not None else None

    def recent(self, limit: int = 20) -> list[Consultation]:
        """This clerk's consultations, newest first (the answer decrypted for the clerk)."""
        session = require(self.station.session, "queue.call")
        rows = self.station.store.query(
            "SELECT * FROM consultations WHERE clerk_staff_no = ? ORDER BY asked_at DESC LIMIT ?",
            (session.staff_no, limit))
        cipher = self.station.store.cipher
        return [Consultation(r["id"], datetime.fromisoformat(r["asked_at"]), r["matter_code"], r["matter_name"],
                             cipher.decrypt(r["answer"]) or "", r["handed_to"], r["window_no"], r["clerk_staff_no"],
                             r["ticket_no"], r["rating_request_id"]) for r in rows]


def _checked_text(answer: str, handed_to: str) -> tuple[str, str]:
    answer, handed_to = answer.strip(), handed_to.strip()
    if not answer:
        raise UserError("请简要记录答复内容。", field="answer")
    if len(answer) > MAX_ANSWER:
        raise UserError("答复内容请控制在 {limit} 字以内。", field="answer", limit=MAX_ANSWER)
    if len(handed_to) > MAX_HANDED_TO:
        raise UserError("转交对象请控制在 {limit} 字以内（部门或窗口名称）。", field="handed_to", limit=MAX_HANDED_TO)
    return answer, handed_to


# -- figures --------------------------------------------------------------------

_ROWS_SQL = """
SELECT c.matter_code, c.matter_name, c.window_no, c.clerk_staff_no, c.day, c.handed_on,
       EXISTS (SELECT 1 FROM ratings AS r WHERE r.service_id = c.id AND r.rated = 1) AS rated,
       EXISTS (SELECT 1 FROM ratings AS r WHERE r.service_id = c.id AND r.rated = 1 AND r.poor = 1) AS poor
FROM consultations AS c WHERE c.day BETWEEN ? AND ?
"""


class ConsultationFact(NamedTuple):
    matter: str  # the matter code, or "其他：<topic>" for a question about no catalogued matter
    topic: str  # the matter's name or the topic typed
    window: str
    clerk: str
    day: str
    handed_on: bool
    rated: bool
    poor: bool


def load_consultations(station: Station, period: Period) -> list[ConsultationFact]:
    require(station.session, "stats.view")
    cursor = station.store.conn.cursor()
    cursor.row_factory = None
    return [ConsultationFact(code or f"其他：{name}", name,  # i18n: data (a grouping key)
                             window, clerk, day, bool(handed), bool(rated), bool(poor))
            for code, name, window, clerk, day, handed, rated, poor
            in cursor.execute(_ROWS_SQL, (period.first, period.end.isoformat())).fetchall()]


def consultation_rows(station: Station, by: str, period: Period,
                      facts: list[ConsultationFact] | None = None) -> tuple[list[ConsultationRow], ConsultationRow]:
    require(station.session, "stats.view")
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}")
    facts = load_consultations(station, period) if facts is None else facts
    position = ConsultationFact._fields.index(by)
    names = {f.matter: f.topic for f in facts}
    label: Callable[[str], str] = (lambda key: names.get(key, key)) if by == "matter" else queue_labels(station)[by]
    groups: dict[str, list[ConsultationFact]] = defaultdict(list)
    for fact in facts:
        groups[str(fact[position])].append(fact)
    rows = [_row(key, label(key), group) for key, group in groups.items()]
    return sorted(rows, key=lambda r: (-r.asked, r.key)), _row("", TOTAL, facts)


def _row(key: str, label: str, facts: list[ConsultationFact]) -> ConsultationRow:
    return ConsultationRow(key, label, len(facts), sum(f.handed_on for f in facts), sum(f.rated for f in facts),
                           sum(f.poor for f in facts))


def table(station: Station, by: str, period: Period, facts: list[ConsultationFact] | None = None) -> Table:
    rows, total = consultation_rows(station, by, period, facts)
    columns = (Column(GROUPINGS[by], Kind.TEXT), Column(N_("咨询次数")), Column(N_("转交")),
               Column(N_("转交比例"), Kind.PERCENT), Column(N_("已评价")), Column(N_("差评")))

    def cells(r: ConsultationRow) -> tuple[Cell, ...]:
        return (r.label, r.asked, r.handed_on, r.handed_on_share, r.rated, r.poor)

    return figure_table(f"consultations_{by}", title(by), columns, [cells(r) for r in rows],
                        cells(total) if rows else None, Text(NOTE))


def title(by: str) -> Text:
    return Text("咨询服务（按{group}）", group=GROUPINGS[by])
