"""The figures lines of the clerk window: 咨询登记 (F9) for every clerk, and the hall
figures page (大厅统计) for supervisors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.figures.consultation_dialog import ConsultationDialog

if TYPE_CHECKING:
    from ui.clerk.window import ClerkWindow

CONSULTATION_SHORTCUT = "F9"
FIGURES_SHORTCUT = "Ctrl+Shift+T"


def record_consultation(window: ClerkWindow) -> ConsultationDialog | None:
    if window.station.session is None:
        return None
    dialog = ConsultationDialog(window.station, window)
    if dialog.exec() and dialog.recorded is not None:
        if dialog.recorded.rating_request_id:
            message = QCoreApplication.translate("FiguresClerkHook", "咨询已登记，已请群众在评价器上评价。")
        else:
            message = QCoreApplication.translate("FiguresClerkHook", "咨询已登记。")
        window.status.showMessage(message, 5000)
    return dialog


def install(window: ClerkWindow) -> None:
    action = window.add_toolbar_action(
        "recordConsultation", QCoreApplication.translate("FiguresClerkHook", "咨询登记（F9）"), CONSULTATION_SHORTCUT,
        QCoreApplication.translate("FiguresClerkHook", "登记一次咨询（首问负责），并请群众评价"),
        lambda: record_consultation(window))
    window.consultation_action = action  # type: ignore[attr-defined]
    session = window.station.session
    if session is not None and session.can("stats.view"):
        from ui.figures.page import FiguresPage

        window.add_page("hall_figures", FiguresPage(window.station),
                        QCoreApplication.translate("FiguresClerkHook", "大厅统计"), FIGURES_SHORTCUT)
