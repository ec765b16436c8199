"""Put the guide and progress pages on the kiosk's home screen.

The kiosk window (ui/kiosk/window.py) resets, restyles and reads aloud the screens
that are :class:`ui.kiosk.screens.KioskScreen`; :class:`PageScreen` adapts a page of
this package to that interface. The lead wires it with two lines in
``create_kiosk_window``: ``from ui.kiosk_guide.install import install`` and
``install(kiosk)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.errors import UserError
from ui.kiosk.screens import KioskScreen
from ui.kiosk.style import KioskLook
from ui.kiosk_guide.guide_page import KioskGuidePage
from ui.kiosk_guide.progress_page import KioskProgressPage

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow


class PageScreen(KioskScreen):
    """A guide or progress page as a kiosk screen (the window's own 朗读 button reads it)."""

    def __init__(self, page: KioskGuidePage | KioskProgressPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        page.header.read_button.setVisible(False)  # the kiosk's header has the 朗读 button
        page.homeRequested.connect(self.home.emit)
        inner = page.layout()
        if inner is not None:
            inner.setContentsMargins(0, 0, 0, 0)  # the kiosk window has its own margins
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(page)

    def spoken_text(self) -> str:
        return self.page.current_speech()

    def reset(self) -> None:
        self.page.reset()

    def apply_look(self, look: KioskLook, elderly: bool) -> None:
        self.page.set_elderly(elderly)

    def activate(self) -> None:
        if isinstance(self.page, KioskProgressPage):
            self.page.reset()  # a fresh question; the scan field takes the focus


def install(kiosk: KioskWindow) -> tuple[PageScreen, PageScreen]:
    """Add the 办事指南 and 进度查询 tiles to a kiosk window."""

    def take_ticket(category_code: str) -> None:
        try:
            taken = kiosk.queue.take_ticket(category_code)
        except UserError as err:
            kiosk.notice.setText(err.message)
            return
        kiosk.show_taken(taken)

    speak = kiosk.speaker.speak
    guide = PageScreen(KioskGuidePage(kiosk.station, kiosk.print_jobs, speak, take_ticket))
    progress = PageScreen(KioskProgressPage(kiosk.station, speak))
    kiosk.add_tile(QCoreApplication.translate("PageScreen", "办事指南"),
                   QCoreApplication.translate("PageScreen", "指", "the guide tile's one-character icon"), guide)
    kiosk.add_tile(QCoreApplication.translate("PageScreen", "进度查询"),
                   QCoreApplication.translate("PageScreen", "查", "the progress tile's one-character icon"), progress)
    return guide, progress
