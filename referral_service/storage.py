"""Where attachment bytes live: one small interface, and a local-disk implementation.

The app factory makes the app's one store; routes reach it through context.storage() and hand it
to the services.
"""
from __future__ import annotations

import hashlib
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from .files import open_private, private_directory

CHUNK = 1024 * 1024
_KEY = re.compile(r"^[0-9a-f]{2}/[0-9a-f]{32}$")


@dataclass(frozen=True)
class Stored:
    key: str
    size: int
    sha256: str


class TooLarge(Exception):
    """The stream went past the size limit; nothing was kept."""


class Storage(Protocol):
    def put(self, stream: BinaryIO, max_bytes: int) -> Stored:
        """Store the stream's bytes under a new key; TooLarge (and nothing kept) past max_bytes."""

    def open(self, key: str) -> BinaryIO:
        """The stored bytes for reading."""

    def delete(self, key: str) -> None:
        """Remove the bytes; a missing key is not an error."""


class LocalStorage:
    """Files under one directory, named by random keys; written whole, then renamed into place."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        if not _KEY.match(key):  # keys are ours; anything else must never reach the filesystem
            raise ValueError(f"not a storage key: {key!r}")
        return self.root / key

    def put(self, stream: BinaryIO, max_bytes: int) -> Stored:
        name = uuid.uuid4().hex
        key = f"{name[:2]}/{name}"
        path = self._path(key)
        private_directory(self.root)
        private_directory(path.parent)
        partial = path.with_suffix(".part")
        digest, size = hashlib.sha256(), 0
        try:
            with open_private(partial) as out:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    if size > max_bytes:
                        raise TooLarge()
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return Stored(key, size, digest.hexdigest())

    def open(self, key: str) -> BinaryIO:
        return open(self._path(key), "rb")

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

