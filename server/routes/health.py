from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import text

from app.protocol import SUPPORTED_PROTOCOLS
from server.routes.common import API, DbDep, stamp

router = APIRouter(prefix=API, tags=["health"])


@router.get("/health")
def health(db: DbDep) -> dict[str, Any]:
    """服务器在线且数据库可用 / the server is up and its database answers."""
    with db.read() as session:
        session.execute(text("SELECT 1"))
    return {"status": "ok", **stamp(), "supported": sorted(SUPPORTED_PROTOCOLS)}
