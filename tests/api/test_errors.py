"""Every error is problem+json with a clear detail, and never leaks internals."""
from config import load_settings

from ..support import EMERGENCY, app_with_probe_routes


def test_unknown_path_is_problem_json(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["Content-Type"] == "application/problem+json"
    assert response.json["status"] == 404 and response.json["type"].endswith("/not-found")


def test_wrong_method_is_405_with_allow(as_agency):
    response = as_agency(EMERGENCY).delete("/api/v1/agencies")
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]
    assert response.json["title"] == "Method Not Allowed"


def test_body_over_the_limit_is_413(client, agencies):
    response = client.post("/oauth/token", data={"grant_type": "client_credentials", "pad": "x" * (1024 * 1024 + 1)})
    assert response.status_code == 413
    assert response.json["type"].endswith("/payload-too-large")


def test_json_body_errors_and_500_without_internals(app, token_for, settings):
    probe_app = app_with_probe_routes(settings)
    token = token_for(EMERGENCY)
    http = probe_app.test_client()
    bearer = {"Authorization": f"Bearer {token}"}

    not_json = http.post("/api/v1/_probe/echo", data="a=1", headers=bearer,
                         content_type="application/x-www-form-urlencoded")
    assert not_json.status_code == 415 and not_json.mimetype == "application/problem+json"

    malformed = http.post("/api/v1/_probe/echo", data='{"title": "未闭合', headers=bearer,
                          content_type="application/json")
    assert malformed.status_code == 400 and malformed.json["type"].endswith("/malformed-json")

    array = http.post("/api/v1/_probe/echo", json=[1, 2], headers=bearer)
    assert array.status_code == 400 and "JSON object" in array.json["detail"]

    chinese = http.post("/api/v1/_probe/echo", json={"标题": "河东区某化工厂爆炸事故"}, headers=bearer)
    assert chinese.status_code == 200 and chinese.json == {"标题": "河东区某化工厂爆炸事故"}
    assert "河东区".encode() in chinese.get_data()  # UTF-8, not \\u escapes

    boom = http.get("/api/v1/_probe/boom", headers=bearer)
    assert boom.status_code == 500
    assert boom.json["title"] == "Internal server error"
    assert "hunter2" not in boom.get_data(as_text=True) and "RuntimeError" not in boom.get_data(as_text=True)
    assert boom.headers["X-Request-ID"]


def test_settings_reject_bad_values():
    import pytest

    with pytest.raises(ValueError, match="REFERRAL_TOKEN_LIFETIME_SECONDS"):
        load_settings(environ={"REFERRAL_TOKEN_LIFETIME_SECONDS": "soon"})
    with pytest.raises(ValueError, match="legal floor"):
        load_settings(environ={"REFERRAL_AUDIT_RETENTION_DAYS": "30"})
    assert load_settings(environ={"REFERRAL_TOKEN_LIFETIME_SECONDS": "60"}).token_lifetime_seconds == 60
