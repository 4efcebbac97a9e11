"""`referral-service worker` as a process: killed with SIGKILL mid-batch it loses nothing; two at once send
each once; deadline events go out beside deliveries."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text, update

from referral_service.db import utcnow
from referral_service.referrals.models import Referral

from ..support import EMERGENCY, POLICE, wait_for
from ..webhook_support import Receiver, local_delivery_settings
from .referral_support import create

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).with_name("referral-service")


@pytest.fixture
def settings(database_url, tmp_path):
    """The app beside the worker processes allows 127.0.0.1 as their environment does."""
    return local_delivery_settings(database_url, tmp_path)


def start_worker(settings) -> subprocess.Popen:
    env = {**os.environ, "REFERRAL_ENV": "test", "REFERRAL_DATABASE_URL": settings.database_url,
           "REFERRAL_INSTANCE_PATH": str(settings.instance_path), "REFERRAL_WEBHOOK_ALLOWLIST": "127.0.0.1",
           "REFERRAL_WEBHOOK_TIMEOUT_SECONDS": "2", "REFERRAL_WEBHOOK_LEASE_SECONDS": "3",
           "REFERRAL_WEBHOOK_RETRY_BASE_MS": "20", "REFERRAL_WORKER_POLL_MS": "20", "REFERRAL_WORKER_BATCH": "10"}
    return subprocess.Popen([str(BIN), "worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stop(process: subprocess.Popen) -> str:
    """Stop the worker (SIGTERM) and return what it logged."""
    if process.poll() is None:
        process.terminate()
    return process.communicate(timeout=30)[1].decode(errors="replace")


def statuses(db) -> dict[str, int]:
    """Deliveries by status, read without holding SQLite's write lock between polls."""
    with db.get_bind().execution_options(readonly=True).connect() as conn:
        return dict(conn.execute(text("SELECT status, count(*) FROM webhook_deliveries GROUP BY status")).all())


@pytest.fixture
def parties(as_agency):
    return as_agency(EMERGENCY), as_agency(POLICE)


def subscribe(recipient, url: str) -> dict:
    response = recipient.post("/api/v1/webhooks", json={"url": url, "event_types": ["referral.submitted"]})
    assert response.status_code == 201
    return response.json


def test_a_worker_killed_mid_batch_loses_nothing(parties, settings, db):
    source, recipient = parties
    release = threading.Event()
    with Receiver(hold=release) as end:
        hook = subscribe(recipient, end.url)
        for _ in range(5):
            create(source)
        first = start_worker(settings)
        try:
            wait_for(lambda: len(end.requests) >= 3, message="the first worker to be mid-batch")
        finally:
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=30)
        assert statuses(db).get("succeeded", 0) == 0  # killed before recording anything
        release.set()  # the answers go to a dead worker
        second = start_worker(settings)
        try:
            wait_for(lambda: statuses(db) == {"succeeded": 5}, timeout=60, message="every delivery to succeed")
        except AssertionError:
            raise AssertionError(f"{statuses(db)}; the worker logged: {stop(second)[-3000:]}") from None
        stop(second)
        payloads = end.verified(hook["secret"])
    events = [e for e in recipient.get("/api/v1/events").json["items"] if e["type"] == "referral.submitted"]
    assert {p["data"]["id"] for p in payloads} == {e["id"] for e in events} and len(events) == 5


@pytest.mark.postgres_only
def test_two_workers_at_once_send_each_delivery_once(parties, settings, db):
    source, recipient = parties
    with Receiver() as end:
        hook = subscribe(recipient, end.url)
        for _ in range(40):
            create(source)
        workers = [start_worker(settings), start_worker(settings)]
        try:
            wait_for(lambda: statuses(db) == {"succeeded": 40}, timeout=60, message="every delivery to succeed")
        finally:
            for worker in workers:
                stop(worker)
        ids = end.ids()
        end.verified(hook["secret"])
    assert len(ids) == 40 and len(set(ids)) == 40


def test_a_running_worker_emits_deadline_events_beside_its_deliveries(parties, settings, db):
    """Deadlines are watched by a thread of the worker's own; deliveries go on beside it."""
    source, recipient = parties
    with Receiver() as end:
        subscribe(recipient, end.url)
        late = create(source)
        db.execute(update(Referral).where(Referral.id == late["id"]).values(due_at=utcnow() - timedelta(minutes=1)))
        db.commit()
        worker = start_worker(settings)
        try:
            wait_for(lambda: ("referral.overdue", late["id"]) in {
                (e["type"], e["subject_id"]) for e in recipient.get("/api/v1/events").json["items"]},
                timeout=60, message="the overdue event")
            create(source)
            wait_for(lambda: len(end.requests) == 2, timeout=60, message="both submissions delivered")
        finally:
            stop(worker)
