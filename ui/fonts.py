"""Register the bundled CJK font with Qt, so Chinese renders on PCs with no CJK font."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resource_path

log = logging.getLogger(__name__)

CJK_FONT_FILE = ("fonts", "DroidSansFallbackFull.ttf")
_family: str | None = None


def register_cjk_font() -> str:
    """Add the bundled font once; returns its family name ("" if it could not be loaded)."""
    global _family
    if _family is not None:
        return _family
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*CJK_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    _family = families[0] if families else ""
    if not _family:
        log.error("bundled CJK font could not be loaded: Chinese may show as boxes")
    return _family


def apply_default_font(app: QApplication, point_size: float = 11.0) -> None:
    """Latin glyphs from the platform's sans font, Chinese from the bundled one."""
    family = register_cjk_font()
    font = QFont(app.font())
    families = [font.family(), family] if family else [font.family()]
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    app.setFont(font)
