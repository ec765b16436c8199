"""Case status posted by back-office systems (审批中, 办结, 待领取)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.changes import lock_change_log
from server.db import utcnow
from server.models import Case, CaseStatusLog
from server.projections import case_change

BACKOFFICE_STATUSES = ("in_review", "approved", "rejected", "ready")
TRANSITIONS: dict[str, frozenset[str]] = {
    "accepted": frozenset({"in_review", "approved", "rejected"}),
    "in_review": frozenset({"approved", "rejected"}),
    "approved": frozenset({"ready"}),
    "rejected": frozenset({"ready"}),
}


class CaseStatusError(Exception):
    def __init__(self, status_code: int, detail: str) -> None:
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail


def set_case_status(session: Session, case_no: str, status: str, note: str, at: str, source: str) -> tuple[Case, bool]:
    """Apply a back-office status; returns the case and whether anything changed.

    Posting the status the case already has is accepted and changes nothing, so a
    back-office system may retry safely.
    """
    lock_change_log(session)
    case = session.scalars(select(Case).where(Case.case_no == case_no).with_for_update()).first()
    if case is None:
        raise CaseStatusError(404, f"没有办件 {case_no}")
    if case.status == status:
        return case, False
    if status not in TRANSITIONS.get(case.status, frozenset()):
        raise CaseStatusError(409, f"办件当前状态为 {case.status}，不能改为 {status}")
    case.status, case.status_note, case.status_at, case.updated_at = status, note, at, utcnow()
    session.add(CaseStatusLog(case_no=case_no, status=status, note=note, at=at, source=source))
    session.flush()
    case_change(session, case)
    return case, True
