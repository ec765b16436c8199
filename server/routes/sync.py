from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import JSONResponse

from server.changes import changes_after
from server.push import push_batch
from server.reports import reconcile
from server.routes.common import API, DbDep, StationDep, stamp
from server.schemas import MAX_PUSH_RECORDS, PushRequest, ReconcileRequest

router = APIRouter(prefix=API, tags=["sync"])


@router.post("/sync/push", responses={409: {"description": "every record is a conflict"}, 413: {}})
def push(body: PushRequest, station: StationDep, db: DbDep) -> JSONResponse:
    """Store a batch of envelopes; the answer has one status per record, in order."""
    if body.station_code != station.code:
        raise HTTPException(status_code=403, detail="station_code 与当前工作站不符")
    if len(body.records) > MAX_PUSH_RECORDS:
        raise HTTPException(status_code=413, detail=f"一批最多 {MAX_PUSH_RECORDS} 条记录")
    with db.write() as session:
        results = push_batch(session, station, body.records)
    answer = {**stamp(), "results": [r.as_json() for r in results]}
    all_conflict = bool(results) and all(r.status == "conflict" for r in results)
    return JSONResponse(answer, status_code=409 if all_conflict else 200)


@router.get("/sync/pull")
def pull(
    station: StationDep,
    db: DbDep,
    cursor: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> dict[str, Any]:
    """Changes for this station's hall after ``cursor`` (the ``seq`` of the last one applied)."""
    with db.read() as session:
        rows, more = changes_after(session, station.hall_code, cursor, limit)
    changes = [{"seq": c.seq, "kind": c.kind, "key": c.key, "data": c.data} for c in rows]
    return {**stamp(), "cursor": rows[-1].seq if rows else cursor, "more": more, "changes": changes}


@router.post("/sync/reconcile")
def reconcile_counts(body: ReconcileRequest, station: StationDep, db: DbDep) -> dict[str, Any]:
    """What the server holds from this station per kind, and what is missing."""
    with db.read() as session:
        kinds = reconcile(session, station.code, body.counts, body.digests, body.ids)
    return {**stamp(), "kinds": kinds}
