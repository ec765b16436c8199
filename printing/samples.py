"""One realistic PDF of every document (``yichuang print-samples DIR``).

The view data below is what the intake and queue services produce for a typical
个体工商户设立登记 at a district hall; personal data is masked as it would be.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from app.catalog.loader import default_catalog_path, load_catalog
from app.catalog.model import Catalog, Matter, Situation
from printing.commitment import render_commitment
from printing.guide import render_guide
from printing.receipt import render_receipt
from printing.refusal import render_refusal_notice
from printing.supplement import render_supplement_notice
from printing.ticket import render_ticket_slip
from printing.viewdata import (
    CommitmentData,
    GuideData,
    OwedMaterial,
    ReceiptData,
    ReceivedMaterial,
    RefusalNoticeData,
    SupplementItem,
    SupplementNoticeData,
    TicketSlipData,
)

HALL = "杭州市上城区政务服务中心"
HALL_ADDRESS = "杭州市上城区市民街200号 市民中心B座二楼"
WINDOW = "综合受理区 12号窗口"
CLERK = "王*丽（工号 SC0125）"
APPLICANT = "张*明"
APPLICANT_ID = "3301**********1234"
PHONE = "138****5678"
CASE_NO = "SC01-20261123-0012"
TODAY = date(2026, 11, 23)
PROGRESS_URL = "https://zwfw.hangzhou.example.gov.cn/bj/SC01-20261123-0012"
MATTER = "个体工商户设立登记"
MATTER_CODE = "330102-XK-0031-00"
SITUATION = "本人办理（新办）"
PICKUP_PLACE = "上城区市民中心B座二楼 统一出件窗口（28号窗口）"

RECEIPT_MATERIALS: tuple[ReceivedMaterial, ...] = (
    ReceivedMaterial("个体工商户登记（备案）申请书", "原件", 1, "纸质"),
    ReceivedMaterial("经营者身份证明", "原件及复印件", 1, "纸质", "原件核验后退还"),
    ReceivedMaterial("经营场所使用证明（房屋租赁合同）", "复印件", 1, "纸质"),
    ReceivedMaterial("经营场所产权证明（不动产权证书）", "复印件", 1, "纸质"),
    ReceivedMaterial("委托书（委托代理人办理时提交）", "原件", 1, "纸质"),
    ReceivedMaterial("住所（经营场所）登记承诺书", "原件", 1, "电子", "浙里办在线签署"),
    ReceivedMaterial("食品经营许可申请书", "原件", 1, "纸质"),
    ReceivedMaterial("从业人员健康证明", "复印件", 2, "纸质"),
    ReceivedMaterial("经营场所平面布局图", "原件", 1, "纸质"),
    ReceivedMaterial("主要设备设施清单", "原件", 1, "纸质"),
    ReceivedMaterial("食品安全管理制度目录", "原件", 1, "电子"),
    ReceivedMaterial("营业执照（副本）", "复印件", 1, "纸质", "已办理的变更登记"),
)


def sample_ticket() -> TicketSlipData:
    return TicketSlipData(
        hall_name=HALL,
        ticket_no="A012",
        category_name="市场主体登记",
        people_ahead=5,
        est_wait_minutes=15,
        taken_at=datetime(2026, 11, 23, 9, 12),
        policy_text="叫号三次未到视为过号，过号后请到取号机旁导服台重新签到，将排在当前等候队列第三位；当日过号两次须重新取号。",
        barcode_value="A012-20261123-SC01",
        qr_value="https://zwfw.hangzhou.example.gov.cn/q/SC01/20261123/A012",
    )


def sample_receipt(material_count: int = 6) -> ReceiptData:
    materials = tuple(RECEIPT_MATERIALS[i % len(RECEIPT_MATERIALS)] for i in range(material_count))
    return ReceiptData(
        hall_name=HALL,
        document_no="上城政务受〔2026〕第00012号",
        window_name=WINDOW,
        clerk_name=CLERK,
        case_no=CASE_NO,
        progress_qr=PROGRESS_URL,
        matter_name=MATTER,
        matter_code=MATTER_CODE,
        situation_name=SITUATION,
        department_name="杭州市上城区市场监督管理局",
        applicant_name=APPLICANT,
        applicant_id=APPLICANT_ID,
        applicant_phone=PHONE,
        materials=materials,
        accepted_on=TODAY,
        promised_days=3,
        promised_on=date(2026, 11, 26),
        progress_how=f"可通过扫描本通知书二维码、登录“浙里办”输入办件编号 {CASE_NO}，或拨打政务服务热线 12345 查询办理进度。",
        pickup_how=f"办结后将以短信通知（{PHONE}）。可凭本通知书到{PICKUP_PLACE}领取，"
        "或选择免费邮寄送达（受理时已登记邮寄地址的）。",
    )


SUPPLEMENT_PROBLEMS: tuple[tuple[str, str, str, str], ...] = (
    (
        "经营场所使用证明（房屋租赁合同）",
        "不符合要求",
        "租赁合同未注明租赁期限，出租方未签字",
        "出租方签字并注明租赁期限的租赁合同原件",
    ),
    ("经营场所产权证明", "缺少", "未提交", "不动产权证书复印件（核验原件）"),
    ("经营者身份证明", "不符合要求", "身份证已过有效期", "有效期内的居民身份证原件"),
    ("从业人员健康证明", "缺少", "未提交", "全部从业人员有效期内的健康证明复印件"),
    ("经营场所平面布局图", "不符合要求", "未标明加工操作区域和设备位置", "标明各功能区域及设备位置的平面图"),
)


def sample_supplement_notice(item_count: int = 5) -> SupplementNoticeData:
    items = tuple(SupplementItem(*SUPPLEMENT_PROBLEMS[i % len(SUPPLEMENT_PROBLEMS)]) for i in range(item_count))
    return SupplementNoticeData(
        hall_name=HALL,
        document_no="上城政务补〔2026〕第00007号",
        window_name=WINDOW,
        clerk_name=CLERK,
        notice_code="BZ-SC01-20261123-0007",
        qr_value="https://zwfw.hangzhou.example.gov.cn/bz/BZ-SC01-20261123-0007",
        matter_name=MATTER,
        matter_code=MATTER_CODE,
        situation_name=SITUATION,
        applicant_name=APPLICANT,
        applicant_id=APPLICANT_ID,
        received_on=TODAY,
        items=items,
        deadline=date(2026, 12, 7),
        where_to_bring=f"{HALL}（{HALL_ADDRESS}）任一综合受理窗口",
        issued_on=TODAY,
    )


def sample_commitment() -> CommitmentData:
    return CommitmentData(
        hall_name=HALL,
        document_no="上城政务容〔2026〕第00003号",
        case_no=CASE_NO,
        progress_qr=PROGRESS_URL,
        matter_name=MATTER,
        situation_name=SITUATION,
        applicant_name=APPLICANT,
        applicant_id=APPLICANT_ID,
        window_name=WINDOW,
        clerk_name=CLERK,
        owed=(
            OwedMaterial("经营场所产权证明（不动产权证书）", "复印件", 1, date(2026, 11, 30)),
            OwedMaterial("从业人员健康证明", "复印件", 2, date(2026, 12, 4)),
        ),
        signed_on=TODAY,
        where_to_bring=f"{HALL}任一综合受理窗口",
    )


def sample_refusal_notice() -> RefusalNoticeData:
    return RefusalNoticeData(
        hall_name=HALL,
        document_no="上城政务不受〔2026〕第00002号",
        case_no="SC01-20261123-0015",
        qr_value="https://zwfw.hangzhou.example.gov.cn/ws/SC01-20261123-0015",
        matter_name="食品经营许可（新办）",
        matter_code="330102-XK-0112-00",
        applicant_name="李*华",
        applicant_id="3301**********567X",
        applied_on=TODAY,
        reason="申请的经营场所位于居民住宅楼内，且拟从事热食类食品制售，不符合食品经营场所选址要求，申请人不具备申请资格。",
        legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项；《食品经营许可和备案管理办法》第十二条。",
        review_body="杭州市上城区人民政府",
        court="杭州市上城区人民法院",
        window_name=WINDOW,
        clerk_name=CLERK,
        issued_on=TODAY,
    )


def _guide_subject(catalog: Catalog) -> tuple[Matter, Situation]:
    for matter in catalog.matters:
        if matter.name == MATTER and matter.situations:
            return matter, matter.situations[0]
    matter = catalog.matters[0]
    return matter, matter.situations[0]


def sample_guide() -> GuideData:
    catalog = load_catalog(default_catalog_path())
    matter, situation = _guide_subject(catalog)
    return GuideData(
        hall_name=HALL,
        matter=matter,
        situation=situation,
        department_name=catalog.department_name(matter.department),
        category_names=tuple(c.name for c in catalog.categories_for_matter(matter.code)),
        printed_on=TODAY,
        qr_value=f"https://zwfw.hangzhou.example.gov.cn/zn/{matter.code}",
        hall_address=HALL_ADDRESS,
    )


SAMPLES: dict[str, Callable[[], bytes]] = {
    "ticket.pdf": lambda: render_ticket_slip(sample_ticket()),
    "receipt.pdf": lambda: render_receipt(sample_receipt()),
    "supplement-notice.pdf": lambda: render_supplement_notice(sample_supplement_notice()),
    "commitment.pdf": lambda: render_commitment(sample_commitment()),
    "refusal-notice.pdf": lambda: render_refusal_notice(sample_refusal_notice()),
    "guide.pdf": lambda: render_guide(sample_guide()),
}


def sample_documents() -> dict[str, bytes]:
    """File name → PDF bytes for one sample of every document."""
    return {name: render() for name, render in SAMPLES.items()}


def write_samples(directory: Path | str) -> list[Path]:
    """Write every sample PDF into ``directory`` (created if needed); return the paths."""
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, pdf in sample_documents().items():
        path = target / name
        path.write_bytes(pdf)
        written.append(path)
    return written
