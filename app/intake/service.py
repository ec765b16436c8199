"""Single-window intake (一窗受理): from the checklist at the window to the case (办件),
its documents, and the result handed over at the unified pickup window (统一窗口出件).

Every decision is ONE unit of work: the case row, its checklist, the numbered document
(PDF stored for reprint), the case event, the audit entry and the outbox row. A crash
between the decision and the print loses nothing; the document is printed from the store.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from app.auth import require
from app.clock import iso
from app.documents import StoredDocument, documents_for, next_document_number, next_sequence, save_document
from app.errors import UserError
from app.i18n import N_, Lines, Text
from app.identity import mask_name, normalize
from app.ids import new_id
from app.intake import documents as docs
from app.intake import records
from app.intake.applicant import (
    Applicant,
    ApplicantProblems,
    Person,
    masked_id,
    masked_name,
    validate_applicant,
)
from app.intake.deadlines import (
    COMMITMENT_DAYS,
    SUPPLEMENT_DAYS,
    FiveDayClock,
    Light,
    PromisedDate,
    deadline_light,
    five_day_clock,
    promised_date,
    shown_calendar_note,
)
from app.intake.records import DONE_STATUSES, EDITABLE_STATUSES, PICKUP_STATUSES, STATUS_LABELS, Draft
from app.intake.rules import AllowedDecisions, ChecklistItem, Decision, ItemState, allowed_decisions, check_decision
from app.ratings import hooks as rating_hooks

if TYPE_CHECKING:
    import sqlite3

    from app.station import Station

# status -> statuses a supervisor may set next (the server sets them once sync runs)
TRANSITIONS: dict[str, frozenset[str]] = {
    "received": frozenset({"voided"}),
    "supplement": frozenset({"voided"}),
    "accepted": frozenset({"in_review", "approved", "rejected", "voided"}),
    "in_review": frozenset({"approved", "rejected", "voided"}),
    "approved": frozenset({"ready", "voided"}),
    "rejected": frozenset({"ready", "voided"}),
    "ready": frozenset({"voided"}),
}

VIEWS: dict[str, str] = {
    "all": N_("全部"),
    "open": N_("待受理 / 待补正"),
    "running": N_("办理中"),
    "attention": N_("需关注（临期、超期、五日时限）"),
    "pickup": N_("待出件"),
    "done": N_("已结束"),
}


@dataclass(frozen=True)
class Outcome:
    """What a decision produced."""

    case_id: str
    status: str
    doc_id: str
    doc_kind: str
    doc_no: str
    case_no: str = ""
    notice_code: str = ""
    promised: PromisedDate | None = None


@dataclass(frozen=True)
class Collector:
    """Who collects the result: the applicant (or the agent on record) or an authorised person."""

    kind: str = "applicant"  # applicant | authorised
    name: str = ""
    id_type: str = "resident_id"
    id_no: str = ""


@dataclass(frozen=True)
class CaseRow:
    id: str
    case_no: str
    matter_name: str
    situation_name: str
    applicant: str  # masked
    status: str
    status_at: str
    received_on: date
    accepted_on: date | None
    promised_on: date | None
    light: Light
    clock: FiveDayClock | None
    calendar_note: str  # in the interface language
    owed_due: date | None
    supplement_due: date | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def warning(self) -> str:
        """What needs the clerk's attention, in the interface language ("" if nothing)."""
        if self.clock is not None and self.clock.text:
            return self.clock.text
        if self.light is Light.RED:
            return str(Text("已超过承诺办结日期"))
        if self.light is Light.YELLOW:
            return str(Text("临近承诺办结日期"))
        return ""


@dataclass(frozen=True)
class CaseEvent:
    at: str
    actor: str
    actor_name: str
    event: str
    text: str  # as kept: Chinese
    wording: Text | None = None  # the same for the screen

    @property
    def shown(self) -> str:
        """The event in the interface language."""
        return str(self.wording) if self.wording is not None else self.text


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    applicant_lines: tuple[tuple[str, str], ...]  # masked
    items: tuple[ChecklistItem, ...]
    events: tuple[CaseEvent, ...]
    documents: tuple[StoredDocument, ...]
    next_statuses: tuple[str, ...]
    refusal: tuple[str, str] | None

    @property
    def owed(self) -> tuple[ChecklistItem, ...]:
        return tuple(i for i in self.items if i.is_gap) if self.row.status not in ("received", "supplement") else ()

    @property
    def can_deliver(self) -> bool:
        return self.row.status in PICKUP_STATUSES


class IntakeService:
    def __init__(self, station: Station, renderer: docs.Renderer | None = None) -> None:
        self.station = station
        self.render = renderer or docs.render_document

    # -- the draft at the window ------------------------------------------
    def start(self, matter_code: str, situation_code: str | None = None, ticket_id: str | None = None) -> Draft:
        require(self.station.session, "intake.decide")
        matter = self.station.catalog.matter(matter_code)
        situation = matter.situation(situation_code) if situation_code else matter.situations[0]
        return Draft(matter.code, situation.code, records.fresh_items(situation), ticket_id=ticket_id)

    def change_situation(self, draft: Draft, situation_code: str) -> Draft:
        """A new checklist for the situation; marks on materials it shares are kept."""
        situation = self.station.catalog.matter(draft.matter_code).situation(situation_code)
        kept = {i.material.code: i for i in draft.items}
        items = tuple(replace(kept[m.code], material=m) if m.code in kept else ChecklistItem(m)
                      for m in situation.materials)
        return replace(draft, situation_code=situation.code, items=items)

    @staticmethod
    def update_item(draft: Draft, material_code: str, **changes: Any) -> Draft:
        if "state" in changes:
            changes["state"] = ItemState(changes["state"])
        items = tuple(replace(i, **changes) if i.material.code == material_code else i for i in draft.items)
        return replace(draft, items=items)

    def promised_for(self, matter_code: str) -> PromisedDate:
        """The promised completion date if the matter were accepted today."""
        days = self.station.catalog.matter(matter_code).promised_limit_days
        return promised_date(self.station.calendar, self._today(), days)

    @staticmethod
    def allowed(draft: Draft) -> AllowedDecisions:
        return allowed_decisions(draft.items)

    def resume(self, code: str) -> Draft:
        """The application a supplement notice (or case number) refers to, where it stopped."""
        require(self.station.session, "intake.decide")
        case_id = records.find_case_id(self.station.store, code)
        if case_id is None:
            raise UserError("未找到编号为 {code} 的补正通知书或办件，请核对后重新扫描。", field="scan", code=code.strip())
        return self.resume_case(case_id)

    def resume_case(self, case_id: str) -> Draft:
        """An application kept at 收件 or 补正, to continue at the window."""
        require(self.station.session, "intake.decide")
        row = records.load_row(self.station.store, case_id)
        if row["status"] not in EDITABLE_STATUSES:
            raise UserError("办件 {case_no} 当前为“{status}”，请在办件列表中查看。", field="scan",
                            case_no=row["case_no"], status=STATUS_LABELS[row["status"]])
        return records.load_draft(self.station.store, self.station.catalog, row)

    def resolve(self, code: str) -> tuple[str, str] | None:
        """("draft" | "case", case_id) for a scanned code, or None when unknown."""
        case_id = records.find_case_id(self.station.store, code)
        if case_id is None:
            return None
        row = records.load_row(self.station.store, case_id)
        return ("draft" if row["status"] in EDITABLE_STATUSES else "case", case_id)

    # -- decisions ---------------------------------------------------------
    def receive(self, draft: Draft) -> Draft:
        """收件: keep the materials received, decision to follow (the five-day clock runs)."""
        session = require(self.station.session, "intake.decide")
        draft = self._checked(draft)
        case_id = draft.case_id or new_id()
        today = self._today()
        with self.station.store.unit_of_work(session.staff_no) as uow:
            records.write_case(uow, case_id, draft, {"status": "received", "status_at": self._now(),
                                                     "received_on": today.isoformat()},
                               station_code=self.station.station_code, catalog=self.station.catalog,
                               clerk=session.staff_no)
            records.add_event(uow, case_id, "received", Text("收件，待受理（五个工作日内须受理或一次性告知补正）"),
                              session.name)
            uow.emit("case.event", self._payload(case_id, "", draft, "received", {"event": "received"}))
            self._touch_matter(uow, draft.matter_code)
        self.station.notify("cases", "outbox")
        return replace(draft, case_id=case_id, received_on=today)

    def accept(self, draft: Draft) -> Outcome:
        return self._accept(draft, Decision.ACCEPT, None)

    def accept_with_gaps(self, draft: Draft, due_on: date | None = None) -> Outcome:
        due = due_on or self.station.calendar.add_working_days(self._today(), COMMITMENT_DAYS)
        if due < self._today():
            raise UserError("补交材料的日期不能早于今天。", field="due_on")
        return self._accept(draft, Decision.ACCEPT_WITH_GAPS, due)

    def _accept(self, draft: Draft, decision: Decision, owed_due: date | None) -> Outcome:
        session = require(self.station.session, "intake.decide")
        draft = self._checked(draft)
        check_decision(draft.items, decision)
        catalog = self.station.catalog
        matter = catalog.matter(draft.matter_code)
        situation = matter.situation(draft.situation_code)
        today = self._today()
        promised = promised_date(self.station.calendar, today, matter.promised_limit_days)
        case_id = draft.case_id or new_id()
        mode = "full" if decision is Decision.ACCEPT else "with_gaps"
        with self.station.store.unit_of_work(session.staff_no) as uow:
            case_no = self._case_no(uow, today)
            fields = {"case_no": case_no, "status": "accepted", "status_at": self._now(), "mode": mode,
                      "accepted_on": today.isoformat(), "promised_days": promised.days,
                      "promised_on": promised.on.isoformat(), "calendar_gap": promised.note,
                      "owed_due": owed_due.isoformat() if owed_due else None}
            records.write_case(uow, case_id, draft, fields, station_code=self.station.station_code,
                               catalog=catalog, clerk=session.staff_no)
            desk = self._desk()
            if decision is Decision.ACCEPT:
                kind = "receipt"
                doc_no = next_document_number(uow, self.station.config.office_abbr, docs.KIND_MARKS[kind], today.year)
                view = docs.receipt_data(desk, case_no=case_no, doc_no=doc_no, catalog=catalog, matter=matter,
                                         situation=situation, applicant=draft.applicant, items=draft.items,
                                         promised=promised)
                text = Text("受理，办件编号 {case_no}，承诺 {due} 前办结（{doc_no}）", case_no=case_no,
                            due=promised.on.isoformat(), doc_no=doc_no)
            else:
                kind = "commitment"
                assert owed_due is not None
                doc_no = next_document_number(uow, self.station.config.office_abbr, docs.KIND_MARKS[kind], today.year)
                view = docs.commitment_data(desk, case_no=case_no, doc_no=doc_no, matter=matter, situation=situation,
                                            applicant=draft.applicant, items=draft.items, due_on=owed_due)
                text = Text("容缺受理，办件编号 {case_no}；{due} 前补交：{owed}（{doc_no}）", case_no=case_no,
                            due=owed_due.isoformat(), owed=[i.material.name for i in draft.items if i.is_gap],
                            doc_no=doc_no)
            doc_id = save_document(uow, kind, case_id, self.render(kind, view), doc_no=doc_no)
            records.add_event(uow, case_id, "accepted", text, session.name)
            extra = {"mode": mode, "accepted_on": today.isoformat(), "promised_days": promised.days,
                     "promised_on": promised.on.isoformat(), "doc_no": doc_no,
                     "owed_due": owed_due.isoformat() if owed_due else None}
            uow.emit("case.accepted", self._payload(case_id, case_no, draft, "accepted", extra), action="case.accepted")
            self._touch_matter(uow, draft.matter_code)
        self.station.notify("cases", "outbox", "documents")
        rating_hooks.decision_made(self.station, case_id)
        return Outcome(case_id, "accepted", doc_id, kind, doc_no, case_no=case_no, promised=promised)

    def supplement(self, draft: Draft, due_on: date | None = None) -> Outcome:
        """补正: one notice listing every missing or non-conforming item (一次性告知)."""
        session = require(self.station.session, "intake.decide")
        draft = self._checked(draft)
        check_decision(draft.items, Decision.SUPPLEMENT)
        today = self._today()
        due = due_on or self.station.calendar.add_working_days(today, SUPPLEMENT_DAYS)
        if due < today:
            raise UserError("补正期限不能早于今天。", field="due_on")
        catalog = self.station.catalog
        matter = catalog.matter(draft.matter_code)
        case_id = draft.case_id or new_id()
        received_on = draft.received_on or today
        with self.station.store.unit_of_work(session.staff_no) as uow:
            code = f"BZ-{self.station.station_code}-{today:%Y%m%d}-{next_sequence(uow, f'notice:{today:%Y%m%d}'):04d}"
            records.write_case(uow, case_id, draft, {"status": "supplement", "status_at": self._now(),
                                                     "supplement_due": due.isoformat(),
                                                     "received_on": received_on.isoformat()},
                               station_code=self.station.station_code, catalog=catalog, clerk=session.staff_no)
            uow.execute("INSERT INTO notice_codes (code, case_id, issued_at) VALUES (?, ?, ?)",
                        (code, case_id, self._now()))
            doc_no = next_document_number(uow, self.station.config.office_abbr, docs.KIND_MARKS["supplement_notice"],
                                          today.year)
            view = docs.supplement_data(self._desk(), notice_code=code, doc_no=doc_no, matter=matter,
                                        situation=matter.situation(draft.situation_code), applicant=draft.applicant,
                                        items=draft.items, received_on=received_on, deadline=due)
            doc_id = save_document(uow, "supplement_notice", case_id, self.render("supplement_notice", view),
                                   doc_no=doc_no)
            told = [i for i in draft.items if i.on_notice]
            records.add_event(uow, case_id, "supplement",
                              Text("一次性告知补正 {count} 项，{due} 前补齐（{doc_no}，条码 {code}）", count=len(told),
                                   due=due.isoformat(), doc_no=doc_no, code=code), session.name)
            extra = {"notice_code": code, "doc_no": doc_no, "due_on": due.isoformat(),
                     "received_on": received_on.isoformat(),
                     "told": [{"material_code": i.material.code, "state": i.state.value,
                               "reason": docs.item_reason(i)} for i in told]}
            uow.emit("intake.supplement", self._payload(case_id, "", draft, "supplement", extra))
            self._touch_matter(uow, draft.matter_code)
        self.station.notify("cases", "outbox", "documents")
        rating_hooks.decision_made(self.station, case_id)
        return Outcome(case_id, "supplement", doc_id, "supplement_notice", doc_no, notice_code=code)

    def refuse(self, draft: Draft, reason: str, legal_basis: str) -> Outcome:
        """不予受理, in writing, with the reason, its legal basis and the applicant's rights."""
        session = require(self.station.session, "intake.decide")
        if not reason.strip():
            raise UserError("请选择或填写不予受理的理由。", field="reason")
        if not legal_basis.strip():
            raise UserError("请填写不予受理的法律依据。", field="legal_basis")
        draft = self._checked(draft)
        catalog = self.station.catalog
        matter = catalog.matter(draft.matter_code)
        today = self._today()
        case_id = draft.case_id or new_id()
        with self.station.store.unit_of_work(session.staff_no) as uow:
            case_no = self._case_no(uow, today)
            records.write_case(uow, case_id, draft, {"case_no": case_no, "status": "refused", "status_at": self._now(),
                                                     "refusal_reason": reason.strip(),
                                                     "refusal_basis": legal_basis.strip()},
                               station_code=self.station.station_code, catalog=catalog, clerk=session.staff_no)
            doc_no = next_document_number(uow, self.station.config.office_abbr, docs.KIND_MARKS["refusal_notice"],
                                          today.year)
            view = docs.refusal_data(self._desk(), case_no=case_no, doc_no=doc_no, matter=matter,
                                     applicant=draft.applicant, applied_on=draft.received_on or today,
                                     reason=reason.strip(), legal_basis=legal_basis.strip())
            doc_id = save_document(uow, "refusal_notice", case_id, self.render("refusal_notice", view), doc_no=doc_no)
            records.add_event(uow, case_id, "refused", Text("不予受理：{reason}（{doc_no}）", reason=reason.strip(),
                                                                 doc_no=doc_no), session.name)
            extra = {"reason": reason.strip(), "legal_basis": legal_basis.strip(), "doc_no": doc_no}
            uow.emit("case.refused", self._payload(case_id, case_no, draft, "refused", extra))
            self._touch_matter(uow, draft.matter_code)
        self.station.notify("cases", "outbox", "documents")
        rating_hooks.decision_made(self.station, case_id)
        return Outcome(case_id, "refused", doc_id, "refusal_notice", doc_no, case_no=case_no)

    # -- after acceptance --------------------------------------------------
    def supply(self, case_id: str, material_codes: list[str]) -> None:
        """Materials owed under 容缺受理 handed over later."""
        session = require(self.station.session, "intake.decide")
        row = records.load_row(self.station.store, case_id)
        situation = self.station.catalog.matter(row["matter_code"]).situation(row["situation_code"])
        items = records.load_items(self.station.store, case_id, situation)
        owed = {i.material.code for i in items if i.is_gap}
        wanted = [c for c in material_codes if c in owed]
        if row["status"] in EDITABLE_STATUSES or not wanted:
            raise UserError("没有可补交的容缺材料，请核对后再试。")
        items = tuple(replace(i, state=ItemState.RECEIVED, reason="") if i.material.code in wanted else i
                      for i in items)
        remaining = [i for i in items if i.is_gap]
        with self.station.store.unit_of_work(session.staff_no) as uow:
            records.write_items(uow, case_id, items)
            if not remaining:
                uow.execute("UPDATE cases SET owed_due = NULL WHERE id = ?", (case_id,))
            names = [situation.material(c).name for c in wanted]
            records.add_event(uow, case_id, "materials_supplied", Text("补交容缺材料：{names}", names=names), session.name)
            uow.emit("case.event", {"event": "materials_supplied", "case_id": case_id, "case_no": row["case_no"],
                                    "station_code": self.station.station_code, "material_codes": wanted,
                                    "remaining": [i.material.code for i in remaining], "at": self._now()})
        self.station.notify("cases", "outbox")

    def set_status(self, case_id: str, status: str, note: str = "") -> None:
        """A supervisor sets the status locally (later the server does it through sync)."""
        session = require(self.station.session, "case.set_status")
        if status == "voided":
            require(self.station.session, "case.void")
        row = records.load_row(self.station.store, case_id)
        if status not in TRANSITIONS.get(row["status"], frozenset()):
            raise UserError("办件当前为“{status}”，不能改为“{new_status}”。", status=STATUS_LABELS[row["status"]],
                            new_status=STATUS_LABELS.get(status, status))
        event = "voided" if status == "voided" else "status_set"
        with self.station.store.unit_of_work(session.staff_no) as uow:
            uow.execute("UPDATE cases SET status = ?, status_at = ? WHERE id = ?", (status, self._now(), case_id))
            text = (Text("状态改为：{status}（{note}）", status=STATUS_LABELS[status], note=note.strip()) if note.strip()
                    else Text("状态改为：{status}", status=STATUS_LABELS[status]))
            records.add_event(uow, case_id, event, text, session.name)
            uow.emit("case.event", {"event": event, "case_id": case_id, "case_no": row["case_no"], "status": status,
                                    "note": note.strip(), "station_code": self.station.station_code,
                                    "at": self._now()})
        self.station.notify("cases", "outbox")
        rating_hooks.result_delivered(self.station, case_id)

    def deliver(self, case_id: str, collector: Collector) -> None:
        """统一窗口出件: hand the result over and record who collected it (ID checked)."""
        session = require(self.station.session, "case.deliver")
        row = records.load_row(self.station.store, case_id)
        if row["status"] not in PICKUP_STATUSES:
            raise UserError("办件当前为“{status}”，尚无可领取的结果。", status=STATUS_LABELS[row["status"]])
        who = self._checked_collector(row, collector)
        with self.station.store.unit_of_work(session.staff_no) as uow:
            uow.execute("UPDATE cases SET status = 'delivered', status_at = ?, delivered_at = ?, collector = ?"
                        " WHERE id = ?", (self._now(), self._now(),
                                          self.station.store.cipher.encrypt(json.dumps(asdict(who), ensure_ascii=False)),
                                          case_id))
            handed = (Text("结果已出件，由申请人本人（或登记的代办人）领取，证件已核验") if who.kind == "applicant"
                      else Text("结果已出件，由受托人 {name} 领取，证件已核验", name=mask_name(who.name)))
            records.add_event(uow, case_id, "result_delivered", handed, session.name)
            uow.emit("case.event", {"event": "result_delivered", "case_id": case_id, "case_no": row["case_no"],
                                    "collector": asdict(who), "station_code": self.station.station_code,
                                    "at": self._now()})
        self.station.notify("cases", "outbox")
        rating_hooks.result_delivered(self.station, case_id)

    def _checked_collector(self, row: sqlite3.Row, collector: Collector) -> Collector:
        cipher = self.station.store.cipher
        if collector.kind == "applicant":
            number = normalize(collector.id_no)
            if not number or cipher.blind_index(number) not in (row["applicant_key"], row["agent_key"]):
                raise UserError("证件号码与申请人（或登记的代办人）不一致，请核对证件；如由他人领取，请选择“受托人领取”。",
                                field="collector.id_no")
            return Collector("applicant", "", collector.id_type, number)
        if collector.kind != "authorised":
            raise UserError("请选择领取人。", field="collector.kind")
        probe = Applicant(person=Person(collector.name, collector.id_type, collector.id_no, "13800000000"))
        try:
            valid = validate_applicant(probe).person
        except ApplicantProblems as err:
            raise UserError("受托人信息有误：\n{problems}", field="collector", problems=Lines(err.texts.values())) from None
        return Collector("authorised", valid.name, valid.id_type, valid.id_no)

    # -- reading -----------------------------------------------------------
    def list_cases(self, view: str = "all", text: str = "") -> list[CaseRow]:
        require(self.station.session, "intake.decide")
        store = self.station.store
        rows = [self._row(r) for r in store.query("SELECT * FROM cases ORDER BY created_at DESC")]
        rows = [r for r in rows if _in_view(r, view)]
        needle = text.strip()
        if not needle:
            return rows
        return [r for r in rows if self._matches(r, needle)]

    def detail(self, case_id: str) -> CaseDetail:
        require(self.station.session, "intake.decide")
        store = self.station.store
        raw = records.load_row(store, case_id)
        situation = self.station.catalog.matter(raw["matter_code"]).situation(raw["situation_code"])
        applicant = records.load_applicant(store, raw)
        events = tuple(CaseEvent(e["at"], e["actor"], e["actor_name"], e["event"], e["text"], records.event_text(e))
                       for e in store.query(
            "SELECT * FROM case_events WHERE case_id = ? ORDER BY at, rowid", (case_id,)))
        refusal = (raw["refusal_reason"], raw["refusal_basis"]) if raw["status"] == "refused" else None
        return CaseDetail(self._row(raw), _applicant_lines(applicant), records.load_items(store, case_id, situation),
                          events, tuple(documents_for(store, case_id)),
                          tuple(sorted(TRANSITIONS.get(raw["status"], frozenset()))), refusal)

    def print_guide(self, matter_code: str, situation_code: str) -> str:
        """The guide (一次性告知单) of a matter and situation, stored for printing; its doc id."""
        session = require(self.station.session, "intake.decide")
        catalog = self.station.catalog
        matter = catalog.matter(matter_code)
        view = docs.guide_data(self._desk(), catalog, matter, matter.situation(situation_code))
        pdf = self.render("guide", view)
        with self.station.store.unit_of_work(session.staff_no) as uow:
            doc_id = save_document(uow, "guide", matter_code, pdf)
            uow.emit("audit.event", {"event": "guide_printed", "matter_code": matter_code,
                                     "situation_code": situation_code, "station_code": self.station.station_code},
                     action="guide.printed")
        return doc_id

    # -- recent and favourite matters --------------------------------------
    def recent_matters(self, limit: int = 8) -> list[str]:
        session = require(self.station.session, "intake.decide")
        rows = self.station.store.query(
            "SELECT matter_code FROM clerk_matters WHERE staff_no = ? AND last_used IS NOT NULL"
            " ORDER BY last_used DESC LIMIT ?", (session.staff_no, limit))
        return [r["matter_code"] for r in rows if self.station.catalog.has_matter(r["matter_code"])]

    def favourite_matters(self) -> list[str]:
        session = require(self.station.session, "intake.decide")
        rows = self.station.store.query(
            "SELECT matter_code FROM clerk_matters WHERE staff_no = ? AND favourite = 1 ORDER BY uses DESC, matter_code",
            (session.staff_no,))
        return [r["matter_code"] for r in rows if self.station.catalog.has_matter(r["matter_code"])]

    def set_favourite(self, matter_code: str, favourite: bool) -> None:
        session = require(self.station.session, "intake.decide")
        with self.station.store.transaction() as conn:
            conn.execute("INSERT INTO clerk_matters (staff_no, matter_code, favourite) VALUES (?, ?, ?)"
                         " ON CONFLICT(staff_no, matter_code) DO UPDATE SET favourite = excluded.favourite",
                         (session.staff_no, matter_code, int(favourite)))
        self.station.notify("favourites")

    # -- helpers -----------------------------------------------------------
    def _checked(self, draft: Draft) -> Draft:
        if draft.case_id is not None:
            row = records.load_row(self.station.store, draft.case_id)
            if row["status"] not in EDITABLE_STATUSES:
                raise UserError("该申请当前为“{status}”，不能重复办理。", status=STATUS_LABELS[row["status"]])
        return replace(draft, applicant=validate_applicant(draft.applicant))

    def _touch_matter(self, uow: Any, matter_code: str) -> None:
        uow.execute("INSERT INTO clerk_matters (staff_no, matter_code, last_used, uses) VALUES (?, ?, ?, 1)"
                    " ON CONFLICT(staff_no, matter_code) DO UPDATE SET last_used = excluded.last_used,"
                    " uses = uses + 1", (uow.actor, matter_code, self._now()))

    def _case_no(self, uow: Any, today: date) -> str:
        n = next_sequence(uow, f"case:{today:%Y%m%d}")
        return f"{self.station.station_code}-{today:%Y%m%d}-{n:04d}"

    def _payload(self, case_id: str, case_no: str, draft: Draft, status: str, extra: dict[str, Any]) -> dict[str, Any]:
        return {
            "case_id": case_id, "case_no": case_no, "station_code": self.station.station_code,
            "ticket_id": draft.ticket_id, "matter_code": draft.matter_code, "situation_code": draft.situation_code,
            "status": status, "at": self._now(), "applicant": asdict(draft.applicant),
            "items": [{"material_code": i.material.code, "state": i.state.value, "applies": i.applies,
                       "form": i.form or i.material.form.value, "copies": i.copies or i.material.copies,
                       "reason": i.reason} for i in draft.items],
            **extra,
        }

    def _desk(self) -> docs.Desk:
        cfg = self.station.config
        session = self.station.session
        window_no = (session.window_no if session else "") or cfg.window_no
        clerk = f"{mask_name(session.name)}（工号 {session.staff_no}）" if session else ""  # i18n: data
        window = f"{window_no}号综合受理窗口"  # i18n: data (printed on the documents)
        where_to_bring = f"{cfg.hall_name}任一综合受理窗口"  # i18n: data
        court = str(getattr(cfg, "court", "") or "有管辖权的人民法院")  # i18n: data
        return docs.Desk(cfg.hall_name, window, clerk, self._today(), where_to_bring, cfg.review_body, court)

    def _now(self) -> str:
        return iso(self.station.clock.now())

    def _today(self) -> date:
        return self.station.clock.now().date()

    def _row(self, r: sqlite3.Row) -> CaseRow:
        calendar = self.station.calendar
        today = self._today()
        received = date.fromisoformat(r["received_on"])
        accepted = _day(r["accepted_on"])
        promised = _day(r["promised_on"])
        light = deadline_light(calendar, r["status"], accepted, promised, int(r["promised_days"] or 0), today)
        clock = five_day_clock(calendar, received, today) if r["status"] == "received" else None
        applicant = records.load_applicant(self.station.store, r)
        return CaseRow(r["id"], r["case_no"] or "", r["matter_name"], r["situation_name"], masked_name(applicant),
                       r["status"], r["status_at"], received, accepted, promised, light, clock,
                       shown_calendar_note(r["calendar_gap"] or ""),
                       _day(r["owed_due"]), _day(r["supplement_due"]))

    def _matches(self, row: CaseRow, needle: str) -> bool:
        upper = needle.upper()
        if upper in row.case_no or needle in row.matter_name or needle in row.situation_name:
            return True
        raw = records.load_row(self.station.store, row.id)
        key = self.station.store.cipher.blind_index(normalize(needle))
        if key in (raw["applicant_key"], raw["agent_key"]):
            return True
        applicant = records.load_applicant(self.station.store, raw)
        return len(needle) >= 2 and needle in applicant.display_name


def serving_ticket_id(station: Station) -> str | None:
    """The ticket being served at this window, when the queue feature is installed."""
    try:
        from app.queue.service import QueueService
    except ImportError:  # a station without the queue: cases are not linked to tickets
        return None
    if station.session is None:
        return None
    ticket = QueueService(station).current()
    return ticket.id if ticket is not None else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _in_view(row: CaseRow, view: str) -> bool:
    if view == "open":
        return row.status in EDITABLE_STATUSES
    if view == "running":
        return row.status in ("accepted", "in_review")
    if view == "attention":
        return row.light in (Light.YELLOW, Light.RED) or (row.clock is not None and row.clock.warn)
    if view == "pickup":
        return row.status in PICKUP_STATUSES
    if view == "done":
        return row.status in DONE_STATUSES
    return True


def _applicant_lines(a: Applicant) -> tuple[tuple[str, str], ...]:
    from app.identity import mask_id, mask_phone

    lines = [(N_("申请人"), masked_name(a)), (N_("证件号码"), masked_id(a))]
    if a.kind == "organisation":
        lines.append((N_("法定代表人"), mask_name(a.legal_rep)))
    if a.phone:
        lines.append((N_("联系电话"), mask_phone(a.phone)))
    if a.agent is not None:
        lines += [(N_("代办人"), mask_name(a.agent.name)), (N_("代办人证件"), mask_id(a.agent.id_no))]
    return tuple(lines)
