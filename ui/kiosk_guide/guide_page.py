"""办事指南 at the kiosk: departments → matters → situations → the guide in large type,
search by name or pinyin initials with the on-screen keyboard, print the 一次性告知单
on the kiosk's printer, take a ticket for the matter's queue category.

Rules (sorting, paging, the print itself) are in :mod:`app.kiosk_rules`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from app import kiosk_rules as rules
from app.catalog.model import Matter
from app.catalog.repository import active_search_keys
from app.errors import UserError
from app.station import Station
from ui.i18n import QT_TRANSLATE_NOOP
from ui.kiosk_guide.common import HeaderBar, Speak, big_button, clear_layout, label, restyle, style_sheet
from ui.kiosk_guide.guide_detail import GuideDetail, limit
from ui.kiosk_guide.onscreen_keyboard import OnscreenKeyboard
from ui.kiosk_guide.tiles import Tile, TileGrid
from ui.print_jobs import PrintJobs

ROOT = "kioskGuidePage"
# (columns, tiles per page, tile height) of each list, normal and 长辈版 (elderly: True)
LAYOUT: dict[bool, dict[str, tuple[int, int, int]]] = {
    False: {"departments": (3, 18, 96), "matters": (2, 10, 96), "search": (2, 6, 96), "situations": (1, 6, 96)},
    True: {"departments": (2, 8, 120), "matters": (1, 5, 120), "search": (1, 3, 120), "situations": (1, 4, 120)},
}
MATERIALS_PER_PAGE = {False: 3, True: 2}
SEARCH_HINT = QT_TRANSLATE_NOOP("KioskGuidePage", "输入事项名称或拼音首字母，例如 gtgsh")


class KioskGuidePage(QWidget):
    homeRequested = Signal()
    printed = Signal(str)  # document id of a guide sent to the printer

    def __init__(self, station: Station, print_jobs: PrintJobs, speak: Speak,
                 take_ticket_for_category: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.print_jobs = print_jobs
        self.speak = speak
        self.take_ticket = take_ticket_for_category
        self.elderly = station.config.elderly_mode_default
        self.department: rules.DepartmentEntry | None = None
        self.matter: Matter | None = None
        self.facts: rules.GuideFacts | None = None
        self.pending_doc = ""
        self.setObjectName(ROOT)
        self.header = HeaderBar(self.tr("办事指南"))
        self.header.backRequested.connect(self.back)
        self.header.readRequested.connect(self.read_aloud)
        self.header.homeRequested.connect(self.homeRequested.emit)
        self.stack = QStackedWidget()
        self.browse_step = self._build_browse()
        self.matters_step = self._build_matters()
        self.situations_step = self._build_situations()
        self.guide_step = self._build_guide()
        for step in (self.browse_step, self.matters_step, self.situations_step, self.guide_step):
            self.stack.addWidget(step)
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 20, 32, 20)
        box.setSpacing(16)
        box.addWidget(self.header)
        box.addWidget(self.stack, 1)
        print_jobs.done.connect(self._print_done)
        print_jobs.failed.connect(self._print_failed)
        self._departments = rules.departments(station.catalog, active_search_keys(station.store))
        self.set_elderly(self.elderly)
        self.reset()

    # -- building ----------------------------------------------------------------
    def _build_browse(self) -> QWidget:
        step = QWidget()
        self.search = QLineEdit()
        self.search.setObjectName("kioskGuideSearch")
        self.search.setPlaceholderText(QCoreApplication.translate("KioskGuidePage", SEARCH_HINT))
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.keyboard_button = big_button(self.tr("打开键盘"), slot=self.toggle_keyboard)
        self.keyboard = OnscreenKeyboard(self.search)
        self.browse_hint = label("", "heading")
        self.browse_grid = TileGrid(self._pick_from_browse)
        row = QHBoxLayout()
        row.addWidget(label(self.tr("搜索："), "heading", wrap=False))
        row.addWidget(self.search, 1)
        row.addWidget(self.keyboard_button)
        box = QVBoxLayout(step)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.browse_hint)
        box.addWidget(self.browse_grid, 1)
        box.addWidget(self.keyboard)
        return step

    def _build_matters(self) -> QWidget:
        step = QWidget()
        self.matters_hint = label("", "heading")
        self.matters_grid = TileGrid(self.open_matter)
        box = QVBoxLayout(step)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.matters_hint)
        box.addWidget(self.matters_grid, 1)
        return step

    def _build_situations(self) -> QWidget:
        step = QWidget()
        self.situations_hint = label(self.tr("请选择符合您的情况："), "heading")
        self.situations_grid = TileGrid(self.open_situation)
        box = QVBoxLayout(step)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.situations_hint)
        box.addWidget(self.situations_grid, 1)
        return step

    def _build_guide(self) -> QWidget:
        step = QWidget()
        self.detail = GuideDetail()
        self.print_button = big_button(self.tr("打印一次性告知单"), "primary", self.print_guide)
        self.retry_button = big_button(self.tr("重新打印"), slot=self.retry_print)
        self.print_status = label("", "note")
        self.ticket_row = QHBoxLayout()
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.retry_button)
        actions.addWidget(self.print_status, 1)
        box = QVBoxLayout(step)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.detail, 1)
        box.addLayout(actions)
        box.addLayout(self.ticket_row)  # a row of its own: fits a portrait kiosk, also in English
        return step

    # -- public ------------------------------------------------------------------
    def set_elderly(self, elderly: bool) -> None:
        """长辈版: larger type and touch targets, fewer tiles per screen."""
        self.elderly = elderly
        self.setStyleSheet(style_sheet(ROOT, elderly))
        layout = LAYOUT[elderly]
        self.matters_grid.configure(*layout["matters"])
        self.situations_grid.configure(*layout["situations"])
        self.detail.set_per_page(MATERIALS_PER_PAGE[elderly])
        self._layout_browse()

    def reset(self) -> None:
        """First step, nothing typed (the kiosk's idle timeout calls this)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.keyboard.setVisible(False)
        self.keyboard_button.setText(self.tr("打开键盘"))
        self.department = self.matter = self.facts = None
        self.pending_doc = ""
        self._show_departments()
        self._go(self.browse_step)

    def current_speech(self) -> str:
        step = self.stack.currentWidget()
        if step is self.guide_step and self.facts is not None:
            return rules.guide_speech(self.facts) + self.print_status.text()
        if step is self.situations_step:
            grid = self.situations_grid
        elif step is self.matters_step:
            grid = self.matters_grid
        else:
            grid = self.browse_grid
        hints = {self.situations_step: self.situations_hint, self.matters_step: self.matters_hint}
        hint = (hints.get(step, self.browse_hint) if step is not None else self.browse_hint).text()
        return self.tr("{hint}。本页有：{tiles}。").format(hint=hint, tiles=self.tr("；").join(grid.visible_texts()))

    def read_aloud(self) -> None:
        self.speak(self.current_speech())

    def toggle_keyboard(self) -> None:
        shown = not self.keyboard.isVisible()
        self.keyboard.setVisible(shown)
        self.keyboard_button.setText(self.tr("收起键盘") if shown else self.tr("打开键盘"))
        self._layout_browse()

    # -- steps -------------------------------------------------------------------
    def _go(self, step: QWidget) -> None:
        self.stack.setCurrentWidget(step)
        self.header.back_button.setVisible(step is not self.browse_step)
        titles = {self.browse_step: self.tr("办事指南：选择部门或搜索事项")}
        if step is self.matters_step and self.department is not None:
            titles[step] = self.department.name
        if step in (self.situations_step, self.guide_step) and self.matter is not None:
            titles[step] = self.matter.name
        self.header.set_title(titles.get(step, self.tr("办事指南")))

    def back(self) -> None:
        step = self.stack.currentWidget()
        if step is self.guide_step and self.matter is not None and len(self.matter.situations) > 1:
            self._go(self.situations_step)
        elif step in (self.guide_step, self.situations_step) and self.department is not None:
            self._go(self.matters_step)
        else:
            self._go(self.browse_step)

    def _layout_browse(self) -> None:
        layout = LAYOUT[self.elderly]
        searching = bool(self.search.text().strip())
        columns, per_page, height = layout["search" if searching or self.keyboard.isVisible() else "departments"]
        if not searching and self.keyboard.isVisible():
            columns, per_page = (2, 6) if not self.elderly else (2, 2)
        self.browse_grid.configure(columns, per_page, height)

    def _show_departments(self) -> None:
        tiles = [Tile(d.code, self.tr("{name}\n{count} 个事项").format(name=d.name, count=len(d.matters)))
                 for d in self._departments]
        self.browse_hint.setText(self.tr("请选择办理部门，或在上方搜索事项"))
        self.browse_grid.set_tiles(tiles)
        self._layout_browse()

    def _search_changed(self, text: str) -> None:
        if not text.strip():
            self._show_departments()
            return
        found = self.station.matter_index.search(text, limit=60)
        self.browse_hint.setText(self.tr("找到 {count} 个事项").format(count=len(found)) if found
                                 else self.tr("没有找到相符的事项"))
        self.browse_grid.set_tiles([self._matter_tile(m, prefix="m:") for m in found],
                                   self.tr("请换一个词试试，或点“返回首页”后到综合窗口咨询。"))
        self._layout_browse()

    def _matter_tile(self, matter: Matter, prefix: str = "") -> Tile:
        department = self.station.catalog.department_name(matter.department)
        text = self.tr("{name}\n{department} · 承诺{limit}").format(
            name=matter.name, department=department, limit=limit(matter.promised_limit_days))
        return Tile(prefix + matter.code, text)

    def _pick_from_browse(self, key: str) -> None:
        if key.startswith("m:"):
            self.department = None
            self.open_matter(key[2:])
        else:
            self.open_department(key)

    def open_department(self, code: str) -> None:
        self.department = next(d for d in self._departments if d.code == code)
        self.matters_hint.setText(self.tr("请选择要办理的事项（共 {count} 项）").format(count=len(self.department.matters)))
        self.matters_grid.set_tiles([self._matter_tile(m) for m in self.department.matters])
        self._go(self.matters_step)

    def open_matter(self, code: str) -> None:
        self.matter = self.station.catalog.matter(code)
        if len(self.matter.situations) == 1:
            self.open_situation(self.matter.situations[0].code)
            return
        self.situations_grid.set_tiles([
            Tile(s.code, s.name + (f"\n{s.description}" if s.description else "")) for s in self.matter.situations])
        self._go(self.situations_step)

    def open_situation(self, code: str) -> None:
        assert self.matter is not None
        situation = self.matter.situation(code)
        self.facts = rules.guide_facts(self.station.catalog, self.matter, situation, self.station.config.hall_name)
        self.detail.show_facts(self.facts)
        self._fill_ticket_buttons()
        self._set_print_status("", "note")
        self.retry_button.setVisible(False)
        self.print_button.setEnabled(True)
        self._go(self.guide_step)

    def _fill_ticket_buttons(self) -> None:
        clear_layout(self.ticket_row)
        if self.take_ticket is None or self.facts is None:
            return
        take = self.take_ticket
        for category in self.facts.categories:
            button = big_button(self.tr("取号：{category}").format(category=category.name), "primary",
                                partial(take, category.code))
            button.setObjectName(f"ticket-{category.code}")
            self.ticket_row.addWidget(button)

    # -- printing ----------------------------------------------------------------
    def print_guide(self) -> None:
        if self.facts is None:
            return
        try:
            doc_id = rules.print_guide(self.station, self.facts.matter.code, self.facts.situation.code)
        except UserError as err:
            self._set_print_status(err.message, "error")
            return
        self._submit(doc_id)

    def retry_print(self) -> None:
        if self.pending_doc:
            self._submit(self.pending_doc)

    def _submit(self, doc_id: str) -> None:
        self.pending_doc = doc_id
        self.print_button.setEnabled(False)
        self.retry_button.setVisible(False)
        self._set_print_status(self.tr("正在打印，请稍候……"), "note")
        self.print_jobs.submit(doc_id, "guide")

    def _print_done(self, doc_id: str, message: str) -> None:
        if doc_id != self.pending_doc:
            return
        self.print_button.setEnabled(True)
        if message:  # no printer: the PDF was kept; a citizen cannot use a file path
            self._set_print_status(self.tr("本机暂未连接打印机。告知单已保存，可到任一综合窗口打印。"), "error")
        else:
            self._set_print_status(self.tr("告知单已打印，请从出纸口取走。"), "note")
        self.printed.emit(doc_id)

    def _print_failed(self, doc_id: str, message: str) -> None:
        if doc_id != self.pending_doc:
            return
        self.print_button.setEnabled(True)
        self.retry_button.setVisible(True)
        self._set_print_status(self.tr("{message} 可点“重新打印”，或到综合窗口索取。").format(message=message), "error")

    def _set_print_status(self, text: str, role: str) -> None:
        self.print_status.setText(text)
        restyle(self.print_status, role)

    # -- the search field opens the keyboard when tapped --------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.MouseButtonPress and not self.keyboard.isVisible():
            self.toggle_keyboard()
        return super().eventFilter(watched, event)
