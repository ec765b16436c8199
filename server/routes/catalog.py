from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response

from server.catalogs import catalog_by_version
from server.routes.common import API, DbDep, StationDep

router = APIRouter(prefix=API, tags=["catalog"])


@router.get("/catalog/{version}", responses={200: {"content": {"application/json": {}}}, 304: {}, 404: {}})
def get_catalog(version: str, request: Request, _: StationDep, db: DbDep) -> Response:
    """The catalog file exactly as imported; ``ETag`` is its digest (send ``If-None-Match``)."""
    with db.read() as session:
        row = catalog_by_version(session, version)
        if row is None:
            raise HTTPException(status_code=404, detail=f"没有目录版本 {version}")
        etag = f'"{row.digest}"'
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
            return Response(status_code=304, headers=headers)
        return Response(content=bytes(row.raw), media_type="application/json", headers=headers)
