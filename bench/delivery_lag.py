"""Webhook delivery lag while submits run: from the change (its event's time) to receipt, p50 and p99.

bench.run calls measure() once the rounds are done, with the service still up: a subscription of
the recipient agency (HD-GAJ) to `referral.submitted` pointing at a receiver in this process,
one `referral-service worker`, and the submit scenario driven as in the rounds. Every submit is
one event and one delivery; the lag of each is its receipt time minus the event's `occurred_at`
(set inside the submit's transaction, just before its commit). Target: p99 <= 2 s with one worker.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import signal
import statistics
import subprocess
import sys
import time
import uuid
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from sqlalchemy import select, text

from config import load_settings
from referral_service.auth.models import Client
from referral_service.db import Database, utcnow
from referral_service.notifications.models import WebhookSubscription
from referral_service.notifications.secrets import SecretBox, new_secret

RECIPIENT = "HD-GAJ"  # the submit scenario's recipient
TARGET_P99_MS = 2000


def _receive(port_out, log_path: str) -> None:
    """In its own process (the load generator's threads hold this one's GIL): record every POST."""
    out = open(log_path, "a", buffering=1)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):  # noqa: N802 - http.server's name
            """Record (receipt time, webhook-id, event time) and answer 204."""
            now = time.time()
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            occurred = datetime.fromisoformat(body["timestamp"].replace("Z", "+00:00")).timestamp()
            out.write(f"{now}\t{self.headers['webhook-id']}\t{occurred}\n")
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_out.send(server.server_address[1])
    server.serve_forever()


class Receiver:
    """A receiver process on a free port of 127.0.0.1; received() reads what it recorded."""

    def __init__(self, log_path: Path):
        """Start the receiver process and learn its port."""
        self.log_path = log_path
        log_path.write_text("")
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        self.process = context.Process(target=_receive, args=(theirs, str(log_path)), daemon=True)
        self.process.start()
        self.port = ours.recv()

    @property
    def url(self) -> str:
        """The receiver's URL."""
        return f"http://127.0.0.1:{self.port}/hooks"

    def received(self) -> list[tuple[float, str, float]]:
        """(receipt time, webhook-id, event time) of every request so far."""
        rows = [line.split("\t") for line in self.log_path.read_text().splitlines() if line]
        return [(float(got), event_id, float(occurred)) for got, event_id, occurred in rows]

    def close(self) -> None:
        """Stop the receiver process."""
        self.process.terminate()
        self.process.join(timeout=10)


def _subscribe(db: Database, settings, url: str) -> None:
    """The recipient's subscription, made directly (as bench.load makes its data), and a clean outbox."""
    with db.sessionmaker() as session, session.begin():
        client = session.scalar(select(Client).join(Client.agency).where(Client.agency.has(code=RECIPIENT)))
        now = utcnow()
        session.add(WebhookSubscription(
            id=str(uuid.uuid4()), client_id=client.client_id, agency_id=client.agency_id, url=url,
            event_types=["referral.submitted"], active=True, version=1, created_at=now, updated_at=now,
            secret_ciphertext=SecretBox(settings).seal(new_secret())))
        # Events of the rounds before had no subscriber; they are not part of this measurement.
        session.execute(text("UPDATE notifications SET fanned_out = true WHERE NOT fanned_out"))


def _pending(db: Database) -> int:
    """Events not yet fanned out plus deliveries not yet settled."""
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM notifications WHERE NOT fanned_out")).scalar() + \
            conn.execute(text("SELECT count(*) FROM webhook_deliveries WHERE status = 'pending'")).scalar()


def _wait_started(worker: subprocess.Popen, log_path: Path, timeout: float = 60) -> None:
    """Wait until the worker has started its loop, so its start-up is not counted as lag."""
    deadline = time.monotonic() + timeout
    while b"worker started" not in log_path.read_bytes():
        if worker.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the worker did not start; see {log_path}")
        time.sleep(0.05)


def _percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))] if ordered else 0.0


def measure(bench, log=print) -> dict[str, float]:
    """Drive submits with one worker delivering; the lag figures (new keys of the results JSON)."""
    instance = bench.tmp / "instance"
    env = {**os.environ, "REFERRAL_DATABASE_URL": bench.url, "REFERRAL_INSTANCE_PATH": str(instance),
           "REFERRAL_ENV": "production", "REFERRAL_WEBHOOK_ALLOWLIST": "127.0.0.1"}
    settings = load_settings(environ={k: v for k, v in env.items() if k.startswith("REFERRAL_")})
    db = Database(bench.url)
    receiver = Receiver(bench.tmp / "received.tsv")
    worker = None
    try:
        _subscribe(db, settings, receiver.url)
        worker_log = bench.tmp / "worker.log"
        worker = subprocess.Popen([str(Path(sys.executable).with_name("referral-service")), "worker"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=worker_log.open("wb"))
        _wait_started(worker, worker_log)
        m = bench.mode
        submits = bench.drive(bench.service, "submit.lua", "submit.json", bench.submit_token,
                              m.throughput_seconds, m.connections, m.threads)
        deadline = time.monotonic() + 60
        while _pending(db) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = _pending(db)
        received = receiver.received()
    finally:
        if worker is not None:
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=30)
        receiver.close()
        db.dispose()
    lags = [(got - occurred) * 1000 for got, _id, occurred in received]
    ids = [event_id for _got, event_id, _occurred in received]
    figures = {"delivery_lag_p50_ms": round(_percentile(lags, 50), 1),
               "delivery_lag_p99_ms": round(_percentile(lags, 99), 1),
               "delivery_lag_max_ms": round(max(lags, default=0.0), 1),
               "delivery_lag_events": len(set(ids)), "delivery_lag_duplicates": len(ids) - len(set(ids)),
               "delivery_lag_undelivered": left, "delivery_lag_submit_rps": round(submits["rps"], 1)}
    log(f"  delivery lag: {figures['delivery_lag_events']} events at {submits['rps']:.1f} submits/s, "
        f"p50 {figures['delivery_lag_p50_ms']} ms, p99 {figures['delivery_lag_p99_ms']} ms "
        f"(mean {statistics.fmean(lags) if lags else 0:.1f} ms), {left} left undelivered")
    return figures
