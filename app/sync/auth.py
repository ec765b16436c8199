"""Station enrolment and clerk login against the server.

- Enrolment: the one-time code from ``yichuang setup`` (secret store ``enrolment-code``)
  buys the station credential (``station-secret``). Records are pushed with the station
  credential only, so a clerk's token expiring offline never holds up queued data.
- Online login gives a short-lived clerk token (``clerk-token``, JSON with its expiry and
  staff number) for clerk-scoped calls (the shared hall queue), refreshed before it runs out,
  and brings the user's offline verifier so the next login works with no network.
- With the server unreachable, login falls back to the cached verifier (app.auth).
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.auth import Session
from app.errors import UserError
from app.i18n import N_
from app.protocol import PROTOCOL_VERSION
from app.secrets import SecretStore
from app.sync.client import AuthRefused, Offline, SyncClient
from app.sync.pull import local_offline_hash

if TYPE_CHECKING:
    from app.station import Station

log = logging.getLogger(__name__)

ENROLMENT_CODE = "enrolment-code"
STATION_SECRET = "station-secret"
CLERK_TOKEN = "clerk-token"
REFRESH_BEFORE = timedelta(hours=1)


def station_credentials(secrets: SecretStore, station_code: str) -> tuple[str, str] | None:
    secret = secrets.get(STATION_SECRET)
    return (station_code, secret) if station_code and secret else None


def is_enrolled(secrets: SecretStore) -> bool:
    return bool(secrets.get(STATION_SECRET))


def enrol(client: SyncClient, secrets: SecretStore, station_code: str) -> str:
    """Trade the enrolment code for the station secret; returns the station code."""
    code = secrets.get(ENROLMENT_CODE)
    if not station_code or not code:
        raise UserError("本工作站尚未登记：请运行 yichuang setup，输入工作站编码和一次性登记码。")
    try:
        answer = client.call("POST", "/stations/enrol", station=False,
                             json_body={"protocol": PROTOCOL_VERSION, "station_code": station_code,
                                        "enrolment_code": code},
                             required=("protocol", "station_secret"))
    except AuthRefused as exc:
        raise UserError("工作站登记失败：{detail}。请向运维人员重新申请登记码。", detail=exc.detail) from exc
    secrets.set(STATION_SECRET, str(answer.body["station_secret"]))
    secrets.delete(ENROLMENT_CODE)
    log.info("station %s enrolled", station_code)
    return str(answer.body.get("station_code") or station_code)


# -- clerk token -----------------------------------------------------------------------
def saved_token(secrets: SecretStore) -> dict[str, Any] | None:
    raw = secrets.get(CLERK_TOKEN)
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) and data.get("token") else None


def clerk_token(secrets: SecretStore, now: datetime) -> str | None:
    """The current clerk's token while it is valid, else None (the clerk works on offline)."""
    data = saved_token(secrets)
    if data is None:
        return None
    try:
        if datetime.fromisoformat(str(data["expires_at"])) <= now:
            return None
    except (KeyError, ValueError):
        return None
    return str(data["token"])


def _save_token(secrets: SecretStore, body: dict[str, Any]) -> None:
    given = body.get("user")
    user: dict[str, Any] = given if isinstance(given, dict) else {}
    secrets.set(CLERK_TOKEN, json.dumps({"token": body["token"], "expires_at": body.get("expires_at", ""),
                                         "staff_no": user.get("staff_no", "")}))


def refresh_token(client: SyncClient, secrets: SecretStore, now: datetime) -> bool:
    """Refresh a token close to its expiry; a refused one is dropped (login again online)."""
    data = saved_token(secrets)
    token = clerk_token(secrets, now)
    if data is None:
        return False
    if token is None:
        secrets.delete(CLERK_TOKEN)
        return False
    if datetime.fromisoformat(str(data["expires_at"])) - now > REFRESH_BEFORE:
        return True
    try:
        answer = client.call("POST", "/auth/refresh", json_body={"protocol": PROTOCOL_VERSION}, clerk_token=token,
                             required=("protocol", "token"))
    except AuthRefused:
        secrets.delete(CLERK_TOKEN)
        return False
    _save_token(secrets, answer.body)
    return True


# -- login -----------------------------------------------------------------------------
def login(station: Station, client: SyncClient | None, staff_no: str, password: str) -> Session:
    """Log in online when the server answers, else against the cached offline verifier."""
    staff_no = staff_no.strip()
    if not staff_no or not password:
        raise UserError("请输入工号和密码。")
    if client is None:
        return station.login(staff_no, password)
    if not is_enrolled(station.secrets) and not _enrol_on_first_login(station, client):
        return station.login(staff_no, password)
    try:
        answer = client.call("POST", "/auth/login", json_body={"protocol": PROTOCOL_VERSION, "staff_no": staff_no,
                                                               "password": password},
                             required=("protocol", "token", "user"))
    except Offline as exc:
        if exc.status == 429:
            raise UserError(exc.detail or N_("密码错误次数过多，请稍后再试。")) from exc  # the server's words as they are
        log.info("server unreachable (%s): offline login", exc.reason)
        return station.login(staff_no, password)
    except AuthRefused as exc:
        if exc.status == 401 and "工号或密码" in exc.detail:  # i18n: data (the server's wording)
            raise UserError("工号或密码不正确，请重新输入。") from exc
        raise UserError("无法登录：{detail}", detail=exc.detail) from exc
    _remember_user(station, answer.body)
    _save_token(station.secrets, answer.body)
    session = station.login(staff_no, password)
    station.session = replace(session, offline=False)
    return station.session


def _enrol_on_first_login(station: Station, client: SyncClient) -> bool:
    """A station set up a moment ago enrols before its first login, so that login can be online.

    False when it cannot (no code, server away, code refused): the login is then offline and
    the sync engine tries again and says why in the status bar."""
    if not station.secrets.get(ENROLMENT_CODE):
        return False
    try:
        code = enrol(client, station.secrets, station.station_code)
    except (Offline, UserError) as exc:
        log.info("enrolment before login not possible (%s): offline login", type(exc).__name__)
        return False
    if code != station.store.station_code:
        station.store.set_meta("station_code", code)
    return True


def _remember_user(station: Station, body: dict[str, Any]) -> None:
    from app.auth import save_user

    user = body["user"]
    role = str(user.get("role", "clerk"))
    existing = station.store.query_one("SELECT window_no FROM users WHERE staff_no = ?", (user["staff_no"],))
    save_user(station.store, str(user["staff_no"]), str(user.get("name", "")), role,
              offline_hash=local_offline_hash(body.get("offline_hash")),
              window_no=(existing["window_no"] or "") if existing else "",
              valid_days=station.config.offline_login_days, source="server")
