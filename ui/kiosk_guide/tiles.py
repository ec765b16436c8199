"""A paged grid of big tiles (departments, matters, situations) for the kiosk."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.kiosk_rules import paginate
from ui.kiosk_guide.common import Pager, label

TILE_MARGINS = (22, 10, 22, 10)  # left, top, right, bottom


@dataclass(frozen=True)
class Tile:
    key: str
    text: str  # may hold a second line after "\n"


class TileButton(QPushButton):
    """A big tile whose text wraps: a long matter name (longer still in English) makes the
    tile taller instead of pushing the page wider than the screen."""

    def __init__(self, text: str, slot: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("role", "tile")
        self.clicked.connect(lambda _=False: slot())
        self.text_label = label(text)
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box = QVBoxLayout(self)
        box.setContentsMargins(*TILE_MARGINS)
        box.addWidget(self.text_label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def tile_text(self) -> str:
        return self.text_label.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        left, top, right, bottom = TILE_MARGINS
        return max(self.minimumHeight(), self.text_label.heightForWidth(width - left - right) + top + bottom)

    def sizeHint(self) -> QSize:
        left, _, right, _ = TILE_MARGINS
        width = self.text_label.sizeHint().width() + left + right
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        left, _, right, _ = TILE_MARGINS
        return QSize(self.text_label.minimumSizeHint().width() + left + right, self.minimumHeight())


class TileGrid(QWidget):
    """Shows one page of tiles; 上一页 / 下一页 page through the rest."""

    def __init__(self, on_pick: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_pick = on_pick
        self.tiles: list[Tile] = []
        self.columns = 2
        self.per_page = 10
        self.tile_height = 88
        self.page_number = 1
        self.buttons: list[TileButton] = []
        self.empty = label("", "note")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(14)
        self.pager = Pager()
        self.pager.previousRequested.connect(lambda: self.go(self.page_number - 1))
        self.pager.nextRequested.connect(lambda: self.go(self.page_number + 1))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.empty)
        box.addWidget(self.grid_host)
        box.addStretch(1)
        box.addWidget(self.pager)

    def configure(self, columns: int, per_page: int, tile_height: int) -> None:
        self.columns, self.per_page, self.tile_height = columns, per_page, tile_height
        self.go(self.page_number)

    def set_tiles(self, tiles: Sequence[Tile], empty_text: str = "") -> None:
        self.tiles = list(tiles)
        self.empty.setText(empty_text)
        self.go(1)

    def go(self, number: int) -> None:
        page = paginate(self.tiles, number, self.per_page)
        self.page_number = page.number
        for button in self.buttons:
            self.grid.removeWidget(button)
            button.hide()
            button.setObjectName("")
            button.deleteLater()
        self.buttons = []
        for i, tile in enumerate(page.items):
            button = TileButton(tile.text, partial(self.on_pick, tile.key))
            button.setObjectName(f"tile-{tile.key}")
            button.setMinimumHeight(self.tile_height)
            self.grid.addWidget(button, i // self.columns, i % self.columns)
            self.buttons.append(button)
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column < self.columns else 0)
        self.empty.setVisible(not self.tiles and bool(self.empty.text()))
        self.pager.show_page(page.number, page.count)

    def visible_texts(self) -> list[str]:
        """What the current page shows, first lines only (for 朗读)."""
        return [b.tile_text().split("\n")[0] for b in self.buttons]
