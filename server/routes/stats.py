from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

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
