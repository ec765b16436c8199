from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.i18n import N_
from server.credentials import new_secret, sha256_hex, verify_password
from server.db import as_utc, utcnow
from server.messages import Refusal
from server.models import ClerkSession, User
from server.routes.common import API, ClerkDep, DbDep, StationDep, stamp
from server.schemas import LoginRequest, Versioned

router = APIRouter(prefix=API, tags=["auth"])

TOKEN_LIFETIME = timedelta(hours=8)
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
BAD_LOGIN = "工号或密码错误"  # i18n: data (the station words its own message for a 401)


def _issue(session: Session, user: User, station_code: str) -> dict[str, Any]:
    # Tokens long expired are of no use to anyone: keep the table small.
    stale = delete(ClerkSession).where(ClerkSession.expires_at < utcnow() - timedelta(days=1))
    session.execute(stale.execution_options(synchronize_session=False))
    token = new_secret()
    expires = utcnow() + TOKEN_LIFETIME
    session.add(ClerkSession(token_hash=sha256_hex(token), staff_no=user.staff_no, station_code=station_code, expires_at=expires))
    return {
        **stamp(),
        "token": token,
        "expires_at": expires.isoformat(),
        "user": {"staff_no": user.staff_no, "name": user.name, "role": user.role, "hall": user.hall_code},
        "offline_hash": user.offline_hash,
    }


def _password_ok(user: User, password: str) -> bool:
    """Check the password, counting failures; a locked account is refused outright."""
    now = utcnow()
    if user.locked_until is not None and as_utc(user.locked_until) > now:
        raise Refusal(429, N_("密码错误次数过多，请 {minutes} 分钟后再试"), minutes=15)
    if verify_password(password, user.password_hash):
        user.failed_logins, user.locked_until = 0, None
        return True
    user.failed_logins += 1
    if user.failed_logins >= MAX_FAILED_LOGINS:
        user.failed_logins, user.locked_until = 0, now + LOCKOUT
    return False


@router.post("/auth/login")
def login(body: LoginRequest, station: StationDep, db: DbDep) -> dict[str, Any]:
    """Staff number + password at an enrolled station of the user's own hall."""
    with db.write() as session:
        user = session.get(User, body.staff_no)
        if user is None or not user.active:
            raise Refusal(401, BAD_LOGIN)
        if user.hall_code != station.hall_code:
            raise Refusal(403, N_("该工作人员不属于本大厅，不能在此工作站登录"))
        if _password_ok(user, body.password):
            return _issue(session, user, station.code)
    # The failed attempt was counted and committed above; only now refuse.
    raise Refusal(401, BAD_LOGIN)


@router.post("/auth/refresh")
def refresh(body: Versioned, request: Request, clerk: ClerkDep, db: DbDep) -> dict[str, Any]:
    """A fresh token for a clerk still logged in; the old token stops working."""
    with db.write() as session:
        old = session.get_one(ClerkSession, sha256_hex(request.headers["x-clerk-token"]))
        old.revoked = True
        return _issue(session, session.get_one(User, clerk.staff_no), clerk.station_code)


@router.post("/auth/logout")
def logout(body: Versioned, request: Request, clerk: ClerkDep, db: DbDep) -> dict[str, Any]:
    with db.write() as session:
        session.get_one(ClerkSession, sha256_hex(request.headers["x-clerk-token"])).revoked = True
    return {**stamp(), "status": "ok"}
