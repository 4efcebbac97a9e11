"""Housekeeping: expired tokens and idempotency records past 24 hours go; private files stay private."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select, update

from referral_service.auth.models import Token, digest
from referral_service.db import utcnow
from referral_service.files import sqlite_path
from referral_service.housekeeping import Schedule
from referral_service.idempotency import IdempotencyKey
from referral_service.migrate import upgrade

from ..support import EMERGENCY
from .referral_support import body

BIN = Path(sys.executable).with_name("referral-service")


def _age(db, old_key: str, live_token: str) -> None:
    """Make every token but `live_token`'s expired, and the key `old_key` 25 hours old."""
    now = utcnow()
    db.execute(update(Token).where(Token.token_hash != digest(live_token)).values(expires_at=now - timedelta(seconds=1)))
    db.execute(update(IdempotencyKey).where(IdempotencyKey.key == old_key)
               .values(created_at=now - timedelta(hours=25)))
    db.commit()


def _counts(db):
    try:
        return (db.scalar(select(func.count()).select_from(Token)),
                sorted(db.scalars(select(IdempotencyKey.key))))
    finally:
        db.rollback()  # on SQLite even a read holds the write lock until its transaction ends


def test_purge_command_removes_expired_tokens_and_old_idempotency_records(as_agency, db, settings):
    old_caller, caller = as_agency(EMERGENCY), as_agency(EMERGENCY)
    for key, who in (("old-key", old_caller), ("new-key", caller)):
        assert who.post("/api/v1/referrals", json=body(), headers={"Idempotency-Key": key}).status_code == 201
    _age(db, "old-key", caller.token)
    env = {**os.environ, "REFERRAL_DATABASE_URL": settings.database_url,
           "REFERRAL_INSTANCE_PATH": str(settings.instance_path)}
    done = subprocess.run([str(BIN), "purge"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    removed = json.loads(done.stdout)
    assert removed["expired_tokens"] == 1 and removed["idempotency_records"] == 1
    assert _counts(db) == (1, ["new-key"])
    assert caller.get("/api/v1/referrals").status_code == 200  # the live token still works
    assert old_caller.get("/api/v1/referrals").status_code == 401


def test_purge_runs_on_a_schedule_after_responses(app, as_agency, db):
    old_caller, caller = as_agency(EMERGENCY), as_agency(EMERGENCY)
    assert old_caller.post("/api/v1/referrals", json=body(), headers={"Idempotency-Key": "k1"}).status_code == 201
    _age(db, "k1", caller.token)
    app.extensions["referral_purge"] = Schedule(0)  # disabled: nothing goes
    caller.get("/api/v1/agencies")
    assert _counts(db) == (2, ["k1"])
    app.extensions["referral_purge"] = Schedule(1e-9)  # due at once
    caller.get("/api/v1/agencies")
    assert _counts(db) == (1, [])


def test_the_sqlite_database_and_instance_directory_are_private(app, backend, settings):
    assert Path(settings.instance_path).stat().st_mode & 0o777 == 0o700
    path = sqlite_path(settings.database_url)
    if backend == "sqlite":
        assert path.stat().st_mode & 0o777 == 0o600
        for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if extra.exists():
                assert extra.stat().st_mode & 0o777 == 0o600, extra


def test_a_new_sqlite_database_is_created_private(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh' / 'db' / 'referral.db'}"
    upgrade(url)
    path = sqlite_path(url)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
