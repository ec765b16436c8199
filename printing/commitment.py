"""容缺受理承诺书: the applicant promises to supply the materials still owed."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from printing.layout import (
    BODY,
    BODY_INDENT,
    DocumentHead,
    SignatureLine,
    build_a4,
    case_codes,
    cn_date,
    data_table,
    info_table,
    para,
    section,
)
from printing.viewdata import CommitmentData

TITLE = "容缺受理承诺书"


def _owed(data: CommitmentData) -> Any:
    rows = [[str(i), m.name, m.form, str(m.copies), cn_date(m.due_on)] for i, m in enumerate(data.owed, start=1)]
    return data_table(
        ["序号", "容缺材料名称", "原件/复印件", "份数", "承诺补齐日期"], rows, [12, 86, 26, 14, 36], centred=(0, 2, 3, 4)
    )


def _promise(data: CommitmentData) -> list[Any]:
    names = "、".join(f"“{m.name}”" for m in data.owed)
    clauses = [
        f"一、本人（单位）申请办理“{data.matter_name}（{data.situation_name}）”，因{names}暂未能提供，申请容缺受理。",
        f"二、本人（单位）承诺在{cn_date(data.final_due)}前（各项材料以上表所列日期为准）"
        f"到{data.where_to_bring}补齐上述全部容缺材料，并对所提交材料的真实性、合法性负责。",
        "三、逾期未补齐的，本人（单位）同意视为撤回申请，办理机关可终止办理；"
        "已作出的审批结果依法予以撤销的，由此产生的一切后果和法律责任由本人（单位）承担。",
        "四、本人（单位）知悉，提供虚假材料或者未履行承诺的，将依法记入信用记录。",
    ]
    return [para(c, BODY_INDENT) for c in clauses]


def render_commitment(data: CommitmentData) -> bytes:
    """The commitment as PDF bytes, with signature lines for applicant and clerk."""
    head = DocumentHead(data.hall_name, TITLE, data.document_no, data.signed_on)
    story: list[Any] = [
        case_codes("办件编号", data.case_no, data.progress_qr),
        section("一、申请信息"),
        info_table(
            [
                ("事项名称", data.matter_name),
                ("办理情形", data.situation_name),
                ("申请人", data.applicant_name),
                ("证件号码", data.applicant_id),
                ("受理窗口", data.window_name),
                ("受理人", data.clerk_name),
            ]
        ),
        section(f"二、容缺材料清单（共{len(data.owed)}项）"),
        _owed(data),
        section("三、承诺事项"),
        *_promise(data),
        KeepTogether(
            [
                Spacer(1, 8 * mm),
                para(f"承诺日期：{cn_date(data.signed_on)}", BODY),
                Spacer(1, 4 * mm),
                SignatureLine("申请人（或代理人）"),
                SignatureLine("受理人"),
            ]
        ),
    ]
    return build_a4(head, story)
