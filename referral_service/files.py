"""Private files: directories 0700 and files 0600, whatever the process umask says."""
from __future__ import annotations

import os
import stat
from pathlib import Path

DIRECTORY_MODE = 0o700
FILE_MODE = 0o600


def private_directory(path: Path, *, tighten: bool = True) -> Path:
    """Create the directory (and missing parents) owner-only; tighten it if it exists and is ours.

    A shared directory (sticky, like /tmp, or another user's) is left as it is.
    """
    path = Path(path)
    path.mkdir(mode=DIRECTORY_MODE, parents=True, exist_ok=True)
    info = path.stat()
    if tighten and info.st_uid == os.getuid() and not info.st_mode & stat.S_ISVTX:
        path.chmod(DIRECTORY_MODE)
    return path


def open_private(path: Path, flags: int = os.O_WRONLY | os.O_CREAT | os.O_TRUNC):
    """A binary file opened for writing, created 0600 (never readable by others, even for a moment)."""
    fd = os.open(path, flags, FILE_MODE)
    os.fchmod(fd, FILE_MODE)
    return os.fdopen(fd, "wb")


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL (None for memory databases and other backends)."""
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            name = url[len(prefix):].split("?", 1)[0]
            return Path(name) if name and name != ":memory:" else None
    return None


def private_sqlite_file(url: str) -> None:
    """Create an SQLite database file 0600 in a 0700 directory before SQLite opens it.

    SQLite gives its -wal and -shm files the database file's permissions.
    """
    path = sqlite_path(url)
    if path is None:
        return
    private_directory(path.parent, tighten=False)  # the instance directory is tightened by the app
    if not path.exists():
        # Never open (and close) a database file this process may already hold: closing any
        # descriptor of it would drop SQLite's POSIX locks.
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, FILE_MODE))
    path.chmod(FILE_MODE)
