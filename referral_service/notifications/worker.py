"""`referral-service worker`: fans the outbox out to subscriptions, delivers, retries, and emits deadline events.

Delivery is at least once. A worker claims due deliveries (FOR UPDATE SKIP LOCKED on
PostgreSQL, so several workers never claim the same one; SQLite runs one worker) by leasing
them: the claim moves `next_attempt_at` to the end of the lease and commits before any request
is sent. A worker killed mid-batch leaves its leases to run out, and the deliveries become due
again for any worker. Receivers deduplicate by `webhook-id`. Requests go out side by side
(worker_concurrency threads) on kept-alive connections (delivery.Connections); deadline events
are emitted by a thread of their own, so their backlog never holds deliveries up.
"""
from __future__ import annotations

import logging
import random
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from config import Settings

from ..calendar import CHINA_TIME, is_working_day
from ..db import Database, utcnow
from . import deadlines, delivery, ssrf
from .deadlines import DeadlineSource
from .models import DeadlineNotice, Notification, WebhookDelivery, WebhookSubscription
from .secrets import SecretBox

log = logging.getLogger(__name__)

# Any deadline whose notice window may already be open lies within this many days (2 working
# days plus the longest run of holidays and weekends).
DEADLINE_HORIZON = timedelta(days=16)
# Deadlines handled per pass, source and kind: a backlog (a worker started after a long stop) is worked
# off in small steps between deliveries, which it must not hold up.
DEADLINE_BATCH = 20


_DELIVERIES = WebhookDelivery.__table__
# A delivery's outcome; the where clause and the common values of both shapes.
_OUTCOME = update(_DELIVERIES).where(_DELIVERIES.c.id == bindparam("b_id")).values(
    last_attempt_at=bindparam("b_now"), last_status_code=bindparam("b_code"), last_error=bindparam("b_error"),
    lease_expires_at=None)
_SUCCEEDED = _OUTCOME.values(status="succeeded", delivered_at=bindparam("b_now"))
_FAILED = _OUTCOME.values(status=bindparam("b_status"), next_attempt_at=bindparam("b_retry_at"))


@dataclass(frozen=True)
class Claimed:
    """A leased delivery, with what is needed to send it."""

    id: str
    subscription_id: str
    url: str
    secrets: list[str]
    event: dict[str, Any]
    attempts: int
    retry_until: datetime


def _event(notification: Notification) -> dict[str, Any]:
    """The event as sent: ids and type, as the feed lists it."""
    return {"id": notification.event_id, "type": notification.type, "subject_kind": notification.subject_kind,
            "subject_id": notification.subject_id,
            "occurred_at": notification.occurred_at.isoformat().replace("+00:00", "Z")}


def _subscriptions_by_agency(session: Session, rows: list[Notification]) -> dict[int, list[WebhookSubscription]]:
    """The active subscriptions of the agencies these events are for, by agency."""
    by_agency: dict[int, list[WebhookSubscription]] = {}
    for subscription in session.scalars(select(WebhookSubscription).where(
            WebhookSubscription.active.is_(True), WebhookSubscription.agency_id.in_({row.agency_id for row in rows}))):
        by_agency.setdefault(subscription.agency_id, []).append(subscription)
    return by_agency


def _wanted(rows: list[Notification], by_agency: dict[int, list[WebhookSubscription]]
            ) -> list[tuple[Notification, WebhookSubscription]]:
    """Each (event, subscription of its agency that wants its type), in event order."""
    return [(row, s) for row in rows for s in by_agency.get(row.agency_id, []) if row.type in s.event_types]


def backoff_seconds(attempts: int, settings: Settings, rng: random.Random) -> float:
    """Exponential backoff with jitter: half the capped delay, plus up to as much again at random."""
    capped = min(settings.webhook_retry_base_ms * 2 ** max(attempts - 1, 0), settings.webhook_retry_max_ms)
    return capped / 2000 * (1 + rng.random())


def notice_window_opens(due_at: datetime, working_days: int) -> date:
    """The China-time day `working_days` working days before the deadline's day: due_soon from then on."""
    day = due_at.astimezone(CHINA_TIME).date()
    counted = 0
    while counted < working_days:
        day -= timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day


class Worker:
    """One worker process's loop; run_once() is one pass and returns how much it did."""

    def __init__(self, db: Database, settings: Settings, rng: random.Random | None = None):
        """A worker on this database; `rng` makes the jitter reproducible in tests."""
        self.db, self.settings = db, settings
        self.box = SecretBox(settings)
        self.allowlist = ssrf.Allowlist.parse(settings.webhook_allowlist)
        self.rng = rng or random.Random()
        self.pool = ThreadPoolExecutor(max_workers=settings.worker_concurrency, thread_name_prefix="webhook")
        self.connections = delivery.Connections()
        self._next_schedule = 0.0

    def close(self) -> None:
        """Wait for the sending threads and stop them; close the kept-alive connections."""
        self.pool.shutdown(wait=True)
        self.connections.close()

    def run(self, stop: threading.Event) -> None:
        """Pass after pass until `stop` is set; idle passes wait worker_poll_ms.

        Deadline events are emitted by a thread of their own (`_schedule_loop`): a backlog of them
        (a worker started after a long stop, or on a loaded database) takes a hundred statements a
        batch, and in the same loop it held every delivery up behind it.
        """
        log.info("worker started")
        scheduler = threading.Thread(target=self._schedule_loop, args=(stop,), name="deadlines", daemon=True)
        scheduler.start()
        while not stop.is_set():
            try:
                busy = self.run_once(schedule=False)
            except Exception:  # noqa: BLE001 - a database hiccup must not end the worker
                log.exception("worker pass failed; retrying")
                busy = 0
            if not busy:
                stop.wait(self.settings.worker_poll_ms / 1000)
        scheduler.join()
        log.info("worker stopped")

    def _schedule_loop(self, stop: threading.Event) -> None:
        """Deadline events every worker_schedule_seconds, or batch after batch while a backlog lasts."""
        while not stop.is_set():
            try:
                backlog = self.schedule_deadlines() >= DEADLINE_BATCH
            except Exception:  # noqa: BLE001 - a database hiccup must not end the worker
                log.exception("deadline pass failed; retrying")
                backlog = False
            stop.wait(0 if backlog else self.settings.worker_schedule_seconds)

    def run_once(self, *, schedule: bool | None = None) -> int:
        """Fan out new events, deliver what is due, and (every worker_schedule_seconds) emit deadline events."""
        done, fresh = self.fan_out()
        if schedule or (schedule is None and time.monotonic() >= self._next_schedule):
            scheduled = self.schedule_deadlines()
            backlog = scheduled >= DEADLINE_BATCH
            self._next_schedule = time.monotonic() + (0 if backlog else self.settings.worker_schedule_seconds)
            done += scheduled
        return done + self.deliver_due(fresh)

    # --- fan-out ------------------------------------------------------------------------------

    def fan_out(self) -> tuple[int, list[Claimed]]:
        """One delivery per (new event, active subscription of its agency that wants its type).

        The new deliveries are leased to this worker in the same transaction, to be sent at once.
        """
        with self.db.sessionmaker() as session, session.begin():
            rows = list(session.scalars(
                select(Notification).where(Notification.fanned_out.is_(False)).order_by(Notification.seq)
                .limit(self.settings.worker_batch).with_for_update(skip_locked=True)))
            if not rows:
                return 0, []
            now = utcnow()
            lease_end = now + timedelta(seconds=self.settings.webhook_lease_seconds)
            until = now + timedelta(seconds=self.settings.webhook_retry_window_seconds)
            pairs = _wanted(rows, _subscriptions_by_agency(session, rows))
            deliveries = [
                {"id": str(uuid.uuid4()), "subscription_id": s.id, "notification_seq": row.seq,
                 "event_id": row.event_id, "event_type": row.type, "status": "pending", "attempts": 1,
                 "next_attempt_at": lease_end, "lease_expires_at": lease_end, "retry_until": until, "created_at": now}
                for row, s in pairs]
            if deliveries:
                session.execute(WebhookDelivery.__table__.insert(), deliveries)
            session.execute(update(Notification).where(Notification.seq.in_([r.seq for r in rows]))
                            .values(fanned_out=True))
            return len(rows), [Claimed(d["id"], s.id, s.url, self._secrets(s, now), _event(row), 1, until)
                               for d, (row, s) in zip(deliveries, pairs)]

    # --- delivery -----------------------------------------------------------------------------

    def _secrets(self, subscription: WebhookSubscription, now: datetime) -> list[str]:
        """The current secret, and the previous one while its grace period lasts."""
        secrets = [self.box.open(subscription.secret_ciphertext)]
        if subscription.previous_secret_ciphertext and subscription.previous_secret_expires_at \
                and subscription.previous_secret_expires_at > now:
            secrets.append(self.box.open(subscription.previous_secret_ciphertext))
        return secrets

    def claim(self) -> list[Claimed]:
        """Lease up to worker_batch due deliveries of active subscriptions; committed before sending."""
        now = utcnow()
        lease_end = now + timedelta(seconds=self.settings.webhook_lease_seconds)
        with self.db.sessionmaker() as session, session.begin():
            stmt = (select(WebhookDelivery, WebhookSubscription, Notification)
                    .join(WebhookSubscription, WebhookSubscription.id == WebhookDelivery.subscription_id)
                    .join(Notification, Notification.seq == WebhookDelivery.notification_seq)
                    .where(WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now,
                           WebhookSubscription.active.is_(True))
                    .order_by(WebhookDelivery.next_attempt_at)
                    .limit(self.settings.worker_batch)
                    .with_for_update(of=WebhookDelivery, skip_locked=True))
            claimed = []
            for row, subscription, event in session.execute(stmt).tuples():
                row.attempts += 1
                row.next_attempt_at, row.lease_expires_at = lease_end, lease_end
                claimed.append(Claimed(row.id, subscription.id, subscription.url, self._secrets(subscription, now),
                                       _event(event), row.attempts, row.retry_until))
            return claimed

    def deliver_due(self, fresh: list[Claimed] | None = None) -> int:
        """Claim what is due (besides the fresh deliveries given), send side by side, record each outcome."""
        self.connections.sweep()
        claimed = (fresh or []) + self.claim()
        if not claimed:
            return 0
        timeout = self.settings.webhook_timeout_seconds
        outcomes = list(self.pool.map(
            lambda c: delivery.deliver(c.url, self.allowlist, c.event, c.secrets, utcnow(), timeout, self.connections),
            claimed))
        self.record(list(zip(claimed, outcomes)))
        return len(claimed)

    def record(self, results: list[tuple[Claimed, delivery.Outcome]]) -> None:
        """Write each outcome: delivered, retried later, or failed for good; then the endpoints' health.

        One executemany per shape (successes, failures) rather than a statement per delivery:
        psycopg pipelines it, so a batch costs one round trip instead of one per delivery.
        """
        now = utcnow()
        succeeded, failed = self._outcome_rows(results, now)
        health: dict[str, bool] = {}
        for claimed, outcome in results:
            health[claimed.subscription_id] = health.get(claimed.subscription_id, False) or outcome.ok
        with self.db.sessionmaker() as session, session.begin():
            for statement, rows in ((_SUCCEEDED, succeeded), (_FAILED, failed)):
                if rows:
                    session.connection().execute(statement, rows)
            for subscription_id, ok in sorted(health.items()):  # one lock order for every worker
                self._endpoint_health(session, subscription_id, ok, now, results)

    def _outcome_rows(self, results: list[tuple[Claimed, delivery.Outcome]], now: datetime
                      ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The parameters of _SUCCEEDED and of _FAILED: a failure is retried with backoff, or fails for good."""
        succeeded, failed = [], []
        for claimed, outcome in results:
            row = {"b_id": claimed.id, "b_now": now, "b_code": outcome.status_code, "b_error": outcome.error}
            if outcome.ok:
                succeeded.append(row)
                continue
            retry_at = now + timedelta(seconds=backoff_seconds(claimed.attempts, self.settings, self.rng))
            failed.append({**row, "b_retry_at": retry_at,
                           "b_status": "failed" if retry_at > claimed.retry_until else "pending"})
        return succeeded, failed

    def _endpoint_health(self, session: Session, subscription_id: str, ok: bool, now: datetime,
                         results: list[tuple[Claimed, delivery.Outcome]]) -> None:
        """A success clears the failing streak; a streak of webhook_disable_after_seconds disables the endpoint."""
        subscription = session.get(WebhookSubscription, subscription_id, with_for_update=True)
        if subscription is None:
            return  # deleted meanwhile
        if ok:
            subscription.failing_since = None
            return
        subscription.failing_since = subscription.failing_since or now
        if subscription.active and now - subscription.failing_since >= timedelta(
                seconds=self.settings.webhook_disable_after_seconds):
            last = next(o.error for c, o in results if c.subscription_id == subscription_id)
            subscription.active, subscription.disabled_at = False, now
            subscription.disabled_reason = (
                f"Disabled by the service: every delivery since "
                f"{subscription.failing_since.isoformat(timespec='seconds')} failed (last: {last}). "
                f"Fix the endpoint, then re-enable it with PATCH {{\"active\": true}}.")[:500]
            log.warning("webhook %s disabled after failing since %s", subscription_id, subscription.failing_since)

    # --- deadlines ----------------------------------------------------------------------------

    def schedule_deadlines(self) -> int:
        """Emit overdue and due_soon for each pending deadline of every registered source, once each."""
        now = utcnow()
        return sum(self._overdue(source, now) + self._due_soon(source, now) for source in deadlines.sources())

    def _send_notice(self, session: Session, source: DeadlineSource, kind: str, row, now: datetime, *,
                     emit: bool = True) -> bool:
        """Emit one deadline event and its notice row in a savepoint; False if another worker did it."""
        try:
            with session.begin_nested():
                event_id = source.notify(session, kind, row, now) if emit else None
                session.add(DeadlineNotice(referral_id=row.id, due_at=row.due_at, kind=kind, event_id=event_id,
                                           created_at=now))
                session.flush()
        except IntegrityError:
            return False
        return True

    def _overdue(self, source: DeadlineSource, now: datetime) -> int:
        """Deadlines past: overdue; a due_soon never sent for them is marked sent, not sent late."""
        with self.db.sessionmaker() as session, session.begin():
            rows = source.pending(session, "overdue", now, None, DEADLINE_BATCH)
            for row in rows:
                if self._send_notice(session, source, "overdue", row, now):
                    self._send_notice(session, source, "due_soon", row, now, emit=False)  # refused if it went out
            return len(rows)

    def _due_soon(self, source: DeadlineSource, now: datetime) -> int:
        """Deadlines whose notice window has opened (China-time working days), earliest first."""
        today = now.astimezone(CHINA_TIME).date()
        sent = 0
        with self.db.sessionmaker() as session, session.begin():
            for row in source.pending(session, "due_soon", now + DEADLINE_HORIZON, now, DEADLINE_BATCH):
                if notice_window_opens(row.due_at, self.settings.deadline_notice_working_days) > today:
                    break  # later deadlines open later still
                sent += self._send_notice(session, source, "due_soon", row, now)
        return sent
