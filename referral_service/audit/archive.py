"""Retention: move entries older than a date to a compressed, verifiable NDJSON file."""
from __future__ import annotations

import gzip
import json
import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import delete, func, select, text
from sqlalchemy.engine import Engine

from ..db import utcnow
from ..progress import Progress, reporting
from . import checkpoints, merkle, tree
from .chain import (CONTENT_FIELDS, GENESIS, Verdict, chain_head, hold_sealing, leaf_of_row, sealed_entries,
                    verify_rows)
from .checkpoints import Notary
from .models import AuditAnchor, AuditEvent, AuditSeal
from .notes import NoteError, b64, parse_notes, unb64, verify_checkpoint

_SEAL_FIELDS = ("seq", "prev_hash", "chain_hash")
FIELDS = ("id", "seq", *CONTENT_FIELDS, "content_hash", "prev_hash", "chain_hash")
_SEALED = AuditSeal.__table__.join(AuditEvent.__table__, AuditEvent.id == AuditSeal.event_id)


def archive(engine: Engine, before: datetime, path: Path, retention_days: int,
            notary: Notary = checkpoints.DEFAULT, progress: Progress | None = None) -> dict[str, Any]:
    """Write sealed entries older than `before` to `path`, then remove them, leaving an anchor.

    The file carries the tree's right edge before its first entry, and a signed checkpoint with the
    consistency proof that ties the tree after its last entry to that checkpoint (and so to the live log).
    """
    floor = utcnow() - timedelta(days=retention_days)
    if before > floor:
        raise ValueError(f"entries younger than the retention period ({retention_days} days) must be kept: "
                         f"--before may be {floor.date().isoformat()} at the latest")
    checkpoints.seal(engine, notary, wait=True, force=True)
    with engine.begin() as conn:
        hold_sealing(conn)  # a verify running now ends first; one started now waits for the anchor
        anchor = conn.execute(select(AuditAnchor.archived_through_seq, AuditAnchor.chain_hash)
                              .order_by(AuditAnchor.archived_through_seq.desc()).limit(1)).first()
        start_seq, start_hash = (anchor[0], anchor[1]) if anchor else (0, GENESIS)
        first_recent = conn.execute(select(func.min(AuditSeal.seq)).select_from(_SEALED)
                                    .where(AuditEvent.occurred_at >= before)).scalar()
        through = first_recent - 1 if first_recent else chain_head(conn)[0]
        if through <= start_seq:
            return {"archived": 0, "path": None}
        # A left join: a seal whose entry is gone comes with no id, and stops the archive.
        joined, entry = sealed_entries(conn.dialect.name)
        columns = [getattr(AuditSeal, name) if name in _SEAL_FIELDS else entry[name] for name in FIELDS]
        rows = conn.execute(select(*columns).select_from(joined)
                            .where(AuditSeal.seq > start_seq, AuditSeal.seq <= through)
                            .order_by(AuditSeal.seq).execution_options(stream_results=True, max_row_buffer=5000))
        links = _tree_links(conn, notary, start_seq, through)
        tmp = path.with_name(path.name + ".partial")
        count, last_hash = 0, start_hash
        with gzip.open(tmp, "wt", encoding="utf-8") as out:
            out.write(json.dumps({"archive": "audit_events", "from_seq": start_seq + 1, "through_seq": through,
                                  "anchor_hash": start_hash, "created_at": utcnow().isoformat(),
                                  "frontier": links["frontier"]}) + "\n")
            expected = start_seq
            for row in reporting(rows, progress):
                values = row._asdict()
                expected += 1
                check = verify_rows([values], expected - 1, last_hash)
                if not check.ok:
                    raise ValueError(f"the chain is broken at entry {values['id']}: {check.reason}; nothing archived")
                last_hash = values["chain_hash"]
                values["occurred_at"] = values["occurred_at"].isoformat(timespec="microseconds")
                out.write(json.dumps(values, ensure_ascii=False) + "\n")
                count += 1
            out.write(json.dumps({"end": True, "through_seq": through, "chain_hash": last_hash, "entries": count,
                                  "root_hash": links["root_hash"], "checkpoint": links["checkpoint"],
                                  "consistency_proof": links["consistency_proof"]}) + "\n")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        if conn.dialect.name == "postgresql":
            conn.execute(text("SET LOCAL referral.audit_archive = 'on'"))
        archived = select(AuditSeal.event_id).where(AuditSeal.seq > start_seq, AuditSeal.seq <= through)
        conn.execute(delete(AuditEvent).where(AuditEvent.id.in_(archived)))
        conn.execute(delete(AuditSeal).where(AuditSeal.seq > start_seq, AuditSeal.seq <= through))
        conn.execute(AuditAnchor.__table__.insert().values(
            archived_through_seq=through, chain_hash=last_hash, archive_name=path.name, entries=count,
            created_at=utcnow()))
    return {"archived": count, "path": str(path), "through_seq": through, "chain_hash": last_hash}


def _tree_links(conn, notary: Notary, start: int, through: int) -> dict[str, Any]:
    """The tree's edge before `start`, its head at `through`, and the newest checkpoint with a proof to it."""
    h = notary.hash
    latest = checkpoints.latest(conn)
    links: dict[str, Any] = {"frontier": [b64(x) for x in tree.frontier(conn, h, start).hashes],
                             "root_hash": b64(tree.root(conn, h, through)), "checkpoint": None,
                             "consistency_proof": None}
    if latest is not None and latest.tree_size >= through:
        links["checkpoint"] = latest.note
        links["consistency_proof"] = [b64(x) for x in tree.consistency_proof(conn, h, through, latest.tree_size)]
    return links


def read_archive(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as src:
        for line in src:
            yield json.loads(line)


def verify_archive(path: Path, notary: Notary | None = None) -> Verdict:
    """Check an archive file's entries against their hashes and the chain from its anchor.

    With a notary, also rebuild the tree over the entries and check the checkpoint it carries:
    its signature, and the consistency proof from the archive's tree head to it.
    """
    lines = read_archive(path)
    header = next(lines)
    trailer: dict[str, Any] = {}

    def entries() -> Iterator[dict[str, Any]]:
        for item in lines:
            if item.get("end"):
                trailer.update(item)
                return
            item["occurred_at"] = datetime.fromisoformat(item["occurred_at"])
            yield item

    h = (notary or checkpoints.DEFAULT).hash
    edge = merkle.Frontier(h, header["from_seq"] - 1, [unb64(x) for x in header.get("frontier", [])])
    verdict = verify_rows(_grown(entries(), edge), header["from_seq"] - 1, header["anchor_hash"])
    if verdict.ok and (trailer.get("entries") != verdict.checked or trailer.get("through_seq") != header["through_seq"]):
        return Verdict(False, verdict.checked, None, None, "the archive is truncated or its trailer is wrong")
    reason = _tree_reason(edge, trailer, notary) if verdict.ok and notary and "frontier" in header else None
    return Verdict(False, verdict.checked, None, None, reason) if reason else verdict


def _grown(items: Iterator[dict[str, Any]], edge: merkle.Frontier) -> Iterator[dict[str, Any]]:
    """Pass the entries on, appending each one's leaf to the tree's edge."""
    for item in items:
        edge.append(leaf_of_row(edge.h, [item[name] for name in CONTENT_FIELDS]))
        yield item


def _tree_reason(edge: merkle.Frontier, trailer: dict[str, Any], notary: Notary) -> str | None:
    """What is wrong with the archive's tree head and the checkpoint it carries, if anything."""
    if b64(edge.root()) != trailer.get("root_hash"):
        return "the archive's entries do not make the tree head it records"
    if not trailer.get("checkpoint"):
        return None
    try:
        held = parse_notes(trailer["checkpoint"])[0]
        verify_checkpoint(held, notary.verifiers)
    except (NoteError, IndexError) as exc:
        return f"the archive's checkpoint does not verify: {exc}"
    proof = [unb64(x) for x in trailer.get("consistency_proof") or []]
    if not merkle.verify_consistency(notary.hash, edge.size, held.tree_size, edge.root(), held.root_hash, proof):
        return "the consistency proof does not tie the archive's tree head to its checkpoint"
    return None
