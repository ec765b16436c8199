"""Role windows (窗口端, 自助终端, 叫号屏, 评价器) and how each is opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.station import Station

RoleFactory = Callable[[Station, dict[str, QWidget]], QWidget]


def _clerk(station: Station, opened: dict[str, QWidget]) -> QWidget:
    from ui.clerk.window import ClerkWindow

    return ClerkWindow(station)


def _lazy(target: str) -> RoleFactory:
    """A factory imported only when its role is opened ("module:function")."""

    def factory(station: Station, opened: dict[str, QWidget]) -> QWidget:
        import importlib

        module, name = target.split(":")
        make: RoleFactory = getattr(importlib.import_module(module), name)
        return make(station, opened)

    return factory


FACTORIES: dict[str, RoleFactory] = {
    "clerk": _clerk,
    "kiosk": _lazy("ui.kiosk.window:create_kiosk_window"),
    "board": _lazy("ui.board.window:create_board_window"),
    "pad": _lazy("ui.pad.window:create_pad_window"),
}


def open_role(role: str, station: Station, opened: dict[str, QWidget]) -> QWidget:
    """Create the window of ``role``; ``opened`` holds windows already created."""
    try:
        factory = FACTORIES[role]
    except KeyError:
        raise ValueError(f"role {role!r} is not available in this build") from None
    window = factory(station, opened)
    opened[role] = window
    return window
