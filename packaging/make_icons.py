"""Render resources/icons/yichuang.svg to the PNG (Linux, Qt window icon) and ICO (Windows).

    python packaging/make_icons.py

The outputs are committed; run this again only after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "yichuang.svg")).render(painter)
    painter.end()
    if not image.save(str(target)):
        raise RuntimeError(f"could not write {target}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QImage painting needs one)
    render(256, ICONS / "yichuang.png")
    from PIL import Image

    Image.open(ICONS / "yichuang.png").save(ICONS / "yichuang.ico", sizes=[(s, s) for s in SIZES])
    print(ICONS / "yichuang.png", ICONS / "yichuang.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
