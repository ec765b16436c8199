"""Halls, users, stations and API keys: the operations behind the CLI (and the tests)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.changes import record_change, user_change_data
from server.credentials import (
    API_KEY_SCOPES,
    ROLES,
    enrolment_digest,
    hash_password,
    make_offline_hash,
    new_enrolment_code,
    new_secret,
    sha256_hex,
)
from server.db import utcnow
from server.models import ApiKey, Hall, Station, User

HALL_CODE = re.compile(r"^[A-Z0-9]{2,12}$")
STAFF_NO = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
MIN_PASSWORD_LENGTH = 8


class IdentityError(ValueError):
    """A request the operator can fix (message in Chinese)."""


def add_hall(session: Session, code: str, name: str) -> Hall:
    if not HALL_CODE.match(code):
        raise IdentityError("大厅编码须为 2–12 位大写字母或数字")
    if session.get(Hall, code) is not None:
        raise IdentityError(f"大厅 {code} 已存在")
    if not name.strip() or len(name.strip()) > 100:
        raise IdentityError("大厅名称不能为空，最长 100 字")
    hall = Hall(code=code, name=name.strip())
    session.add(hall)
    session.flush()
    return hall


def _hall_or_error(session: Session, code: str) -> Hall:
    hall = session.get(Hall, code)
    if hall is None:
        raise IdentityError(f"大厅 {code} 不存在，请先用 add-hall 登记")
    return hall


def set_user(session: Session, staff_no: str, name: str, role: str, hall_code: str, password: str) -> User:
    """Create a user, or update one (name, role, hall, password) with the same staff number."""
    if not STAFF_NO.match(staff_no):
        raise IdentityError("工号只能由字母、数字、- 和 _ 组成，最长 32 位")
    if role not in ROLES:
        raise IdentityError(f"角色须为 {' 或 '.join(ROLES)}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise IdentityError(f"密码至少 {MIN_PASSWORD_LENGTH} 位")
    if not name.strip() or len(name.strip()) > 50:
        raise IdentityError("姓名不能为空，最长 50 字")
    _hall_or_error(session, hall_code)
    user = session.get(User, staff_no)
    if user is None:
        user = User(staff_no=staff_no)
        session.add(user)
    elif user.hall_code != hall_code:
        # Moved to another hall: the old hall's stations must forget the offline verifier.
        gone = {**user_change_data(user), "active": False, "offline_hash": None}
        record_change(session, "user", staff_no, gone, user.hall_code)
    user.name, user.role, user.hall_code = name.strip(), role, hall_code
    user.password_hash = hash_password(password)
    user.offline_hash = make_offline_hash(password)
    user.active, user.failed_logins, user.locked_until, user.updated_at = True, 0, None, utcnow()
    session.flush()
    record_change(session, "user", staff_no, user_change_data(user), hall_code)
    return user


def deactivate_user(session: Session, staff_no: str) -> User:
    """停用: no more online logins, and stations drop the offline verifier on their next pull."""
    user = session.get(User, staff_no)
    if user is None:
        raise IdentityError(f"工作人员 {staff_no} 不存在")
    user.active, user.updated_at = False, utcnow()
    session.flush()
    record_change(session, "user", staff_no, user_change_data(user), user.hall_code)
    return user


@dataclass(frozen=True)
class NewStation:
    code: str
    enrolment_code: str


def add_station(session: Session, hall_code: str, name: str) -> NewStation:
    """Register a station: its code is the hall code plus a 2-digit sequence."""
    _hall_or_error(session, hall_code)
    if len(name.strip()) > 100:
        raise IdentityError("工作站名称最长 100 字")
    last = session.scalar(select(func.max(Station.seq)).where(Station.hall_code == hall_code)) or 0
    seq = last + 1
    if seq > 99:
        raise IdentityError("本大厅工作站已满 99 台")
    code = f"{hall_code}{seq:02d}"
    enrolment_code = new_enrolment_code()
    session.add(
        Station(
            code=code, hall_code=hall_code, seq=seq, name=name.strip() or code, enrolment_hash=enrolment_digest(enrolment_code)
        )
    )
    session.flush()
    return NewStation(code=code, enrolment_code=enrolment_code)


def reset_enrolment(session: Session, station_code: str) -> str:
    """A replaced PC: revoke the station's secret and issue a new one-time enrolment code."""
    station = session.get(Station, station_code)
    if station is None:
        raise IdentityError(f"工作站 {station_code} 不存在")
    code = new_enrolment_code()
    station.enrolment_hash, station.secret_hash, station.enrolled_at = enrolment_digest(code), None, None
    return code


def add_api_key(session: Session, name: str, scope: str) -> str:
    if scope not in API_KEY_SCOPES:
        raise IdentityError(f"密钥范围须为 {' 或 '.join(API_KEY_SCOPES)}")
    if session.scalar(select(ApiKey).where(ApiKey.name == name)) is not None:
        raise IdentityError(f"密钥名称 {name} 已存在")
    key = new_secret()
    session.add(ApiKey(name=name, key_hash=sha256_hex(key), scope=scope))
    session.flush()
    return key
