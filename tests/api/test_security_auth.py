"""Client authentication: one method per request, failed attempts throttled across workers."""
from __future__ import annotations

from config import load_settings
from referral_service import create_app
from referral_service.db import database

from ..conftest import _empty
from ..support import EMERGENCY, POLICE, basic

GRANT = {"grant_type": "client_credentials"}


def _token(client, basic_id, basic_secret, address="10.0.0.1", **form):
    return client.post("/oauth/token", data={**GRANT, **form}, headers=basic(basic_id, basic_secret),
                       environ_base={"REMOTE_ADDR": address})


def test_two_authentication_methods_in_one_request_are_invalid_request(client, register):
    bureau_id, bureau_secret = register(EMERGENCY)
    police_id, police_secret = register(POLICE)
    mixed = _token(client, bureau_id, bureau_secret, client_id=police_id, client_secret=police_secret)
    assert mixed.status_code == 400 and mixed.json["error"] == "invalid_request"
    same = _token(client, bureau_id, bureau_secret, client_secret=bureau_secret)
    assert same.status_code == 400 and same.json["error"] == "invalid_request"
    assert "access_token" not in mixed.json
    revoke = client.post("/oauth/revoke", data={"token": "x", "client_id": police_id,
                                                "client_secret": police_secret},
                         headers=basic(bureau_id, bureau_secret))
    assert revoke.status_code == 400 and revoke.json["error"] == "invalid_request"
    assert _token(client, bureau_id, bureau_secret, client_id=bureau_id).status_code == 200


def test_guessing_from_one_address_is_throttled_but_the_rightful_client_elsewhere_is_not(client, register):
    client_id, secret = register(EMERGENCY)
    for attempt in range(10):
        assert _token(client, client_id, f"guess-{attempt}", "10.6.6.6").status_code == 401
    refused = _token(client, client_id, secret, "10.6.6.6")  # even the right secret, from there
    assert refused.status_code == 429
    assert refused.mimetype == "application/problem+json"
    assert 1 <= int(refused.headers["Retry-After"]) <= 300
    other_client = _token(client, "nobody", "x", "10.6.6.6")
    assert other_client.status_code == 429
    rightful = _token(client, client_id, secret, "10.1.1.1")
    assert rightful.status_code == 200 and rightful.json["access_token"]


def test_form_credentials_count_too_and_the_log_names_the_throttled_attempts(client, register, as_agency):
    client_id, secret = register(POLICE)
    for attempt in range(10):
        response = client.post("/oauth/token", data={**GRANT, "client_id": client_id, "client_secret": str(attempt)},
                               environ_base={"REMOTE_ADDR": "10.7.7.7"})
        assert response.status_code == 401
    response = client.post("/oauth/token", data={**GRANT, "client_id": client_id, "client_secret": secret},
                           environ_base={"REMOTE_ADDR": "10.7.7.7"})
    assert response.status_code == 429
    auditor = as_agency("HD-ZFJD")
    events = auditor.get("/api/v1/audit-events?action=token.denied&limit=200").json["items"]
    assert sum(e["status"] == 401 for e in events) == 10
    assert sum(e["status"] == 429 for e in events) == 1


def test_limits_are_configurable(database_url, tmp_path):
    settings = load_settings(environ={"REFERRAL_AUTH_FAILURE_LIMIT": "2",
                                      "REFERRAL_AUTH_FAILURE_WINDOW_SECONDS": "60"},
                             env="test", database_url=database_url, instance_path=tmp_path)
    assert (settings.auth_failure_limit, settings.auth_failure_window_seconds) == (2, 60)
    app = create_app(settings)
    try:
        with app.test_client() as c:
            for _ in range(2):
                assert _token(c, "nobody", "x", "10.9.9.9").status_code == 401
            throttled = _token(c, "nobody", "x", "10.9.9.9")
            assert throttled.status_code == 429 and int(throttled.headers["Retry-After"]) <= 60
    finally:
        with app.app_context():
            _empty(database().engine)
            database().dispose()
