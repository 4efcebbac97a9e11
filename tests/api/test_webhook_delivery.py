"""Webhook delivery to a real HTTP receiver: signatures, retries, failure, disabling, redelivery, deadlines."""
from __future__ import annotations

import dataclasses
import random
from datetime import timedelta

import pytest
from sqlalchemy import text, update

from referral_service.db import utcnow
from referral_service.notifications.worker import Worker
from referral_service.referrals.models import Referral

from ..support import EMERGENCY, POLICE, PROCURATORATE, wait_for
from ..webhook_support import Receiver, local_delivery_settings
from .referral_support import act, create

# Deadline events are left out: a new referral's 1-working-day receipt deadline is due soon at once.
MOVES = ["referral.submitted", "referral.received", "referral.accepted", "referral.declined", "referral.closed"]


@pytest.fixture
def settings(database_url, tmp_path):
    """127.0.0.1 allowlisted, where the tests' receivers listen, and a backoff of milliseconds."""
    return local_delivery_settings(database_url, tmp_path)


@pytest.fixture
def worker(app, settings):
    made = []

    def _make(**changes) -> Worker:
        made.append(Worker(app.extensions["referral_db"], dataclasses.replace(settings, **changes),
                           rng=random.Random(14)))
        return made[-1]

    yield _make
    for w in made:
        w.close()


@pytest.fixture
def actors(as_agency):
    return {"source": as_agency(EMERGENCY), "recipient": as_agency(POLICE),
            "procuratorate": as_agency(PROCURATORATE)}


def subscribe(caller, url: str, types=MOVES) -> dict:
    response = caller.post("/api/v1/webhooks", json={"url": url, "event_types": types})
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.json


def deliveries(caller, hook_id: str) -> list[dict]:
    response = caller.get(f"/api/v1/webhooks/{hook_id}/deliveries")
    assert response.status_code == 200
    return response.json["items"]


def test_the_workflow_arrives_signed_once_each_with_the_feed_ids(actors, worker):
    source, recipient = actors["source"], actors["recipient"]
    w = worker()
    with Receiver() as police_end, Receiver() as yjj_end:
        police_hook, yjj_hook = subscribe(recipient, police_end.url), subscribe(source, yjj_end.url)
        referral = create(source)
        act(recipient, referral["id"], "receive")
        act(recipient, referral["id"], "accept")
        wait_for(lambda: len(police_end.requests) == 1 and len(yjj_end.requests) == 2, step=w.run_once,
                 message="three deliveries")
        got_police, got_yjj = police_end.verified(police_hook["secret"]), yjj_end.verified(yjj_hook["secret"])
        assert [p["type"] for p in got_police] == ["referral.submitted"]
        assert sorted(p["type"] for p in got_yjj) == ["referral.accepted", "referral.received"]
        assert {p["data"]["subject_id"] for p in got_police + got_yjj} == {referral["id"]}
        for _ in range(3):
            w.run_once()
        assert len(police_end.requests) == 1 and len(yjj_end.requests) == 2  # nothing twice
        with pytest.raises(Exception):
            yjj_end.verified(police_hook["secret"])  # another endpoint's secret does not verify
    assert sorted(yjj_end.ids()) == sorted(e["id"] for e in source.get("/api/v1/events").json["items"])
    listed = deliveries(source, yjj_hook["id"])
    assert {(d["status"], d["last_status_code"], d["attempts"]) for d in listed} == {("succeeded", 204, 1)}
    assert all(d["delivered_at"] and d["next_attempt_at"] is None for d in listed)


def test_a_failing_receiver_is_retried_with_the_same_id_until_it_recovers(actors, worker):
    w = worker()
    with Receiver(fail_first=3) as end:
        hook = subscribe(actors["recipient"], end.url)
        create(actors["source"])
        wait_for(lambda: len(end.requests) == 4, step=w.run_once, message="three failures and a success")
        assert len(set(end.ids())) == 1
        end.verified(hook["secret"])
    [delivery] = deliveries(actors["recipient"], hook["id"])
    assert delivery["status"] == "succeeded" and delivery["attempts"] == 4 and delivery["last_status_code"] == 204
    assert actors["recipient"].get(f"/api/v1/webhooks/{hook['id']}").json["failing_since"] is None


def test_retries_stop_after_the_window_and_a_long_failing_endpoint_is_disabled(actors, worker, db):
    w = worker(webhook_retry_window_seconds=1, webhook_disable_after_seconds=1)
    recipient = actors["recipient"]
    with Receiver(fail_first=10_000) as end:
        hook = subscribe(recipient, end.url)
        create(actors["source"])
        wait_for(lambda: deliveries(recipient, hook["id"])[0]["status"] == "failed", step=w.run_once,
                 message="the delivery to fail for good")
        create(actors["source"])
        wait_for(lambda: not recipient.get(f"/api/v1/webhooks/{hook['id']}").json["active"], step=w.run_once,
                 message="the endpoint to be disabled")
        read = recipient.get(f"/api/v1/webhooks/{hook['id']}").json
        assert "HTTP 500" in read["disabled_reason"] and read["disabled_at"]
        sent = len(end.requests)
        create(actors["source"])
        for _ in range(5):
            w.run_once()
        assert len(end.requests) == sent  # a disabled endpoint gets nothing
        failed = deliveries(recipient, hook["id"])[-1]
        assert recipient.post(f"/api/v1/webhooks/{hook['id']}/deliveries/{failed['id']}/redeliver").status_code == 409
        enabled = recipient.patch(f"/api/v1/webhooks/{hook['id']}", json={"active": True}).json
        assert enabled["active"] and enabled["disabled_reason"] is None


def test_redeliver_sends_the_same_event_again(actors, worker):
    w = worker()
    with Receiver() as end:
        hook = subscribe(actors["recipient"], end.url)
        create(actors["source"])
        wait_for(lambda: len(end.requests) == 1, step=w.run_once, message="the first delivery")
        [delivery] = deliveries(actors["recipient"], hook["id"])
        again = actors["recipient"].post(f"/api/v1/webhooks/{hook['id']}/deliveries/{delivery['id']}/redeliver")
        assert again.status_code == 202 and again.json["status"] == "pending"
        wait_for(lambda: len(end.requests) == 2, step=w.run_once, message="the redelivery")
        assert end.ids() == [delivery["event_id"]] * 2
        assert actors["source"].post(
            f"/api/v1/webhooks/{hook['id']}/deliveries/{delivery['id']}/redeliver").status_code in (403, 404)


def test_during_rotation_both_secrets_verify(actors, worker):
    w = worker()
    with Receiver() as end:
        hook = subscribe(actors["recipient"], end.url)
        rotated = actors["recipient"].post(f"/api/v1/webhooks/{hook['id']}/rotate-secret").json
        create(actors["source"])
        wait_for(lambda: len(end.requests) == 1, step=w.run_once, message="a delivery")
        end.verified(hook["secret"])
        end.verified(rotated["secret"])
        assert len(end.requests[0][0]["webhook-signature"].split(" ")) == 2


def test_a_name_resolving_to_loopback_is_refused_at_delivery(actors, worker, app, settings):
    """Registered while allowlisted, then the allowlist no longer names it: the worker refuses to send."""
    w = worker(webhook_allowlist="", webhook_retry_window_seconds=1)
    with Receiver() as end:
        hook = subscribe(actors["recipient"], end.url.replace("127.0.0.1", "localhost"))
        create(actors["source"])
        wait_for(lambda: deliveries(actors["recipient"], hook["id"])[0]["status"] == "failed", step=w.run_once,
                 message="the refused delivery to fail")
        assert end.requests == []
        assert deliveries(actors["recipient"], hook["id"])[0]["last_error"].startswith("Refused")


def test_deadline_events_are_sent_once_per_deadline(actors, worker, db):
    source, recipient, prosecutor = actors["source"], actors["recipient"], actors["procuratorate"]
    soon, late = create(source), create(source)
    now = utcnow()
    db.execute(update(Referral).where(Referral.id == soon["id"]).values(due_at=now + timedelta(hours=1)))
    db.execute(update(Referral).where(Referral.id == late["id"]).values(due_at=now - timedelta(minutes=1)))
    db.commit()
    w = worker()
    for _ in range(3):
        w.run_once(schedule=True)
    police_events = [(e["type"], e["subject_id"]) for e in recipient.get("/api/v1/events").json["items"]]
    assert police_events.count(("referral.due_soon", soon["id"])) == 1
    assert police_events.count(("referral.overdue", late["id"])) == 1
    assert ("referral.due_soon", late["id"]) not in police_events  # not sent after the deadline
    assert [e["type"] for e in prosecutor.get("/api/v1/events").json["items"]] == ["referral.overdue"]
    act(recipient, late["id"], "receive")  # a new step, a new deadline, new notices in their time
    db.execute(update(Referral).where(Referral.id == late["id"]).values(due_at=now - timedelta(seconds=1)))
    db.commit()
    w.run_once(schedule=True)
    types = [e["type"] for e in recipient.get("/api/v1/events").json["items"] if e["subject_id"] == late["id"]]
    assert types == ["referral.submitted", "referral.overdue", "referral.overdue"]
    assert db.execute(text("SELECT count(*) FROM deadline_notices")).scalar() == 5  # each late one: overdue, and due_soon marked unsent


def test_deliveries_to_one_endpoint_share_kept_alive_connections(actors, worker):
    w = worker(worker_concurrency=2)
    with Receiver(keep_alive=True) as end:
        hook = subscribe(actors["recipient"], end.url, ["referral.submitted"])
        for _ in range(12):
            create(actors["source"])
        wait_for(lambda: len(end.requests) == 12, step=w.run_once, message="twelve deliveries")
        assert end.connections <= 2
        assert len(set(end.ids())) == 12
        end.verified(hook["secret"])


def test_a_kept_alive_connection_the_receiver_dropped_is_replaced_without_a_failed_attempt(actors, worker):
    w = worker(worker_concurrency=1)
    with Receiver(keep_alive=True, drop_second=True) as end:
        hook = subscribe(actors["recipient"], end.url, ["referral.submitted"])
        for n in range(1, 4):  # one at a time, so each finds the connection the one before left open
            create(actors["source"])
            wait_for(lambda: [d["status"] for d in deliveries(actors["recipient"], hook["id"])] == ["succeeded"] * n,
                     step=w.run_once, message=f"delivery {n}")
        assert len(end.requests) == 3 and end.connections == 3
        end.verified(hook["secret"])
    assert {(d["status"], d["attempts"]) for d in deliveries(actors["recipient"], hook["id"])} == {("succeeded", 1)}
