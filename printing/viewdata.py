"""What each printed document shows: small frozen view records filled by the services.

Names, ID numbers and phone numbers arrive ALREADY MASKED (``app.masking``); the
documents print exactly what they are given and never see the full values.
Labels such as 原件/复印件 arrive as display text (``MaterialForm.label`` …).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.catalog.model import Matter, Situation

REVIEW_RIGHTS_DEFAULT_BODY = "本级人民政府"
SUPPLEMENT_LEGAL_TEXT = (
    "根据《中华人民共和国行政许可法》第三十二条第一款第（四）项规定，申请材料不齐全或者不符合法定形式的，"
    "应当当场或者在五日内一次告知申请人需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理。"
    "本通知书所列为需补正的全部内容，请申请人按要求一次性补齐。"
)


@dataclass(frozen=True)
class TicketSlipData:
    """排队小票."""

    hall_name: str
    ticket_no: str
    category_name: str
    people_ahead: int
    est_wait_minutes: int | None
    taken_at: datetime
    policy_text: str
    barcode_value: str
    qr_value: str


@dataclass(frozen=True)
class ReceivedMaterial:
    """One line of 收取材料清单 on a receipt."""

    name: str
    form: str  # 原件 / 复印件 / 原件及复印件
    copies: int
    medium: str  # 纸质 / 电子
    note: str = ""


@dataclass(frozen=True)
class ReceiptData:
    """受理回执 / 受理通知书."""

    hall_name: str
    document_no: str  # e.g. 上城政务受〔2026〕第00012号
    window_name: str
    clerk_name: str
    case_no: str
    progress_qr: str  # progress-check URL or code
    matter_name: str
    matter_code: str
    situation_name: str
    department_name: str
    applicant_name: str  # masked
    applicant_id: str  # masked
    applicant_phone: str  # masked, may be ""
    materials: tuple[ReceivedMaterial, ...]
    accepted_on: date
    promised_days: int  # 承诺时限, working days (0 = 即办)
    promised_on: date  # 承诺办结日期
    progress_how: str  # 办理进度查询方式
    pickup_how: str  # 结果领取方式与地点


@dataclass(frozen=True)
class SupplementItem:
    """One missing or non-conforming material on a 补正通知书."""

    name: str
    problem: str  # 缺少 / 不符合要求
    reason: str
    what_to_bring: str


@dataclass(frozen=True)
class SupplementNoticeData:
    """材料补正通知书 (一次性告知)."""

    hall_name: str
    document_no: str
    window_name: str
    clerk_name: str
    notice_code: str  # Code128: resumes the application at the next visit
    qr_value: str
    matter_name: str
    matter_code: str
    situation_name: str
    applicant_name: str  # masked
    applicant_id: str  # masked
    received_on: date  # 收到申请材料之日
    items: tuple[SupplementItem, ...]
    deadline: date
    where_to_bring: str
    issued_on: date
    legal_text: str = SUPPLEMENT_LEGAL_TEXT


@dataclass(frozen=True)
class OwedMaterial:
    """A material still owed under 容缺受理, with the date it is due."""

    name: str
    form: str
    copies: int
    due_on: date


@dataclass(frozen=True)
class CommitmentData:
    """容缺受理承诺书."""

    hall_name: str
    document_no: str
    case_no: str
    progress_qr: str
    matter_name: str
    situation_name: str
    applicant_name: str  # masked
    applicant_id: str  # masked
    window_name: str
    clerk_name: str
    owed: tuple[OwedMaterial, ...]
    signed_on: date
    where_to_bring: str

    @property
    def final_due(self) -> date:
        return max(m.due_on for m in self.owed)


@dataclass(frozen=True)
class RefusalNoticeData:
    """不予受理决定通知书."""

    hall_name: str
    document_no: str
    case_no: str  # registration number of the application; "" when there is none
    qr_value: str  # "" for no QR
    matter_name: str
    matter_code: str
    applicant_name: str  # masked
    applicant_id: str  # masked
    applied_on: date
    reason: str
    legal_basis: str
    review_body: str  # 行政复议机关, e.g. 杭州市上城区人民政府
    court: str  # 行政诉讼管辖法院, e.g. 杭州市上城区人民法院
    window_name: str
    clerk_name: str
    issued_on: date


@dataclass(frozen=True)
class GuideData:
    """办事指南 / 一次性告知单 for one matter and situation, straight from the catalog."""

    hall_name: str
    matter: Matter
    situation: Situation
    department_name: str
    category_names: tuple[str, ...]  # 业务类别 (queue categories) that serve the matter
    printed_on: date
    qr_value: str = ""  # e.g. the online guide or appointment URL
    hall_address: str = ""
