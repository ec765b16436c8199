"""Puts the intake pages into the clerk window (called from ui/clerk/extensions.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.intake.service import serving_ticket_id
from ui.intake.cases import CaseListPage
from ui.intake.workspace import IntakeWorkspace

if TYPE_CHECKING:
    from ui.clerk.window import ClerkWindow


def install_intake(window: ClerkWindow) -> None:
    station = window.station
    workspace = IntakeWorkspace(station, window.print_jobs, lambda: serving_ticket_id(station))
    cases = CaseListPage(station, window.print_jobs)
    window.add_page("intake", workspace, QCoreApplication.translate("ClerkWindow", "一窗受理"), "Ctrl+Shift+A")
    window.add_page("cases", cases, QCoreApplication.translate("ClerkWindow", "办件"), "Ctrl+Shift+K")

    def open_case(case_id: str) -> None:
        window.show_page("cases")
        cases.select(case_id)

    def continue_case(case_id: str) -> None:
        window.show_page("intake")
        workspace.resume_case(case_id)

    def decided(_outcome: object) -> None:
        window.status.showMessage(workspace.scan_message.text(), 8000)

    workspace.caseRequested.connect(open_case)
    workspace.decided.connect(decided)
    cases.resumeRequested.connect(continue_case)
