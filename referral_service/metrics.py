"""Prometheus metrics: request counts and latencies, tokens, the sealing backlog, overdue referrals.

Under gunicorn every worker writes its counters to PROMETHEUS_MULTIPROC_DIR (set up by `serve`),
and a scrape of any worker adds them all up. The backlog and the overdue count are read from the
database at scrape time, so they are the same whichever worker answers.
"""
from __future__ import annotations

import hashlib
import hmac
from typing import Any, Iterator

from flask import Flask, Response, request
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from config import prometheus_multiproc_dir

from . import context
from .audit.chain import unsealed_count
from .db import utcnow
from .errors import problem
from .referrals.models import Referral

METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# Metrics of this process; in multiprocess mode their values live in files, not in this registry.
REGISTRY = CollectorRegistry(auto_describe=True)

REQUESTS = Counter("referral_http_requests", "Requests answered, by route template and status",
                   ["method", "route", "status"], registry=REGISTRY)
LATENCY = Histogram("referral_http_request_duration_seconds", "Time from request to response, by route template",
                    ["method", "route"], registry=REGISTRY,
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
TOKENS_ISSUED = Counter("referral_tokens_issued", "Access tokens issued", registry=REGISTRY)
TOKENS_REFUSED = Counter("referral_tokens_refused", "Token requests refused", registry=REGISTRY)


class DatabaseCollector:
    """Gauges counted in the database when scraped: log entries not yet sealed, overdue referrals."""

    def __init__(self, engine: Engine):
        """Count in this database."""
        self.engine = engine

    def collect(self) -> Iterator[GaugeMetricFamily]:
        """COUNT queries on indexed columns: the entries after the newest sealed one, the overdue referrals."""
        with self.engine.connect() as conn:
            backlog = unsealed_count(conn)
            overdue = conn.execute(select(func.count()).select_from(Referral)
                                   .where(Referral.due_at.is_not(None), Referral.due_at < utcnow())).scalar_one()
        yield GaugeMetricFamily("referral_audit_unsealed_entries",
                                "Access-log entries written but not yet linked onto the hash chain", value=backlog)
        yield GaugeMetricFamily("referral_referrals_overdue", "Referrals past their due_at", value=overdue)


def _digest(token: str) -> bytes:
    """SHA-256 of a token, so the comparison below takes the same time whatever is sent."""
    return hashlib.sha256(token.encode()).digest()


def authorized(header: str, expected_digest: bytes) -> bool:
    """Whether the Authorization header carries the operator's metrics token."""
    scheme, _, presented = header.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(_digest(presented.strip()), expected_digest)


def exposition(engine: Engine) -> bytes:
    """Every worker's metrics (multiprocess mode) or this process's, plus the database gauges."""
    registry = CollectorRegistry()
    if prometheus_multiproc_dir():
        MultiProcessCollector(registry)
    else:
        registry.register(_Forward(REGISTRY))
    registry.register(DatabaseCollector(engine))
    return generate_latest(registry)


class _Forward:
    """Exposes another registry's metrics through this one."""

    def __init__(self, source: CollectorRegistry):
        """Remember the registry to forward."""
        self._source = source

    def collect(self):
        """The source registry's metrics."""
        return self._source.collect()


def observe(response: Response) -> None:
    """Count the request by its route template (never its concrete path) and time it."""
    req = request._get_current_object()  # type: ignore[attr-defined]  # the proxy's lookup, once
    rule = req.url_rule.rule if req.url_rule is not None else "unmatched"
    method = req.method if req.method in METHODS else "other"  # labels stay few
    _child(REQUESTS, method, rule, str(response.status_code)).inc()
    elapsed = context.elapsed_seconds()
    if elapsed is not None:
        _child(LATENCY, method, rule).observe(elapsed)
    if context.action() == "token.issue":
        (TOKENS_ISSUED if response.status_code == 200 else TOKENS_REFUSED).inc()


# The labelled series already used, by metric and labels: `labels()` checks and locks on every call.
_CHILDREN: dict[tuple, Any] = {}


def _child(metric, *labels: str):
    """The metric's series for these labels (few: methods by route templates by statuses)."""
    key = (metric, labels)
    child = _CHILDREN.get(key)
    if child is None:
        child = _CHILDREN[key] = metric.labels(*labels)
    return child


def init_app(app: Flask, engine: Engine) -> None:
    """GET /metrics on this database, open only to the operator's token (settings.metrics_token); 404 without one."""
    token = app.config["SETTINGS"].metrics_token
    expected = _digest(token) if token else None

    @app.get("/metrics")
    def metrics():
        """The exposition, for the operator's token only."""
        if expected is None:
            return problem(404, "Not found", "Metrics are not enabled on this server.", "not-found")
        if not authorized(request.headers.get("Authorization", ""), expected):
            return problem(401, "Unauthorized", "GET /metrics needs the operator's metrics token.",
                           "unauthorized", headers={"WWW-Authenticate": 'Bearer realm="metrics"'})
        return Response(exposition(engine), mimetype=CONTENT_TYPE_LATEST)
