"""statements.Prepared: the hot paths' rows are exactly what SQLAlchemy's own execution gives."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError

from referral_service.auth.models import digest
from referral_service.auth.protect import CALLER_AGENCY
from referral_service.auth.server import _BEARER
from referral_service.db import RequestDb, utcnow
from referral_service.idempotency import IdempotencyKey
from referral_service.referrals.models import Referral
from referral_service.referrals.service import _by_id
from referral_service.referrals.workflow import Status
from referral_service.statements import Prepared

from ..support import POLICE, EMERGENCY
from .referral_support import body


def key_insert() -> Prepared:
    """An Idempotency-Key row's INSERT, every value bound."""
    return Prepared(IdempotencyKey.__table__.insert().values(
        client_id=bindparam("client_id"), key=bindparam("key"), fingerprint=bindparam("fingerprint"),
        status=None, headers={}, body=None, resource_ids=[], created_at=bindparam("created_at")))


def _through_sqlalchemy(conn, prepared: Prepared, params: dict) -> list[dict]:
    return [dict(row._mapping) for row in conn.execute(prepared.statement, params)]


def test_a_referral_read_is_the_row_sqlalchemy_reads(app, as_agency, db):
    safety = as_agency(EMERGENCY)
    created = safety.post("/api/v1/referrals", json=body()).json
    conn = db.connection()
    agency_id = db.scalar(select(Referral.source_agency_id).where(Referral.id == created["id"]))
    for sees_all in (True, False):
        prepared = _by_id(sees_all, False)
        params = {"referral_id": created["id"], CALLER_AGENCY: agency_id}
        row = prepared.first(conn, params)
        assert row == _through_sqlalchemy(conn, prepared, params)[0]
        # The column types' conversions ran: an enum, a decimal, an aware UTC time, a JSON document.
        assert row["status"] is Status.submitted
        assert row["direct_loss_yuan"] == Decimal("1200000.50")
        assert row["created_at"].utcoffset().total_seconds() == 0
        assert row["parties"][1]["name"] == "张三"
        assert row["recipient_agency_code"] == POLICE


def test_a_token_lookup_is_the_row_sqlalchemy_reads(app, as_agency, db):
    police = as_agency(POLICE)
    assert police.get("/api/v1/referrals").status_code == 200
    conn = db.connection()

    params = {"token_hash": digest(police.token)}
    assert _BEARER.first(conn, params) == _through_sqlalchemy(conn, _BEARER, params)[0]
    assert _BEARER.first(conn, {"token_hash": "0" * 64}) is None


def test_errors_are_sqlalchemys_and_name_no_values(app, db):
    """A failing statement raises SQLAlchemy's error (the 503 and 409 handlers know it), no parameters in it."""
    insert = key_insert()

    params = {"client_id": "c", "key": "key-1", "fingerprint": "f", "created_at": utcnow()}
    conn = db.connection()
    insert.run(conn, params)
    with pytest.raises(IntegrityError) as raised:
        insert.run(conn, params)
    if db.bind.dialect.name == "postgresql":  # SQLite runs through SQLAlchemy itself
        assert "[parameters:" not in str(raised.value)


def test_statements_that_need_python_defaults_are_refused(app, db):
    """A column default computed at execution time would be skipped: refused when it compiles."""
    with pytest.raises(ValueError, match="created_at"):
        Prepared(IdempotencyKey.__table__.insert().values(
            client_id=bindparam("client_id"), key=bindparam("key"), fingerprint=bindparam("fingerprint"),
            status=None, headers={}, body=None, resource_ids=[]))._compile(db.bind.dialect)


def test_a_statement_runs_again_after_it_failed_and_between_others(app, db):
    """Each statement keeps its cursor on the connection: a failure does not stick to the next run."""
    insert = key_insert()
    count = Prepared(select(IdempotencyKey.key).where(IdempotencyKey.client_id == bindparam("client_id"))
                     .order_by(IdempotencyKey.key))
    conn = db.connection()
    insert.run(conn, {"client_id": "c", "key": "key-1", "fingerprint": "f", "created_at": utcnow()})
    with pytest.raises(IntegrityError):
        with conn.begin_nested():  # the failure rolls back to here; the transaction goes on
            insert.run(conn, {"client_id": "c", "key": "key-1", "fingerprint": "f", "created_at": utcnow()})
    for n in (2, 3):
        assert count.rows(conn, {"client_id": "c"}) == [{"key": f"key-{k}"} for k in range(1, n)]
        insert.run(conn, {"client_id": "c", "key": f"key-{n}", "fingerprint": "f", "created_at": utcnow()})
    assert count.first(conn, {"client_id": "other"}) is None
    assert [row["key"] for row in count.rows(conn, {"client_id": "c"})] == ["key-1", "key-2", "key-3"]


def test_a_deferred_write_runs_before_the_commit_and_a_rollback_drops_it(app):
    """RequestDb.defer: what the access-log entry did not take along still goes out with the commit."""
    insert = key_insert()
    keys = Prepared(select(IdempotencyKey.key).where(IdempotencyKey.client_id == "deferred"))
    request_db = RequestDb(app.extensions["referral_db"])
    try:
        for key in ("dropped", "kept", "taken"):
            request_db.defer(insert, {"client_id": "deferred", "key": key, "fingerprint": "f", "created_at": utcnow()})
            if key == "dropped":
                request_db.rollback()
            elif key == "taken":
                assert request_db.take_deferred(insert)["key"] == "taken"  # now the taker's to run, or not
                assert request_db.take_deferred(insert) is None
            request_db.commit()
        assert keys.rows(request_db.connection(), {}) == [{"key": "kept"}]
    finally:
        request_db.rollback()
        request_db.close()
