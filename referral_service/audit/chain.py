"""Hashing, sealing and verifying the access log's chain. No Flask here."""
from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import bindparam, func, select, text, update
from sqlalchemy.engine import Connection, Engine

from ..jsontext import canonical
from ..progress import Progress, reporting
from . import merkle, tree
from .merkle import Hasher
from .models import AuditAnchor, AuditEvent

GENESIS = "0" * 64
SEAL_LOCK = 0x52454631  # advisory lock key: only one sealer at a time, never blocking a request
CONTENT_FIELDS = ("occurred_at", "request_id", "client_id", "agency_code", "scopes", "method", "path",
                  "action", "status", "outcome", "client_address", "user_agent", "resource_ids")


def content_of(values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name in CONTENT_FIELDS:
        value = values.get(name)
        if name == "occurred_at":
            value = value.isoformat(timespec="microseconds")
        out[name] = value
    return out


def content_hash(values: dict[str, Any]) -> str:
    """SHA-256 of the entry's content as canonical JSON (sorted keys, no spaces, UTF-8)."""
    return hashlib.sha256(canonical(content_of(values))).hexdigest()


def leaf_of_row(h: Hasher, row: Iterable[Any]) -> bytes:
    """The Merkle leaf hash of an entry from its content columns, in CONTENT_FIELDS order."""
    return merkle.leaf_hash(h, merkle.entry_bytes(content_of(dict(zip(CONTENT_FIELDS, row)))))


def link(prev_hash: str, content: str) -> str:
    return hashlib.sha256((prev_hash + content).encode("ascii")).hexdigest()


def chain_head(conn) -> tuple[int, str]:
    """The last sealed position and hash (or the archive anchor, or genesis)."""
    row = conn.execute(select(AuditEvent.seq, AuditEvent.chain_hash)
                       .where(AuditEvent.seq.is_not(None)).order_by(AuditEvent.seq.desc()).limit(1)).first()
    if row:
        return row[0], row[1]
    anchor = conn.execute(select(AuditAnchor.archived_through_seq, AuditAnchor.chain_hash)
                          .order_by(AuditAnchor.archived_through_seq.desc()).limit(1)).first()
    return (anchor[0], anchor[1]) if anchor else (0, GENESIS)


def seal(bind: Engine | Connection, batch: int = 5000, wait: bool = False, h: Hasher = merkle.HASHES["sha256"]) -> int:
    """Link committed, unsealed entries onto the chain and the Merkle tree; returns how many it sealed.

    Requests never wait for this: a sealer that finds the lock taken returns at once, and the
    holder (or the next sealer) links the entries in order of their ids. With `wait`, as verify
    and archive use it, the sealer waits for the holder, so that every entry committed before
    the call is on the chain when it returns. Each entry's leaf is appended to the tree's stored
    right edge (O(log n)), so the tree is never rebuilt.
    """
    if isinstance(bind, Engine):
        with bind.begin() as conn:
            return _seal(conn, batch, wait, h)
    return _seal(bind, batch, wait, h)


_SEAL_COLUMNS = [AuditEvent.id, AuditEvent.content_hash] + [getattr(AuditEvent, name) for name in CONTENT_FIELDS]


def _seal(conn: Connection, batch: int, wait: bool, h: Hasher) -> int:
    sealed = 0
    if conn.dialect.name == "postgresql":
        if wait:  # however long the holder takes: no lock_timeout (db.LOCK_TIMEOUT_MS) for this wait
            conn.exec_driver_sql("SET LOCAL lock_timeout = 0")
            conn.execute(select(func.pg_advisory_xact_lock(SEAL_LOCK)))
        elif not conn.execute(select(func.pg_try_advisory_xact_lock(SEAL_LOCK))).scalar():
            return 0
    seq, prev = chain_head(conn)
    while True:
        rows = conn.execute(select(*_SEAL_COLUMNS)
                            .where(AuditEvent.seq.is_(None)).order_by(AuditEvent.id).limit(batch)).all()
        if not rows:
            break
        params, leaves, first = [], [], seq
        for row in rows:
            seq += 1
            chained = link(prev, row[1])
            leaves.append(leaf_of_row(h, row[2:]))
            params.append({"b_id": row[0], "b_seq": seq, "b_prev": prev, "b_chain": chained,
                           "b_leaf": leaves[-1].hex()})
            prev = chained
        _link_rows(conn, params)
        tree.append(conn, h, first, leaves)
        sealed += len(rows)
        if len(rows) < batch:
            break
    return sealed


# PostgreSQL: a batch's positions and hashes in one statement, from arrays, not one UPDATE per entry.
_LINK_ALL = text("""UPDATE audit_events SET seq = v.seq, prev_hash = v.prev, chain_hash = v.chain, leaf_hash = v.leaf
                    FROM unnest(CAST(:ids AS bigint[]), CAST(:seqs AS bigint[]), CAST(:prevs AS varchar[]),
                                CAST(:chains AS varchar[]), CAST(:leaves AS varchar[])) AS v(id, seq, prev, chain, leaf)
                    WHERE audit_events.id = v.id""")
_LINK_ONE = (update(AuditEvent).where(AuditEvent.id == bindparam("b_id"))
             .values(seq=bindparam("b_seq"), prev_hash=bindparam("b_prev"), chain_hash=bindparam("b_chain"),
                     leaf_hash=bindparam("b_leaf")).execution_options(synchronize_session=False))


def _link_rows(conn: Connection, params: list[dict[str, Any]]) -> None:
    """Write each entry's position and hashes: one statement per batch on PostgreSQL, one per entry elsewhere."""
    if conn.dialect.name != "postgresql":
        conn.execute(_LINK_ONE, params)
        return
    columns = {"ids": "b_id", "seqs": "b_seq", "prevs": "b_prev", "chains": "b_chain", "leaves": "b_leaf"}
    conn.execute(_LINK_ALL, {name: [p[key] for p in params] for name, key in columns.items()})


@dataclass
class Verdict:
    ok: bool
    checked: int
    first_broken_id: int | None = None
    first_broken_seq: int | None = None
    reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "checked": self.checked, "first_broken_id": self.first_broken_id,
                "first_broken_seq": self.first_broken_seq, "reason": self.reason}


def verify_rows(rows: Iterable[Any], start_seq: int, start_hash: str) -> Verdict:
    """Check rows (in seq order) against their content and the chain from (start_seq, start_hash)."""
    expected_seq, prev, checked = start_seq, start_hash, 0
    for row in rows:
        values = row._asdict() if hasattr(row, "_asdict") else row
        expected_seq += 1
        checked += 1
        broken = None
        if values["seq"] != expected_seq:
            broken = f"expected position {expected_seq}, found {values['seq']} (an entry is missing or moved)"
        elif content_hash(values) != values["content_hash"]:
            broken = "the entry's content does not match its hash"
        elif values["prev_hash"] != prev:
            broken = "the entry does not link to the previous entry's hash"
        elif link(prev, values["content_hash"]) != values["chain_hash"]:
            broken = "the entry's chain hash is wrong"
        if broken:
            return Verdict(False, checked, values["id"], values["seq"], broken)
        prev = values["chain_hash"]
    return Verdict(True, checked)


def verify(conn: Connection, h: Hasher = merkle.HASHES["sha256"], progress: Progress | None = None) -> Verdict:
    """Seal what is pending, then check the whole stored chain and every unsealed entry."""
    seal(conn, wait=True, h=h)
    columns = [getattr(AuditEvent, name) for name in CONTENT_FIELDS] + [
        AuditEvent.id, AuditEvent.seq, AuditEvent.content_hash, AuditEvent.prev_hash, AuditEvent.chain_hash]
    anchor = conn.execute(select(AuditAnchor.archived_through_seq, AuditAnchor.chain_hash)
                          .order_by(AuditAnchor.archived_through_seq.desc()).limit(1)).first()
    start_seq, start_hash = (anchor[0], anchor[1]) if anchor else (0, GENESIS)
    # One statement, so one snapshot: a sealer committing meanwhile cannot hide an entry between
    # a query of the sealed entries and a query of the unsealed ones.
    result = conn.execute(select(*columns).order_by(AuditEvent.seq.is_(None), AuditEvent.seq, AuditEvent.id)
                          .execution_options(stream_results=True, max_row_buffer=2000))
    rows = reporting((r._mapping for r in result), progress)
    unsealed: list = []

    def sealed():
        for values in rows:
            if values["seq"] is None:
                unsealed.append(values)
                return
            yield values

    verdict = verify_rows(sealed(), start_seq, start_hash)
    if not verdict.ok:
        return verdict
    # Entries written after the seal above are not on the chain yet; their content must still match.
    for values in itertools.chain(unsealed, rows):
        verdict.checked += 1
        if content_hash(values) != values["content_hash"]:
            return Verdict(False, verdict.checked, values["id"], None,
                           "the entry's content does not match its hash")
    return verdict
