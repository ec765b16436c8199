"""FastAPI dependencies that check who is calling: a station, a clerk, or an API key.

The hashing itself lives in :mod:`server.credentials`.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlalchemy import select

from server.credentials import sha256_hex
from server.db import as_utc, utcnow
from server.models import ApiKey, ClerkSession, Station, User

# --- FastAPI dependencies -----------------------------------------------------------


@dataclass(frozen=True)
class StationIdentity:
    code: str
    hall_code: str


@dataclass(frozen=True)
class ClerkIdentity:
    staff_no: str
    name: str
    role: str
    hall_code: str
    station_code: str


@dataclass(frozen=True)
class ApiKeyIdentity:
    name: str
    scope: str


def _unauthorised(detail: str, scheme: str) -> HTTPException:
    return HTTPException(status_code=401, detail=detail, headers={"WWW-Authenticate": scheme})


def _station_from_header(request: Request) -> StationIdentity | None:
    header = request.headers.get("authorization", "")
    scheme, _, credentials = header.partition(" ")
    if scheme.lower() != "station" or ":" not in credentials:
        return None
    code, _, secret = credentials.strip().partition(":")
    with request.app.state.db.read() as session:
        station = session.get(Station, code)
        if station is None or not station.active or station.secret_hash is None:
            raise _unauthorised("工作站身份无效或未登记", "Station")
        if not hmac.compare_digest(station.secret_hash, sha256_hex(secret)):
            raise _unauthorised("工作站身份无效或未登记", "Station")
        return StationIdentity(code=station.code, hall_code=station.hall_code)


def station_auth(request: Request) -> StationIdentity:
    """``Authorization: Station <station_code>:<secret>``."""
    identity = _station_from_header(request)
    if identity is None:
        raise _unauthorised("需要工作站身份（Authorization: Station 编码:密钥）", "Station")
    return identity


def clerk_auth(request: Request, station: Annotated[StationIdentity, Depends(station_auth)]) -> ClerkIdentity:
    """``X-Clerk-Token``: a clerk logged in at this very station."""
    token = request.headers.get("x-clerk-token", "")
    if not token:
        raise _unauthorised("需要窗口人员登录", "Clerk")
    with request.app.state.db.read() as session:
        row = session.get(ClerkSession, sha256_hex(token))
        if row is None or row.revoked or as_utc(row.expires_at) <= utcnow() or row.station_code != station.code:
            raise _unauthorised("登录已失效，请重新登录", "Clerk")
        user = session.get(User, row.staff_no)
        if user is None or not user.active:
            raise _unauthorised("该工作人员已停用", "Clerk")
        return ClerkIdentity(user.staff_no, user.name, user.role, user.hall_code, station.code)


def _api_key_from_header(request: Request) -> ApiKeyIdentity | None:
    key = request.headers.get("x-api-key", "")
    if not key:
        return None
    with request.app.state.db.read() as session:
        row = session.scalar(select(ApiKey).where(ApiKey.key_hash == sha256_hex(key)))
        if row is None or not row.active:
            raise _unauthorised("接口密钥无效", "ApiKey")
        return ApiKeyIdentity(name=row.name, scope=row.scope)


def backoffice_auth(request: Request) -> ApiKeyIdentity:
    """``X-Api-Key`` of scope ``backoffice`` or ``admin``."""
    identity = _api_key_from_header(request)
    if identity is None:
        raise _unauthorised("需要接口密钥（X-Api-Key）", "ApiKey")
    return identity


def admin_auth(request: Request) -> ApiKeyIdentity:
    """``X-Api-Key`` of scope ``admin``."""
    identity = backoffice_auth(request)
    if identity.scope != "admin":
        raise HTTPException(status_code=403, detail="此操作需要管理员密钥")
    return identity


@dataclass(frozen=True)
class Reader:
    """Who reads hall data: a station (its own hall only) or an API key (any hall)."""

    station: StationIdentity | None
    api_key: ApiKeyIdentity | None

    def hall_or_403(self, hall: str | None) -> str:
        if self.station is not None:
            if hall not in (None, "", self.station.hall_code):
                raise HTTPException(status_code=403, detail="工作站只能查看本大厅的数据")
            return self.station.hall_code
        if not hall:
            raise HTTPException(status_code=422, detail="请指定大厅（hall）")
        return hall


def station_or_api_key(request: Request) -> Reader:
    station = _station_from_header(request)
    if station is not None:
        return Reader(station=station, api_key=None)
    key = _api_key_from_header(request)
    if key is not None:
        return Reader(station=None, api_key=key)
    raise _unauthorised("需要工作站身份或接口密钥", "Station")
