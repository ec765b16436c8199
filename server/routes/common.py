"""Small helpers shared by the route modules."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.protocol import PROTOCOL_VERSION
from server.auth import (
    ApiKeyIdentity,
    ClerkIdentity,
    Reader,
    StationIdentity,
    admin_auth,
    backoffice_auth,
    clerk_auth,
    station_auth,
    station_or_api_key,
)
from server.db import Database, utcnow

API = "/api/v1"


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def stamp() -> dict[str, object]:
    """Fields every JSON answer to a station starts with."""
    return {"protocol": PROTOCOL_VERSION, "server_time": utcnow().isoformat()}


DbDep = Annotated[Database, Depends(get_db)]
StationDep = Annotated[StationIdentity, Depends(station_auth)]
ClerkDep = Annotated[ClerkIdentity, Depends(clerk_auth)]
BackofficeDep = Annotated[ApiKeyIdentity, Depends(backoffice_auth)]
AdminDep = Annotated[ApiKeyIdentity, Depends(admin_auth)]
ReaderDep = Annotated[Reader, Depends(station_or_api_key)]
