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
from .chain import CONTENT_FIELDS, GENESIS, Verdict, chain_head, seal, verify_rows
from .models import AuditAnchor, AuditEvent

FIELDS = ("id", "seq", *CONTENT_FIELDS, "content_hash", "prev_hash", "chain_hash")


def archive(engine: Engine, before: datetime, path: Path, retention_days: int,
            progress: Progress | None = None) -> dict[str, Any]:
    """Write sealed entries older than `before` to `path`, then remove them, leaving an anchor."""
    floor = utcnow() - timedelta(days=retention_days)
    if before > floor:
        raise ValueError(f"entries younger than the retention period ({retention_days} days) must be kept: "
                         f"--before may be {floor.date().isoformat()} at the latest")
    seal(engine, wait=True)
    with engine.begin() as conn:
        anchor = conn.execute(select(AuditAnchor.archived_through_seq, AuditAnchor.chain_hash)
                              .order_by(AuditAnchor.archived_through_seq.desc()).limit(1)).first()
        start_seq, start_hash = (anchor[0], anchor[1]) if anchor else (0, GENESIS)
        first_recent = conn.execute(select(func.min(AuditEvent.seq)).where(
            AuditEvent.seq.is_not(None), AuditEvent.occurred_at >= before)).scalar()
        through = first_recent - 1 if first_recent else chain_head(conn)[0]
        if through <= start_seq:
            return {"archived": 0, "path": None}
        columns = [getattr(AuditEvent, name) for name in FIELDS]
        rows = conn.execute(select(*columns).where(AuditEvent.seq > start_seq, AuditEvent.seq <= through)
                            .order_by(AuditEvent.seq).execution_options(stream_results=True, max_row_buffer=5000))
        tmp = path.with_name(path.name + ".partial")
        count, last_hash = 0, start_hash
        with gzip.open(tmp, "wt", encoding="utf-8") as out:
            out.write(json.dumps({"archive": "audit_events", "from_seq": start_seq + 1, "through_seq": through,
                                  "anchor_hash": start_hash, "created_at": utcnow().isoformat()}) + "\n")
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
            out.write(json.dumps({"end": True, "through_seq": through, "chain_hash": last_hash, "entries": count}) + "\n")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        if conn.dialect.name == "postgresql":
            conn.execute(text("SET LOCAL referral.audit_archive = 'on'"))
        conn.execute(delete(AuditEvent).where(AuditEvent.seq > start_seq, AuditEvent.seq <= through))
        conn.execute(AuditAnchor.__table__.insert().values(
            archived_through_seq=through, chain_hash=last_hash, archive_name=path.name, entries=count,
            created_at=utcnow()))
    return {"archived": count, "path": str(path), "through_seq": through, "chain_hash": last_hash}


def read_archive(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as src:
        for line in src:
            yield json.loads(line)


def verify_archive(path: Path) -> Verdict:
    """Check an archive file's entries against their hashes and the chain from its anchor."""
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

    verdict = verify_rows(entries(), header["from_seq"] - 1, header["anchor_hash"])
    if verdict.ok and (trailer.get("entries") != verdict.checked or trailer.get("through_seq") != header["through_seq"]):
        return Verdict(False, verdict.checked, None, None, "the archive is truncated or its trailer is wrong")
    return verdict
