"""材料补正通知书: the one-time notice (一次性告知) of every missing or wrong material."""

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
from printing.viewdata import SupplementNoticeData

TITLE = "材料补正通知书"


def _items(data: SupplementNoticeData) -> Any:
    rows = [[str(i), item.name, item.problem, item.reason, item.what_to_bring] for i, item in enumerate(data.items, start=1)]
    return data_table(["序号", "材料名称", "问题", "原因说明", "需补正内容"], rows, [12, 46, 20, 52, 56], centred=(0, 2))


def render_supplement_notice(data: SupplementNoticeData) -> bytes:
    """The supplement notice as PDF bytes."""
    head = DocumentHead(data.hall_name, TITLE, data.document_no, data.issued_on)
    story: list[Any] = [
        case_codes("补正通知编号", data.notice_code, data.qr_value, "扫码查看补正清单"),
        Spacer(1, 3 * mm),
        para(f"{data.applicant_name}：", BODY),
        para(
            f"本中心于{cn_date(data.received_on)}收到您提交的“{data.matter_name}（{data.situation_name}）”申请材料。"
            f"经审查，申请材料不齐全或者不符合法定形式，现一次性告知需补正的全部内容（共{len(data.items)}项）如下：",
            BODY_INDENT,
        ),
        section("一、申请信息"),
        info_table(
            [
                ("事项名称", data.matter_name),
                ("事项编码", data.matter_code),
                ("办理情形", data.situation_name),
                ("申请人", data.applicant_name),
                ("证件号码", data.applicant_id),
                ("收件日期", cn_date(data.received_on)),
            ]
        ),
        section("二、需补正的材料"),
        _items(data),
        section("三、补正期限与地点"),
        para(
            f"请于{cn_date(data.deadline)}前携带上述全部补正材料及本通知书，到{data.where_to_bring}办理。"
            f"补正时出示本通知书条码即可继续办理，无需重新填报已提交的信息。",
            BODY_INDENT,
        ),
        KeepTogether(
            [
                section("四、告知依据"),
                beside_seal(
                    [
                        para(data.legal_text, BODY_INDENT),
                        Spacer(1, 2 * mm),
                        para(f"经办窗口：{data.window_name}", BODY),
                        para(f"经办人：{data.clerk_name}", BODY),
                        para("逾期未补正的，视为申请人放弃本次申请，申请人可重新提出申请。", SMALL),
                    ],
                    SealBox(data.hall_name, data.issued_on),
                ),
            ]
        ),
    ]
    return build_a4(head, story)
