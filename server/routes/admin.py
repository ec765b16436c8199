from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from sqlalchemy import delete

from server.changes import record_change
from server.db import utcnow
from server.models import Appointment, CalendarDay, Hall
from server.reports import audit_report
from server.routes.common import API, AdminDep, BackofficeDep, DbDep, stamp
from server.schemas import AppointmentRequest, CalendarRequest

router = APIRouter(prefix=API, tags=["admin"])


@router.get("/admin/audit-breaks")
def get_audit_breaks(_: AdminDep, db: DbDep, hall: Annotated[str | None, Query()] = None) -> dict[str, Any]:
    """Places where a station's audit chain does not hold, and chains waiting on a gap."""
    with db.read() as session:
        return {**stamp(), **audit_report(session, hall)}


@router.post("/admin/calendar")
def post_calendar(body: CalendarRequest, _: AdminDep, db: DbDep) -> dict[str, Any]:
    """Replace a year's working-day overrides (法定节假日 and 调休 working weekend days)."""
    prefix = f"{body.year:04d}-"
    if any(not d.date.startswith(prefix) for d in body.days):
        raise HTTPException(status_code=422, detail=f"所有日期须在 {body.year} 年内")
    days = sorted({d.date: d for d in body.days}.values(), key=lambda d: d.date)
    with db.write() as session:
        session.execute(delete(CalendarDay).where(CalendarDay.day.startswith(prefix)))
        session.add_all(CalendarDay(day=d.date, working=d.working, note=d.note) for d in days)
        data = {"year": body.year, "days": [{"date": d.date, "working": d.working, "note": d.note} for d in days]}
        change = record_change(session, "calendar", str(body.year), data, None)
        seq = change.seq
    return {**stamp(), "year": body.year, "days": len(days), "change_seq": seq}


@router.post("/appointments")
def post_appointment(body: AppointmentRequest, _: BackofficeDep, db: DbDep) -> dict[str, Any]:
    """A booking system books (or cancels) a slot; the hall's stations pull it."""
    with db.write() as session:
        if session.get(Hall, body.hall) is None:
            raise HTTPException(status_code=404, detail=f"没有大厅 {body.hall}")
        row = session.get(Appointment, body.id)
        if row is not None and row.hall_code != body.hall:
            raise HTTPException(status_code=409, detail="预约编号已用于其他大厅")
        if row is None:
            row = Appointment(id=body.id)
            session.add(row)
        row.hall_code, row.category, row.matter_code = body.hall, body.category, body.matter_code
        row.slot_date, row.slot_start, row.slot_end = body.date, body.start, body.end
        # a booking system re-sending the booking never undoes the citizen's check-in at the hall
        status = "checked_in" if row.status == "checked_in" and body.status != "cancelled" else body.status
        row.applicant_masked, row.status, row.updated_at = body.applicant_masked, status, utcnow()
        data = {**body.model_dump(exclude={"protocol", "hall"}), "status": status}
        record_change(session, "appointment", body.id, data, body.hall)
    return {**stamp(), "id": body.id, "status": status}
