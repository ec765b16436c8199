"""排队小票: the 80 mm thermal slip printed at 取号, its height fitted to the content."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from printing.barcodes import Code128Flowable, QrFlowable
from printing.fonts import CJK, LATIN_BOLD, markup, register_fonts, render_lock
from printing.viewdata import TicketSlipData

SLIP_WIDTH = 80 * mm
SIDE = 4 * mm
TOP = 5 * mm
BOTTOM = 8 * mm  # room for the cutter
CONTENT = SLIP_WIDTH - 2 * SIDE


def _style(size: float, *, align: int = TA_CENTER, leading: float | None = None) -> ParagraphStyle:
    return ParagraphStyle(
        f"slip-{size}-{align}",
        fontName=CJK,
        fontSize=size,
        leading=leading or size * 1.4,
        alignment=align,
        wordWrap="CJK",
    )


class _Rule(Flowable):  # type: ignore[misc]
    """A dashed separator across the slip."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 4 * mm

    def draw(self) -> None:
        self.canv.setDash(2, 2)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 2 * mm, self.width, 2 * mm)


class _Centred(Flowable):  # type: ignore[misc]
    """Centres a fixed-size flowable (barcode, QR) on the slip."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        _w, h = self.inner.wrap(avail_width, avail_height)
        return avail_width, h

    def draw(self) -> None:
        self.inner.drawOn(self.canv, (self.avail - self.inner.width) / 2, 0)


def _wait_text(minutes: int | None) -> str:
    return "预计等候：暂无法估算" if minutes is None else f"预计等候：约 {minutes} 分钟"


def _story(data: TicketSlipData) -> list[Any]:
    number_style = _style(40, leading=46)
    number = f'<font face="{LATIN_BOLD}">{markup(data.ticket_no, LATIN_BOLD)}</font>'
    return [
        Paragraph(markup(data.hall_name), _style(12)),
        Paragraph(markup("排队小票"), _style(9.5)),
        _Rule(),
        Paragraph(markup(data.category_name), _style(13)),
        Spacer(1, 1 * mm),
        Paragraph(number, number_style),
        Spacer(1, 1 * mm),
        Paragraph(markup(f"您前面还有 {data.people_ahead} 人等候"), _style(12)),
        Paragraph(markup(_wait_text(data.est_wait_minutes)), _style(10.5)),
        Paragraph(markup(f"取号时间：{data.taken_at:%Y-%m-%d %H:%M}"), _style(10.5)),
        _Rule(),
        Paragraph(markup(f"过号处理说明：{data.policy_text}"), _style(9, align=0)),
        Spacer(1, 2 * mm),
        _Centred(Code128Flowable(data.barcode_value, height=10 * mm, max_width=CONTENT)),
        Spacer(1, 2 * mm),
        _Centred(QrFlowable(data.qr_value, 26 * mm)),
        Paragraph(markup("扫码查看排队进度"), _style(8.5)),
        Paragraph(markup("请留意叫号屏和语音提示，凭本票到指定窗口办理。"), _style(8.5)),
    ]


def render_ticket_slip(data: TicketSlipData) -> bytes:
    """The slip as a one-page PDF, 80 mm wide and exactly as tall as its content."""
    register_fonts()
    with render_lock:
        return _render(data)


def _render(data: TicketSlipData) -> bytes:
    story = _story(data)
    heights = [f.wrap(CONTENT, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story]
    page_height = TOP + sum(heights) + BOTTOM
    out = BytesIO()
    canvas = Canvas(out, pagesize=(SLIP_WIDTH, page_height), pageCompression=1, initialFontName=CJK)
    canvas.setTitle(f"排队小票 {data.ticket_no}")
    canvas.setAuthor(data.hall_name)
    canvas.setCreator("一窗通")
    y = page_height - TOP
    for flowable, height in zip(story, heights, strict=True):
        y -= height
        flowable.drawOn(canvas, SIDE, y + flowable.getSpaceAfter())
    canvas.showPage()
    canvas.save()
    return out.getvalue()
