"""Signed checkpoints of the access log: the notary, the outside sink, and checking a held checkpoint."""
from __future__ import annotations

import logging
import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, Iterator, Protocol

from sqlalchemy import bindparam, column, func, select, table, update
from sqlalchemy.engine import Connection, Engine

from ..db import utcnow
from . import chain, merkle, tree
from .chain import CONTENT_FIELDS, leaf_of_row
from .merkle import Frontier, Hasher
from .models import AuditAnchor, AuditCheckpoint, AuditEvent, AuditSeal
from .notes import CRYPTO, Checkpoint, NoteError, Signer, Verifier, b64, ensure_key, parse_notes, \
    sign_checkpoint, verify_checkpoint

log = logging.getLogger(__name__)
PARALLEL = 2  # ranges of the log PostgreSQL hashes at once for verify
SIGN_LOCK = 0x52454632  # advisory lock key: one signer at a time, so checkpoints keep their interval


class CheckpointSink(Protocol):
    """Somewhere outside the database that keeps every checkpoint handed out (a file, a witness, a ledger)."""

    def append(self, note: str) -> None:
        """Keep this signed note; never rewrite what was kept."""


class FileSink:
    """An append-only file of signed notes, one after another, each flushed to disk."""

    def __init__(self, path: Path) -> None:
        """The sink at path (created on first use)."""
        self.path = path

    def append(self, note: str) -> None:
        """Append the note and fsync it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, note.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)


@dataclass
class Notary:
    """How this deployment hashes, signs and publishes its tree heads."""

    crypto: str = "ed25519-sha256"
    origin: str = "referral-service/access-log"
    signer: Signer | None = None
    verifiers: list[Verifier] = field(default_factory=list)
    sinks: list[CheckpointSink] = field(default_factory=list)
    interval: float = 5.0

    @property
    def hash(self) -> Hasher:
        """The tree's hash function."""
        return merkle.hasher(CRYPTO[self.crypto][1])


DEFAULT = Notary()


def notary_from_settings(settings: Any, create_key: bool = False) -> Notary:
    """The notary the settings describe; with create_key, a missing signing key file is created.

    The verifier-key file outside the database keeps every public key the log has signed with, so
    checkpoints signed before a key rotation stay verifiable.
    """
    if settings.audit_crypto not in CRYPTO:
        raise ValueError(f"REFERRAL_AUDIT_CRYPTO must be one of {sorted(CRYPTO)}")
    notary = Notary(settings.audit_crypto, settings.audit_log_origin,
                    interval=settings.audit_checkpoint_interval_seconds)
    key_path = Path(settings.audit_signing_key_path)
    if key_path.exists() or create_key:
        notary.signer = ensure_key(key_path, settings.audit_log_origin, settings.audit_crypto)
    else:
        log.warning("no access-log signing key at %s: checkpoints are not signed until one is put there", key_path)
    notary.verifiers = _known_verifiers(Path(settings.audit_verifier_keys_path), notary.signer)
    notary.sinks.append(FileSink(Path(settings.audit_checkpoint_sink_path)))
    return notary


def _known_verifiers(path: Path, signer: Signer | None) -> list[Verifier]:
    """Every vkey in the verifier-key file, adding the current key's when it is new."""
    lines = [line for line in (path.read_text().splitlines() if path.exists() else []) if line.strip()]
    verifiers = [Verifier.parse(line) for line in lines]
    if signer and signer.verifier not in verifiers:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.write(signer.verifier.vkey + "\n")
        verifiers.append(signer.verifier)
    return verifiers


def tree_size(conn: Connection) -> int:
    """How many entries the tree holds: the last sealed position."""
    last = conn.execute(select(func.max(AuditSeal.seq))).scalar()
    if last is None:
        last = conn.execute(select(func.max(AuditAnchor.archived_through_seq))).scalar()
    return last or 0


def latest(conn: Connection) -> AuditCheckpoint | None:
    """The newest stored checkpoint."""
    return conn.execute(select(AuditCheckpoint).order_by(AuditCheckpoint.id.desc()).limit(1)).first()


def seal(bind: Engine | Connection, notary: Notary, wait: bool = False, force: bool = False) -> int:
    """Seal pending entries onto the chain and the tree, then sign a checkpoint when one is due."""
    if isinstance(bind, Engine):
        with bind.begin() as conn:
            return seal(conn, notary, wait, force)
    sealed = chain.seal(bind, wait=wait, h=notary.hash)
    maybe_sign(bind, notary, force)
    return sealed


def maybe_sign(conn: Connection, notary: Notary, force: bool = False) -> bool:
    """Sign a checkpoint of the current tree if it grew and the last one is older than the interval."""
    if notary.signer is None:
        return False
    if conn.dialect.name == "postgresql" and not conn.execute(select(func.pg_try_advisory_xact_lock(SIGN_LOCK))).scalar():
        return False  # another process is signing right now
    size = tree_size(conn)
    last = conn.execute(select(AuditCheckpoint.tree_size, AuditCheckpoint.signed_at)
                        .order_by(AuditCheckpoint.id.desc()).limit(1)).first()
    now = utcnow()
    if last and (last.tree_size >= size or (not force and now - last.signed_at < timedelta(seconds=notary.interval))):
        return False
    signed = sign_checkpoint(notary.signer, notary.origin, size, tree.root(conn, notary.hash, size))
    conn.execute(AuditCheckpoint.__table__.insert().values(
        tree_size=size, root_hash=b64(signed.root_hash), key_id=notary.signer.verifier.key_id.hex(),
        signed_at=now, note=signed.note))
    for sink in notary.sinks:
        sink.append(signed.note)
    return True


@dataclass
class Finding:
    """What checking held checkpoints against the log found."""

    ok: bool
    checked: int
    tree_size: int
    checkpoints: int
    reason: str | None = None
    missing: int | None = None
    first_bad_seq: int | None = None
    last_bad_seq: int | None = None

    def as_dict(self) -> dict[str, Any]:
        """The finding as JSON-ready values."""
        return dict(self.__dict__)


def check_held(conn: Connection, notary: Notary, text: str, batch: int = 50000) -> Finding:
    """Check held checkpoints (one note, or a sink file of many): signatures first, then the log.

    Every entry's leaf is recomputed from its content, so a rewrite with every stored hash
    recomputed still shows: the tree head at a checkpoint's size no longer matches it.
    """
    try:
        held = sorted(parse_notes(text), key=lambda c: c.tree_size)
        for checkpoint in held:
            if checkpoint.origin != notary.origin:
                raise NoteError(f"the checkpoint is of the log {checkpoint.origin!r}, not {notary.origin!r}")
            verify_checkpoint(checkpoint, notary.verifiers)
    except NoteError as exc:
        return Finding(False, 0, tree_size(conn), 0, f"the held checkpoint cannot be trusted: {exc}")
    if not held:
        return Finding(False, 0, tree_size(conn), 0, "the file holds no checkpoint")
    return _replay(conn, notary, held, batch)


def _start(conn: Connection, h: Hasher) -> Frontier:
    """The tree before the entries still in the table: empty, or the archived prefix's stored edge."""
    anchor = conn.execute(select(func.max(AuditAnchor.archived_through_seq))).scalar() or 0
    return tree.frontier(conn, h, anchor)


def _entries(conn: Connection, after: int, batch: int) -> Iterator[tuple]:
    """(seq, id, leaf_hash, content...) of sealed entries after position `after`, in order, streamed.

    A seal whose entry is gone yields nothing: the gap in positions shows.
    """
    joined, entry = chain.sealed_entries(conn.dialect.name)
    result = conn.execute(select(AuditSeal.seq, entry.id, AuditSeal.leaf_hash, *[entry[n] for n in CONTENT_FIELDS])
                          .select_from(joined).where(AuditSeal.seq > after, entry.id.is_not(None))
                          .order_by(AuditSeal.seq).execution_options(stream_results=True, yield_per=batch))
    for part in result.partitions():
        yield from part


# The entry bytes of merkle.entry_bytes, built by PostgreSQL next to the data: row_to_json writes the
# fields in this (sorted) order with no whitespace and escapes strings exactly as RFC 8785 does;
# occurred_at is Python's isoformat of the UTC time with microseconds. The tests compare both forms.
# Each entry is fetched through its primary key from its seal, the seals read in their own order
# (chain.sealed_entries): a plain join hashed the whole log for every range, then sorted the range.
_PG_LEAVES = """SELECT s.seq, e.id, s.leaf_hash, sha256('\\x00'::bytea || convert_to(row_to_json(c)::text, 'UTF8'))
FROM audit_seals s CROSS JOIN LATERAL (SELECT * FROM audit_events WHERE audit_events.id = s.event_id OFFSET 0) AS e,
  LATERAL (SELECT e.action, e.agency_code, e.client_address, e.client_id, e.method,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00' AS occurred_at,
    e.outcome, e.path, e.request_id, ARRAY(SELECT jsonb_array_elements_text(e.resource_ids)) AS resource_ids,
    e.scopes, e.status, e.user_agent) AS c"""


def _leaves(conn: Connection, h: Hasher, after: int, batch: int) -> Iterator[tuple]:
    """(seq, id, stored leaf hash, leaf recomputed from the content) of entries after `after`, in order.

    On PostgreSQL with SHA-256 the database computes the leaves next to the data (the verifier
    trusts it to return the stored rows either way); elsewhere Python does.
    """
    if conn.dialect.name == "postgresql" and h is merkle.HASHES["sha256"]:
        yield from _pg_leaves(conn, after, batch)
        return
    for row in _entries(conn, after, batch):
        yield row[0], row[1], row[2], leaf_of_row(h, row[3:])


def _pg_leaves(conn: Connection, after: int, batch: int) -> Iterator[tuple]:
    """The leaves computed by PostgreSQL, `batch` positions at a time, PARALLEL ranges at once.

    Each range is read on its own connection that imports this transaction's snapshot, so all of
    them see the log exactly as `conn` does; the caller hashes one range while the next are read.
    """
    last = conn.execute(select(func.max(AuditSeal.seq))).scalar() or after
    snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar()
    window: deque = deque()
    with ThreadPoolExecutor(PARALLEL) as pool:
        for lo in range(after, last, batch):
            window.append(pool.submit(_pg_range, conn.engine, snapshot, lo, min(lo + batch, last)))
            if len(window) > PARALLEL:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def _pg_range(engine: Engine, snapshot: str, lo: int, hi: int) -> list[tuple]:
    """(seq, id, stored leaf, computed leaf) for positions lo < seq <= hi, in the exported snapshot."""
    with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
        conn.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
        # The driver's own cursor: SQLAlchemy's row processing would cost more than the hashing.
        return conn.connection.driver_connection.execute(
            f"{_PG_LEAVES} WHERE s.seq > {int(lo)} AND s.seq <= {int(hi)} ORDER BY s.seq", binary=True).fetchall()


def _replay(conn: Connection, notary: Notary, held: list[Checkpoint], batch: int) -> Finding:
    """Rebuild the tree from the entries' content and compare its head at every held checkpoint's size."""
    h = notary.hash
    edge = _start(conn, h)
    finding = Finding(True, 0, tree_size(conn), len(held))
    for checkpoint in [c for c in held if c.tree_size <= edge.size]:
        if tree.root(conn, h, checkpoint.tree_size) != checkpoint.root_hash:
            return _bad(finding, 1, checkpoint.tree_size, "the archived part of the tree does not match a checkpoint")
    pending = [c for c in held if c.tree_size > edge.size]
    good = _grow(conn, h, edge, pending, finding, batch)
    if not finding.ok:
        return finding
    if good is not None:
        return _rewritten(finding, good, edge.size)
    if pending:
        cut = pending[-1].tree_size - edge.size
        finding.missing = cut
        return _bad(finding, edge.size + 1, pending[-1].tree_size,
                    f"the log ends at entry {edge.size} but a checkpoint covers {pending[-1].tree_size}: "
                    f"{cut} entries are missing from its tail")
    return finding


def _grow(conn: Connection, h: Hasher, edge: Frontier, pending: list[Checkpoint], finding: Finding,
          batch: int) -> int | None:
    """Append every entry's recomputed leaf, checking each held checkpoint as its size is reached.

    Returns the last matching size when a tree head differs (pending checkpoints are consumed);
    a gap or a stored leaf that differs marks the finding failed.
    """
    good = edge.size
    for seq, event_id, stored, leaf in _leaves(conn, h, edge.size, batch):
        leaf = bytes(leaf)
        if seq != edge.size + 1:
            _bad(finding, edge.size + 1, edge.size + 1,
                 f"entry {edge.size + 1} is missing from the log (the next one is {seq})")
            return None
        if stored is not None and stored != leaf.hex():
            _bad(finding, seq, seq, f"entry {seq} (id {event_id}) does not match its leaf hash")
            return None
        edge.append(leaf)
        finding.checked += 1
        while pending and pending[0].tree_size == edge.size:
            if edge.root() != pending[0].root_hash:
                return good
            good = pending.pop(0).tree_size
    return None


def _rewritten(finding: Finding, good: int, size: int) -> Finding:
    """The finding for a tree head that does not match a checkpoint although every entry was present."""
    if size - good == 1:
        what = f"entry {size} differs from what the checkpoint of {size} entries signed"
    else:
        what = (f"an entry between {good + 1} and {size} differs from what the checkpoint of {size} entries "
                f"signed (entries up to {good} match an earlier checkpoint)")
    return _bad(finding, good + 1, size, what)


def _bad(finding: Finding, first: int, last: int, reason: str) -> Finding:
    """Mark the finding failed with the range of positions concerned."""
    finding.ok, finding.first_bad_seq, finding.last_bad_seq, finding.reason = False, first, last, reason
    return finding


def checkpoint_values(row: AuditCheckpoint | Any) -> dict[str, Any]:
    """A stored checkpoint as the API shows it."""
    return {"origin": parse_notes(row.note)[0].origin, "tree_size": row.tree_size, "root_hash": row.root_hash,
            "timestamp": row.signed_at, "key_id": row.key_id,
            "signature": row.note.rsplit(" ", 1)[1].strip(), "note": row.note}



# The access log as migration 0005 found it: each entry's seal in its own row of audit_events.
_LEGACY = table("audit_events", column("id"), column("seq"), column("leaf_hash"),
                *[AuditEvent.__table__.c[name]._copy() for name in CONTENT_FIELDS])


def backfill(conn: Connection, h: Hasher = DEFAULT.hash, batch: int = 5000) -> int:
    """Give entries sealed before the tree existed their leaf hashes and tree nodes, in order.

    Migration 0005 runs this on the tables of its time, when the seals were columns of audit_events
    (migration 0008 moved them to audit_seals).
    """
    if conn.execute(select(func.count()).select_from(AuditAnchor)).scalar():
        raise RuntimeError("entries were archived before the Merkle tree existed: their leaves cannot be "
                           "recomputed; restore the archives first")
    done = 0
    content = [_LEGACY.c[name] for name in CONTENT_FIELDS]
    while True:
        rows = conn.execute(select(_LEGACY.c.seq, _LEGACY.c.id, *content).where(_LEGACY.c.seq > done)
                            .order_by(_LEGACY.c.seq).limit(batch)).all()
        if not rows:
            return done
        leaves = [leaf_of_row(h, row[2:]) for row in rows]
        conn.execute(update(_LEGACY).where(_LEGACY.c.id == bindparam("b_id"))
                     .values(leaf_hash=bindparam("b_leaf")),
                     [{"b_id": row[1], "b_leaf": leaf.hex()} for row, leaf in zip(rows, leaves)])
        tree.append(conn, h, done, leaves)
        done += len(rows)
