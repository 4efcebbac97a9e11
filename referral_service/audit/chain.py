"""Hashing, sealing and verifying the access log's chain. No Flask here."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from sqlalchemy import exists, func, insert, literal_column, select, text, true, tuple_
from sqlalchemy.engine import Connection, Engine

from ..jsontext import canonical
from ..progress import Progress, reporting
from . import merkle, tree
from .merkle import Hasher
from .models import AuditAnchor, AuditEvent, AuditSeal

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
    row = conn.execute(select(AuditSeal.seq, AuditSeal.chain_hash).order_by(AuditSeal.seq.desc()).limit(1)).first()
    if row:
        return row[0], row[1]
    anchor = conn.execute(select(AuditAnchor.archived_through_seq, AuditAnchor.chain_hash)
                          .order_by(AuditAnchor.archived_through_seq.desc()).limit(1)).first()
    return (anchor[0], anchor[1]) if anchor else (0, GENESIS)


def position(tx_id: int | None, event_id: int) -> tuple[int, int]:
    """Where an entry stands in the sealing order: (tx_id, id), entries without a tx_id first.

    On PostgreSQL every entry gets its transaction's id, but those sealed before the column existed
    have none; on SQLite none has one, and the order is the ids'.
    """
    return (-1 if tx_id is None else tx_id, event_id)


def last_sealed(conn: Connection) -> tuple[int, int] | None:
    """The position of the newest sealed entry still in the table, or None when none is: the sealer goes on after it."""
    row = conn.execute(select(AuditEvent.tx_id, AuditEvent.id).join(AuditSeal, AuditSeal.event_id == AuditEvent.id)
                       .order_by(AuditSeal.seq.desc()).limit(1)).first()
    return None if row is None else position(row[0], row[1])


# The oldest transaction still running that could be this database's (sessions known to be in other
# databases of the cluster are left out), or else the first transaction id not yet started, from the
# statement's own snapshot: the notification feed's horizon. An entry below it is committed (or
# rolled back), and every entry still to commit will have a larger tx_id.
HORIZON = text("""(SELECT coalesce(min(x::text::bigint), pg_snapshot_xmax(pg_current_snapshot())::text::bigint)
  FROM pg_snapshot_xip(pg_current_snapshot()) AS x
  WHERE (x::text::bigint % 4294967296) NOT IN (
    SELECT backend_xid::text::bigint FROM pg_stat_activity
    WHERE datname IS DISTINCT FROM current_database() AND backend_xid IS NOT NULL))""")


def unsealed_after(stmt, dialect: str, last: tuple[int, int] | None):
    """`stmt` limited to the entries after position `last` (all of them when None) with no seal, in sealing order.

    After the newest sealed entry every entry is unsealed, unless seals were tampered with: the
    check for a seal (one index probe an entry) keeps the sealer from sealing an entry twice.
    """
    stmt = stmt.where(~exists().where(AuditSeal.event_id == AuditEvent.id))
    if dialect != "postgresql":
        return (stmt if last is None else stmt.where(AuditEvent.id > last[1])).order_by(AuditEvent.id)
    if last is not None:
        stmt = stmt.where(tuple_(AuditEvent.tx_id, AuditEvent.id) > tuple_(*last))
    return stmt.order_by(AuditEvent.tx_id, AuditEvent.id)


def unsealed_count(conn: Connection) -> int:
    """How many entries wait for the sealer: those after the newest sealed one."""
    stmt = unsealed_after(select(func.count()).select_from(AuditEvent), conn.dialect.name, last_sealed(conn))
    return conn.execute(stmt.order_by(None)).scalar_one()


def seal(bind: Engine | Connection, batch: int = 5000, wait: bool = False, h: Hasher = merkle.HASHES["sha256"]) -> int:
    """Link committed, unsealed entries onto the chain and the Merkle tree; returns how many it sealed.

    Requests never wait for this: a sealer that finds the lock taken returns at once, and the
    holder (or the next sealer) links the entries in order. On PostgreSQL the order is
    (transaction id, id), and an entry is taken only once every transaction older than its own
    has ended, so one that commits late is never passed over; on SQLite (one writer at a time)
    it is the ids'. With `wait`, as verify and archive use it, the sealer waits for the holder,
    so that every entry committed before the call is on the chain when it returns (on
    PostgreSQL: unless a transaction older than it is still running). Each seal is a row of its
    own in audit_seals: the entry is never updated. Each entry's leaf is appended to the tree's
    stored right edge (O(log n)), so the tree is never rebuilt.
    """
    if isinstance(bind, Engine):
        with bind.begin() as conn:
            return _seal(conn, batch, wait, h)
    return _seal(bind, batch, wait, h)


_SEAL_COLUMNS = [AuditEvent.id, AuditEvent.tx_id, AuditEvent.content_hash] + [
    getattr(AuditEvent, name) for name in CONTENT_FIELDS]


def _locked(conn: Connection, wait: bool) -> bool:
    """Take the sealer's lock for this transaction (PostgreSQL); False when another sealer holds it and `wait` is off."""
    if conn.dialect.name != "postgresql":
        return True
    if wait:  # however long the holder takes: no lock_timeout (db.LOCK_TIMEOUT_MS) for this wait
        conn.exec_driver_sql("SET LOCAL lock_timeout = 0")
        conn.execute(select(func.pg_advisory_xact_lock(SEAL_LOCK)))
        return True
    return bool(conn.execute(select(func.pg_try_advisory_xact_lock(SEAL_LOCK))).scalar())


def hold_sealing(conn: Connection) -> None:
    """Hold the sealer's lock to the end of this transaction, waiting for it as long as it takes.

    Verify holds it from its seal to its last statement, so a transaction that takes it (archive,
    which removes entries and their seals and leaves an anchor) commits before verify starts or
    after it ends, never between verify's reading of the anchor and its walk. On SQLite the
    transaction's write lock does the same.
    """
    _locked(conn, wait=True)


def _pending(conn: Connection, last: tuple[int, int] | None, batch: int) -> list:
    """The next `batch` committed entries after position `last`, in sealing order."""
    stmt = select(*_SEAL_COLUMNS)
    if conn.dialect.name == "postgresql":
        # The sessions the horizon leaves out are read afresh, not from the view this transaction cached.
        conn.execute(select(func.pg_stat_clear_snapshot()))
        stmt = stmt.where(AuditEvent.tx_id < HORIZON)
    return conn.execute(unsealed_after(stmt, conn.dialect.name, last).limit(batch)).all()


def _seal(conn: Connection, batch: int, wait: bool, h: Hasher) -> int:
    if not _locked(conn, wait):
        return 0
    sealed = 0
    seq, prev = chain_head(conn)
    last = last_sealed(conn)
    # Told to wait, the sealer looks again when committed entries are left behind its horizon: a
    # transaction of another database that ended while the horizon was read can hold it back.
    second_looks = 3 if wait else 0
    while True:
        rows = _pending(conn, last, batch)
        if not rows and second_looks and unsealed_count(conn):
            second_looks -= 1
            continue
        if not rows:
            break
        params, leaves, first = [], [], seq
        for row in rows:
            seq += 1
            chained = link(prev, row[2])
            leaves.append(leaf_of_row(h, row[3:]))
            params.append({"seq": seq, "event_id": row[0], "prev_hash": prev, "chain_hash": chained,
                           "leaf_hash": leaves[-1].hex()})
            prev = chained
        _link_rows(conn, params)
        tree.append(conn, h, first, leaves)
        sealed += len(rows)
        last = position(rows[-1][1], rows[-1][0])
        if len(rows) < batch:
            break
    return sealed


# PostgreSQL: a batch's seals in one statement, from arrays, not one INSERT per entry.
_LINK_ALL = text("""INSERT INTO audit_seals (seq, event_id, prev_hash, chain_hash, leaf_hash)
                    SELECT * FROM unnest(CAST(:seqs AS bigint[]), CAST(:ids AS bigint[]), CAST(:prevs AS varchar[]),
                                         CAST(:chains AS varchar[]), CAST(:leaves AS varchar[]))""")


def _link_rows(conn: Connection, params: list[dict[str, Any]]) -> None:
    """Write each entry's seal: one statement per batch on PostgreSQL, one per entry elsewhere."""
    if conn.dialect.name != "postgresql":
        conn.execute(insert(AuditSeal), params)
        return
    columns = {"seqs": "seq", "ids": "event_id", "prevs": "prev_hash", "chains": "chain_hash", "leaves": "leaf_hash"}
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
    """Check rows (in seq order) against their content and the chain from (start_seq, start_hash).

    A row whose id is None stands for a seal whose entry is gone (its event_id names the entry).
    """
    expected_seq, prev, checked = start_seq, start_hash, 0
    for row in rows:
        values = row._asdict() if hasattr(row, "_asdict") else row
        expected_seq += 1
        checked += 1
        broken = _fault(values, expected_seq, prev)
        if broken:
            entry = values["id"] if values["id"] is not None else values.get("event_id")
            return Verdict(False, checked, entry, values["seq"], broken)
        prev = values["chain_hash"]
    return Verdict(True, checked)


def _fault(values: Any, expected_seq: int, prev: str) -> str | None:
    """What is wrong with one sealed entry at `expected_seq` after the chain hash `prev`, if anything."""
    if values["seq"] != expected_seq:
        return f"expected position {expected_seq}, found {values['seq']} (an entry is missing or moved)"
    if values["id"] is None:
        return f"the entry sealed at position {expected_seq} is missing from the log"
    if content_hash(values) != values["content_hash"]:
        return "the entry's content does not match its hash"
    if values["prev_hash"] != prev:
        return "the entry does not link to the previous entry's hash"
    if link(prev, values["content_hash"]) != values["chain_hash"]:
        return "the entry's chain hash is wrong"
    return None


def sealed_entries(dialect: str):
    """The seals, each with the entry it names (nulls when the entry is gone), and the entry's columns.

    Read in seq order, the seals come from their primary key in its own order, and on PostgreSQL
    each entry is then fetched through its own primary key: a lateral subquery, kept as written
    by its OFFSET 0. A plain join over the whole log is planned as a hash or merge join on the
    entry's id followed by a sort of every joined row by seq (at a million entries, half a GB
    sorted on disk). SQLite walks the plain join that way by itself.
    """
    if dialect != "postgresql":
        events = AuditEvent.__table__
        return AuditSeal.__table__.outerjoin(events, events.c.id == AuditSeal.event_id), events.c
    entry = (select(AuditEvent.__table__).where(AuditEvent.id == AuditSeal.event_id)
             .offset(literal_column("0")).lateral("entry"))
    return AuditSeal.__table__.outerjoin(entry, true()), entry.c


_ENTRY_FIELDS = CONTENT_FIELDS + ("id", "tx_id", "content_hash")
_WALKED_SEAL_COLUMNS = (AuditSeal.seq, AuditSeal.event_id, AuditSeal.prev_hash, AuditSeal.chain_hash)
_STREAMED = {"stream_results": True, "yield_per": 5000}


def _sealed_walk(dialect: str):
    """Every seal with its entry, in seq order, with nothing sorted (sealed_entries)."""
    joined, entry = sealed_entries(dialect)
    return (select(*[entry[name] for name in _ENTRY_FIELDS], *_WALKED_SEAL_COLUMNS).select_from(joined)
            .order_by(AuditSeal.seq).execution_options(**_STREAMED))


# The entries with no seal, in id order: a merge anti-join of the two id indexes, nothing sorted.
_UNSEALED = (select(*[getattr(AuditEvent, name) for name in _ENTRY_FIELDS])
             .where(~exists().where(AuditSeal.event_id == AuditEvent.id)).order_by(AuditEvent.id)
             .execution_options(**_STREAMED))


def _dicts(result) -> Iterator[dict[str, Any]]:
    """Each row as a plain dict, fetched a batch at a time: a row's mapping costs more to read than its hashing."""
    keys = list(result.keys())
    for part in result.partitions():
        for row in part:
            yield dict(zip(keys, row))


def _anchor(conn: Connection) -> tuple[int, str]:
    """Where the chain in the table starts: the newest archive anchor, or genesis."""
    anchor = conn.execute(select(AuditAnchor.archived_through_seq, AuditAnchor.chain_hash)
                          .order_by(AuditAnchor.archived_through_seq.desc()).limit(1)).first()
    return (anchor[0], anchor[1]) if anchor else (0, GENESIS)


def verify(conn: Connection, h: Hasher = merkle.HASHES["sha256"], progress: Progress | None = None) -> Verdict:
    """Seal what is pending, then check the whole stored chain and every unsealed entry.

    Two statements, the seals in seq order with their entries and then the entries with no seal,
    and still one view of the chain: the sealer's lock, which the seal above holds until the
    transaction ends, keeps every other sealer from adding seals in between, and an archive from
    removing entries and adding its anchor (hold_sealing; on SQLite the transaction holds the
    only write lock). An entry committed in between has no seal, and its place comes after every
    sealed entry's.
    """
    seal(conn, wait=True, h=h)
    start_seq, start_hash = _anchor(conn)
    walked = reporting(_dicts(conn.execute(_sealed_walk(conn.dialect.name))), progress)
    last: list = [None]  # the last sealed entry walked

    def sealed():
        for values in walked:
            last[0] = values
            yield values

    verdict = verify_rows(sealed(), start_seq, start_hash)
    if not verdict.ok:
        return verdict
    newest = position(last[0]["tx_id"], last[0]["id"]) if last[0] is not None else None
    # Entries written after the seal above are not on the chain yet; their content must still match.
    for values in reporting(_dicts(conn.execute(_UNSEALED)), progress):
        verdict.checked += 1
        broken = _unsealed_fault(values, newest)
        if broken:
            return Verdict(False, verdict.checked, values["id"], None, broken)
    return verdict


def _unsealed_fault(values: Any, newest: tuple[int, int] | None) -> str | None:
    """What is wrong with an entry not on the chain: its content, or its place before sealed entries."""
    if content_hash(values) != values["content_hash"]:
        return "the entry's content does not match its hash"
    if newest is not None and position(values["tx_id"], values["id"]) < newest:
        return "the entry is not on the chain although entries after it are (its seal was removed)"
    return None
