"""No credential in any log: tokens and secrets sent everywhere a client could put them, then
searched for in the access log (API, exports, archive, raw table), gunicorn's log and the app log."""
from __future__ import annotations

import base64
import gzip
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from referral_service.audit.archive import archive
from referral_service.audit.models import AuditEvent
from referral_service.db import database, utcnow
from referral_service import redact

from ..support import EMERGENCY, OVERSIGHT, free_port, wait_ready

pytestmark = pytest.mark.slow


@pytest.fixture
def logged_server(app, settings, tmp_path):
    """`referral-service serve` on the test database, its stdout and stderr kept in files."""
    port = free_port()
    out, err = tmp_path / "gunicorn.out", tmp_path / "gunicorn.err"
    env = {**os.environ, "REFERRAL_DATABASE_URL": settings.database_url, "REFERRAL_ENV": "test",
           "REFERRAL_INSTANCE_PATH": str(settings.instance_path), "REFERRAL_LOG_LEVEL": "DEBUG"}
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        server = subprocess.Popen([str(Path(sys.executable).with_name("referral-service")), "serve",
                                   "--port", str(port), "--workers", "1"], env=env, stdout=stdout, stderr=stderr)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, server, log=err)
        yield base, (out, err), server
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=30)


def _leaks(secrets: list[str], *texts: str) -> list[str]:
    return [s[:6] + "…" for s in secrets for text in texts if s in text]


def test_no_credential_reaches_any_log(logged_server, register, settings, app, tmp_path):
    base, (out, err), server = logged_server
    client_id, secret = register(EMERGENCY)
    auditor_id, auditor_secret = register(OVERSIGHT)
    token = requests.post(f"{base}/oauth/token", data={"grant_type": "client_credentials"},
                          auth=(client_id, secret), timeout=10).json()["access_token"]
    bearer = {"Authorization": f"Bearer {token}"}
    basic = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    get = lambda path, **kw: requests.get(base + path, timeout=10, **kw)  # noqa: E731
    post = lambda path, **kw: requests.post(base + path, timeout=10, **kw)  # noqa: E731

    # The query string, by name (any case) and by shape, on the API and on /oauth.
    for name in ("access_token", "ACCESS_TOKEN", "token", "client_secret", "password", "api_key", "code",
                 "refresh_token", "assertion", "x", "q"):
        get(f"/api/v1/referrals?{name}={token}&limit=5")
        get(f"/api/v1/records?status=ok&{name}={secret}", headers=bearer)
    get(f"/api/v1/referrals?{token}")
    get(f"/api/v1/agencies?cursor={token}", headers=bearer)
    post(f"/oauth/token?client_secret={secret}&client_id={client_id}", data={"grant_type": "client_credentials"})
    post(f"/oauth/token?client_secret={secret}", data={"grant_type": "client_credentials"},
         auth=(client_id, secret))
    # Paths, headers and bodies.
    get(f"/api/v1/referrals/{token}", headers=bearer)
    get(f"/api/v1/records/{secret}", headers=bearer)
    get("/api/v1/agencies", headers={**bearer, "User-Agent": f"agency-system/1.0 token={token} {secret}",
                                     "X-Request-ID": token, "Referer": f"https://x.example/?access_token={token}",
                                     "Cookie": f"session={token}"})
    get("/api/v1/agencies", headers={"Authorization": f"Basic {basic}"})
    get("/api/v1/agencies", headers={"Authorization": f"Bearer {secret}"})
    post("/api/v1/referrals", headers=bearer, json={"title": token, "recipient_agency": secret, "summary": token})
    post("/oauth/token", data={"grant_type": "client_credentials", "client_id": client_id,
                               "client_secret": secret + "x"})
    post("/oauth/token", data={"grant_type": "client_credentials"}, auth=(secret, token))  # swapped
    post("/oauth/revoke", data={"token": secret}, auth=(client_id, secret))
    post("/oauth/introspect", data={"token": token}, auth=(client_id, secret))
    auditor_token = requests.post(f"{base}/oauth/token", data={"grant_type": "client_credentials"},
                                  auth=(auditor_id, auditor_secret), timeout=10).json()["access_token"]
    for attempt in range(12):  # until throttled: the throttle's log lines name what was tried
        post("/oauth/token", data={"grant_type": "client_credentials"}, auth=(secret, f"{token}{attempt}"))

    # What auditors read: the API, both exports, then an archive of all of it.
    read = {"Authorization": f"Bearer {auditor_token}"}
    listed = get("/api/v1/audit-events?limit=200", headers=read).text
    csv_export = get("/api/v1/audit-events/export?format=csv", headers=read).text
    ndjson_export = get("/api/v1/audit-events/export?format=ndjson", headers=read).text
    server.terminate()
    server.wait(timeout=30)
    with app.app_context():
        engine = database().engine
        with engine.connect() as conn:
            table = "\n".join(json.dumps([str(v) for v in row]) for row in conn.execute(select(AuditEvent.__table__)))
        archived = tmp_path / "audit.ndjson.gz"
        archive(engine, utcnow() + timedelta(days=1), archived, -36500)
    archive_text = gzip.open(archived, "rt", encoding="utf-8").read()
    logs = out.read_text(errors="replace") + err.read_text(errors="replace")

    assert "/api/v1/referrals?access_token=[REDACTED]" in table, "the requests did reach the log"
    lines = [json.loads(line) for line in logs.splitlines() if line.startswith("{")]
    assert any(line.get("path") == "/api/v1/referrals" for line in lines), "the request log was written"
    assert json.loads(listed)["items"], "the auditor read the log"
    assert "429" in logs, "the throttle was reached"
    secrets = [token, secret, basic, auditor_secret, auditor_token]
    assert _leaks(secrets, table, listed, csv_export, ndjson_export, archive_text, logs) == []


@pytest.mark.parametrize("raw,kept", [
    ("/api/v1/referrals?status=submitted&limit=5", "/api/v1/referrals?status=submitted&limit=5"),
    ("/api/v1/records?q=%E6%B6%88%E9%98%B2&credit_code=91120102MA05K3XQ1X",
     "/api/v1/records?q=%E6%B6%88%E9%98%B2&credit_code=91120102MA05K3XQ1X"),
    ("/api/v1/referrals/0b0c2f0e-1234-4abc-8def-0123456789ab/events",
     "/api/v1/referrals/0b0c2f0e-1234-4abc-8def-0123456789ab/events"),
])
def test_ordinary_urls_are_logged_as_sent(raw, kept):
    assert redact.url(raw) == kept


@pytest.mark.parametrize("raw", [
    "/x?Access_Token=abc", "/x?client-secret=abc", "/x?PASSWORD=abc", "/x?code=abc", "/x?my_api_key=abc",
    "/x?v=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV",
    "/x?v=Bearer%20abcdefgh12345678", "/x?v=R5S8ThXHHgw8dCyYgMh6esJKdwwgJQchcQwkQ76YHs",
])
def test_credentials_are_stripped_by_name_and_shape(raw):
    assert redact.url(raw) == raw.split("=", 1)[0] + "=" + redact.REDACTED
