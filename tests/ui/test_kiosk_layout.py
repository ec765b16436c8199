"""The kiosk fits any hall display: a screen taller than the panel scrolls, never gets cut off."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton

from ui.roles import open_role


def _needed(screen: Any) -> int:
    layout = screen.layout()
    if layout is not None and layout.hasHeightForWidth():
        return int(layout.minimumHeightForWidth(screen.width()))
    return int(screen.minimumSizeHint().height())


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("elderly", [False, True])
def test_every_kiosk_screen_fits_or_scrolls(qtbot: Any, station: Any, size: tuple[int, int], elderly: bool) -> None:
    kiosk = open_role("kiosk", station, {})
    qtbot.addWidget(kiosk)
    kiosk.resize(*size)
    kiosk.show()
    kiosk.elderly_button.setChecked(elderly)
    for i in range(kiosk.stack.count()):
        screen = kiosk.stack.widget(i)
        kiosk.show_screen(screen)
        qtbot.wait(1)
        assert kiosk.minimumSizeHint().height() <= size[1], type(screen).__name__
        assert kiosk.height() == size[1]  # the window keeps the display's size
        viewport = kiosk.screen_scroll.viewport().height()
        # not squeezed: what does not fit scrolls (layouts settle over a few event loop turns)
        qtbot.waitUntil(lambda s=screen: s.height() >= _needed(s), timeout=3000)
        last = max((b for b in screen.findChildren(QAbstractButton) if b.isVisibleTo(screen)),
                   key=lambda b: b.mapTo(screen, b.rect().bottomLeft()).y(), default=None)
        if last is not None:  # the lowest button can be scrolled into view and touched
            kiosk.screen_scroll.ensureWidgetVisible(last)
            qtbot.wait(1)
            bottom = last.mapTo(kiosk.screen_scroll.viewport(), last.rect().bottomLeft()).y()
            assert 0 <= bottom <= viewport, type(screen).__name__


def test_the_home_screen_does_not_scroll_because_another_screen_is_long(qtbot: Any, station: Any) -> None:
    kiosk = open_role("kiosk", station, {})
    qtbot.addWidget(kiosk)
    kiosk.resize(900, 1100)  # the guide's longest page is taller than this; the home screen is not
    kiosk.show()
    kiosk.go_home_and_clear()
    qtbot.waitUntil(lambda: kiosk.screen_scroll.verticalScrollBar().maximum() == 0, timeout=3000)
    assert not kiosk.screen_scroll.verticalScrollBar().isVisible()
