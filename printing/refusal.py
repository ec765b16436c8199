"""不予受理决定通知书: the written refusal with its reason, legal basis and appeal rights."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from printing.layout import (
    BODY,
    BODY_INDENT,
    DocumentHead,
    SealBox,
    beside_seal,
    build_a4,
    case_codes,
    cn_date,
    info_table,
    para,
    section,
)
from printing.viewdata import RefusalNoticeData

TITLE = "不予受理决定通知书"


def appeal_rights(review_body: str, court: str) -> str:
    """The standard notice of the right to 行政复议 (60 days) or 行政诉讼 (6 months)."""
    return (
        f"如对本决定不服，可以自收到本通知书之日起六十日内向{review_body}申请行政复议，"
        f"或者自收到本通知书之日起六个月内向{court}提起行政诉讼。"
    )


def render_refusal_notice(data: RefusalNoticeData) -> bytes:
    """The refusal notice as PDF bytes."""
    head = DocumentHead(data.hall_name, TITLE, data.document_no, data.issued_on)
    story: list[Any] = []
    if data.case_no or data.qr_value:
        story.append(case_codes("申请编号", data.case_no, data.qr_value, "扫码核验本文书"))
    story += [
        Spacer(1, 3 * mm),
        para(f"{data.applicant_name}：", BODY),
        para(
            f"您于{cn_date(data.applied_on)}提出的“{data.matter_name}”申请，经审查，决定不予受理。理由及依据如下：",
            BODY_INDENT,
        ),
        section("一、申请信息"),
        info_table(
            [
                ("事项名称", data.matter_name),
                ("事项编码", data.matter_code),
                ("申请人", data.applicant_name),
                ("证件号码", data.applicant_id),
                ("申请日期", cn_date(data.applied_on)),
                ("经办窗口", data.window_name),
            ]
        ),
        section("二、不予受理理由"),
        para(data.reason, BODY_INDENT),
        section("三、法律依据"),
        para(data.legal_basis, BODY_INDENT),
        KeepTogether(
            [
                section("四、权利告知"),
                beside_seal(
                    [
                        para(appeal_rights(data.review_body, data.court), BODY_INDENT),
                        Spacer(1, 2 * mm),
                        para(f"经办人：{data.clerk_name}", BODY),
                    ],
                    SealBox(data.hall_name, data.issued_on),
                ),
            ]
        ),
    ]
    return build_a4(head, story)
