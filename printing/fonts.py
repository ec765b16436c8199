"""Fonts embedded in every printed document.

The bundled Droid Sans Fallback covers CJK but has no Latin letters or digits, so
text is split into runs: CJK glyphs from ``CJK``, everything else from Bitstream
Vera (shipped inside reportlab). Both are TrueType, embedded and subset; the
non-embedded ``STSong-Light`` CID font is never used.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.paths import resource_path

CJK = "CJK"
LATIN = "Latin"
LATIN_BOLD = "Latin-Bold"

_lock = threading.Lock()
_registered = False

# reportlab keeps per-document font state in shared TTFont objects: documents are
# rendered one at a time even when several worker threads print.
render_lock = threading.Lock()


def register_fonts() -> None:
    """Register the document fonts with reportlab once per process."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        # Binary (Flate only) streams: ASCII85 is pure Python here and cost a
        # fifth of the time of a receipt; nothing needs 7-bit-clean PDFs.
        rl_config.useA85 = 0
        path = resource_path("fonts", "DroidSansFallbackFull.ttf")
        pdfmetrics.registerFont(TTFont(CJK, str(path)))
        pdfmetrics.registerFont(TTFont(LATIN, "Vera.ttf"))
        pdfmetrics.registerFont(TTFont(LATIN_BOLD, "VeraBd.ttf"))
        pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
        _registered = True


def _cjk_chars() -> dict[int, int]:
    font = pdfmetrics.getFont(CJK)
    assert isinstance(font, TTFont)
    mapping: dict[int, int] = font.face.charToGlyph
    return mapping


@lru_cache(maxsize=4096)
def _has_cjk_glyph(char: str) -> bool:
    return ord(char) in _cjk_chars()


def font_runs(text: str, latin: str = LATIN) -> Iterator[tuple[str, str]]:
    """Split ``text`` into (font name, run) pairs so every glyph exists in its font."""
    register_fonts()
    start = 0
    current = ""
    for i, char in enumerate(text):
        font = CJK if _has_cjk_glyph(char) else latin
        if font != current and i > start:
            yield current, text[start:i]
            start = i
        current = font
    if start < len(text):
        yield current, text[start:]


def markup(text: str, latin: str = LATIN) -> str:
    """Paragraph markup for plain ``text`` (escaped) with the right font per run."""
    parts = []
    for font, run in font_runs(text, latin):
        escaped = escape(run).replace("\n", "<br/>")
        parts.append(escaped if font == CJK else f'<font face="{font}">{escaped}</font>')
    return "".join(parts)


def string_width(text: str, size: float, latin: str = LATIN) -> float:
    """Width in points of ``text`` drawn with :func:`draw_string`."""
    return float(sum(pdfmetrics.stringWidth(run, font, size) for font, run in font_runs(text, latin)))


def draw_string(canvas: Canvas, x: float, y: float, text: str, size: float, latin: str = LATIN) -> float:
    """Draw ``text`` left-aligned at (x, y) on a reportlab canvas; return the end x."""
    text_object = canvas.beginText(x, y)
    for font, run in font_runs(text, latin):
        text_object.setFont(font, size)
        text_object.textOut(run)
        x += pdfmetrics.stringWidth(run, font, size)
    canvas.drawText(text_object)
    return x


def draw_centred(canvas: Canvas, x: float, y: float, text: str, size: float, latin: str = LATIN) -> None:
    """Draw ``text`` centred on x."""
    draw_string(canvas, x - string_width(text, size, latin) / 2, y, text, size, latin)


def draw_right(canvas: Canvas, x: float, y: float, text: str, size: float, latin: str = LATIN) -> None:
    """Draw ``text`` ending at x."""
    draw_string(canvas, x - string_width(text, size, latin), y, text, size, latin)
