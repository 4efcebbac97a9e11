"""Reading the access log: filters, pages, constant-memory exports, checkpoints and proofs."""
from __future__ import annotations

import csv
import io
import json
from contextlib import closing
from typing import Any, Iterator

from sqlalchemy import Text, cast, exists, func, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..http import Page, keyset_page
from ..queries import isoformat_utc
from ..statements import Prepared
from . import checkpoints, tree
from .checkpoints import Notary
from .models import AuditEvent, AuditSeal
from .notes import ED25519, Verifier, b64

EXPORT_FIELDS = ("id", "seq", "occurred_at", "request_id", "client_id", "agency_code", "scopes", "method",
                 "path", "action", "status", "outcome", "client_address", "user_agent", "resource_ids",
                 "content_hash", "prev_hash", "chain_hash")


# Each entry with its seal, when it has one: the columns the API and the export show.
_WITH_SEAL = AuditEvent.__table__.outerjoin(AuditSeal.__table__, AuditSeal.event_id == AuditEvent.id)
_SEAL_FIELDS = ("seq", "prev_hash", "chain_hash", "leaf_hash")
_SHOWN = [c for c in AuditEvent.__table__.c if c.key != "tx_id"] + [AuditSeal.__table__.c[n] for n in _SEAL_FIELDS]


def _column(name: str):
    """The column of the entry, or of its seal, that an exported field comes from."""
    return getattr(AuditSeal if name in _SEAL_FIELDS else AuditEvent, name)


def _filtered(stmt, dialect: str, filters: dict[str, Any]):
    if "from_" in filters:
        stmt = stmt.where(AuditEvent.occurred_at >= filters["from_"])
    if "to" in filters:
        stmt = stmt.where(AuditEvent.occurred_at < filters["to"])
    for name, column in (("client_id", AuditEvent.client_id), ("agency", AuditEvent.agency_code),
                         ("action", AuditEvent.action), ("outcome", AuditEvent.outcome),
                         ("status", AuditEvent.status)):
        if name in filters:
            stmt = stmt.where(column == filters[name])
    if "resource_id" in filters:
        wanted = filters["resource_id"]
        if dialect == "postgresql":
            stmt = stmt.where(AuditEvent.resource_ids.op("@>")(func.jsonb_build_array(wanted)))
        else:
            each = func.json_each(AuditEvent.resource_ids).table_valued("value")
            stmt = stmt.where(exists(select(1).select_from(each).where(each.c.value == wanted)))
    return stmt


def list_events(db: Session, filters: dict[str, Any], limit: int, cursor: str | None) -> Page:
    """A page of entries, newest first, each a row of the entry's and its seal's columns."""
    stmt = _filtered(select(*_SHOWN).select_from(_WITH_SEAL), db.get_bind().dialect.name, filters)
    return keyset_page(db, stmt, [AuditEvent.id], [int], limit=limit, cursor=cursor)


def export_lines(engine: Engine, filters: dict[str, Any], fmt: str, batch: int = 1000) -> Iterator[str]:
    """The filtered log, oldest first, in chunks of `batch` lines, streamed from one statement."""
    json_lines = fmt == "ndjson" and engine.dialect.name == "postgresql"
    stmt = Prepared(_export_statement(engine.dialect.name, filters, json_lines))
    with engine.connect().execution_options(readonly=True) as conn, closing(stmt.stream(conn, {}, batch)) as chunks:
        if json_lines:
            for chunk in chunks:
                yield "\n".join([line for line, in chunk]) + "\n"
        else:
            yield from _python_lines(chunks, fmt)


def _export_statement(dialect: str, filters: dict[str, Any], json_lines: bool):
    if not json_lines:
        columns = [_column(name) for name in EXPORT_FIELDS]
        return _filtered(select(*columns).select_from(_WITH_SEAL), dialect, filters).order_by(AuditEvent.id)
    # Each line built by PostgreSQL as JSON text: no row object per entry in Python. Python spent
    # about 40 µs an entry building a dict and encoding it; PostgreSQL's row_to_json about 10
    # (json_build_object costs the same; one json_object() of the text fields with concat() of
    # the rest was no faster). Keys keep the Python path's order.
    entry = _filtered(select(*_json_values()).select_from(_WITH_SEAL), dialect, filters).subquery("entry")
    return select(cast(func.row_to_json(entry.table_valued()), Text)).order_by(entry.c.id)


def _json_values() -> list:
    """The export's fields as PostgreSQL columns, with the values the Python path gives them."""
    values = {name: _column(name) for name in EXPORT_FIELDS}
    values["occurred_at"] = isoformat_utc(AuditEvent.occurred_at)
    # The stored scopes are one space-separated string; the export lists them (split() in Python).
    values["scopes"] = func.array_remove(func.string_to_array(AuditEvent.scopes, " "), "")
    return [value.label(name) for name, value in values.items()]


def _python_lines(chunks: Iterator[list[tuple]], fmt: str) -> Iterator[str]:
    """Each row as a line of CSV (with a header) or JSON, built in Python: every CSV, and SQLite's NDJSON."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if fmt == "csv":
        writer.writerow(EXPORT_FIELDS)
    for chunk in chunks:
        for row in chunk:
            values = dict(zip(EXPORT_FIELDS, row))
            values["occurred_at"] = values["occurred_at"].isoformat()
            values["scopes"] = values["scopes"].split() if values["scopes"] else []
            if fmt == "csv":
                values["scopes"] = " ".join(values["scopes"])
                values["resource_ids"] = " ".join(values["resource_ids"] or [])
                writer.writerow(values.values())
            else:
                buffer.write(_to_json(values) + "\n")
        yield _drain(buffer)
    if buffer.tell():  # the header of an empty export
        yield _drain(buffer)


# One encoder for every line: json.dumps with options builds a new encoder per call.
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


# --- The Merkle tree for auditors: checkpoints, keys and RFC 9162 proofs ------------------------


def latest_checkpoint(conn: Connection, notary: Notary) -> dict[str, Any]:
    """Seal what is pending, sign a checkpoint if one is due, and return the newest checkpoint."""
    checkpoints.seal(conn, notary, wait=True)
    row = checkpoints.latest(conn)
    if row is None:
        raise NotFound("No checkpoint has been signed yet: the service has no signing key configured.")
    return checkpoints.checkpoint_values(row)


def verifier_keys(notary: Notary) -> list[dict[str, Any]]:
    """Every public key the log has signed with, the current one marked."""
    current = notary.signer.verifier if notary.signer else None
    return [{"key_id": v.key_id.hex(), "name": v.name, "algorithm": notary_algorithm(v), "vkey": v.vkey,
             "current": v == current, "jwk": v.jwk()} for v in notary.verifiers]


def notary_algorithm(verifier: Verifier) -> str:
    """The signature scheme of a verifier key, by name."""
    return "ed25519" if verifier.alg == ED25519 else "sm2-sm3"


def _check_size(conn: Connection, field: str, value: int) -> None:
    """Refuse a tree size beyond the sealed log, naming the field."""
    size = checkpoints.tree_size(conn)
    if value > size:
        raise InvalidInput({field: [f"The log holds {size} sealed entries; ask for at most {size}."]})


def inclusion_proof(conn: Connection, notary: Notary, seq: int, size: int) -> dict[str, Any]:
    """The audit path proving entry `seq` is in the tree of `size` entries (RFC 9162 §2.1.3)."""
    if seq > size:
        raise InvalidInput({"seq": [f"The entry must lie within the tree: at most tree_size ({size})."]})
    _check_size(conn, "tree_size", size)
    h = notary.hash
    path = tree.inclusion_proof(conn, h, seq - 1, size)
    leaf = tree.nodes(conn, [(0, seq - 1)])[(0, seq - 1)]
    return {"seq": seq, "leaf_index": seq - 1, "tree_size": size, "leaf_hash": b64(leaf),
            "root_hash": b64(tree.root(conn, h, size)), "hashes": [b64(x) for x in path]}


def consistency_proof(conn: Connection, notary: Notary, first: int, second: int) -> dict[str, Any]:
    """The proof that the tree of `first` entries is a prefix of the tree of `second` (RFC 9162 §2.1.4)."""
    if first > second:
        raise InvalidInput({"first": [f"The older tree must not be larger than the newer: at most second ({second})."]})
    _check_size(conn, "second", second)
    h = notary.hash
    path = tree.consistency_proof(conn, h, first, second)
    return {"first": first, "second": second, "first_root_hash": b64(tree.root(conn, h, first)),
            "second_root_hash": b64(tree.root(conn, h, second)), "hashes": [b64(x) for x in path]}
