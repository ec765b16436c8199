"""Printed documents: Chinese text extractable, fonts embedded, barcodes decode, lists complete."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.catalog.model import (
    Material,
    MaterialForm,
    MaterialMedium,
    MaterialSource,
    Matter,
    Necessity,
    Situation,
)
from printing import samples
from printing.commitment import render_commitment
from printing.fonts import CJK, LATIN, font_runs, register_fonts
from printing.guide import render_guide
from printing.receipt import render_receipt
from printing.refusal import render_refusal_notice
from printing.supplement import render_supplement_notice
from printing.ticket import render_ticket_slip
from printing.viewdata import GuideData, SupplementItem

TOOLS = ("pdftotext", "pdftoppm", "pdfinfo", "pdffonts", "zbarimg")
needs_tools = pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS), reason="poppler-utils / zbar-tools not installed")
FULL_ID = re.compile(r"\d{17}[\dXx]")


def _write(tmp_path: Path, pdf: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def pdf_text(tmp_path: Path, pdf: bytes, mode: str = "-layout") -> str:
    path = _write(tmp_path, pdf)
    return subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, check=True, text=True).stdout


def squeezed(text: str) -> str:
    """Text without any whitespace: table cells wrap, names must still be found whole."""
    return re.sub(r"\s+", "", text)


def decoded(tmp_path: Path, pdf: bytes) -> set[str]:
    """Every barcode zbar finds on every page rendered at 200 dpi."""
    path = _write(tmp_path, pdf, "scan.pdf")
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(path), str(tmp_path / "scan")], check=True)
    values: set[str] = set()
    for png in sorted(tmp_path.glob("scan*.png")):
        result = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
        values.update(line for line in result.stdout.splitlines() if line)
    return values


def pdf_info(tmp_path: Path, pdf: bytes) -> dict[str, str]:
    path = _write(tmp_path, pdf, "info.pdf")
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def embedded_fonts(tmp_path: Path, pdf: bytes) -> list[tuple[str, str]]:
    """(font name, emb) for every font pdffonts lists."""
    path = _write(tmp_path, pdf, "fonts.pdf")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        cols = line.split()
        # name type [encoding words…] emb sub uni object ID: emb is the 5th field from the end.
        rows.append((cols[0], cols[-5]))
    return rows


ALL_DOCUMENTS = {
    "ticket": lambda: render_ticket_slip(samples.sample_ticket()),
    "receipt": lambda: render_receipt(samples.sample_receipt()),
    "supplement": lambda: render_supplement_notice(samples.sample_supplement_notice()),
    "commitment": lambda: render_commitment(samples.sample_commitment()),
    "refusal": lambda: render_refusal_notice(samples.sample_refusal_notice()),
    "guide": lambda: render_guide(samples.sample_guide()),
}


def _material(code: str, name: str, **kw: object) -> Material:
    fields: dict[str, object] = dict(
        code=code,
        name=name,
        form=MaterialForm.COPY,
        copies=1,
        medium=MaterialMedium.PAPER,
        necessity=Necessity.REQUIRED,
        may_be_missing=False,
        source=MaterialSource.APPLICANT,
    )
    fields.update(kw)
    return Material(**fields)  # type: ignore[arg-type]


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    assert CJK in pdfmetrics.getRegisteredFontNames()


def test_font_runs_send_latin_to_the_latin_font() -> None:
    runs = list(font_runs("办件编号：SC01-0012号"))
    assert runs == [(CJK, "办件编号："), (LATIN, "SC01-0012"), (CJK, "号")]


@needs_tools
@pytest.mark.parametrize("name", sorted(ALL_DOCUMENTS))
def test_every_font_is_embedded(tmp_path: Path, name: str) -> None:
    fonts = embedded_fonts(tmp_path, ALL_DOCUMENTS[name]())
    assert fonts, "no fonts listed"
    assert any(font.endswith("+DroidSansFallback") for font, _ in fonts), fonts
    assert all(emb == "yes" for _, emb in fonts), fonts


@needs_tools
def test_ticket_slip_shows_queue_facts_on_80mm_paper(tmp_path: Path) -> None:
    data = samples.sample_ticket()
    pdf = render_ticket_slip(data)
    text = pdf_text(tmp_path, pdf)
    for field in (
        "杭州市上城区政务服务中心",
        "A012",
        "市场主体登记",
        "前面还有 5 人等候",
        "约 15 分钟",
        "2026-11-23 09:12",
        "过号处理说明",
    ):
        assert field in text
    width, height = map(float, re.findall(r"[\d.]+", pdf_info(tmp_path, pdf)["Page size"])[:2])
    assert width == pytest.approx(226.8, abs=0.2)
    assert 250 < height < 600  # fitted to content, not an A4 page
    assert pdf_info(tmp_path, pdf)["Pages"] == "1"


@needs_tools
def test_ticket_slip_height_follows_the_policy_text(tmp_path: Path) -> None:
    short = render_ticket_slip(replace(samples.sample_ticket(), policy_text="过号请重新取号。"))
    long = render_ticket_slip(replace(samples.sample_ticket(), policy_text="过号后请到导服台重新签到。" * 12))
    h_short = float(re.findall(r"[\d.]+", pdf_info(tmp_path, short)["Page size"])[1])
    h_long = float(re.findall(r"[\d.]+", pdf_info(tmp_path, long)["Page size"])[1])
    assert h_long > h_short + 30
    assert "导服台重新签到" in pdf_text(tmp_path, long)


@needs_tools
def test_ticket_without_estimate_says_so(tmp_path: Path) -> None:
    pdf = render_ticket_slip(replace(samples.sample_ticket(), est_wait_minutes=None))
    assert "暂无法估算" in pdf_text(tmp_path, pdf)


@needs_tools
def test_ticket_barcodes_decode(tmp_path: Path) -> None:
    data = samples.sample_ticket()
    assert decoded(tmp_path, render_ticket_slip(data)) == {data.barcode_value, data.qr_value}


@needs_tools
def test_receipt_shows_case_and_materials(tmp_path: Path) -> None:
    data = samples.sample_receipt(6)
    pdf = render_receipt(data)
    text = pdf_text(tmp_path, pdf)
    for field in (
        "受理通知书",
        "上城政务受〔2026〕第00012号",
        data.case_no,
        "个体工商户设立登记",
        "张*明",
        "3301**********1234",
        "2026年11月23日",
        "2026年11月26日",
        "12号窗口",
        "王*丽",
        "受理专用章",
        "收取材料清单",
        "原件及复印件",
        "第1页",
    ):
        assert field in squeezed(text), field
    raw = squeezed(pdf_text(tmp_path, pdf, "-raw"))
    for material in data.materials:
        assert squeezed(material.name) in raw
    assert squeezed(data.progress_how) in raw
    assert squeezed(data.pickup_how) in raw


@needs_tools
def test_receipt_barcodes_decode(tmp_path: Path) -> None:
    data = samples.sample_receipt(12)
    assert decoded(tmp_path, render_receipt(data)) == {data.case_no, data.progress_qr}


@needs_tools
def test_receipt_prints_only_the_masked_identity(tmp_path: Path) -> None:
    data = replace(samples.sample_receipt(), applicant_id="1101**********0019", applicant_phone="139****0000")
    text = pdf_text(tmp_path, render_receipt(data))
    assert "1101**********0019" in text
    assert "139****0000" in text
    assert FULL_ID.search(squeezed(text)) is None


@needs_tools
def test_receipt_footer_counts_pages(tmp_path: Path) -> None:
    pdf = render_receipt(samples.sample_receipt(12))
    pages = int(pdf_info(tmp_path, pdf)["Pages"])
    text = pdf_text(tmp_path, pdf)
    assert pages >= 2
    for page in range(1, pages + 1):
        assert f"第{page}页共{pages}页" in squeezed(text)


FIFTEEN_GAPS = (
    "登记申请书",
    "身份证明",
    "租赁合同",
    "产权证明",
    "健康证明",
    "平面布局图",
    "设备清单",
    "管理制度",
    "委托书",
    "营业执照",
    "消防意见",
    "环评批复",
    "卫生许可",
    "授权书",
    "承诺书",
)


@needs_tools
def test_supplement_notice_lists_every_one_of_15_items(tmp_path: Path) -> None:
    items = tuple(
        SupplementItem(f"{name}{i:02d}", "缺少" if i % 2 else "不符合要求", f"原因说明{i:02d}", f"请携带{name}原件{i:02d}")
        for i, name in enumerate(FIFTEEN_GAPS, start=1)
    )
    data = replace(samples.sample_supplement_notice(), items=items)
    pdf = render_supplement_notice(data)
    raw = squeezed(pdf_text(tmp_path, pdf, "-raw"))
    for item in items:
        assert item.name in raw
        assert item.reason in raw
        assert item.what_to_bring in raw
    text = pdf_text(tmp_path, pdf)
    for field in ("材料补正通知书", "共15项", "2026年12月7日", "第三十二条", "一次告知", "受理专用章", "12号窗口"):
        assert field in squeezed(text), field
    assert data.notice_code in decoded(tmp_path, pdf)


@needs_tools
def test_supplement_notice_barcodes_decode(tmp_path: Path) -> None:
    data = samples.sample_supplement_notice()
    assert decoded(tmp_path, render_supplement_notice(data)) == {data.notice_code, data.qr_value}


@needs_tools
def test_commitment_lists_owed_materials_dates_and_signatures(tmp_path: Path) -> None:
    data = samples.sample_commitment()
    pdf = render_commitment(data)
    text = pdf_text(tmp_path, pdf)
    for field in (
        "容缺受理承诺书",
        "从业人员健康证明",
        "2026年11月30日",
        "2026年12月4日",
        "申请人（或代理人）（签字）",
        "受理人（签字）",
        "承诺在2026年12月4日前",
        "视为撤回申请",
    ):
        assert field in squeezed(text), field
    assert decoded(tmp_path, pdf) == {data.case_no, data.progress_qr}


@needs_tools
def test_refusal_notice_states_reason_basis_and_appeal_rights(tmp_path: Path) -> None:
    data = samples.sample_refusal_notice()
    pdf = render_refusal_notice(data)
    raw = squeezed(pdf_text(tmp_path, pdf, "-raw"))
    for field in (
        "不予受理决定通知书",
        squeezed(data.reason),
        squeezed(data.legal_basis),
        "六十日内向杭州市上城区人民政府申请行政复议",
        "六个月内向杭州市上城区人民法院提起行政诉讼",
        "受理专用章",
        "3301**********567X",
    ):
        assert field in raw, field
    assert decoded(tmp_path, pdf) == {data.case_no, data.qr_value}


@needs_tools
def test_refusal_without_case_number_has_no_code128(tmp_path: Path) -> None:
    data = replace(samples.sample_refusal_notice(), case_no="")
    assert decoded(tmp_path, render_refusal_notice(data)) == {data.qr_value}


@needs_tools
def test_sample_guide_lists_every_material_of_the_situation(tmp_path: Path) -> None:
    data = samples.sample_guide()
    pdf = render_guide(data)
    raw = squeezed(pdf_text(tmp_path, pdf, "-raw"))
    assert data.matter.name == "个体工商户设立登记"
    for material in data.situation.materials:
        assert squeezed(material.name) in raw, material.name
    for condition in data.matter.conditions:
        assert squeezed(condition) in raw
    for basis in data.matter.legal_basis:
        assert squeezed(basis) in raw
    for category in data.category_names:
        assert category in raw
    assert data.qr_value in decoded(tmp_path, pdf)


def _long_guide(count: int) -> GuideData:
    materials = tuple(
        _material(
            f"M{i:02d}",
            f"申请材料第{i:02d}号",
            necessity=Necessity.CONDITIONAL if i % 3 == 0 else Necessity.REQUIRED,
            condition="涉及前置审批的" if i % 3 == 0 else "",
            may_be_missing=i % 4 == 0,
            source=MaterialSource.GOVERNMENT,
            source_detail="户籍所在地派出所",
            acceptance_standard=f"受理标准{i:02d}：内容完整、签章清晰、在有效期内，复印件与原件一致",
        )
        for i in range(1, count + 1)
    )
    situation = Situation("S1", "本人办理", "申请人本人到窗口办理", materials)
    matter = Matter(
        code="330102-QT-0001-00",
        name="测试长清单事项",
        department="D1",
        type="公共服务",
        legal_limit_days=20,
        promised_limit_days=5,
        fees="不收费",
        conditions=("申请人具有完全民事行为能力",),
        legal_basis=("《某某条例》第三条",),
        result="批准文件",
        pickup="窗口领取或邮寄",
        situations=(situation,),
    )
    return GuideData("某某区政务服务中心", matter, situation, "某某区某某局", ("综合受理",), date(2026, 11, 23))


@needs_tools
def test_long_guide_flows_onto_more_pages_with_every_material(tmp_path: Path) -> None:
    data = _long_guide(40)
    pdf = render_guide(data)
    pages = int(pdf_info(tmp_path, pdf)["Pages"])
    assert pages >= 3
    raw = squeezed(pdf_text(tmp_path, pdf, "-raw"))
    for material in data.situation.materials:
        assert material.name in raw
        assert squeezed(material.acceptance_standard) in raw
    text = pdf_text(tmp_path, pdf)
    assert text.count("受理标准") >= pages  # header row repeated on every page of the table
    for label in ("情形必要：涉及前置审批的", "可容缺", "政府部门核发（户籍所在地派出所）", "复印件", "纸质"):
        assert label in raw, label


@needs_tools
def test_guide_key_fields_extract_with_layout(tmp_path: Path) -> None:
    text = pdf_text(tmp_path, render_guide(_long_guide(3)))
    for field in (
        "办事指南（一次性告知单）",
        "测试长清单事项",
        "某某区某某局",
        "20个工作日",
        "5个工作日",
        "不收费",
        "批准文件",
        "“综合受理”",
    ):
        assert field in text, field


@needs_tools
def test_write_samples_writes_every_document(tmp_path: Path) -> None:
    paths = samples.write_samples(tmp_path / "out")
    assert sorted(p.name for p in paths) == sorted(
        ["ticket.pdf", "receipt.pdf", "supplement-notice.pdf", "commitment.pdf", "refusal-notice.pdf", "guide.pdf"]
    )
    for path in paths:
        assert path.read_bytes().startswith(b"%PDF")
        assert int(pdf_info(tmp_path, path.read_bytes())["Pages"]) >= 1


@needs_tools
def test_documents_render_correctly_from_several_threads(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    numbers = [f"B{i:03d}" for i in range(1, 7)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        pdfs = list(pool.map(lambda n: render_ticket_slip(replace(samples.sample_ticket(), ticket_no=n)), numbers))
    for number, pdf in zip(numbers, pdfs, strict=True):
        text = pdf_text(tmp_path, pdf)
        assert number in text
        assert "市场主体登记" in text
