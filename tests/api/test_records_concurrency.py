"""Concurrent publishing of one case number: one record, versions in order, never a 500."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from referral_service.records.models import Record, RecordVersion

from ..support import EMERGENCY
from .record_support import record


def _race(app, token, bodies):
    barrier = threading.Barrier(len(bodies))

    def attempt(body):
        client = app.test_client()
        barrier.wait()
        return client.post("/api/v1/records", json=body, headers={"Authorization": f"Bearer {token}"})

    with ThreadPoolExecutor(len(bodies)) as pool:
        return list(pool.map(attempt, bodies))


def test_concurrent_first_publications_make_one_record(app, token_for, db):
    responses = _race(app, token_for(EMERGENCY), [record("K-1", facts=f"第{n}版事实。") for n in range(8)])
    statuses = sorted(r.status_code for r in responses)
    assert set(statuses) <= {200, 201, 409}, statuses
    assert statuses.count(201) == 1
    assert db.scalar(select(func.count()).select_from(Record)) == 1
    winners = [r for r in responses if r.status_code in (200, 201)]
    assert sorted(r.json["version"] for r in winners) == list(range(1, len(winners) + 1))
    versions = db.scalars(select(RecordVersion.version).order_by(RecordVersion.version)).all()
    assert versions == list(range(1, len(winners)))  # every superseded version kept, none lost


def test_concurrent_republications_lose_no_version(app, token_for, db):
    token = token_for(EMERGENCY)
    first = app.test_client().post("/api/v1/records", json=record("K-2"),
                                   headers={"Authorization": f"Bearer {token}"})
    assert first.status_code == 201
    responses = _race(app, token, [record("K-2", facts=f"更新{n}。") for n in range(6)])
    assert {r.status_code for r in responses} <= {200, 409}
    applied = sum(r.status_code == 200 for r in responses)
    current = db.scalar(select(Record.version))
    assert current == 1 + applied
    assert db.scalars(select(RecordVersion.version).order_by(RecordVersion.version)).all() == list(range(1, current))
