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
from app.intake.progress import Progress, progress_lookup

if TYPE_CHECKING:
    from app.station import Station

T = TypeVar("T")

# One answer for an unknown code, an unknown case number and a wrong ID suffix: the
# kiosk must not tell a stranger whether a case exists.
NOT_FOUND = "未查询到相符的办件。请核对办件编号和证件号码后四位，或持受理通知书到综合窗口咨询。"
SUFFIX_LENGTH = 4
STALE_AFTER = timedelta(minutes=5)
LOCAL_RECORD_NOTE = "数据来源：本机记录"
KIOSK_DOC_PLACE = "自助终端"


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
        return f"第 {self.number} / {self.count} 页"


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
        parts = [f"{self.form}{self.copies}", self.medium, self.necessity, f"来源：{self.source}"]
        if self.may_be_missing:
            parts.append("可容缺受理")
        return "，".join(parts)


def material_facts(material: Material) -> MaterialFacts:
    necessity = material.necessity.label + (f"：{material.condition}" if material.condition else "")
    source = material.source.label + (f"（{material.source_detail}）" if material.source_detail else "")
    return MaterialFacts(material.name, material.form.label, f"{material.copies}份", material.medium.label, necessity,
                         material.may_be_missing, source, material.acceptance_standard, material.notes)


def limit_text(days: int) -> str:
    return "即办" if days == 0 else f"{days}个工作日"


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
    categories = ticket_categories(catalog, matter.code)
    names = "、".join(c.name for c in categories)
    where = f"{hall_name}任一综合受理窗口" + (f"（取号时选择“{names}”）" if names else "")
    return GuideFacts(
        matter, situation, catalog.department_name(matter.department), matter.conditions,
        tuple(material_facts(m) for m in situation.materials), matter.fees or "不收费",
        limit_text(matter.legal_limit_days), limit_text(matter.promised_limit_days), categories, where,
        f"{matter.result}；{matter.pickup}" if matter.result else matter.pickup,
    )


def guide_speech(facts: GuideFacts) -> str:
    """The guide as one text to read aloud (朗读)."""
    lines = [f"{facts.matter.name}，{facts.situation.name}。", f"需要准备{len(facts.materials)}项材料。"]
    for i, m in enumerate(facts.materials, start=1):
        lines.append(f"第{i}项，{m.name}，{m.form}{m.copies}，{m.necessity}。")
    lines.append(f"收费：{facts.fees}。承诺办结时限：{facts.promised_limit}。")
    lines.append(f"办理地点：{facts.where}。")
    return "".join(lines)


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
    desk = intake_docs.Desk(cfg.hall_name, KIOSK_DOC_PLACE, "", today, f"{cfg.hall_name}任一综合受理窗口",
                            cfg.review_body, "有管辖权的人民法院")
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
    successful sync (station_meta ``last_sync_ok_at``) is missing or older than 5 minutes."""
    if not station.config.server_url:
        return Freshness(LOCAL_RECORD_NOTE, False)
    raw = station.store.meta("last_sync_ok_at")  # written by the sync engine (app/sync/engine.py LAST_SYNC_OK)
    last = _parse_time(raw) if raw else None
    now = station.clock.now()
    if last is None:
        return Freshness("本机暂未与服务器同步，以下为本机记录，办理状态可能不是最新。", True)
    if now - last > STALE_AFTER:
        when = last.astimezone(now.tzinfo)
        shown = f"{when:%H:%M}" if when.date() == now.date() else f"{when:%m月%d日 %H:%M}"
        return Freshness(f"网络暂时中断，以下为本机记录（最后同步于 {shown}），办理状态可能不是最新。", True)
    return Freshness(f"已与服务器同步（{last.astimezone(now.tzinfo):%H:%M}）", False)


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
        raise UserError(f"请输入证件号码的后{SUFFIX_LENGTH}位（数字或字母 X）。", field="id_suffix")
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


STEPS = (("accepted", "已受理"), ("in_review", "审批中"), ("decided", "已办结"), ("ready", "待领取"))
_STEP_OF = {"received": -1, "supplement": -1, "accepted": 0, "in_review": 1, "approved": 2, "rejected": 2,
            "ready": 3, "delivered": 4}


def step_index(status: str) -> int:
    """How far along the 受理 → 审批中 → 办结 → 待领取 line a status is (-1: not yet
    accepted, 4: handed over, -2: refused or voided, off the line)."""
    return _STEP_OF.get(status, -2)


def progress_lines(progress: Progress) -> list[tuple[str, str]]:
    """(label, value) rows for a citizen: nothing about the applicant."""
    accepted = progress.status not in ("received", "supplement")
    rows = [("办件编号" if accepted else "通知书编号", progress.reference), ("办理事项", progress.matter_name),
            ("当前状态", f"{progress.status_label}（{progress.status_on:%Y年%m月%d日}）")]
    if progress.promised_on is not None:
        rows.append(("承诺办结日期", f"{progress.promised_on:%Y年%m月%d日}"))
    if progress.owed:
        rows.append(("尚需补交材料", "\n".join(f"{i}. {name}" for i, name in enumerate(progress.owed, 1))))
    if not accepted:
        by = f"请于 {progress.owed_by:%Y年%m月%d日} 前" if progress.owed_by else "请"
        rows.append(("下一步", f"{by}带齐上述材料，持补正通知书到任一综合受理窗口，即可继续办理，无需重新填写。"))
    elif progress.owed:
        by = f"请于 {progress.owed_by:%Y年%m月%d日} 前" if progress.owed_by else "请按承诺书约定的时间"
        rows.append(("下一步", f"{by}将上述材料交到任一综合受理窗口（容缺受理承诺）。"))
    if progress.status in ("approved", "rejected", "ready"):
        rows.append(("领取地点", progress.pickup_place))
    elif progress.status in ("accepted", "in_review"):
        rows.append(("办结后领取", progress.pickup_place))
    return rows


def progress_speech(answer: ProgressAnswer) -> str:
    if answer.progress is None:
        return NOT_FOUND
    text = "。".join(f"{label}：{value}".replace("\n", "，") for label, value in progress_lines(answer.progress)) + "。"
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
    station.session = Session("S900", "陈静", "supervisor", "1")
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
    applicant = Applicant(person=Person("张小明", "resident_id", DEMO_ID_NO, "13812345678"))

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
    return [("审批中", rows[in_review]), ("待领取", rows[ready]), ("待补正", notice.notice_code)]
