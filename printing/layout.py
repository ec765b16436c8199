"""The A4 form every 受理文书 shares: header, title block, tables, seal box, footer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from printing.barcodes import Code128Flowable, QrFlowable
from printing.fonts import CJK, draw_centred, draw_right, draw_string, markup, register_fonts, render_lock, string_width

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
GRID = 0.6


@dataclass(frozen=True)
class DocumentHead:
    """What the running header and the title block show."""

    hall_name: str
    title: str
    document_no: str
    issued_on: date


def cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _style(name: str, size: float, *, leading: float | None = None, align: int = TA_LEFT, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=CJK, fontSize=size, leading=leading or size * 1.55, alignment=align, wordWrap="CJK", **kw
    )


BODY = _style("body", 11, leading=16.5)
BODY_INDENT = _style("body-indent", 11, leading=16.5, firstLineIndent=22)
CELL = _style("cell", 10.5, leading=14.5)
CELL_CENTRE = _style("cell-centre", 10.5, leading=14.5, align=TA_CENTER)
HEAD_CELL = _style("head-cell", 10.5, leading=14.5, align=TA_CENTER)
CELL_SMALL = _style("cell-small", 9.5, leading=13)
HEAD_SMALL = _style("head-small", 9.5, leading=13, align=TA_CENTER)
SMALL = _style("small", 9, leading=13)
SECTION = _style("section", 12.5, leading=17, spaceBefore=6, spaceAfter=3)
CENTRE = _style("centre", 11.5, align=TA_CENTER)


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text (escaped, mixed CJK/Latin fonts)."""
    return Paragraph(markup(text), style)


class CellText(Flowable):  # type: ignore[misc]
    """Table cell text: drawn as one cheap line when it fits, wrapped as a Paragraph when not.

    Most cells (份数, 原件, a date) are short; a Paragraph per cell would triple the
    time to lay out a receipt.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._line_width = string_width(text, style.fontSize)
        self._paragraph: Paragraph | None = None
        self._avail = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        if self._line_width <= avail_width and "\n" not in self.text:
            self._paragraph = None
            return avail_width, self.style.leading
        self._paragraph = Paragraph(markup(self.text), self.style)
        width, height = self._paragraph.wrap(avail_width, avail_height)
        return width, height

    def draw(self) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        x = 0.0
        if self.style.alignment == TA_CENTER:
            x = (self._avail - self._line_width) / 2
        baseline = self.style.leading - self.style.fontSize * 1.02
        draw_string(self.canv, x, max(baseline, 0.0), self.text, self.style.fontSize)


def section(text: str) -> Paragraph:
    """A numbered section heading such as 一、申请材料."""
    return Paragraph(markup(text), SECTION)


class TitleBlock(Flowable):  # type: ignore[misc]
    """Hall name, the document title (faux bold) and the document number, centred."""

    def __init__(self, head: DocumentHead) -> None:
        super().__init__()
        self.head = head
        self.width = CONTENT_WIDTH
        self.height = 28 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        mid = self.width / 2
        draw_centred(c, mid, self.height - 4 * mm, self.head.hall_name, 13)
        for offset in (0.0, 0.45):  # double strike: the CJK font has no bold face
            draw_centred(c, mid + offset, self.height - 15.5 * mm, self.head.title, 21)
        draw_centred(c, mid, self.height - 24 * mm, self.head.document_no, 11.5)


class SealBox(Flowable):  # type: ignore[misc]
    """The place for the office seal: hall name and date, with a dashed stamp area."""

    def __init__(self, hall_name: str, day: date, seal_label: str = "（受理专用章）") -> None:
        super().__init__()
        self.hall_name = hall_name
        self.day = day
        self.seal_label = seal_label
        self.height = 52 * mm
        self.width = CONTENT_WIDTH

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        centre_x = self.width - 28 * mm
        radius = 25 * mm
        centre_y = self.height / 2
        c.saveState()
        c.setDash(3, 2)
        c.setLineWidth(0.6)
        c.circle(centre_x, centre_y, radius, stroke=1, fill=0)
        c.restoreState()
        draw_centred(c, centre_x, centre_y + 4 * mm, self.hall_name, 10)
        draw_centred(c, centre_x, centre_y - 3 * mm, self.seal_label, 10.5)
        draw_centred(c, centre_x, centre_y - 11 * mm, cn_date(self.day), 11.5)


def beside_seal(left: list[Any], seal: SealBox) -> Table:
    """Closing text on the left and the seal on the right, so the seal stays on the page."""
    table = Table([[left, seal]], colWidths=[CONTENT_WIDTH - 58 * mm, 58 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), CJK),
                ("VALIGN", (0, 0), (0, 0), "TOP"),
                ("VALIGN", (1, 0), (1, 0), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


class SignatureLine(Flowable):  # type: ignore[misc]
    """``label：________  日期：____年__月__日`` for a handwritten signature."""

    def __init__(self, label: str, *, with_date: bool = True) -> None:
        super().__init__()
        self.label = label
        self.with_date = with_date
        self.height = 14 * mm
        self.width = CONTENT_WIDTH

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        y = 3 * mm
        end = draw_string(c, 0, y, self.label + "（签字）：", 11.5)
        c.setLineWidth(0.6)
        line_end = self.width - 68 * mm if self.with_date else self.width
        c.line(end, y - 1.5, line_end, y - 1.5)
        if self.with_date:
            draw_string(c, self.width - 62 * mm, y, "日期：", 11.5)
            draw_right(c, self.width, y, "年　　　月　　　日", 11.5)


def grid_style(header_rows: int = 1, extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), CJK),  # string cells, even empty ones, else Helvetica
        ("GRID", (0, 0), (-1, -1), GRID, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.92, 0.92, 0.92)))
    commands.extend(extra)
    return TableStyle(commands)


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_mm: Sequence[float],
    cell: ParagraphStyle = CELL,
    head: ParagraphStyle = HEAD_CELL,
    centred: Sequence[int] = (0,),
) -> Table:
    """A ruled table with a repeated header row; cells wrap and rows flow across pages.

    ``centred`` lists the columns (serial number, copies …) whose text is centred.
    """
    total = sum(widths_mm)
    widths = [w / total * CONTENT_WIDTH for w in widths_mm]
    centre = ParagraphStyle(f"{cell.name}-centre", parent=cell, alignment=TA_CENTER)
    body = [[CellText(h, head) for h in headers]]
    body += [[CellText(value, centre if i in centred else cell) for i, value in enumerate(row)] for row in rows]
    table = Table(body, colWidths=widths, repeatRows=1, splitByRow=1)
    table.setStyle(grid_style())
    return table


def info_table(pairs: Sequence[tuple[str, str]], label_mm: float = 26) -> Table:
    """Label/value pairs, two pairs per row; a long value takes the whole row."""
    label_w = label_mm * mm
    value_w = CONTENT_WIDTH / 2 - label_w
    rows: list[list[Any]] = []
    spans: list[tuple[Any, ...]] = []
    pending: list[Any] = []
    for label, value in pairs:
        cells = [CellText(label, CELL_CENTRE), CellText(value, CELL)]
        if string_width(value, 10.5) > value_w - 10:
            if pending:
                rows.append([*pending, "", ""])
                pending = []
            rows.append([cells[0], cells[1], "", ""])
            spans.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
        else:
            pending += cells
            if len(pending) == 4:
                rows.append(pending)
                pending = []
    if pending:
        rows.append([*pending, "", ""])
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(grid_style(0, spans))
    return table


def case_codes(case_label: str, case_no: str, qr_value: str, qr_caption: str = "扫码查询办理进度") -> Table:
    """Case number as text + Code128 on the left, the progress QR on the right."""
    left: list[Any] = []
    if case_no:
        left = [para(f"{case_label}：{case_no}", BODY), Spacer(1, 2 * mm), Code128Flowable(case_no, max_width=105 * mm)]
    return codes_row(left, qr_value, qr_caption)


def codes_row(left: list[Any], qr_value: str, qr_caption: str) -> Table:
    """Any content on the left, a captioned QR code on the right."""
    right: list[Any] = []
    if qr_value:
        right = [QrFlowable(qr_value, 23 * mm), para(qr_caption, _style("qr-caption", 8.5, align=TA_CENTER))]
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH - 34 * mm, 34 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), CJK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end so the footer can say 第 x 页 共 y 页."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            page = self.getPageNumber()
            draw_centred(self, PAGE_WIDTH / 2, 11 * mm, f"第 {page} 页　共 {total} 页", 9)
            super().showPage()
        super().save()


def _running_header(head: DocumentHead) -> Any:
    def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        y = PAGE_HEIGHT - 13 * mm
        canvas.saveState()
        draw_string(canvas, MARGIN_X, y, f"{head.hall_name}　{head.title}", 9)
        draw_right(canvas, PAGE_WIDTH - MARGIN_X, y, f"{head.document_no}　{cn_date(head.issued_on)}", 9)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 2.5 * mm, PAGE_WIDTH - MARGIN_X, y - 2.5 * mm)
        canvas.line(MARGIN_X, 15 * mm, PAGE_WIDTH - MARGIN_X, 15 * mm)
        canvas.restoreState()

    return draw


def _no_orphan_headings(story: list[Any]) -> list[Any]:
    """A section heading starts a new page unless 30 mm of its content fit under it.

    (keepWithNext would instead push a whole long table to the next page.)
    """
    out: list[Any] = []
    for flowable in story:
        if isinstance(flowable, Paragraph) and flowable.style is SECTION:
            out.append(CondPageBreak(30 * mm))
        out.append(flowable)
    return out


def build_a4(head: DocumentHead, story: list[Any]) -> bytes:
    """Lay out ``story`` under the title block on A4 pages and return the PDF."""
    register_fonts()
    out = BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=head.title,
        author=head.hall_name,
        subject=head.document_no,
        creator="一窗通",
        initialFontName=CJK,  # else every page names a non-embedded Helvetica
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body")
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=_running_header(head))])
    with render_lock:
        doc.build([TitleBlock(head), Spacer(1, 3 * mm), *_no_orphan_headings(story)], canvasmaker=_NumberedCanvas)
    return out.getvalue()
