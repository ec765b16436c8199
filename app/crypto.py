"""Encryption of personal data at rest (names, ID numbers, phones) in the local store.

AES-256-GCM with a per-station key kept in the secret store, never in the database:
a copied database file reveals none of these fields. Equality look-ups use a keyed
blind index (HMAC-SHA256) instead of the clear value.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.secrets import SecretStore

KEY_NAME = "local-store-key"
_PREFIX = "e1:"


class FieldCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("field key must be 32 bytes")
        self._aead = AESGCM(key)
        self._index_key = hashlib.sha256(b"blind-index" + key).digest()

    @classmethod
    def from_secret_store(cls, secrets: SecretStore, name: str = KEY_NAME) -> FieldCipher:
        encoded = secrets.get(name)
        if encoded is None:
            encoded = base64.b64encode(AESGCM.generate_key(bit_length=256)).decode("ascii")
            secrets.set(name, encoded)
        return cls(base64.b64decode(encoded))

    def encrypt(self, plain: str | None) -> str | None:
        if plain is None or plain == "":
            return plain
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, plain.encode("utf-8"), None)
        return _PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, sealed: str | None) -> str | None:
        if sealed is None or sealed == "":
            return sealed
        if not sealed.startswith(_PREFIX):
            raise ValueError("not an encrypted field")
        raw = base64.b64decode(sealed[len(_PREFIX):])
        return self._aead.decrypt(raw[:12], raw[12:], None).decode("utf-8")

    def encrypt_bytes(self, plain: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, plain, None)

    def decrypt_bytes(self, sealed: bytes) -> bytes:
        return self._aead.decrypt(sealed[:12], sealed[12:], None)

    def blind_index(self, value: str) -> str:
        return hmac.new(self._index_key, value.strip().upper().encode("utf-8"), hashlib.sha256).hexdigest()
