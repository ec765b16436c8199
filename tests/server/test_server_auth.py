"""Clerk login, offline verifier, refresh, logout, lockout, hall boundary."""

from __future__ import annotations

from server_helpers import PASSWORD, Site

from app.protocol import offline_password_digest
from server.models import User


def _login(site: Site, staff_no: str, password: str, other: bool = False) -> tuple[int, dict[str, object]]:
    body = {"protocol": 1, "staff_no": staff_no, "password": password}
    r = site.client.post("/api/v1/auth/login", json=body, headers=site.station_headers(other))
    return r.status_code, r.json()


def test_login_returns_token_user_and_offline_verifier(site: Site) -> None:
    status, body = _login(site, "S001", PASSWORD)
    assert status == 200
    assert body["user"] == {"staff_no": "S001", "name": "张三", "role": "clerk", "hall": "ZJ01"}
    offline = body["offline_hash"]
    assert isinstance(offline, dict)
    digest = offline_password_digest(PASSWORD, offline["salt"], offline["n"], offline["r"], offline["p"], offline["dklen"])
    assert digest == offline["hash"]
    assert offline_password_digest("wrong", offline["salt"], offline["n"], offline["r"], offline["p"], 32) != offline["hash"]
    with site.db.read() as session:
        server_hash = session.get_one(User, "S001").password_hash
    assert offline["hash"] not in server_hash and offline["salt"] not in server_hash


def test_wrong_password_is_401_and_login_needs_station(site: Site) -> None:
    assert _login(site, "S001", "not-the-password")[0] == 401
    assert _login(site, "NOBODY", PASSWORD)[0] == 401
    r = site.client.post("/api/v1/auth/login", json={"protocol": 1, "staff_no": "S001", "password": PASSWORD})
    assert r.status_code == 401


def test_user_cannot_log_in_at_another_halls_station(site: Site) -> None:
    assert _login(site, "S001", PASSWORD, other=True)[0] == 403
    assert _login(site, "T001", PASSWORD, other=True)[0] == 200


def test_five_wrong_passwords_lock_the_account(site: Site) -> None:
    for _ in range(5):
        assert _login(site, "S002", "bad-password")[0] == 401
    assert _login(site, "S002", PASSWORD)[0] == 429


def test_refresh_rotates_token_and_logout_revokes(site: Site) -> None:
    headers = site.login()
    r = site.client.post("/api/v1/auth/refresh", json={"protocol": 1}, headers=headers)
    assert r.status_code == 200
    new_headers = {**headers, "X-Clerk-Token": r.json()["token"]}
    assert site.client.post("/api/v1/auth/refresh", json={"protocol": 1}, headers=headers).status_code == 401
    assert site.client.post("/api/v1/auth/logout", json={"protocol": 1}, headers=new_headers).status_code == 200
    assert site.client.post("/api/v1/auth/refresh", json={"protocol": 1}, headers=new_headers).status_code == 401


def test_clerk_token_only_works_at_its_own_station(site: Site) -> None:
    headers = site.login()
    moved = {**site.station_headers(other=True), "X-Clerk-Token": headers["X-Clerk-Token"]}
    body = {"protocol": 1, "window_no": "1", "categories": [{"code": "A"}]}
    assert site.client.post("/api/v1/queue/call-next", json=body, headers=moved).status_code == 401


def test_expired_token_is_refused(site: Site) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from server.db import utcnow
    from server.models import ClerkSession

    headers = site.login()
    with site.db.write() as session:
        session.execute(update(ClerkSession).values(expires_at=utcnow() - timedelta(minutes=1)))
    assert site.client.post("/api/v1/auth/refresh", json={"protocol": 1}, headers=headers).status_code == 401
