"""Secrets: the OS keyring when it works, the 0600 file vault where there is none."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import keyring
import keyring.core
import pytest

from app import secrets


def test_file_vault_is_private_and_round_trips(tmp_path: Path) -> None:
    vault = secrets.FileVault(tmp_path / "v.json")
    vault.set("station-secret", "s3cr3t")
    assert vault.get("station-secret") == "s3cr3t"
    assert stat.S_IMODE((tmp_path / "v.json").stat().st_mode) == 0o600
    vault.delete("station-secret")
    assert vault.get("station-secret") is None


def test_keyring_used_when_it_works(tmp_path: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    store = secrets.open_secret_store("auto", tmp_path)
    assert store.backend_name == "keyring"
    store.set("clerk-token", "t")
    assert memory_keyring.values[("yichuang", "clerk-token")] == "t"
    assert not (tmp_path / "secrets.vault.json").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Secret Service is the Linux keyring")
def test_no_session_bus_falls_back_to_the_vault_or_says_what_to_do(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    assert secrets.open_secret_store("auto", tmp_path).backend_name == "file"
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    with pytest.raises(secrets.SecretsUnavailable, match="secrets_backend"):
        secrets.open_secret_store("keyring", tmp_path)
