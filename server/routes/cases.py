from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, HTTPException

from server.case_status import BACKOFFICE_STATUSES, CaseStatusError, set_case_status
from server.projections import status_label
from server.routes.common import API, BackofficeDep, DbDep, stamp
from server.schemas import CaseStatusRequest

router = APIRouter(prefix=API, tags=["cases"])


@router.post("/cases/{case_no}/status", responses={404: {}, 409: {}})
def post_case_status(case_no: str, body: CaseStatusRequest, key: BackofficeDep, db: DbDep) -> dict[str, Any]:
    """A back-office system reports 审批中 / 办结 / 待领取; the case's hall pulls it."""
    if body.status not in BACKOFFICE_STATUSES:
        raise HTTPException(status_code=422, detail=f"status 须为 {' / '.join(BACKOFFICE_STATUSES)}")
    try:
        datetime.fromisoformat(body.at)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail="at 须为 ISO 8601 时间") from exc
    try:
        with db.write() as session:
            case, changed = set_case_status(session, case_no, body.status, body.note, body.at, f"api-key:{key.name}")
            answer = {"case_no": case.case_no, "status": case.status, "status_label": status_label(case.status)}
    except CaseStatusError as exc:
        raise HTTPException(status_code=exc.status_code, detail=exc.detail) from exc
    return {**stamp(), **answer, "changed": changed}
