"""The supervisor PIN: format rules, hashed storage, lockout after wrong guesses."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.kiosk_pin import LOCKOUT_SECONDS, MAX_FAILURES, SECRET_NAME, PinChecker, has_pin, set_pin
from app.secrets import FileVault


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def vault(tmp_path):  # type: ignore[no-untyped-def]
    return FileVault(tmp_path / "vault.json")


@pytest.mark.parametrize("pin", ["", "12345", "1234567890123", "12a456", "000000", "123456", "654321", "999999999"])
def test_weak_or_malformed_pins_are_refused(vault: FileVault, pin: str) -> None:
    with pytest.raises(UserError):
        set_pin(vault, pin)
    assert not has_pin(vault)


def test_pin_is_stored_hashed_and_checks(vault: FileVault) -> None:
    set_pin(vault, "246810")
    stored = vault.get(SECRET_NAME)
    assert stored and "246810" not in stored and stored.startswith("scrypt$")
    checker = PinChecker(vault)
    assert checker.check("246810")
    assert not checker.check("246811")


def test_no_pin_set_says_how_to_set_it(vault: FileVault) -> None:
    with pytest.raises(UserError, match="yichuang setup"):
        PinChecker(vault).check("246810")


def test_lockout_after_repeated_failures(vault: FileVault) -> None:
    set_pin(vault, "246810")
    clock = Clock()
    checker = PinChecker(vault, monotonic=clock)
    for _ in range(MAX_FAILURES):
        assert not checker.check("111222")
    with pytest.raises(UserError, match="秒后再试"):
        checker.check("246810")  # even the right PIN waits
    clock.now += LOCKOUT_SECONDS + 1
    assert checker.check("246810")


def test_a_right_pin_resets_the_failure_count(vault: FileVault) -> None:
    set_pin(vault, "246810")
    checker = PinChecker(vault, monotonic=Clock())
    for _ in range(MAX_FAILURES - 1):
        assert not checker.check("111222")
    assert checker.check("246810")
    for _ in range(MAX_FAILURES - 1):
        assert not checker.check("111222")
    assert checker.locked_seconds_left == 0
