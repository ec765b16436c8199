"""The figures lines of the clerk window: 咨询登记 (F9) for every clerk, and the hall
figures page (大厅统计) for supervisors."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
        rated = "，已请群众在评价器上评价" if dialog.recorded.rating_request_id else ""
        window.status.showMessage(f"咨询已登记{rated}。", 5000)
    return dialog


def install(window: ClerkWindow) -> None:
    action = window.add_toolbar_action("recordConsultation", "咨询登记（F9）", CONSULTATION_SHORTCUT,
                                       "登记一次咨询（首问负责），并请群众评价",
                                       lambda: record_consultation(window))
    window.consultation_action = action  # type: ignore[attr-defined]
    session = window.station.session
    if session is not None and session.can("stats.view"):
        from ui.figures.page import FiguresPage

        window.add_page("hall_figures", FiguresPage(window.station), "大厅统计", FIGURES_SHORTCUT)
