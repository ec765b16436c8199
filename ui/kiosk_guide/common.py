"""Shared look of the kiosk guide and progress pages: style sheets for the normal and
长辈版 layouts, big buttons, the header bar (title, 朗读, 返回首页) and the pager.

Colours are chosen for contrast ≥ 4.5:1 on white (dark text #1f2933 ≈ 14:1, primary
#0a58a8 with white text ≈ 6.9:1, notes #4a5560 ≈ 7.4:1, warnings #7a3e00 on #fff1d6 ≈ 7.6:1).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QSizePolicy, QWidget

Speak = Callable[[str], object]


_BASE = """
#{root} {{ background: #f4f6f8; }}
#{root} QLabel {{ color: #1f2933; font-size: {body}pt; }}
#{root} QLabel[role="title"] {{ font-size: {title}pt; font-weight: bold; }}
#{root} QLabel[role="heading"] {{ font-size: {heading}pt; font-weight: bold; color: #0a3d73; }}
#{root} QLabel[role="note"] {{ color: #4a5560; }}
#{root} QLabel[role="error"] {{ color: #b00020; font-weight: bold; }}
#{root} QLabel[role="stale"] {{ color: #7a3e00; background: #fff1d6; border: 2px solid #c77700;
    border-radius: 8px; padding: 8px 14px; font-weight: bold; }}
#{root} QLabel[role="fresh"] {{ color: #4a5560; }}
#{root} QFrame[role="card"] {{ background: white; border: 2px solid #c5d0dc; border-radius: 12px; }}
#{root} QFrame[role="card"] QLabel {{ background: transparent; }}
#{root} QLabel[role="materialName"] {{ font-size: {heading}pt; font-weight: bold; }}
#{root} QLabel[role="tag"] {{ color: #0a3d73; background: #e1ecf7; border-radius: 6px; padding: 2px 10px; }}
#{root} QLabel[role="step"] {{ background: #e4e8ec; color: #4a5560; border-radius: 10px; padding: 10px;
    font-weight: bold; qproperty-alignment: AlignCenter; }}
#{root} QLabel[role="stepDone"] {{ background: #d6eadb; color: #1d5e2c; border-radius: 10px; padding: 10px;
    font-weight: bold; qproperty-alignment: AlignCenter; }}
#{root} QLabel[role="stepNow"] {{ background: #0a58a8; color: white; border-radius: 10px; padding: 10px;
    font-weight: bold; qproperty-alignment: AlignCenter; }}
#{root} QLineEdit {{ font-size: {input}pt; min-height: {touch}px; padding: 4px 14px; color: #1f2933;
    background: white; border: 2px solid #5b6b7b; border-radius: 10px; }}
#{root} QLineEdit:focus {{ border: 4px solid #0a58a8; }}
#{root} QPushButton {{ font-size: {button}pt; min-height: {touch}px; min-width: {touch}px; color: #1f2933;
    background: white; border: 2px solid #5b6b7b; border-radius: 12px; padding: 6px 18px; }}
#{root} QPushButton:pressed {{ background: #dbe6f2; }}
#{root} QPushButton:disabled {{ color: #6b7785; border-color: #b8c2cc; background: #eef1f4; }}
#{root} QPushButton[role="primary"] {{ background: #0a58a8; color: white; border: 2px solid #0a58a8;
    font-weight: bold; }}
#{root} QPushButton[role="primary"]:pressed {{ background: #084783; }}
#{root} QPushButton[role="tile"] {{ text-align: left; padding: 10px 22px; font-weight: bold; }}
#{root} QPushButton[role="tile"] QLabel {{ font-size: {button}pt; font-weight: bold; background: transparent; }}
#{root} QPushButton[role="key"] {{ font-size: {key}pt; min-width: {key_size}px; min-height: {key_size}px;
    padding: 0px; }}
#{root} QPushButton[role="wordKey"] {{ font-size: {word_key}pt; min-width: {key_size}px; min-height: {key_size}px;
    padding: 0px; }}
#{root} QScrollArea {{ border: 2px solid #c5d0dc; border-radius: 12px; background: white; }}
#{root} QWidget#qt_scrollarea_viewport, #{root} QWidget[role="panel"] {{ background: white; }}
#{root} QScrollBar:vertical {{ width: {scroll}px; background: #e4e8ec; border: none; margin: 0px; }}
#{root} QScrollBar::handle:vertical {{ background: #5b6b7b; border-radius: 6px; min-height: 80px; }}
#{root} QScrollBar::add-line:vertical, #{root} QScrollBar::sub-line:vertical {{ height: 0px; }}
"""

# word_key: 退格 / 清空, whose words (longer in English) must fit one key of a portrait screen
NORMAL = {"body": 16, "title": 28, "heading": 19, "input": 22, "button": 18, "touch": 64, "key": 20,
          "key_size": 64, "word_key": 16, "scroll": 28}
ELDERLY = {"body": 22, "title": 34, "heading": 25, "input": 28, "button": 24, "touch": 84, "key": 26,
           "key_size": 74, "word_key": 19, "scroll": 40}


def style_sheet(root: str, elderly: bool) -> str:
    return _BASE.format(root=root, **(ELDERLY if elderly else NORMAL))


def big_button(text: str, role: str = "", slot: Callable[[], object] | None = None) -> QPushButton:
    """A touch button that never takes keyboard focus (the scan field keeps it)."""
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if role:
        button.setProperty("role", role)
    if slot is not None:
        button.clicked.connect(lambda _=False: slot())
    return button


def label(text: str = "", role: str = "", *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    return widget


def restyle(widget: QWidget, role: str) -> None:
    """Change a widget's role property and let the style sheet see it."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class HeaderBar(QWidget):
    """Title on the left; 上一步 (optional), 朗读 and 返回首页 on the right."""

    backRequested = Signal()
    readRequested = Signal()
    homeRequested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label(title, "title")  # wraps: a long (English) title never pushes the buttons off
        self.back_button = big_button(self.tr("上一步"), slot=self.backRequested.emit)
        self.read_button = big_button(self.tr("朗读"), slot=self.readRequested.emit)
        self.home_button = big_button(self.tr("返回首页"), slot=self.homeRequested.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title, 1)
        for button in (self.back_button, self.read_button, self.home_button):
            row.addWidget(button)

    def set_title(self, text: str) -> None:
        self.title.setText(text)


class Pager(QWidget):
    """Big 上一页 / 下一页 with 第 n / m 页 between them; hidden when one page is enough."""

    previousRequested = Signal()
    nextRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = big_button(self.tr("上一页"), slot=self.previousRequested.emit)
        self.next_button = big_button(self.tr("下一页"), slot=self.nextRequested.emit)
        self.position = label("", "note", wrap=False)
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.previous_button, self.next_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.previous_button, 2)
        row.addWidget(self.position, 1)
        row.addWidget(self.next_button, 2)

    def show_page(self, number: int, count: int) -> None:
        self.setVisible(count > 1)
        self.position.setText(self.tr("第 {number} / {count} 页").format(number=number, count=count))
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < count)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget a layout holds."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.setObjectName("")
            widget.deleteLater()
