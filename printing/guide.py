"""办事指南 / 一次性告知单: everything a citizen needs for one matter and situation."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.catalog.model import Material, Matter
from printing.layout import (
    BODY,
    BODY_INDENT,
    CELL_SMALL,
    HEAD_SMALL,
    SMALL,
    DocumentHead,
    build_a4,
    codes_row,
    data_table,
    info_table,
    para,
    section,
)
from printing.viewdata import GuideData

TITLE = "办事指南（一次性告知单）"
MATERIAL_HEADERS = ["序号", "材料名称", "原件/复印件", "份数", "纸质/电子", "必要性", "容缺", "来源", "受理标准"]
MATERIAL_WIDTHS = [8, 38, 14, 8, 12, 25, 9, 24, 32]
CENTRED = (0, 2, 3, 4, 6)


def _days(days: int) -> str:
    return "即办" if days == 0 else f"{days}个工作日"


def _material_row(index: int, m: Material) -> list[str]:
    name = f"{m.name}（{m.notes}）" if m.notes else m.name
    necessity = f"{m.necessity.label}：{m.condition}" if m.condition else m.necessity.label
    source = f"{m.source.label}（{m.source_detail}）" if m.source_detail else m.source.label
    return [
        str(index),
        name,
        m.form.label,
        str(m.copies),
        m.medium.label,
        necessity,
        "可容缺" if m.may_be_missing else "否",
        source,
        m.acceptance_standard or "—",
    ]


def _facts(data: GuideData) -> list[tuple[str, str]]:
    m: Matter = data.matter
    return [
        ("事项名称", m.name),
        ("事项编码", m.code),
        ("事项类型", m.type),
        ("实施主体", data.department_name),
        ("办理情形", data.situation.name),
        ("网上办理", "可网上办理" if m.online else "需到现场办理"),
        ("法定办结时限", _days(m.legal_limit_days)),
        ("承诺办结时限", _days(m.promised_limit_days)),
        ("到现场次数", f"{m.visits}次" if m.visits else "0次（全程网办）"),
        ("收费标准", m.fees or "不收费"),
    ]


def _numbered(items: tuple[str, ...], empty: str) -> list[Any]:
    if not items:
        return [para(empty, BODY_INDENT)]
    return [para(f"{i}. {text}", BODY_INDENT) for i, text in enumerate(items, start=1)]


def _where(data: GuideData) -> str:
    place = data.hall_name + (f"（{data.hall_address}）" if data.hall_address else "")
    if not data.category_names:
        return f"{place}综合受理窗口。"
    names = "、".join(f"“{n}”" for n in data.category_names)
    return f"{place}。请在取号机或自助终端选择{names}取号，任一综合窗口均可受理。"


def render_guide(data: GuideData) -> bytes:
    """The guide of one situation as PDF bytes; long material lists flow onto more pages."""
    matter, situation = data.matter, data.situation
    head = DocumentHead(data.hall_name, TITLE, f"事项编码：{matter.code}", data.printed_on)
    rows = [_material_row(i, m) for i, m in enumerate(situation.materials, start=1)]
    intro = [para(f"本指南适用于“{matter.name}”事项“{situation.name}”情形。{situation.description}", BODY)]
    story: list[Any] = [
        codes_row(intro, data.qr_value, "扫码在线预约/办理") if data.qr_value else intro[0],
        Spacer(1, 3 * mm),
        info_table(_facts(data), label_mm=28),
        section("一、受理条件"),
        *_numbered(matter.conditions, "无特殊条件。"),
        section(f"二、申请材料（共{len(rows)}项）"),
        data_table(MATERIAL_HEADERS, rows, MATERIAL_WIDTHS, CELL_SMALL, HEAD_SMALL, CENTRED),
        section("三、设定依据"),
        *_numbered(matter.legal_basis, "—"),
        section("四、办理结果与领取方式"),
        para(f"办理结果：{matter.result}。领取方式：{matter.pickup}", BODY_INDENT),
        section("五、办理地点"),
        para(_where(data), BODY_INDENT),
        Spacer(1, 3 * mm),
        para(
            "本告知单所列为该办理情形所需的全部材料。材料齐全、符合法定形式的，当场受理；"
            "非关键材料暂缺的，可签署承诺书容缺受理。",
            SMALL,
        ),
    ]
    return build_a4(head, story)
