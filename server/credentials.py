"""Credential hashing, with no web framework: used by the CLI and by :mod:`server.auth`.

- Passwords: scrypt (n=2**14, r=8, p=1, 16-byte salt), stored as
  ``scrypt$n$r$p$salt_hex$hash_hex``.
- Offline verifier: a *separate* scrypt hash of the same password with its own salt
  (:func:`app.protocol.offline_password_digest`), sent to the stations of the user's hall so
  they can log the clerk in with no network. It never equals the server hash, so a station
  database never yields the server's credential; it is as strong as the password.
- Station secrets, clerk tokens, API keys and enrolment codes are long random strings: only
  their sha256 is stored (a slow hash adds nothing to 256 random bits).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from app.protocol import offline_password_digest

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_DKLEN = 32
ENROLMENT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed by hand
ROLES = ("clerk", "supervisor")
API_KEY_SCOPES = ("backoffice", "admin")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=SCRYPT_DKLEN)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        algo, n, r, p, salt_hex, hash_hex = stored.split("$")
        if algo != "scrypt":
            return False
        digest = _scrypt(password, bytes.fromhex(salt_hex), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest.hex(), hash_hex)


def make_offline_hash(password: str) -> dict[str, Any]:
    """The offline-login verifier sent to stations (see the module docstring)."""
    salt_hex = secrets.token_bytes(16).hex()
    return {
        "algorithm": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "dklen": SCRYPT_DKLEN,
        "salt": salt_hex,
        "hash": offline_password_digest(password, salt_hex, SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_DKLEN),
    }


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def new_enrolment_code() -> str:
    chars = "".join(secrets.choice(ENROLMENT_ALPHABET) for _ in range(12))
    return f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def normalise_enrolment_code(code: str) -> str:
    return code.replace("-", "").replace(" ", "").upper()


def enrolment_digest(code: str) -> str:
    return sha256_hex(normalise_enrolment_code(code))
