"""The supervisor PIN that unlocks a kiosk, board or pad (管理员解锁密码).

Set in ``yichuang setup``; kept only as a salted scrypt hash in the station's secret
store (never in the config file). Wrong guesses are limited: after
:data:`MAX_FAILURES` wrong PINs in a row the PIN is refused for :data:`LOCKOUT_SECONDS`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from app.auth import hash_password, verify_password
from app.errors import UserError
from app.secrets import SecretStore

SECRET_NAME = "kiosk-supervisor-pin"
MIN_LENGTH = 6
MAX_LENGTH = 12
MAX_FAILURES = 5
LOCKOUT_SECONDS = 300


def check_pin_format(pin: str) -> None:
    """Raise a :class:`UserError` when ``pin`` is too weak to protect a public terminal."""
    if not pin.isdigit() or not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        raise UserError("管理员解锁密码应为 {low} 到 {high} 位数字。", field="pin", low=MIN_LENGTH, high=MAX_LENGTH)
    if len(set(pin)) == 1 or pin in "0123456789012" or pin in "9876543210987":
        raise UserError("管理员解锁密码过于简单（如 000000、123456），请换一个不易猜到的数字组合。", field="pin")


def set_pin(secrets: SecretStore, pin: str) -> None:
    check_pin_format(pin)
    secrets.set(SECRET_NAME, hash_password(pin))


def has_pin(secrets: SecretStore) -> bool:
    return bool(secrets.get(SECRET_NAME))


class PinChecker:
    """Checks the PIN against the stored hash, refusing guesses after repeated failures."""

    def __init__(self, secrets: SecretStore, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._secrets = secrets
        self._monotonic = monotonic
        self._failures = 0
        self._locked_until = 0.0

    @property
    def locked_seconds_left(self) -> int:
        return max(0, int(self._locked_until - self._monotonic() + 0.999))

    def check(self, pin: str) -> bool:
        """True when ``pin`` is right. Raises :class:`UserError` while locked out or with no PIN set."""
        left = self.locked_seconds_left
        if left:
            raise UserError("密码错误次数过多，请 {left} 秒后再试。", left=left)
        stored = self._secrets.get(SECRET_NAME)
        if not stored:
            raise UserError("本机尚未设置管理员解锁密码：请在电脑上运行 yichuang setup 设置。")
        if verify_password(pin, stored):
            self._failures = 0
            return True
        self._failures += 1
        if self._failures >= MAX_FAILURES:
            self._failures = 0
            self._locked_until = self._monotonic() + LOCKOUT_SECONDS
        return False
