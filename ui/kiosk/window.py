"""The kiosk (自助终端): a full-screen stack of touch screens around a home screen of tiles.

取号 and 预约签到 are built here; other features add theirs with
``kiosk.add_tile(title, icon_text, widget)`` (办事指南, 进度查询, 评价 …). The header has
长辈版 (elderly mode) and 朗读 (read the screen aloud). After ``kiosk_idle_seconds``
without a touch the kiosk returns home and forgets what was typed. The kiosk reaches no
clerk function: it only takes tickets and checks appointments in. With the shared hall
queue the server is asked off the UI thread (see ui/kiosk/screens.py).
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.queue import queue_for
from app.queue.service import TakenTicket
from app.station import Station
from ui.kiosk.screens import CheckInScreen, HomeScreen, KioskScreen, ResultScreen, TakeScreen, _button
from ui.kiosk.style import ELDERLY, NORMAL, stylesheet
from ui.listen import listen
from ui.print_jobs import PrintJobs
from ui.speech import Speaker

log = logging.getLogger(__name__)

OFFLINE_NOTICE = str(QT_TRANSLATE_NOOP("KioskWindow", "大厅排队系统暂时连接不上，暂停取号，请稍候再试或咨询导服人员。"))
RESULT_SECONDS = 30  # the result screen goes home sooner than the idle timeout
_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress, QEvent.Type.Wheel}


class _CurrentScreenStack(QStackedWidget):
    """As tall as the screen shown, not as its tallest screen: the home screen does not
    scroll because the guide's pages are long (QStackedLayout measures every page)."""

    def _current(self) -> QWidget | None:
        return self.currentWidget()

    def sizeHint(self) -> QSize:
        page = self._current()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self._current()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        page = self._current()
        return page.hasHeightForWidth() if page is not None else False

    def heightForWidth(self, width: int) -> int:
        page = self._current()
        if page is None:
            return -1
        return page.heightForWidth(width) if page.hasHeightForWidth() else page.minimumSizeHint().height()


class KioskWindow(QWidget):
    def __init__(self, station: Station, speaker: Speaker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.queue = queue_for(station)
        self._speaker = speaker
        self.elderly = station.config.elderly_mode_default
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("一窗通 · 自助终端 — {hall}").format(hall=station.config.hall_name))
        self.resize(900, 1100)
        self.print_jobs = PrintJobs(station, self)
        self.print_jobs.done.connect(self._printed)
        self.print_jobs.failed.connect(self._print_failed)
        self._build()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(station.config.kiosk_idle_seconds * 1000)
        self.idle.timeout.connect(self.go_home_and_clear)
        self.result_timer = QTimer(self)
        self.result_timer.setSingleShot(True)
        self.result_timer.setInterval(RESULT_SECONDS * 1000)
        self.result_timer.timeout.connect(self.go_home_and_clear)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        listen(station, self, self._on_changes)
        self.set_elderly(self.elderly)

    # -- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(32, 24, 32, 24)
        root.setSpacing(20)
        header = QHBoxLayout()
        hall = QLabel(self.station.config.hall_name)
        hall.setObjectName("kioskHall")
        self.elderly_button = _button(self.tr("长辈版"), "elderlyButton", secondary=True)
        self.elderly_button.setCheckable(True)
        self.elderly_button.toggled.connect(self.set_elderly)
        self.read_button = _button(self.tr("朗读"), "readAloudButton", secondary=True)
        self.read_button.clicked.connect(self.read_aloud)
        header.addWidget(hall, 1)
        header.addWidget(self.elderly_button)
        header.addWidget(self.read_button)
        root.addLayout(header)
        self.notice = QLabel("")
        self.notice.setObjectName("kioskMessage")
        self.notice.setWordWrap(True)
        root.addWidget(self.notice)
        self.stack = _CurrentScreenStack()
        # A screen taller than the kiosk's display (a landscape 1080 or 768 px panel, 长辈版,
        # a long English text) scrolls by touch instead of being cut off.
        self.screen_scroll = QScrollArea()
        self.screen_scroll.setObjectName("kioskScroll")
        self.screen_scroll.setWidgetResizable(True)
        self.screen_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.screen_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.screen_scroll.setWidget(self.stack)
        self.screen_scroll.setStyleSheet("QScrollArea#kioskScroll, QScrollArea#kioskScroll > QWidget > QWidget"
                                         " { background: transparent; }"
                                         " QScrollBar:vertical { width: 28px; }")  # a finger can hold it
        QScroller.grabGesture(self.screen_scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        root.addWidget(self.screen_scroll, 1)
        self.home = HomeScreen(self.station.config.hall_name)
        self.take_screen = TakeScreen(self.queue)
        self.checkin_screen = CheckInScreen(self.queue)
        self.result = ResultScreen()
        self.stack.addWidget(self.home)
        self.add_tile(self.tr("取号"), self.tr("号"), self.take_screen)
        self.add_tile(self.tr("预约签到"), self.tr("约"), self.checkin_screen)
        self.stack.addWidget(self.result)
        for screen in (self.take_screen, self.checkin_screen):
            screen.taken.connect(self.show_taken)
        self.result.home.connect(self.go_home_and_clear)
        self.result.reprint.connect(lambda doc_id: self.print_jobs.submit(doc_id, "ticket"))
        self.stack.currentChanged.connect(self._screen_changed)
        self._fit_current_screen()

    def add_tile(self, title: str, icon_text: str, widget: QWidget) -> QPushButton:
        """A tile on the home screen that opens ``widget`` (a KioskScreen gets 朗读, reset and 长辈版)."""
        self.stack.addWidget(widget)
        tile = self.home.add_tile(title, icon_text)
        tile.clicked.connect(lambda: self.show_screen(widget))
        if isinstance(widget, KioskScreen):
            widget.home.connect(self.go_home_and_clear)
            look = ELDERLY if self.elderly else NORMAL
            widget.apply_look(look, self.elderly)
        if hasattr(self, "screen_scroll"):  # a screen added after the window was built (the guide, ratings)
            self._fit_current_screen()
        return tile

    # -- navigation -----------------------------------------------------------------
    def show_screen(self, widget: QWidget) -> None:
        self.notice.setText("")
        self.stack.setCurrentWidget(widget)

    def _fit_current_screen(self) -> None:
        self.stack.updateGeometry()
        self.screen_scroll.verticalScrollBar().setValue(0)

    def _screen_changed(self, index: int) -> None:
        self._fit_current_screen()
        widget = self.stack.widget(index)
        if isinstance(widget, KioskScreen):
            widget.activate()
        self._show_hall_queue_state()
        if widget is not self.result:
            self.result_timer.stop()

    def go_home_and_clear(self) -> None:
        for i in range(self.stack.count()):
            widget = self.stack.widget(i)
            if isinstance(widget, KioskScreen):
                widget.reset()
        self.notice.setText("")
        if self.elderly != self.station.config.elderly_mode_default:
            self.elderly_button.setChecked(self.station.config.elderly_mode_default)
        self.stack.setCurrentWidget(self.home)

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    # -- 长辈版 and 朗读 ---------------------------------------------------------------
    def set_elderly(self, on: bool) -> None:
        self.elderly = on
        if self.elderly_button.isChecked() != on:
            self.elderly_button.setChecked(on)
        look = ELDERLY if on else NORMAL
        self.elderly_button.setText(self.tr("标准版") if on else self.tr("长辈版"))
        self.setStyleSheet(stylesheet(look, on))
        for i in range(self.stack.count()):
            widget = self.stack.widget(i)
            if isinstance(widget, KioskScreen):
                widget.apply_look(look, on)

    @property
    def speaker(self) -> Speaker:
        if self._speaker is None:
            from ui.speech import shared_speaker

            self._speaker = shared_speaker()
        return self._speaker

    def read_aloud(self) -> str:
        screen = self.current_screen()
        text = screen.spoken_text() if isinstance(screen, KioskScreen) else ""
        route = self.speaker.speak(text) if text else "silent"
        if route == "silent":
            self.notice.setText(self.tr("本机暂无普通话语音，如需帮助请联系导服人员。"))
        return text

    # -- tickets and printing ----------------------------------------------------------
    def show_taken(self, taken: TakenTicket) -> None:
        self.result.show_ticket(taken, self.queue.no_show_text())
        self.stack.setCurrentWidget(self.result)
        self.result_timer.start()
        self.print_jobs.submit(taken.slip_doc_id, "ticket")

    def _printed(self, doc_id: str, message: str) -> None:
        if self.result.taken is not None and self.result.taken.slip_doc_id == doc_id:
            self.result.set_printed(message)

    def _print_failed(self, doc_id: str, message: str) -> None:
        log.warning("ticket slip not printed: %s", message)
        if self.result.taken is not None and self.result.taken.slip_doc_id == doc_id:
            self.result.set_print_failed(message)
            self.result_timer.start()

    def _on_changes(self, changes: frozenset[str]) -> None:
        if not shiboken6.isValid(self):  # closed: the station still calls its listeners
            return
        if "queue" in changes and self.stack.currentWidget() is self.take_screen:
            self.take_screen.refresh()
        if "queue" in changes:
            self._show_hall_queue_state()

    def _show_hall_queue_state(self) -> None:
        """With the shared hall queue: say so plainly when its server cannot be reached."""
        offline = getattr(self.queue, "online", True) is False
        notice = QCoreApplication.translate("KioskWindow", OFFLINE_NOTICE)
        if offline:
            self.notice.setText(notice)
        elif self.notice.text() == notice:
            self.notice.setText("")

    # -- idle timeout ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and isinstance(watched, QWidget) and watched.window() is self:
            self.idle.start()
            if self.stack.currentWidget() is self.result:
                self.result_timer.start()
        return False

    def showEvent(self, event: QShowEvent) -> None:
        self.idle.start()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.print_jobs.wait(5000)
        super().closeEvent(event)


def create_kiosk_window(station: Station, opened: dict[str, QWidget]) -> QWidget:
    from ui.kiosk_guide.install import install as install_guide

    kiosk = KioskWindow(station)
    install_guide(kiosk)  # 办事指南 and 进度查询 (issue of the kiosk guide)
    from ui.ratings.kiosk_rate import KioskRatePage

    kiosk.add_tile(QCoreApplication.translate("KioskWindow", "办件评价"), QCoreApplication.translate("KioskWindow", "评"),
                   KioskRatePage(station))  # 一事一评 by scanning the receipt
    if "kiosk" in station.config.screens:
        kiosk.setWindowState(Qt.WindowState.WindowFullScreen)
    return kiosk
