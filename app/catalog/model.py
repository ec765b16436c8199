"""The matter catalog (事项目录): matters, situations, materials and queue categories.

Plain frozen dataclasses built by :mod:`app.catalog.loader` from the catalog JSON
(``resources/catalog/catalog.schema.json`` documents the file format).

The ``label`` of each enum is printed on paper and handed over as it is; the UI shows it in
the interface language through ui/models/labels.py (context ``AppLabels``), which lists every one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class MaterialForm(StrEnum):
    """原件 / 复印件: what the applicant hands over."""

    ORIGINAL = "original"  # 原件
    COPY = "copy"  # 复印件
    ORIGINAL_AND_COPY = "original_and_copy"  # 原件和复印件 (原件核验后退还)

    @property
    def label(self) -> str:
        return {"original": "原件", "copy": "复印件", "original_and_copy": "原件及复印件"}[self.value]  # i18n: data


class MaterialMedium(StrEnum):
    PAPER = "paper"
    ELECTRONIC = "electronic"
    PAPER_OR_ELECTRONIC = "paper_or_electronic"

    @property
    def label(self) -> str:
        return {"paper": "纸质", "electronic": "电子", "paper_or_electronic": "纸质或电子"}[self.value]  # i18n: data


class Necessity(StrEnum):
    REQUIRED = "required"  # 必要
    OPTIONAL = "optional"  # 非必要
    CONDITIONAL = "conditional"  # 特定情形下必要

    @property
    def label(self) -> str:
        return {"required": "必要", "optional": "非必要", "conditional": "情形必要"}[self.value]  # i18n: data


class MaterialSource(StrEnum):
    APPLICANT = "applicant"  # 申请人自备
    GOVERNMENT = "government"  # 政府部门核发
    OTHER_AGENCY = "other_agency"  # 其他机构出具 (银行、医院、中介…)
    OFFICE = "office"  # 本窗口提供 (申请表等)

    @property
    def label(self) -> str:
        return {
            "applicant": "申请人自备",  # i18n: data
            "government": "政府部门核发",  # i18n: data
            "other_agency": "其他机构出具",  # i18n: data
            "office": "窗口领取/网上下载",  # i18n: data
        }[self.value]


@dataclass(frozen=True)
class Material:
    """申请材料: one item the applicant must hand in for a situation."""

    code: str
    name: str
    form: MaterialForm
    copies: int
    medium: MaterialMedium
    necessity: Necessity
    may_be_missing: bool  # 是否可容缺
    source: MaterialSource
    source_detail: str = ""  # e.g. "户籍所在地派出所"
    acceptance_standard: str = ""  # 受理标准
    condition: str = ""  # for CONDITIONAL: when it is needed
    notes: str = ""

    @property
    def is_required(self) -> bool:
        """Required at acceptance (conditional items count once the clerk says they apply)."""
        return self.necessity is not Necessity.OPTIONAL


@dataclass(frozen=True)
class Situation:
    """办理情形: a variant of a matter that changes the material list."""

    code: str
    name: str
    description: str
    materials: tuple[Material, ...]

    def material(self, code: str) -> Material:
        for m in self.materials:
            if m.code == code:
                return m
        raise KeyError(code)


@dataclass(frozen=True)
class Department:
    code: str
    name: str


@dataclass(frozen=True)
class ServiceHours:
    start: str  # "09:00"
    end: str  # "12:00"


@dataclass(frozen=True)
class QueueCategory:
    """业务类别: a queue with its ticket prefix and the matters it serves."""

    code: str
    prefix: str
    name: str
    matter_codes: tuple[str, ...]
    daily_cap: int
    service_hours: tuple[ServiceHours, ...]
    description: str = ""


@dataclass(frozen=True)
class Matter:
    """事项: one service the government offers."""

    code: str
    name: str
    department: str  # Department.code (实施主体)
    type: str  # 行政许可, 公共服务, 行政确认, 行政给付, 其他行政权力 …
    legal_limit_days: int  # 法定时限, working days
    promised_limit_days: int  # 承诺时限, working days (0 = 即办)
    fees: str
    conditions: tuple[str, ...]
    legal_basis: tuple[str, ...]
    result: str  # 办理结果, e.g. 营业执照
    pickup: str  # how the result is collected
    situations: tuple[Situation, ...]
    keywords: tuple[str, ...] = ()
    online: bool = False  # 可网上办理
    visits: int = 1  # 到现场次数

    def situation(self, code: str) -> Situation:
        for s in self.situations:
            if s.code == code:
                return s
        raise KeyError(code)


@dataclass(frozen=True)
class Catalog:
    """One version of the catalog, as loaded and validated."""

    version: str
    region_code: str
    departments: tuple[Department, ...]
    matters: tuple[Matter, ...]
    queue_categories: tuple[QueueCategory, ...]
    nonconformity_reasons: tuple[str, ...] = ()
    refusal_reasons: tuple[tuple[str, str], ...] = ()  # (reason, legal basis)
    digest: str = ""
    _by_code: dict[str, Matter] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code.update({m.code: m for m in self.matters})

    def matter(self, code: str) -> Matter:
        return self._by_code[code]

    def has_matter(self, code: str) -> bool:
        return code in self._by_code

    def department(self, code: str) -> Department:
        for d in self.departments:
            if d.code == code:
                return d
        raise KeyError(code)

    def department_name(self, code: str) -> str:
        try:
            return self.department(code).name
        except KeyError:
            return code

    def categories_for_matter(self, matter_code: str) -> tuple[QueueCategory, ...]:
        return tuple(c for c in self.queue_categories if matter_code in c.matter_codes)

    def category(self, code: str) -> QueueCategory:
        for c in self.queue_categories:
            if c.code == code:
                return c
        raise KeyError(code)
