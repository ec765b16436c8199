"""Secrets (station credential, clerk token, the local store's field key).

They live in the OS keyring. A kiosk PC with no desktop session, or CI, has no
usable keyring (``NoKeyringError``, or a locked Secret Service that raises); there the
station falls back, by configuration, to a file vault: one file under the data folder
readable only by the station's OS user (mode 0600), never the config file and never
the database. ``secrets_backend`` in the station config chooses:

* ``keyring`` – keyring only; a missing keyring is an error shown to the operator;
* ``file`` – the file vault only;
* ``auto`` (default) – keyring when it works, the file vault otherwise, and the
  status bar says which one is in use.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import Protocol

from app.i18n import Text

log = logging.getLogger(__name__)

SERVICE = "yichuang"


class SecretStore(Protocol):
    backend_name: str

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class SecretsUnavailable(Exception):
    """No usable secret store; ``str()`` is in the interface language, ``args[0]`` in the source language."""

    def __init__(self, reason: str | Text) -> None:
        self.text = reason if isinstance(reason, Text) else Text(reason)
        super().__init__(self.text.chinese())

    def __str__(self) -> str:
        return str(self.text)


def _platform_backend() -> object:
    """The OS keyring of this platform, made directly.

    keyring's own discovery imports every installed plugin through package metadata,
    which costs a quarter of a second at start-up; the station only trusts the OS
    keyrings anyway (never a plaintext "alt" backend).
    """
    if sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring

        return WinVaultKeyring()
    if sys.platform == "darwin":
        from keyring.backends.macOS import Keyring as MacKeyring

        return MacKeyring()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        # The Secret Service lives on the session bus; with none (a kiosk with no desktop
        # session, a service, CI) asking for it only costs time before failing.
        raise SecretsUnavailable("no D-Bus session bus")
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    backend = SecretServiceKeyring()  # type: ignore[no-untyped-call]
    backend.priority  # noqa: B018 - raises when no Secret Service is reachable
    return backend


class KeyringStore:
    backend_name = "keyring"

    def __init__(self) -> None:
        import keyring
        import keyring.core

        self._keyring = keyring
        self._backend_error: Exception | None = None
        # A backend set by the caller (tests set an in-memory one) is used as it is.
        if getattr(keyring.core, "_keyring_backend", None) is None:
            try:
                keyring.set_keyring(_platform_backend())  # type: ignore[arg-type]
            except Exception as exc:
                self._backend_error = exc

    def probe(self) -> None:
        """Raise when the keyring cannot store secrets here."""
        if self._backend_error is not None:
            raise SecretsUnavailable(type(self._backend_error).__name__) from self._backend_error
        try:
            self._keyring.get_password(SERVICE, "__probe__")
        except Exception as exc:  # NoKeyringError, locked Secret Service, D-Bus errors …
            raise SecretsUnavailable(type(exc).__name__) from exc

    def get(self, name: str) -> str | None:
        return self._keyring.get_password(SERVICE, name)

    def set(self, name: str, value: str) -> None:
        self._keyring.set_password(SERVICE, name, value)

    def delete(self, name: str) -> None:
        with contextlib.suppress(self._keyring.errors.PasswordDeleteError):
            self._keyring.delete_password(SERVICE, name)


class FileVault:
    """Secrets in one JSON file only the station's OS user can read."""

    backend_name = "file"

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        return {str(k): str(v) for k, v in data.items()}

    def _write(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def get(self, name: str) -> str | None:
        return self._read().get(name)

    def set(self, name: str, value: str) -> None:
        data = self._read()
        data[name] = value
        self._write(data)

    def delete(self, name: str) -> None:
        data = self._read()
        if data.pop(name, None) is not None:
            self._write(data)


def open_secret_store(backend: str, data_dir: Path) -> SecretStore:
    """The secret store the configuration asks for (see the module docstring)."""
    vault = FileVault(data_dir / "secrets.vault.json")
    if backend == "file":
        return vault
    store = KeyringStore()
    try:
        store.probe()
    except SecretsUnavailable as exc:
        if backend == "keyring":
            raise SecretsUnavailable(Text(
                "系统密钥环不可用（{reason}）。请解锁密钥环，或在工作站配置中设置 secrets_backend = \"file\"。",
                reason=str(exc))) from exc
        log.warning("keyring unavailable (%s); using the file vault", exc)
        return vault
    return store
