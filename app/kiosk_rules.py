"""Kiosk self-service rules (自助终端): browsing the guide (departments → matters →
situations), paging for 长辈版, printing the 一次性告知单, and the citizens' progress
query with its freshness note.

No Qt here. The progress rule itself (what a code or case number reveals, the ID
check) is :func:`app.intake.progress_lookup`; this module only decides which way of
asking needs the ID suffix and words the answer for a citizen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Generic, TypeVar

from app.catalog.model import Catalog, Material, Matter, QueueCategory, Situation
from app.catalog.search import SearchKeys
from app.clock import iso
from app.errors import UserError
from app.i18n import N_, Text, tr
from app.intake.progress import Progress, progress_lookup

if TYPE_CHECKING:
    from app.station import Station

T = TypeVar("T")

# One answer for an unknown code, an unknown case number and a wrong ID suffix: the
# kiosk must not tell a stranger whether a case exists.
NOT_FOUND = N_("未查询到相符的办件。请核对办件编号和证件号码后四位，或持受理通知书到综合窗口咨询。")
SUFFIX_LENGTH = 4
STALE_AFTER = timedelta(minutes=5)
LOCAL_RECORD_NOTE = N_("数据来源：本机记录")
KIOSK_DOC_PLACE = "自助终端"  # i18n: data (printed on the guide)


# -- guide browsing --------------------------------------------------------
@dataclass(frozen=True)
class DepartmentEntry:
    """A department (实施主体) with the matters it offers at this hall."""

    code: str
    name: str
    matters: tuple[Matter, ...]


def departments(catalog: Catalog, keys: SearchKeys | None = None) -> list[DepartmentEntry]:
    """Departments in the catalog's published order, each with its matters sorted by
    pinyin (when the search keys are known) or catalog order; empty departments left out."""
    by_department: dict[str, list[Matter]] = {}
    for matter in catalog.matters:
        by_department.setdefault(matter.department, []).append(matter)
    entries = []
    for department in catalog.departments:
        matters = by_department.get(department.code, [])
        if matters:
            entries.append(DepartmentEntry(department.code, department.name, tuple(_sorted(matters, keys))))
    return entries


def _sorted(matters: list[Matter], keys: SearchKeys | None) -> list[Matter]:
    if not keys:
        return matters
    return sorted(matters, key=lambda m: (keys[m.code][0] if m.code in keys else m.name, m.code))


def matters_of_category(catalog: Catalog, category_code: str) -> list[Matter]:
    """The matters a queue category (业务类别) serves, in the category's order."""
    category = catalog.category(category_code)
    return [catalog.matter(code) for code in category.matter_codes if catalog.has_matter(code)]


def ticket_categories(catalog: Catalog, matter_code: str) -> tuple[QueueCategory, ...]:
    """The queue categories a citizen may take a ticket in for this matter."""
    return catalog.categories_for_matter(matter_code)


@dataclass(frozen=True)
class Page(Generic[T]):
    """One screenful of a list: items, 1-based page number and the number of pages."""

    items: tuple[T, ...]
    number: int
    count: int

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.count

    @property
    def label(self) -> str:
        return str(Text("第 {number} / {count} 页", number=self.number, count=self.count))


def paginate(items: Sequence[T], number: int, per_page: int) -> Page[T]:
    """Page ``number`` (clamped to the pages that exist) of ``items``."""
    if per_page < 1:
        raise ValueError("per_page must be positive")
    count = max(1, -(-len(items) // per_page))
    number = min(max(1, number), count)
    start = (number - 1) * per_page
    return Page(tuple(items[start:start + per_page]), number, count)


# -- what a citizen reads about a matter --------------------------------------
@dataclass(frozen=True)
class MaterialFacts:
    """Every attribute of one material, worded for a citizen."""

    name: str
    form: str  # 原件 / 复印件 / 原件及复印件
    copies: str  # "1份"
    medium: str  # 纸质 / 电子
    necessity: str  # 必要 / 非必要 / 情形必要：<condition>
    may_be_missing: bool
    source: str  # where to get it
    standard: str  # 受理标准
    notes: str

    @property
    def summary(self) -> str:
        """One line in the catalog's words, like the facts it joins (not shown by the kiosk pages)."""
        parts = [f"{self.form}{self.copies}", self.medium, self.necessity, f"来源：{self.source}"]  # i18n: data
        if self.may_be_missing:
            parts.append("可容缺受理")  # i18n: data
        return "，".join(parts)  # i18n: data


def material_facts(material: Material) -> MaterialFacts:
    """The attributes in the catalog's words: ui/kiosk_guide/guide_detail.py splits and translates them."""
    necessity = material.necessity.label + (f"：{material.condition}" if material.condition else "")  # i18n: data
    source = material.source.label + (f"（{material.source_detail}）" if material.source_detail else "")  # i18n: data
    return MaterialFacts(material.name, material.form.label, f"{material.copies}份",  # i18n: data
                         material.medium.label, necessity, material.may_be_missing, source,
                         material.acceptance_standard, material.notes)


def limit_text(days: int) -> str:
    """A time limit in working days, in the interface language (即办 for 0)."""
    return tr(N_("即办")) if days == 0 else str(Text("{days}个工作日", days=days))


@dataclass(frozen=True)
class GuideFacts:
    """What the kiosk shows (and reads aloud) for one matter and situation."""

    matter: Matter
    situation: Situation
    department_name: str
    conditions: tuple[str, ...]
    materials: tuple[MaterialFacts, ...]
    fees: str
    legal_limit: str
    promised_limit: str
    categories: tuple[QueueCategory, ...]
    where: str
    pickup: str


def guide_facts(catalog: Catalog, matter: Matter, situation: Situation, hall_name: str) -> GuideFacts:
    """The guide for the screen and for reading aloud: sentences in the interface language."""
    categories = ticket_categories(catalog, matter.code)
    names = [c.name for c in categories]
    where = (Text("{hall}任一综合受理窗口（取号时选择“{categories}”）", hall=hall_name, categories=names) if names
             else Text("{hall}任一综合受理窗口", hall=hall_name))
    pickup = Text("{result}；{pickup}", result=matter.result, pickup=matter.pickup) if matter.result else matter.pickup
    return GuideFacts(
        matter, situation, catalog.department_name(matter.department), matter.conditions,
        tuple(material_facts(m) for m in situation.materials), matter.fees or tr(N_("不收费")),
        limit_text(matter.legal_limit_days), limit_text(matter.promised_limit_days), categories, str(where),
        str(pickup),
    )


def guide_speech(facts: GuideFacts) -> str:
    """The guide as one text to read aloud (朗读)."""
    lines = [Text("{matter}，{situation}。", matter=facts.matter.name, situation=facts.situation.name),
             Text("需要准备{count}项材料。", count=len(facts.situation.materials))]
    for i, m in enumerate(facts.situation.materials, start=1):
        lines.append(Text("第{index}项，{name}，{form}{copies}份，{necessity}。", index=i, name=m.name,
                          form=m.form.label, copies=m.copies, necessity=_necessity(m)))
    lines.append(Text("收费：{fees}。承诺办结时限：{limit}。", fees=facts.fees, limit=facts.promised_limit))
    lines.append(Text("办理地点：{where}。", where=facts.where))
    return "".join(map(str, lines))


def _necessity(material: Material) -> str | Text:
    if not material.condition:
        return material.necessity.label
    return Text("{necessity}：{condition}", necessity=material.necessity.label, condition=material.condition)


# -- printing the guide at the kiosk -----------------------------------------
def kiosk_actor(station: Station) -> str:
    return f"kiosk:{station.station_code}"


def print_guide(station: Station, matter_code: str, situation_code: str) -> str:
    """Render and store the 一次性告知单 of a matter and situation; its document id.

    No clerk is logged in at a kiosk: the document and its audit entry are written by
    the kiosk itself (the guide is public and holds no personal data).
    """
    from app.intake import documents as intake_docs

    catalog = station.catalog
    matter = catalog.matter(matter_code)
    situation = matter.situation(situation_code)
    today = station.clock.now().date()
    cfg = station.config
    desk = intake_docs.Desk(cfg.hall_name, KIOSK_DOC_PLACE, "", today, f"{cfg.hall_name}任一综合受理窗口",  # i18n: data
                            cfg.review_body, "有管辖权的人民法院")  # i18n: data (printed)
    pdf = intake_docs.render_document("guide", intake_docs.guide_data(desk, catalog, matter, situation))
    from app.documents import save_document

    with station.store.unit_of_work(kiosk_actor(station)) as uow:
        doc_id = save_document(uow, "guide", matter_code, pdf)
        uow.emit("audit.event", {"event": "guide_printed", "matter_code": matter_code,
                                 "situation_code": situation_code, "station_code": station.station_code,
                                 "channel": "kiosk", "at": iso(station.clock.now())}, action="guide.printed")
    station.notify("documents")
    return doc_id


# -- progress query ----------------------------------------------------------
@dataclass(frozen=True)
class Freshness:
    """Whether the answer comes from an up-to-date store."""

    note: str
    stale: bool


def freshness(station: Station) -> Freshness:
    """本机记录 on a standalone station; on a networked one, a warning when the last
    successful sync (station_meta ``last_sync_ok_at``) is missing or older than 5 minutes.
    The note is worded in the interface language (it is only shown or read aloud)."""
    if not station.config.server_url:
        return Freshness(tr(LOCAL_RECORD_NOTE), False)
    raw = station.store.meta("last_sync_ok_at")  # written by the sync engine (app/sync/engine.py LAST_SYNC_OK)
    last = _parse_time(raw) if raw else None
    now = station.clock.now()
    if last is None:
        return Freshness(tr(N_("本机暂未与服务器同步，以下为本机记录，办理状态可能不是最新。")), True)
    when = last.astimezone(now.tzinfo)
    if now - last <= STALE_AFTER:
        return Freshness(str(Text("已与服务器同步（{at:%H:%M}）", at=when)), False)
    if when.date() == now.date():
        note = Text("网络暂时中断，以下为本机记录（最后同步于 {at:%H:%M}），办理状态可能不是最新。", at=when)
    else:
        note = Text("网络暂时中断，以下为本机记录（最后同步于 {at:%m月%d日 %H:%M}），办理状态可能不是最新。", at=when)
    return Freshness(str(note), True)


def _parse_time(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else None


@dataclass(frozen=True)
class ProgressAnswer:
    """What the kiosk shows: the progress (None: :data:`NOT_FOUND`) and the freshness note."""

    progress: Progress | None
    freshness: Freshness

    @property
    def found(self) -> bool:
        return self.progress is not None


def normalize_suffix(text: str) -> str:
    value = "".join(text.split()).upper()
    if len(value) != SUFFIX_LENGTH or not re.fullmatch(r"[0-9A-Z]+", value):
        raise UserError("请输入证件号码的后{length}位（数字或字母 X）。", field="id_suffix", length=SUFFIX_LENGTH)
    return value


def lookup_scanned(station: Station, code: str) -> ProgressAnswer:
    """A scanned receipt or supplement-notice barcode: holding the paper is the proof."""
    value = "".join(code.split())
    if not value:
        raise UserError("请将受理通知书或补正通知书上的条码对准扫描口。", field="code")
    return ProgressAnswer(progress_lookup(station, value), freshness(station))


def lookup_typed(station: Station, case_no: str, id_suffix: str) -> ProgressAnswer:
    """A typed case number: only with the last four characters of the ID number."""
    value = "".join(case_no.split())
    if not value:
        raise UserError("请输入办件编号（见受理通知书）。", field="case_no")
    suffix = normalize_suffix(id_suffix)
    return ProgressAnswer(progress_lookup(station, value, id_suffix=suffix), freshness(station))


STEPS = (("accepted", N_("已受理")), ("in_review", N_("审批中")), ("decided", N_("已办结")), ("ready", N_("待领取")))
_STEP_OF = {"received": -1, "supplement": -1, "accepted": 0, "in_review": 1, "approved": 2, "rejected": 2,
            "ready": 3, "delivered": 4}


def step_index(status: str) -> int:
    """How far along the 受理 → 审批中 → 办结 → 待领取 line a status is (-1: not yet
    accepted, 4: handed over, -2: refused or voided, off the line)."""
    return _STEP_OF.get(status, -2)


def progress_lines(progress: Progress) -> list[tuple[str, str]]:
    """(label, value) rows for a citizen: nothing about the applicant.

    The labels stay Chinese (marked: the UI translates them as it shows them, and callers
    look rows up by them); the values are worded in the interface language."""
    accepted = progress.status not in ("received", "supplement")
    status = Text("{status}（{day:%Y年%m月%d日}）", status=progress.status_label, day=progress.status_on)
    rows = [(N_("办件编号") if accepted else N_("通知书编号"), progress.reference), (N_("办理事项"), progress.matter_name),
            (N_("当前状态"), str(status))]
    if progress.promised_on is not None:
        rows.append((N_("承诺办结日期"), str(Text("{promised_on:%Y年%m月%d日}", promised_on=progress.promised_on))))
    if progress.owed:
        rows.append((N_("尚需补交材料"), "\n".join(f"{i}. {name}" for i, name in enumerate(progress.owed, 1))))
    if not accepted or progress.owed:
        rows.append((N_("下一步"), str(_next_step(progress, accepted))))
    if progress.status in ("approved", "rejected", "ready"):
        rows.append((N_("领取地点"), str(progress.pickup)))
    elif progress.status in ("accepted", "in_review"):
        rows.append((N_("办结后领取"), str(progress.pickup)))
    return rows


def _next_step(progress: Progress, accepted: bool) -> Text:
    """What the citizen does next while materials are owed (补正, or 容缺受理's commitment)."""
    by = progress.owed_by
    if not accepted:
        if by is None:
            return Text("请带齐上述材料，持补正通知书到任一综合受理窗口，即可继续办理，无需重新填写。")
        return Text("请于 {day:%Y年%m月%d日} 前带齐上述材料，持补正通知书到任一综合受理窗口，即可继续办理，无需重新填写。",
                    day=by)
    if by is None:
        return Text("请按承诺书约定的时间将上述材料交到任一综合受理窗口（容缺受理承诺）。")
    return Text("请于 {day:%Y年%m月%d日} 前将上述材料交到任一综合受理窗口（容缺受理承诺）。", day=by)


_FULL_STOPS = "。."  # i18n: data (a value's own full stop is dropped: the sentence adds one)


def progress_speech(answer: ProgressAnswer) -> str:
    """The answer as one text to read aloud, in the interface language."""
    if answer.progress is None:
        return tr(NOT_FOUND)
    pause = tr(N_("，"))
    text = "".join(str(Text("{label}：{value}。", label=label, value=value.replace("\n", pause).rstrip(_FULL_STOPS)))
                   for label, value in progress_lines(answer.progress))
    return text + (answer.freshness.note if answer.freshness.stale else "")


# -- demo cases ------------------------------------------------------------------
DEMO_CASES_KEY = "kiosk_demo_cases"
DEMO_ID_NO = "11010519491231002X"  # a valid test number; the kiosk asks for 002X


def seed_demo_cases(station: Station) -> list[tuple[str, str]]:
    """Cases to look up in ``yichuang --demo``: (what it shows, code to scan or type).

    Made once through the real intake service, by the demo supervisor (no login is
    recorded; the previous session is restored). Idempotent: later calls return the
    codes stored in station_meta.
    """
    stored = station.store.meta(DEMO_CASES_KEY)
    if stored:
        return [(p.split("=", 1)[0], p.split("=", 1)[1]) for p in stored.split(";") if "=" in p]
    from app.auth import Session
    from app.ratings import hooks

    previous = station.session
    station.session = Session("S900", "陈静", "supervisor", "1")  # i18n: data (app/demo.py's supervisor)
    try:
        with hooks.suppressed():  # demo cases: no citizen stands at a window to rate them
            seeded = _demo_cases(station)
    finally:
        station.session = previous
    station.store.set_meta(DEMO_CASES_KEY, ";".join(f"{label}={code}" for label, code in seeded))
    return seeded


def _demo_cases(station: Station) -> list[tuple[str, str]]:
    from dataclasses import replace

    from app.intake.applicant import Applicant, Person
    from app.intake.rules import ItemState
    from app.intake.service import IntakeService

    service = IntakeService(station)
    applicant = Applicant(person=Person("张小明", "resident_id", DEMO_ID_NO, "13812345678"))  # i18n: data

    def complete(matter: Matter) -> str:
        draft = replace(service.start(matter.code, matter.situations[0].code), applicant=applicant)
        for item in draft.items:
            draft = service.update_item(draft, item.material.code, state=ItemState.RECEIVED)
        outcome = service.accept(draft)
        assert outcome.case_id is not None and outcome.case_no is not None
        return outcome.case_id

    matters = station.catalog.matters
    slow = next(m for m in matters if m.promised_limit_days > 0)
    in_review = complete(slow)
    service.set_status(in_review, "in_review")
    ready = complete(matters[0])
    service.set_status(ready, "approved")
    service.set_status(ready, "ready")
    draft = replace(service.start(matters[0].code, matters[0].situations[0].code), applicant=applicant)
    notice = service.supplement(draft)
    rows = {r["id"]: r["case_no"] for r in station.store.query("SELECT id, case_no FROM cases")}
    return [("审批中", rows[in_review]), ("待领取", rows[ready]), ("待补正", notice.notice_code)]  # i18n: data
