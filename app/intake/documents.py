"""View data of the intake documents, built from an application, and their rendering.

Personal data is masked here, before it reaches printing/: the templates never see a
full ID number or phone. printing/ (reportlab) is imported lazily so start-up stays fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from app import identity
from app.catalog.model import Catalog, MaterialForm, Matter, Situation
from app.intake.applicant import Applicant, masked_id, masked_name
from app.intake.deadlines import PromisedDate
from app.intake.rules import ChecklistItem, ItemState

# document kind -> the mark in its number (机关简称 + mark + 〔年〕第N号)
KIND_MARKS = {"receipt": "受", "supplement_notice": "补", "commitment": "容", "refusal_notice": "不受"}

Renderer = Callable[[str, Any], bytes]


@dataclass(frozen=True)
class Desk:
    """Where and by whom a document is issued."""

    hall_name: str
    window_name: str
    clerk_name: str
    today: date
    where_to_bring: str
    review_body: str
    court: str


def _form_label(item: ChecklistItem) -> str:
    value = item.form or item.material.form.value
    try:
        return MaterialForm(value).label
    except ValueError:
        return value


def _copies(item: ChecklistItem) -> int:
    return item.copies or item.material.copies


def what_to_bring(item: ChecklistItem) -> str:
    m = item.material
    text = f"{m.form.label}{m.copies}份"
    if m.acceptance_standard:
        text += f"；{m.acceptance_standard}"
    return text


def item_reason(item: ChecklistItem) -> str:
    if item.reason.strip():
        return item.reason.strip()
    return "未提交" if item.state is ItemState.MISSING else "不符合受理标准"


def receipt_data(desk: Desk, *, case_no: str, doc_no: str, catalog: Catalog, matter: Matter, situation: Situation,
                 applicant: Applicant, items: Iterable[ChecklistItem], promised: PromisedDate) -> Any:
    from printing.viewdata import ReceiptData, ReceivedMaterial

    received = tuple(
        ReceivedMaterial(i.material.name, _form_label(i), _copies(i), i.material.medium.label,
                         "原件核验后退还" if i.material.form is MaterialForm.ORIGINAL_AND_COPY else "")
        for i in items if i.state is ItemState.RECEIVED)
    phone = identity.mask_phone(applicant.phone)
    return ReceiptData(
        hall_name=desk.hall_name, document_no=doc_no, window_name=desk.window_name, clerk_name=desk.clerk_name,
        case_no=case_no, progress_qr=case_no, matter_name=matter.name, matter_code=matter.code,
        situation_name=situation.name, department_name=catalog.department_name(matter.department),
        applicant_name=masked_name(applicant), applicant_id=masked_id(applicant), applicant_phone=phone,
        materials=received, accepted_on=desk.today, promised_days=promised.days, promised_on=promised.on,
        progress_how=f"可在大厅自助终端扫描本通知书上的条码或二维码，或输入办件编号 {case_no} 查询办理进度。"
        + (f"（{promised.note}）" if promised.note else ""),
        pickup_how=f"{matter.pickup}。办结后请凭本通知书到{desk.hall_name}统一出件窗口领取"
        + (f"，或等候短信通知（{phone}）" if phone else "") + "。",
    )


def supplement_data(desk: Desk, *, notice_code: str, doc_no: str, matter: Matter, situation: Situation,
                    applicant: Applicant, items: Iterable[ChecklistItem], received_on: date, deadline: date) -> Any:
    from printing.viewdata import SupplementItem, SupplementNoticeData

    told = tuple(
        SupplementItem(i.material.name, i.state.label if i.state is not ItemState.RECEIVED else "不符合要求",
                       item_reason(i), what_to_bring(i))
        for i in items if i.on_notice)
    return SupplementNoticeData(
        hall_name=desk.hall_name, document_no=doc_no, window_name=desk.window_name, clerk_name=desk.clerk_name,
        notice_code=notice_code, qr_value=notice_code, matter_name=matter.name, matter_code=matter.code,
        situation_name=situation.name, applicant_name=masked_name(applicant), applicant_id=masked_id(applicant),
        received_on=received_on, items=told, deadline=deadline, where_to_bring=desk.where_to_bring,
        issued_on=desk.today,
    )


def commitment_data(desk: Desk, *, case_no: str, doc_no: str, matter: Matter, situation: Situation,
                    applicant: Applicant, items: Iterable[ChecklistItem], due_on: date) -> Any:
    from printing.viewdata import CommitmentData, OwedMaterial

    owed = tuple(OwedMaterial(i.material.name, i.material.form.label, i.material.copies, due_on)
                 for i in items if i.is_gap)
    return CommitmentData(
        hall_name=desk.hall_name, document_no=doc_no, case_no=case_no, progress_qr=case_no,
        matter_name=matter.name, situation_name=situation.name, applicant_name=masked_name(applicant),
        applicant_id=masked_id(applicant), window_name=desk.window_name, clerk_name=desk.clerk_name,
        owed=owed, signed_on=desk.today, where_to_bring=desk.where_to_bring,
    )


def refusal_data(desk: Desk, *, case_no: str, doc_no: str, matter: Matter, applicant: Applicant,
                 applied_on: date, reason: str, legal_basis: str) -> Any:
    from printing.viewdata import RefusalNoticeData

    return RefusalNoticeData(
        hall_name=desk.hall_name, document_no=doc_no, case_no=case_no, qr_value=case_no,
        matter_name=matter.name, matter_code=matter.code, applicant_name=masked_name(applicant),
        applicant_id=masked_id(applicant), applied_on=applied_on, reason=reason, legal_basis=legal_basis,
        review_body=desk.review_body, court=desk.court, window_name=desk.window_name,
        clerk_name=desk.clerk_name, issued_on=desk.today,
    )


def guide_data(desk: Desk, catalog: Catalog, matter: Matter, situation: Situation) -> Any:
    from printing.viewdata import GuideData

    return GuideData(
        hall_name=desk.hall_name, matter=matter, situation=situation,
        department_name=catalog.department_name(matter.department),
        category_names=tuple(c.name for c in catalog.categories_for_matter(matter.code)),
        printed_on=desk.today, qr_value=matter.code,
    )


def render_document(kind: str, data: Any) -> bytes:
    """PDF bytes of one document (reportlab, imported on first use)."""
    if kind == "receipt":
        from printing.receipt import render_receipt

        return render_receipt(data)
    if kind == "supplement_notice":
        from printing.supplement import render_supplement_notice

        return render_supplement_notice(data)
    if kind == "commitment":
        from printing.commitment import render_commitment

        return render_commitment(data)
    if kind == "refusal_notice":
        from printing.refusal import render_refusal_notice

        return render_refusal_notice(data)
    if kind == "guide":
        from printing.guide import render_guide

        return render_guide(data)
    raise ValueError(f"unknown document kind {kind!r}")
