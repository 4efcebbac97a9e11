"""Signing secrets: made in the Standard Webhooks form, kept encrypted at rest, never logged."""
from __future__ import annotations

import base64
import os
import secrets as random
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from config import Settings

PREFIX = "whsec_"
KEY_FILE = "webhook-secret.key"


def new_secret() -> str:
    """A fresh `whsec_` secret: 32 random bytes, base64."""
    return PREFIX + base64.b64encode(random.token_bytes(32)).decode()


def _key(settings: Settings) -> bytes:
    """The Fernet key: REFERRAL_WEBHOOK_SECRET_KEY, else a key file made once under instance_path."""
    if settings.webhook_secret_key:
        return settings.webhook_secret_key.encode()
    path = Path(settings.instance_path) / KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.with_name(f".{KEY_FILE}.{os.getpid()}")
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(Fernet.generate_key())
        try:
            os.link(draft, path)  # atomic: the first process to link wins, the others read its key
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_bytes().strip()


class SecretBox:
    """Encrypts secrets for the database and decrypts them to sign deliveries."""

    def __init__(self, settings: Settings):
        """The box for the key of these settings."""
        self._fernet = Fernet(_key(settings))

    def seal(self, secret: str) -> str:
        """The secret encrypted, for the database."""
        return self._fernet.encrypt(secret.encode()).decode()

    def open(self, ciphertext: str) -> str:
        """The secret back from the database, to sign with."""
        try:
            return self._fernet.decrypt(ciphertext.encode()).decode()
        except InvalidToken:
            raise RuntimeError("a webhook secret cannot be decrypted: the key has changed") from None

    def __repr__(self) -> str:
        """Never the key."""
        return "SecretBox(<key hidden>)"
