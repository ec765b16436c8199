"""Code128 and QR codes drawn straight onto a reportlab canvas.

Code128 comes from python-barcode's module pattern (start, data, checksum, stop),
drawn as filled bars with a quiet zone; QR comes from reportlab's QR encoder
(:class:`QrCodeWidget`), drawn as one filled path per code. Both decode with zbar
from a 200 dpi rendering.
"""

from __future__ import annotations

from itertools import groupby

from barcode import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from printing.fonts import draw_centred

QUIET_MODULES = 10  # Code128 needs at least 10 modules of white on each side
QR_BORDER = 4  # QR needs a 4-module quiet zone
QR_MASK = 2  # fixed mask pattern (vertical stripes of period 3): see qr_matrix
TEXT_GAP = 1.2 * mm


def code128_modules(value: str) -> str:
    """The bar pattern of ``value`` as '1' (bar) and '0' (space) modules."""
    if not value:
        raise ValueError("条码内容不能为空")
    pattern: str = Code128(value).build()[0]
    return pattern


def code128_width(value: str, module: float) -> float:
    """Total width including both quiet zones, for a given module width."""
    return (len(code128_modules(value)) + 2 * QUIET_MODULES) * module


def draw_code128(
    canvas: Canvas,
    value: str,
    x: float,
    y: float,
    *,
    module: float = 0.33 * mm,
    height: float = 12 * mm,
    text_size: float = 8,
    show_text: bool = True,
) -> float:
    """Draw ``value`` with its lower-left corner (quiet zone included) at (x, y).

    The human-readable text sits under the bars; returns the total height used.
    """
    pattern = code128_modules(value)
    bar_y = y + (text_size + TEXT_GAP if show_text else 0)
    rects = []
    pos = QUIET_MODULES
    for bit, run in groupby(pattern):
        count = len(list(run))
        if bit == "1":
            rects.append((x + pos * module, bar_y, count * module, height))
        pos += count
    canvas.saveState()
    _fill_rects(canvas, rects)
    if show_text:
        total = (len(pattern) + 2 * QUIET_MODULES) * module
        draw_centred(canvas, x + total / 2, y + 0.2 * text_size, value, text_size)
    canvas.restoreState()
    return bar_y - y + height


def qr_matrix(value: str, level: str = "M", mask: int | None = QR_MASK) -> list[list[bool]]:
    """The dark/light modules of the QR code for ``value`` (no border).

    ``mask=None`` scores all eight mask patterns as the standard suggests; that
    scoring is pure Python and took 12 ms of every document, while any of the
    eight masks is a valid code that every reader must accept.
    """
    encoder = QrCodeWidget(value, barLevel=level).qr
    if mask is None:
        encoder.make()
    else:
        if encoder.version is None:
            encoder.version = encoder.calculate_version()
        encoder.makeImpl(False, mask)
    return [[bool(cell) for cell in row] for row in encoder.modules]


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float, level: str = "M") -> None:
    """Draw the QR code of ``value`` as a ``size`` square (quiet zone inside) at (x, y)."""
    matrix = qr_matrix(value, level)
    box = size / (len(matrix) + 2 * QR_BORDER)
    top = y + size - QR_BORDER * box
    rects = []
    for r, row in enumerate(matrix):
        c = 0
        for dark, run in groupby(row):
            count = len(list(run))
            if dark:
                rects.append((x + (QR_BORDER + c) * box, top - (r + 1) * box, count * box, box))
            c += count
    _fill_rects(canvas, rects)


def _fill_rects(canvas: Canvas, rects: list[tuple[float, float, float, float]]) -> None:
    """Fill black rectangles as one literal path.

    reportlab's path API formats every number in pure Python (no rl_accel here);
    a QR code has hundreds of runs, so the operators are written directly, to
    1/1000 pt, far finer than any printer dot.
    """
    ops = "".join(f"{x:.3f} {y:.3f} {w:.3f} {h:.3f} re\n" for x, y, w, h in rects)
    canvas.addLiteral(f"q 0 g\n{ops}f Q")


class Code128Flowable(Flowable):  # type: ignore[misc]
    """Code128 for platypus stories: shrinks the module to fit the available width."""

    def __init__(self, value: str, *, module: float = 0.33 * mm, height: float = 11 * mm, max_width: float = 0) -> None:
        super().__init__()
        self.value = value
        self.bar_height = height
        modules = len(code128_modules(value)) + 2 * QUIET_MODULES
        self.module = min(module, max_width / modules) if max_width else module
        self.width = modules * self.module
        self.height = height + 8 + TEXT_GAP

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_code128(self.canv, self.value, 0, 0, module=self.module, height=self.bar_height)


class QrFlowable(Flowable):  # type: ignore[misc]
    """A QR code square for platypus stories."""

    def __init__(self, value: str, size: float = 26 * mm) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_qr(self.canv, self.value, 0, 0, self.width)
