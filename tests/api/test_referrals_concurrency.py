"""Idempotency-Key (also under 20 concurrent identical POSTs) and pagination under concurrent inserts."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from referral_service.errors import InvalidInput
from referral_service.idempotency import IdempotencyKey
from referral_service.referrals.models import Referral, ReferralEvent

from ..support import EMERGENCY, PROCURATORATE
from .referral_support import body, create


def _post(caller, key, data):
    return caller.post("/api/v1/referrals", json=data, headers={"Idempotency-Key": key})


def _count(db, model) -> int:
    try:
        return db.scalar(select(func.count()).select_from(model))
    finally:
        db.rollback()  # on SQLite an open read transaction would hold the write lock (BEGIN IMMEDIATE)


def _referrals(db) -> int:
    return _count(db, Referral)


def test_same_key_same_body_replays_the_first_response(as_agency, db):
    source = as_agency(EMERGENCY)
    first = _post(source, "key-1", body())
    again = _post(source, "key-1", body())
    assert first.status_code == again.status_code == 201
    assert again.json == first.json
    assert again.headers["Location"] == first.headers["Location"]
    assert again.headers["ETag"] == first.headers["ETag"]
    assert again.headers["Idempotent-Replayed"] == "true" and "Idempotent-Replayed" not in first.headers
    assert _referrals(db) == 1


def test_same_key_other_body_is_422_and_creates_nothing(as_agency, db):
    source = as_agency(EMERGENCY)
    assert _post(source, "key-1", body()).status_code == 201
    response = _post(source, "key-1", body(title="另一起事故"))
    assert response.status_code == 422
    assert list(response.json["errors"]) == ["Idempotency-Key"]
    assert _referrals(db) == 1


def test_keys_are_scoped_per_client(as_agency, db):
    one, other = as_agency(EMERGENCY), as_agency(EMERGENCY)
    assert _post(one, "shared", body()).json["id"] != _post(other, "shared", body()).json["id"]
    assert _referrals(db) == 2


def test_a_failed_request_does_not_use_up_its_key(as_agency, db):
    source = as_agency(EMERGENCY)
    assert _post(source, "key-1", body(recipient_agency="HD-NOPE")).status_code == 422
    assert _count(db, IdempotencyKey) == 0
    assert _post(source, "key-1", body()).status_code == 201


def test_bad_keys_are_422(as_agency, db):
    source = as_agency(EMERGENCY)
    for key in ("", "k" * 201):
        response = _post(source, key, body())
        assert response.status_code == 422 and "Idempotency-Key" in response.json["errors"]
    assert _referrals(db) == 0


def test_twenty_concurrent_identical_posts_create_exactly_one_referral(app, as_agency, db):
    source = as_agency(EMERGENCY)
    barrier = threading.Barrier(20)

    def attempt(_):
        client = app.test_client()
        barrier.wait()
        return client.post("/api/v1/referrals", json=body(),
                           headers={"Authorization": f"Bearer {source.token}", "Idempotency-Key": "retry-42"})

    with ThreadPoolExecutor(max_workers=20) as pool:
        responses = list(pool.map(attempt, range(20)))
    assert [r.status_code for r in responses] == [201] * 20, [r.get_json() for r in responses]
    assert len({r.json["id"] for r in responses}) == 1
    assert sum(1 for r in responses if "Idempotent-Replayed" not in r.headers) == 1
    assert _referrals(db) == 1
    assert _count(db, ReferralEvent) == 1


def test_concurrent_posts_without_a_key_get_distinct_references(app, as_agency, db):
    source = as_agency(EMERGENCY)
    barrier = threading.Barrier(10)

    def attempt(_):
        client = app.test_client()
        barrier.wait()
        return client.post("/api/v1/referrals", json=body(),
                           headers={"Authorization": f"Bearer {source.token}"})

    with ThreadPoolExecutor(max_workers=10) as pool:
        responses = list(pool.map(attempt, range(10)))
    assert [r.status_code for r in responses] == [201] * 10
    numbers = sorted(int(r.json["reference"][-6:]) for r in responses)
    assert numbers == list(range(1, 11))


@pytest.mark.postgres_only
def test_an_agency_s_submits_do_not_wait_for_one_another_to_commit(app, as_agency, db, monkeypatch):
    from referral_service.referrals import service

    source = as_agency(EMERGENCY)
    numbered, release = threading.Event(), threading.Event()
    event = service._event

    def first_one_pauses(*args, **kwargs):  # after the first submit has taken its number
        if threading.current_thread().name == "first":
            numbered.set()
            assert release.wait(20)
        return event(*args, **kwargs)

    monkeypatch.setattr(service, "_event", first_one_pauses)
    results = {}

    def submit(name):
        results[name] = app.test_client().post("/api/v1/referrals", json=body(),
                                               headers={"Authorization": f"Bearer {source.token}"})

    first = threading.Thread(target=submit, args=("first",), name="first")
    first.start()
    assert numbered.wait(10)
    second = threading.Thread(target=submit, args=("second",), name="second")
    second.start()
    second.join(10)
    finished_while_first_open = not second.is_alive()
    release.set()
    first.join(20)
    second.join(20)
    assert finished_while_first_open, "a submit waited for another submit of its agency to commit"
    assert results["first"].status_code == results["second"].status_code == 201
    assert results["first"].json["reference"].endswith("-000001")
    assert results["second"].json["reference"].endswith("-000002")
    assert _referrals(db) == 2


@pytest.mark.postgres_only
def test_a_submit_that_fails_after_taking_its_number_leaves_a_gap_not_a_duplicate(as_agency, db, monkeypatch):
    from referral_service.referrals import service

    source = as_agency(EMERGENCY)
    event = service._event

    def refused(*args, **kwargs):
        raise InvalidInput({"title": ["refused after the number was taken"]})

    monkeypatch.setattr(service, "_event", refused)
    failed = source.post("/api/v1/referrals", json=body())
    monkeypatch.setattr(service, "_event", event)
    after = source.post("/api/v1/referrals", json=body())
    assert failed.status_code == 422 and _referrals(db) == 1
    assert after.status_code == 201 and after.json["reference"].endswith("-000002")


def test_pages_neither_skip_nor_repeat_while_referrals_arrive(app, as_agency):
    source, reader = as_agency(EMERGENCY), as_agency(PROCURATORATE)
    existing = {create(source)["id"] for _ in range(25)}
    stop = threading.Event()
    arrived = []

    def keep_inserting():
        client = app.test_client()
        while not stop.is_set() and len(arrived) < 40:
            response = client.post("/api/v1/referrals", json=body(title="新到线索"),
                                   headers={"Authorization": f"Bearer {source.token}"})
            arrived.append(response.json["id"])

    inserter = threading.Thread(target=keep_inserting)
    inserter.start()
    try:
        seen, url = [], "/api/v1/referrals?limit=4"
        while url:
            response = reader.get(url)
            assert response.status_code == 200
            seen += [item["id"] for item in response.json["items"]]
            cursor = response.json["next_cursor"]
            url = f"/api/v1/referrals?limit=4&cursor={cursor}" if cursor else None
    finally:
        stop.set()
        inserter.join()
    assert len(seen) == len(set(seen)), "a referral was repeated"
    assert existing <= set(seen), "a referral was skipped"
    assert arrived, "nothing arrived while paging"


@pytest.mark.slow
@pytest.mark.postgres_only
def test_concurrent_retries_across_gunicorn_workers_create_one_referral(live_server, register, db):
    import requests

    client_id, secret = register(EMERGENCY)
    token = requests.post(f"{live_server}/oauth/token", data={"grant_type": "client_credentials"},
                          auth=(client_id, secret), timeout=10).json()["access_token"]
    barrier = threading.Barrier(20)

    def attempt(_):
        with requests.Session() as http:
            barrier.wait()
            return http.post(f"{live_server}/api/v1/referrals", json=body(), timeout=30,
                             headers={"Authorization": f"Bearer {token}", "Idempotency-Key": "gunicorn-1"})

    with ThreadPoolExecutor(max_workers=20) as pool:
        responses = list(pool.map(attempt, range(20)))
    assert [r.status_code for r in responses] == [201] * 20, [r.text for r in responses if r.status_code != 201]
    assert len({r.json()["id"] for r in responses}) == 1
    assert responses[0].json()["title"] == body()["title"]  # Chinese intact over real HTTP
    assert _referrals(db) == 1


@pytest.mark.postgres_only
def test_the_request_pool_bounds_lock_waits_by_the_in_flight_wait(app):
    from referral_service import idempotency
    from referral_service.db import database

    with app.app_context(), database().engine.connect() as conn:
        shown = conn.exec_driver_sql("SHOW lock_timeout").scalar()
    assert shown == f"{idempotency.IN_FLIGHT_WAIT_MS // 1000}s"


@pytest.mark.postgres_only
def test_a_retry_while_the_first_is_still_running_waits_then_answers_409(as_agency, db, monkeypatch):
    from referral_service import idempotency

    monkeypatch.setattr(idempotency, "IN_FLIGHT_WAIT_MS", 300)
    source = as_agency(EMERGENCY)
    # The first request, still in its transaction: its key row exists but is not committed.
    db.add(IdempotencyKey(client_id=source.client_id, key="slow-1", fingerprint="0" * 64))
    db.flush()
    try:
        response = _post(source, "slow-1", body())
        assert response.status_code == 409
        assert response.json["type"].endswith("/idempotency-in-flight")
        assert response.headers["Retry-After"] == "1"
    finally:
        db.rollback()  # the first request failed after all: its key is free again
    assert _post(source, "slow-1", body()).status_code == 201
    assert _referrals(db) == 1
