"""受理回执 / 受理通知书: given to the applicant when a case is accepted."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from printing.layout import (
    BODY,
    BODY_INDENT,
    SMALL,
    DocumentHead,
    SealBox,
    beside_seal,
    build_a4,
    case_codes,
    cn_date,
    data_table,
    info_table,
    para,
    section,
)
from printing.viewdata import ReceiptData

TITLE = "受理通知书"


def _time_limit(data: ReceiptData) -> str:
    if data.promised_days == 0:
        return "即办"
    return f"{data.promised_days}个工作日"


def _applicant_facts(data: ReceiptData) -> list[tuple[str, str]]:
    pairs = [
        ("事项名称", data.matter_name),
        ("事项编码", data.matter_code),
        ("办理情形", data.situation_name),
        ("实施主体", data.department_name),
        ("申请人", data.applicant_name),
        ("证件号码", data.applicant_id),
    ]
    if data.applicant_phone:
        pairs.append(("联系电话", data.applicant_phone))
    pairs += [
        ("受理日期", cn_date(data.accepted_on)),
        ("承诺时限", _time_limit(data)),
        ("承诺办结日期", cn_date(data.promised_on)),
        ("受理窗口", data.window_name),
        ("受理人", data.clerk_name),
    ]
    return pairs


def _materials(data: ReceiptData) -> Any:
    rows = [[str(i), m.name, m.form, str(m.copies), m.medium, m.note] for i, m in enumerate(data.materials, start=1)]
    return data_table(
        ["序号", "材料名称", "原件/复印件", "份数", "纸质/电子", "备注"], rows, [12, 64, 28, 12, 22, 32], centred=(0, 2, 3, 4)
    )


def render_receipt(data: ReceiptData) -> bytes:
    """The acceptance receipt as PDF bytes."""
    head = DocumentHead(data.hall_name, TITLE, data.document_no, data.accepted_on)
    story: list[Any] = [
        case_codes("办件编号", data.case_no, data.progress_qr),
        Spacer(1, 3 * mm),
        para(f"{data.applicant_name}：", BODY),
        para(
            f"您于{cn_date(data.accepted_on)}提交的“{data.matter_name}（{data.situation_name}）”申请，"
            f"申请材料齐全、符合法定形式，本中心依法予以受理。"
            f"承诺办结时限为{_time_limit(data)}，预计于{cn_date(data.promised_on)}前办结。",
            BODY_INDENT,
        ),
        section("一、申请信息"),
        info_table(_applicant_facts(data)),
        section(f"二、收取材料清单（共{len(data.materials)}项）"),
        _materials(data),
        KeepTogether(
            [
                section("三、进度查询与结果领取"),
                beside_seal(
                    [
                        para(f"进度查询：{data.progress_how}", BODY_INDENT),
                        para(f"结果领取：{data.pickup_how}", BODY_INDENT),
                        Spacer(1, 2 * mm),
                        para("温馨提示：请妥善保管本通知书，领取办理结果时请携带本通知书及申请人有效身份证件。", SMALL),
                    ],
                    SealBox(data.hall_name, data.accepted_on),
                ),
            ]
        ),
    ]
    return build_a4(head, story)
