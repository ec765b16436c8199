"""On-screen keyboard (屏幕键盘) for a kiosk with no physical keyboard: digits, letters
(pinyin initials, the X of an ID number), a hyphen for case numbers, 退格 and 清空.

Keys never take focus: they type into the target line edit, so a barcode scanner
(which types like a keyboard) still reaches whichever field has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from ui.i18n import QT_TRANSLATE_NOOP
from ui.kiosk_guide.common import big_button

ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM")
BACKSPACE = "退格"  # i18n: data (a key's name: keys[BACKSPACE], the ``typed`` signal, the object name)
CLEAR = "清空"  # i18n: data (as BACKSPACE)
KEY_LABELS = {BACKSPACE: QT_TRANSLATE_NOOP("OnscreenKeyboard", "退格"), CLEAR: QT_TRANSLATE_NOOP("OnscreenKeyboard", "清空")}


class OnscreenKeyboard(QWidget):
    """Big keys; ``typed`` reports every key (text, ``BACKSPACE`` or ``CLEAR``)."""

    typed = Signal(str)

    def __init__(self, target: QLineEdit | None = None, parent: QWidget | None = None, *,
                 lower_case: bool = True) -> None:
        super().__init__(parent)
        self.target = target
        self.lower_case = lower_case
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for r, row in enumerate(ROWS):
            for c, char in enumerate(row):
                self._add(grid, char, r, c, 1)
        self._add(grid, BACKSPACE, 3, 7, 2)
        self._add(grid, CLEAR, 3, 9, 1)

    def _add(self, grid: QGridLayout, text: str, row: int, column: int, span: int) -> None:
        if text in KEY_LABELS:
            button = big_button(self.tr(KEY_LABELS[text]), "wordKey", slot=lambda: self.press(text))
        else:
            button = big_button(text, "key", slot=lambda: self.press(text))
        button.setObjectName(f"key-{text}")
        self.keys[text] = button
        grid.addWidget(button, row, column, 1, span)

    def set_target(self, target: QLineEdit | None) -> None:
        self.target = target

    def press(self, key: str) -> None:
        """Type one key into the target (also what a tap does)."""
        target = self.target
        if target is not None:
            if key == BACKSPACE:
                target.backspace()
            elif key == CLEAR:
                target.clear()
            else:
                target.insert(key.lower() if self.lower_case and key.isalpha() else key)
        self.typed.emit(key)
