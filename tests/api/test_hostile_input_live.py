"""Through a real HTTP server (gunicorn): chunked bodies over the limit, raw bytes in the request line."""
import http.client
import json
from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import select

from referral_service.audit.models import AuditEvent
from referral_service.db import database

from ..support import EMERGENCY

pytestmark = pytest.mark.slow


def chunks(data: bytes, size: int = 64 * 1024):
    """A generator body: requests sends it with Transfer-Encoding: chunked and no Content-Length."""
    for start in range(0, len(data), size):
        yield data[start:start + size]


def entry_of(app, response) -> AuditEvent:
    with app.app_context(), database().sessionmaker() as session:
        entry = session.scalar(select(AuditEvent).where(AuditEvent.request_id == response.headers["X-Request-ID"]))
        assert entry is not None, "the request left no access-log entry"
        session.expunge(entry)
        return entry


def record(index: int, facts: str) -> dict:
    return {"kind": "inspection", "case_number": f"津河应急检〔2026〕{index}号", "subject": {"name": "某公司"},
            "facts": facts, "decided_at": "2026-03-20T10:00:00+08:00"}


def test_chunked_bodies_over_the_limit_are_413_not_cut_and_parsed(app, live_server, register):
    client_id, secret = register(EMERGENCY)
    token = requests.post(f"{live_server}/oauth/token", data={"grant_type": "client_credentials"},
                          auth=(client_id, secret), timeout=10).json()["access_token"]
    bearer = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    # A valid record padded past 1 MiB: cut at the limit it would be malformed JSON, or worse, parse.
    big = json.dumps(record(1, "事实" * 10)).encode()[:-1] + b', "pad": "' + b"x" * (1024 * 1024) + b'"}'
    response = requests.post(f"{live_server}/api/v1/records", data=chunks(big), headers=bearer, timeout=30)
    assert response.status_code == 413, response.text
    assert response.headers["Content-Type"] == "application/problem+json"
    assert entry_of(app, response).status == 413

    form = b"grant_type=client_credentials&pad=" + b"x" * (1024 * 1024)
    response = requests.post(f"{live_server}/oauth/token", data=chunks(form), auth=(client_id, secret),
                             headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=30)
    assert response.status_code == 413, response.text  # not a token issued from the first megabyte
    assert entry_of(app, response).action == "token.denied"

    # The batch takes up to 16 MiB, chunked or not: 1,000 records of ~1.5 MiB in all are published.
    batch = json.dumps({"records": [record(i, "仓库违规存放危险化学品。" * 40) for i in range(1000)]},
                       ensure_ascii=False).encode()
    assert len(batch) > 1024 * 1024
    response = requests.post(f"{live_server}/api/v1/records/batch", data=chunks(batch), headers=bearer, timeout=60)
    assert response.status_code == 200, response.text[:500]
    assert response.json()["created"] == 1000


def raw_get(live_server: str, target: bytes, headers: dict[str, str]) -> http.client.HTTPResponse:
    """A GET whose request line carries these exact bytes (requests would re-encode them)."""
    parts = urlsplit(live_server)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.putrequest("GET", "/", skip_accept_encoding=True)
    connection._buffer[0] = b"GET " + target + b" HTTP/1.1"  # the request line, byte for byte
    for name, value in headers.items():
        connection.putheader(name, value)
    connection.endheaders()
    return connection.getresponse()


# (Raw bytes beyond ASCII in the request line never reach the app: gunicorn refuses the line.)
TARGETS = [
    (b"/api/v1/records?q=%ff%fe", "q"),
    (b"/api/v1/records?q=%zz", "q"),
    (b"/api/v1/records?q=a%00", "q"),
    (b"/api/v1/records/a%00b", "record_id"),
    (b"/api/v1/records/%ff", "record_id"),
    (b"/api/v1/nothing%00", "path"),
]


def test_bytes_in_the_request_line_that_no_column_holds_are_400_and_logged(app, live_server, register):
    client_id, secret = register(EMERGENCY)
    token = requests.post(f"{live_server}/oauth/token", data={"grant_type": "client_credentials"},
                          auth=(client_id, secret), timeout=10).json()["access_token"]
    for target, field in TARGETS:
        response = raw_get(live_server, target, {"Authorization": f"Bearer {token}"})
        body = json.loads(response.read())
        assert response.status == 400 and field in body["errors"], (target, body)
        entry = entry_of(app, response)
        assert entry.status == 400 and "\x00" not in entry.path
