from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from server import figures
from server.reports import summary
from server.routes.common import API, DbDep, ReaderDep, stamp

router = APIRouter(prefix=API, tags=["stats"])
DAY = r"^\d{4}-\d{2}-\d{2}$"


@router.get("/stats/summary")
def get_summary(
    reader: ReaderDep,
    db: DbDep,
    hall: Annotated[str | None, Query()] = None,
    from_: Annotated[str | None, Query(alias="from", pattern=DAY)] = None,
    to: Annotated[str | None, Query(pattern=DAY)] = None,
) -> dict[str, Any]:
    """Records per kind for a hall, by the station's local day (inclusive range)."""
    hall_code = reader.hall_or_403(hall)
    with db.read() as session:
        counts = summary(session, hall_code, from_, to)
    return {**stamp(), "hall": hall_code, "from": from_, "to": to, "counts": counts, "total": sum(counts.values())}


@router.get("/stats/{report}")
def get_report(
    report: str,
    reader: ReaderDep,
    db: DbDep,
    hall: Annotated[str | None, Query()] = None,
    from_: Annotated[str | None, Query(alias="from", pattern=DAY)] = None,
    to: Annotated[str | None, Query(pattern=DAY)] = None,
    by: Annotated[str, Query()] = "category",
) -> dict[str, Any]:
    """One report of docs/figures.md for the hall, from the records its stations pushed."""
    if report not in figures.REPORTS:
        raise HTTPException(status_code=404, detail=f"没有这项统计：{report}")
    hall_code = reader.hall_or_403(hall)
    first, last = figures.default_range(from_, to)
    if last < first or last - first > figures.MAX_DAYS:
        raise HTTPException(status_code=422, detail="统计期间无效：开始日期须不晚于结束日期，且不超过一年")
    try:
        with db.read() as session:
            table = figures.report(session, hall_code, report, first, last, by)
    except figures.UnknownGrouping as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return {**stamp(), "hall": hall_code, "report": report, "from": first.isoformat(), "to": last.isoformat(),
            "by": by, "table": figures.table_json(table)}
