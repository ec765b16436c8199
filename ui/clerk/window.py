"""The clerk window (窗口端): pages in tabs, the queue panel docked on the left,
the station status bar at the bottom. Every action has a keyboard shortcut."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMetaMethod, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QToolBar, QWidget

from app.station import Station
from ui.clerk import extensions
from ui.clerk.catalog_browser import CatalogBrowser
from ui.print_jobs import PrintJobs
from ui.statusbar import StationStatusBar

PageFactory = Callable[[Station, "ClerkWindow"], QWidget]


class ClerkWindow(QMainWindow):
    loggedOut = Signal()  # 注销: the window is hidden, the program asks for the next clerk

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.setObjectName("clerkWindow")
        self.setWindowTitle(self.tr("一窗通 · 窗口端 — {hall}").format(hall=station.config.hall_name))
        self.resize(1366, 800)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("clerkTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.status = StationStatusBar(station)
        self.setStatusBar(self.status)
        self._pages: dict[str, QWidget] = {}
        self._toolbar: QToolBar | None = None
        self.print_jobs = PrintJobs(station, self)
        self.catalog_browser = CatalogBrowser(station)
        self.add_page("catalog", self.catalog_browser, self.tr("事项查询"), "Ctrl+Shift+S")
        self._build_menu()
        extensions.install(self)

    def add_page(self, key: str, widget: QWidget, title: str, shortcut: str = "") -> None:
        shown = self.tr("{title}（{shortcut}）").format(title=title, shortcut=shortcut) if shortcut else title
        index = self.tabs.addTab(widget, shown)
        self._pages[key] = widget
        if shortcut:
            action = QAction(title, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda: self.tabs.setCurrentIndex(index))
            self.addAction(action)

    def add_toolbar_action(self, name: str, text: str, shortcut: str, tooltip: str,
                           slot: Callable[[], object]) -> QAction:
        """An action on the window's one service toolbar (评价, 咨询 …) with its shortcut."""
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tooltip)
        action.triggered.connect(slot)
        self.addAction(action)
        if self._toolbar is None:
            self._toolbar = QToolBar(self.tr("服务"), self)
            self._toolbar.setObjectName("serviceToolbar")
            self._toolbar.setMovable(False)
            self.addToolBar(self._toolbar)
        self._toolbar.addAction(action)
        return action

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def show_page(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._pages[key])

    def add_left_panel(self, widget: QWidget, title: str) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{widget.objectName() or title}")
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("系统(&X)"))
        logout = QAction(self.tr("注销(&L)"), self)
        logout.setShortcut(QKeySequence("Ctrl+Shift+L"))
        logout.triggered.connect(self._logout)
        menu.addAction(logout)
        quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def _logout(self) -> None:
        """注销: the next clerk logs in to a fresh window (the program watches ``loggedOut``);
        a window nobody watches just closes."""
        self.station.logout()
        if self.isSignalConnected(QMetaMethod.fromSignal(self.loggedOut)):
            self.hide()
            self.loggedOut.emit()
        else:
            self.close()
