"""Uploaded files: the name and type checks every attachment passes, and storing it with the request.

A file is allowed by its extension and by what its first bytes are (PDF, JPEG, PNG, Word, OFD), never
by the type the client claims, and never when it carries markup a browser would run. Stored bytes are
removed again when the request's transaction ends without a commit, so a refused request leaves no
orphan file behind. Referrals, recommendations and consultations all take their files through here.
"""
from __future__ import annotations

import logging
import re
import unicodedata
import zipfile
from typing import Any, BinaryIO

from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session

from .errors import ApiError, InvalidInput
from .storage import Storage, Stored, TooLarge

log = logging.getLogger(__name__)


def _zip_has(stream: BinaryIO, names: tuple[str, ...]) -> bool:
    try:
        with zipfile.ZipFile(stream) as archive:
            listed = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    return any(name in listed for name in names)


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A PDF header is `%PDF-1.x` (or 2.0) and a line end; a JPEG starts with SOI and a marker segment.
_PDF_HEADER = re.compile(rb"%PDF-[12]\.[0-9][\r\n \t%]")
_JPEG_HEADER = re.compile(rb"\xff\xd8\xff[\xc0-\xfe]")
# How much of the start is sniffed, and markup that a browser would render or run if it guessed.
SNIFF_BYTES = 1024
_MARKUP = re.compile(rb"(?i)<\s*(?:html|head|body|script|iframe|object|embed|svg|img|a\s|meta|link|style|"
                     rb"!doctype|\?xml-stylesheet)|javascript:")
# Extension -> (content type, check of the leading bytes and, for zip packages, their contents).
FILE_TYPES: dict[str, tuple[str, Any]] = {
    ".pdf": ("application/pdf", lambda head, s: _PDF_HEADER.match(head) is not None),
    ".png": ("image/png", lambda head, s: head.startswith(b"\x89PNG\r\n\x1a\n")),
    ".jpg": ("image/jpeg", lambda head, s: _JPEG_HEADER.match(head) is not None),
    ".jpeg": ("image/jpeg", lambda head, s: _JPEG_HEADER.match(head) is not None),
    ".doc": ("application/msword", lambda head, s: head.startswith(_OLE2)),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              lambda head, s: head.startswith(b"PK\x03\x04") and _zip_has(s, ("word/document.xml",))),
    # OFD (GB/T 33190-2016) is a zip package whose entry point is OFD.xml.
    ".ofd": ("application/ofd", lambda head, s: head.startswith(b"PK\x03\x04") and _zip_has(s, ("OFD.xml",))),
}


def clean_filename(raw: str | None) -> str:
    """The client's file name without directories or control characters (Chinese kept)."""
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in unicodedata.normalize("NFC", name) if unicodedata.category(c)[0] != "C")
    return name.strip().strip(".")[:255]


def check_file(filename: str, stream: BinaryIO) -> str:
    """The content type of an allowed file, judged by extension and contents; else 422/415."""
    ext = ("." + filename.rsplit(".", 1)[-1].lower()) if "." in filename else ""
    if ext not in FILE_TYPES:
        raise InvalidInput({"file": ["Allowed: PDF, JPEG or PNG images, Word (.doc, .docx) and OFD "
                                     "documents, by file name extension."]})
    content_type, looks_right = FILE_TYPES[ext]
    head = stream.read(SNIFF_BYTES)
    stream.seek(0)
    matches = looks_right(head, stream) and not _MARKUP.search(head)
    stream.seek(0)
    if not matches:
        raise InvalidInput({"file": [f"The contents are not a {ext[1:].upper()} file."]})
    return content_type


def delete_unless_committed(db: Session, store: Storage, key: str) -> None:
    """Remove the stored file when the request's transaction ends without a commit."""
    state = {"committed": False, "done": False}

    def _after_commit(_session):
        state["committed"] = True

    def _after_end(_session, transaction):
        # Listeners cannot be removed while they run; the per-request session dies with the request.
        if transaction.parent is not None or state["done"]:
            return
        state["done"] = True
        if not state["committed"]:
            try:
                store.delete(key)
            except OSError:
                log.warning("could not remove the orphaned attachment %s", key, exc_info=True)

    sa_event.listen(db, "after_commit", _after_commit)
    sa_event.listen(db, "after_transaction_end", _after_end)


def checked(upload: Any) -> tuple[str, str]:
    """The upload's clean file name and its content type, or 422 naming `file`."""
    filename = clean_filename(upload.filename)
    if not filename:
        raise InvalidInput({"file": ["The file needs a name with its extension."]})
    return filename, check_file(filename, upload.stream)


def store(db: Session, store: Storage, upload: Any, max_bytes: int, too_large: str) -> Stored:
    """Keep the upload's bytes (413 with `too_large` past `max_bytes`) until the request commits."""
    try:
        stored = store.put(upload.stream, max_bytes)
    except TooLarge:
        raise ApiError(too_large, status=413, slug="payload-too-large", title="Payload too large") from None
    delete_unless_committed(db, store, stored.key)
    return stored
