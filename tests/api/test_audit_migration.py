"""Migration 0008 moves the access log's seals to audit_seals: a live log keeps its chain, up and down."""
import os
import uuid
from datetime import datetime, timedelta, timezone

import psycopg
import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.engine import make_url

from referral_service.audit import chain, merkle, tree
from referral_service.audit.models import AuditEvent
from referral_service.db import Database, normalize_url
from referral_service.migrate import alembic_config, upgrade

from ..conftest import BACKENDS, PG_URL

H = merkle.HASHES["sha256"]
# audit_events as migration 0007 left it: each entry's seal in its own columns.
LEGACY = sa.table("audit_events", sa.column("id"), sa.column("seq"), sa.column("prev_hash"), sa.column("chain_hash"),
                  sa.column("leaf_hash"), sa.column("status"))


@pytest.fixture(params=BACKENDS)
def empty_url(request, tmp_path):
    """A database of each backend with no table yet."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'migrated.db'}"
        return
    base = make_url(normalize_url(PG_URL))
    name = f"referral_migration_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = base.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def entry(n: int) -> dict:
    values = {"occurred_at": datetime(2026, 11, 30, 8, 0, tzinfo=timezone.utc) + timedelta(seconds=n),
              "request_id": f"before-0008-{n:04}", "client_id": "c-1", "agency_code": "HD-YJJ",
              "scopes": "referrals:read", "method": "GET", "path": f"/api/v1/referrals/{n}",
              "action": "referrals.read", "status": 200, "outcome": "success", "client_address": "10.0.0.1",
              "user_agent": "ua/1", "resource_ids": [str(n)]}
    return {**values, "content_hash": chain.content_hash(values)}


def seal_as_0007(conn, ids: list[int]) -> None:
    """Seal these entries, in this order, as the sealer of migration 0007's time did: in their own row."""
    prev, leaves = chain.GENESIS, []
    columns = [AuditEvent.id, AuditEvent.content_hash] + [getattr(AuditEvent, name) for name in chain.CONTENT_FIELDS]
    rows = {row.id: row for row in conn.execute(sa.select(*columns).where(AuditEvent.id.in_(ids)))}
    for seq, event_id in enumerate(ids, start=1):
        row = rows[event_id]
        leaves.append(chain.leaf_of_row(H, [getattr(row, name) for name in chain.CONTENT_FIELDS]))
        chained = chain.link(prev, row.content_hash)
        conn.execute(sa.update(LEGACY).where(LEGACY.c.id == event_id).values(
            seq=seq, prev_hash=prev, chain_hash=chained, leaf_hash=leaves[-1].hex()))
        prev = chained
    tree.append(conn, H, 0, leaves)


def seals(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute(sa.text(
        "SELECT seq, event_id, prev_hash, chain_hash, leaf_hash FROM audit_seals ORDER BY seq"))]


def test_upgrade_keeps_the_chain_seals_what_was_pending_and_downgrade_gives_it_back(empty_url):
    backend = make_url(empty_url).get_dialect().name
    upgrade(empty_url, "0007")
    database = Database(empty_url)
    engine = database.engine
    # On PostgreSQL, entry 3 committed late: entry 4 was sealed before it. SQLite has one writer at a time.
    sealed_first = [1, 2, 4] if backend == "postgresql" else [1, 2, 3]
    with engine.begin() as conn:
        conn.execute(AuditEvent.__table__.insert(), [entry(n) for n in range(1, 6)])
        seal_as_0007(conn, sealed_first)
        before = [tuple(r) for r in conn.execute(sa.select(LEGACY.c.seq, LEGACY.c.id, LEGACY.c.prev_hash,
                                                                LEGACY.c.chain_hash, LEGACY.c.leaf_hash)
                                                      .where(LEGACY.c.seq.is_not(None)).order_by(LEGACY.c.seq))]
    database.dispose()

    upgrade(empty_url)
    with engine.begin() as conn:
        assert seals(conn) == before  # the seals, as they were
        columns = {c["name"] for c in sa.inspect(conn).get_columns("audit_events")}
        assert "tx_id" in columns and not columns & {"seq", "prev_hash", "chain_hash", "leaf_hash"}
        tx_ids = dict(conn.execute(sa.select(AuditEvent.id, AuditEvent.tx_id)).all())
        pending = sorted(set(range(1, 6)) - set(sealed_first))
        if backend == "postgresql":  # sealed: none; waiting for the sealer: 0
            assert tx_ids == {n: (0 if n in pending else None) for n in range(1, 6)}
        assert chain.unsealed_count(conn) == 2
        assert chain.seal(conn, wait=True) == 2
    with engine.begin() as conn:
        conn.execute(AuditEvent.__table__.insert(), [entry(6)])  # written after the upgrade
    with engine.begin() as conn:
        assert chain.seal(conn, wait=True) == 1
        assert [r[1] for r in seals(conn)] == sealed_first + pending + [6]
        verdict = chain.verify(conn)
        assert verdict.ok and verdict.checked == 6, verdict
        leaves = [bytes.fromhex(r[4]) for r in seals(conn)]
        assert tree.root(conn, H, 6) == merkle.root_of(H, leaves)
        after = seals(conn)
    database.dispose()

    command.downgrade(alembic_config(empty_url), "0007")
    with engine.begin() as conn:
        assert "audit_seals" not in sa.inspect(conn).get_table_names()
        assert [tuple(r) for r in conn.execute(sa.select(LEGACY.c.seq, LEGACY.c.id, LEGACY.c.prev_hash,
                                                         LEGACY.c.chain_hash, LEGACY.c.leaf_hash)
                                               .order_by(LEGACY.c.seq))] == after
    if backend == "postgresql":  # the append-only rule of 0007's time is back
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(sa.update(LEGACY).values(status=201))
    database.dispose()

    upgrade(empty_url)  # and up again
    with engine.begin() as conn:
        assert seals(conn) == after
        assert chain.verify(conn).ok and chain.unsealed_count(conn) == 0
    database.dispose()
