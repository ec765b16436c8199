"""Who may do what: clerk login (online against the server, offline against the cached
slow hash) and the role checks that every service makes before it writes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.clock import Clock, iso
from app.errors import PermissionDenied, UserError
from app.i18n import N_
from app.store import Store

ROLES = {"clerk": N_("窗口人员"), "supervisor": N_("大厅管理"), "agent": N_("代办员")}

# action -> roles allowed. Services call require(); the UI only hides what this forbids.
PERMISSIONS: dict[str, frozenset[str]] = {
    "queue.call": frozenset({"clerk", "supervisor", "agent"}),
    "intake.decide": frozenset({"clerk", "supervisor", "agent"}),
    "case.deliver": frozenset({"clerk", "supervisor"}),
    "case.set_status": frozenset({"supervisor"}),
    "case.void": frozenset({"supervisor"}),
    "rating.followup": frozenset({"supervisor"}),
    "rating.review_appeal": frozenset({"supervisor"}),
    "stats.view": frozenset({"supervisor"}),
    "settings.edit": frozenset({"supervisor"}),
    "sync.quarantine": frozenset({"supervisor"}),
}

_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


def hash_password(password: str, salt: bytes | None = None) -> str:
    """A salted scrypt hash: ``scrypt$n$r$p$salt$hash`` (base64)."""
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, **_SCRYPT)
    enc = base64.b64encode
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${enc(salt).decode()}${enc(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt_b64), n=int(n), r=int(r),
                            p=int(p), dklen=len(base64.b64decode(digest_b64)))
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


@dataclass(frozen=True)
class Session:
    """The clerk at this station now."""

    staff_no: str
    name: str
    role: str
    window_no: str = ""
    offline: bool = True

    @property
    def role_label(self) -> str:
        return ROLES.get(self.role, self.role)

    def can(self, action: str) -> bool:
        return self.role in PERMISSIONS.get(action, frozenset())


def require(session: Session | None, action: str) -> Session:
    """The session, if its role may do ``action``; PermissionDenied otherwise."""
    if session is None:
        raise PermissionDenied("请先登录。")
    if not session.can(action):
        raise PermissionDenied("当前账号（{role}）无权进行此操作，请联系大厅管理人员。", role=session.role_label)
    return session


def save_user(store: Store, staff_no: str, name: str, role: str, *, password: str | None = None,
              offline_hash: str | None = None, window_no: str = "", valid_days: int = 7,
              clock: Clock | None = None, source: str = "server") -> None:
    """Cache a user allowed on this station, with the hash used for offline login."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if password is not None:
        offline_hash = hash_password(password)
    until = iso((clock or store.clock).now() + timedelta(days=valid_days))
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO users (staff_no, name, role, window_no, offline_hash, offline_until, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(staff_no) DO UPDATE SET name = excluded.name,"
            " role = excluded.role, window_no = excluded.window_no,"
            " offline_hash = COALESCE(excluded.offline_hash, users.offline_hash),"
            " offline_until = excluded.offline_until, source = excluded.source",
            (staff_no, name, role, window_no, offline_hash, until, source),
        )


def login_offline(store: Store, staff_no: str, password: str) -> Session:
    """Log in against the locally cached hash of the last good login."""
    staff_no = staff_no.strip()
    if not staff_no or not password:
        raise UserError("请输入工号和密码。")
    row = store.query_one("SELECT * FROM users WHERE staff_no = ?", (staff_no,))
    if row is None or not row["offline_hash"] or not verify_password(password, row["offline_hash"]):
        raise UserError("工号或密码不正确，请重新输入。")
    if row["offline_until"] and datetime.fromisoformat(row["offline_until"]) < store.clock.now():
        raise UserError("离线登录已过期：请在网络恢复后联网登录一次。")
    return Session(row["staff_no"], row["name"], row["role"], row["window_no"] or "", offline=True)
