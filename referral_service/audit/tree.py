"""The access log's Merkle tree in the database: appending leaves, tree heads and RFC 9162 proofs."""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import and_, delete, insert, select, text, tuple_
from sqlalchemy.engine import Connection

from . import merkle
from .merkle import Frontier, Hasher
from .models import AuditTreeNode

_NODES = AuditTreeNode.__table__


def nodes(conn: Connection, keys: Iterable[tuple[int, int]]) -> dict[tuple[int, int], bytes]:
    """The stored complete subtrees at these (level, index) keys, in one query."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    rows = conn.execute(select(_NODES.c.level, _NODES.c.idx, _NODES.c.hash)
                        .where(tuple_(_NODES.c.level, _NODES.c.idx).in_(wanted)))
    found = {(level, idx): bytes(value) for level, idx, value in rows}
    missing = [key for key in wanted if key not in found]
    if missing:
        raise LookupError(f"the tree lacks the subtree {missing[0]} (level, index)")
    return found


def frontier(conn: Connection, h: Hasher, size: int) -> Frontier:
    """The right edge of the stored tree at `size` leaves, ready to append to."""
    keys = merkle.frontier_keys(size)
    stored = nodes(conn, keys)
    return Frontier(h, size, [stored[key] for key in keys])


def append(conn: Connection, h: Hasher, size: int, leaves: list[bytes]) -> Frontier:
    """Add leaf hashes after the first `size` leaves, storing each completed subtree: O(log n) each."""
    edge = frontier(conn, h, size)
    _drop_stale(conn, size)
    rows = []
    for leaf in leaves:
        rows.extend({"level": level, "idx": idx, "hash": value} for level, idx, value in edge.append(leaf))
    if rows:
        _store(conn, rows)
    return edge


# PostgreSQL: a sealing run's new subtrees in one statement, from arrays, not one INSERT per node.
_STORE_ALL = text("""INSERT INTO audit_tree_nodes (level, idx, hash)
                     SELECT * FROM unnest(CAST(:levels AS smallint[]), CAST(:idxs AS bigint[]),
                                          CAST(:hashes AS bytea[]))""")


def _store(conn: Connection, rows: list[dict]) -> None:
    """Insert the completed subtrees: one statement on PostgreSQL, one per node elsewhere."""
    if conn.dialect.name != "postgresql":
        conn.execute(insert(AuditTreeNode), rows)
        return
    conn.execute(_STORE_ALL, {"levels": [r["level"] for r in rows], "idxs": [r["idx"] for r in rows],
                              "hashes": [r["hash"] for r in rows]})


def _drop_stale(conn: Connection, size: int) -> None:
    """Remove subtrees beyond `size` leaves (left by entries removed behind the log's back), if any.

    Only after such tampering does a leaf at position `size` exist; one key lookup tells.
    """
    if conn.execute(select(_NODES.c.idx).where(_NODES.c.level == 0, _NODES.c.idx == size)).first() is None:
        return
    for level in range(0, max(size, 1).bit_length() + 2):
        conn.execute(delete(AuditTreeNode).where(and_(AuditTreeNode.level == level,
                                                      AuditTreeNode.idx >= size >> level)))
    conn.execute(delete(AuditTreeNode).where(AuditTreeNode.level >= max(size, 1).bit_length() + 2))


def root(conn: Connection, h: Hasher, size: int) -> bytes:
    """The tree head over the first `size` leaves."""
    if size == 0:
        return h(b"")
    return merkle.range_hash(h, nodes(conn, merkle.pieces(0, size)), 0, size)


def _hashes(conn: Connection, h: Hasher, ranges: list[merkle.Range]) -> list[bytes]:
    """The hashes of these leaf ranges, from one query for all their stored pieces."""
    stored = nodes(conn, [key for lo, hi in ranges for key in merkle.pieces(lo, hi)])
    return [merkle.range_hash(h, stored, lo, hi) for lo, hi in ranges]


def inclusion_proof(conn: Connection, h: Hasher, index: int, size: int) -> list[bytes]:
    """RFC 9162 §2.1.3 audit path of leaf `index` (from 0) in the tree of `size` leaves."""
    return _hashes(conn, h, merkle.inclusion_ranges(index, size))


def consistency_proof(conn: Connection, h: Hasher, first: int, second: int) -> list[bytes]:
    """RFC 9162 §2.1.4 proof that the tree of `first` leaves is a prefix of the tree of `second`."""
    if first in (0, second):
        return []
    return _hashes(conn, h, merkle.consistency_ranges(first, second))
