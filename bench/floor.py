"""The floor: the least a submit or a read must do, in bare Flask and psycopg 3, none of our code.

A request looks its token up by SHA-256 hash (one query), then either writes what a submit must
write (the referral, its first event, its access-log entry, its Idempotency-Key row) in one
transaction, or reads one referral by primary key (under /logged/..., also writing the access-log
entry that the service writes for every read). Served by gunicorn with the service's settings.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
import uuid
from datetime import datetime, timedelta, timezone

import psycopg
from flask import Flask, Response, request
from psycopg.rows import dict_row

app = Flask(__name__)
_local = threading.local()

TOKEN_SQL = """SELECT t.scope, c.client_id, c.agency_id, a.code
               FROM oauth_tokens t JOIN oauth_clients c ON c.id = t.client_pk
                    JOIN agencies a ON a.id = c.agency_id
               WHERE t.token_hash = %s AND t.revoked_at IS NULL AND t.expires_at > now()
                 AND c.disabled_at IS NULL"""
READ_SQL = """SELECT r.*, s.code AS source_agency, d.code AS recipient_agency
              FROM referrals r JOIN agencies s ON s.id = r.source_agency_id
                   JOIN agencies d ON d.id = r.recipient_agency_id
              WHERE r.id = %s"""


def connection() -> psycopg.Connection:
    """One connection per worker thread, opened after the fork (the service pools the same way)."""
    conn = getattr(_local, "conn", None)
    if conn is None or conn.closed:
        conn = _local.conn = psycopg.connect(os.environ["FLOOR_DATABASE_URL"])
    return conn


def _json(body: dict, status: int) -> Response:
    return Response(json.dumps(body, ensure_ascii=False, default=str), status=status, mimetype="application/json")


def caller(conn: psycopg.Connection, scope: str):
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return None
    row = conn.execute(TOKEN_SQL, [hashlib.sha256(header[7:].encode()).hexdigest()]).fetchone()
    if row is None or scope not in row[0].split():
        return None
    return row


def _audit_row(cur, who, status: int, resource_ids: list[str]) -> None:
    """An access-log entry hashed like the service hashes it, so the chain still verifies."""
    values = {"occurred_at": datetime.now(timezone.utc), "request_id": str(uuid.uuid4()),
              "client_id": who[1], "agency_code": who[3], "scopes": " ".join(sorted(who[0].split())),
              "method": request.method, "path": request.full_path.rstrip("?"), "action": "floor",
              "status": status, "outcome": "success", "client_address": request.remote_addr,
              "user_agent": request.user_agent.string or None, "resource_ids": resource_ids}
    canonical = dict(values, occurred_at=values["occurred_at"].isoformat(timespec="microseconds"))
    digest = hashlib.sha256(json.dumps(canonical, ensure_ascii=False, sort_keys=True,
                                       separators=(",", ":")).encode()).hexdigest()
    cur.execute("""INSERT INTO audit_events (occurred_at, request_id, client_id, agency_code, scopes, method, path,
                   action, status, outcome, client_address, user_agent, resource_ids, content_hash)
                   VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)""",
                [values["occurred_at"], values["request_id"], values["client_id"], values["agency_code"],
                 values["scopes"], values["method"], values["path"], values["action"], status, "success",
                 values["client_address"], values["user_agent"], json.dumps(resource_ids), digest])


@app.get("/healthz")
def healthz():
    return {"status": "ok"}


@app.post("/api/v1/referrals")
def submit():
    conn = connection()
    body = request.get_data()
    data = json.loads(body)
    with conn.transaction(), conn.cursor() as cur:
        who = caller(conn, "referrals:submit")
        if who is None:
            return _json({"title": "Unauthorized"}, 401)
        now = datetime.now(timezone.utc)
        referral_id = str(uuid.uuid4())
        incident = data.get("incident") or {}
        reference = f"{who[3]}-{now.year}-F{referral_id[:12]}"
        due = now + timedelta(days=1)
        cur.execute(
            """INSERT INTO referrals (id, reference, source_agency_id, recipient_agency_id, category, status,
               title, summary, suspected_offence, incident_occurred_at, incident_division_code,
               incident_address, deaths, serious_injuries, minor_injuries, direct_loss_yuan, parties,
               related_case_number, contact, version, due_at, due_step, created_at, updated_at)
               VALUES (%s, %s, %s, (SELECT id FROM agencies WHERE code = %s), %s, 'submitted', %s, %s, %s, %s,
                       %s, %s, %s, %s, %s, %s, %s, %s, %s, 1, %s, 'receipt', %s, %s)""",
            [referral_id, reference, who[2], data["recipient_agency"], data["category"], data["title"],
             data["summary"], data["suspected_offence"], incident.get("occurred_at"),
             incident.get("division_code"), incident.get("address"), incident.get("deaths", 0),
             incident.get("serious_injuries", 0), incident.get("minor_injuries", 0),
             incident.get("direct_loss_yuan"), json.dumps(data.get("parties", []), ensure_ascii=False),
             data.get("related_case_number"), json.dumps(data["contact"], ensure_ascii=False), due, now, now])
        cur.execute("""INSERT INTO referral_events (referral_id, action, to_status, actor_client_id,
                       actor_agency_id, details, due_at, occurred_at)
                       VALUES (%s, 'submit', 'submitted', %s, %s, '{}', %s, %s)""",
                    [referral_id, who[1], who[2], due, now])
        response = {"id": referral_id, "reference": reference, "status": "submitted", **data,
                    "created_at": now.isoformat()}
        text = json.dumps(response, ensure_ascii=False)
        cur.execute("""INSERT INTO idempotency_keys (client_id, key, fingerprint, status, headers, body,
                       resource_ids, created_at) VALUES (%s, %s, %s, 201, '{}', %s, %s, %s)""",
                    [who[1], request.headers.get("Idempotency-Key", referral_id),
                     hashlib.sha256(body).hexdigest(), text, json.dumps([referral_id]), now])
        _audit_row(cur, who, 201, [referral_id])
    return Response(text, status=201, mimetype="application/json")


@app.get("/api/v1/referrals/<referral_id>")
def read(referral_id: str):
    return _read(referral_id, logged=False)


@app.get("/logged/api/v1/referrals/<referral_id>")
def read_logged(referral_id: str):
    """The read floor plus the access-log entry the service must write for every read (issue 5)."""
    return _read(referral_id, logged=True)


def _read(referral_id: str, logged: bool):
    conn = connection()
    with conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
        who = caller(conn, "referrals:read")
        if who is None:
            return _json({"title": "Unauthorized"}, 401)
        row = cur.execute(READ_SQL, [referral_id]).fetchone()
        if logged and row is not None:
            _audit_row(cur, who, 200, [referral_id])
    if row is None:
        return _json({"title": "Not found"}, 404)
    return _json(row, 200)
