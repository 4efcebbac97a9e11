"""Hostile input is refused with 400, 413 or 422 naming the field, changes nothing, and is logged."""
import base64
import json

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from referral_service.audit.models import AuditEvent
from referral_service.referrals.models import Referral

from ..support import EMERGENCY, PROCURATORATE, basic
from .referral_support import body as referral_body

RECORD = {"kind": "penalty_decision", "case_number": "津河应急罚〔2026〕99号", "subject": {"name": "某公司"},
          "facts": "仓库违规存放危险化学品。", "decided_at": "2026-03-20T10:00:00+08:00"}


def cursor(values) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def logged(db, response) -> AuditEvent:
    """The access-log entry of this response (found by its X-Request-ID)."""
    db.expire_all()
    entry = db.scalar(select(AuditEvent).where(AuditEvent.request_id == response.headers["X-Request-ID"]))
    db.expunge_all()  # a plain snapshot: reading it later must not open a transaction (SQLite's lock)
    db.rollback()
    assert entry is not None, "the request left no access-log entry"
    assert entry.status == response.status_code
    return entry


def referral_count(db) -> int:
    count = db.scalar(select(func.count()).select_from(Referral))
    db.rollback()
    return count


def refused(db, response, status: int, field: str) -> AuditEvent:
    """The response is the given problem, naming `field` at the top of `errors`, and it was logged."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert field in response.json["errors"], response.json
    return logged(db, response)


@pytest.fixture
def bearer(token_for):
    """Authorization headers by agency code, each token fetched when first used."""

    class Tokens(dict):
        def __missing__(self, code):
            self[code] = {"Authorization": f"Bearer {token_for(code)}"}
            return self[code]

    return Tokens()


@pytest.mark.parametrize("path, field", [
    ("/api/v1/records/a%00b", "record_id"),
    ("/api/v1/records/a%00b/versions", "record_id"),
    ("/api/v1/agencies/HD%00", "code"),
    ("/api/v1/referrals/%00/events", "referral_id"),
    ("/api/v1/nothing%00here", "path"),
    ("/api/v1/referrals/\xff\xfe", "referral_id"),  # the bytes FF FE: not UTF-8
    ("/api/v1/nothing/\xff", "path"),
])
@pytest.mark.parametrize("with_token", [True, False])
def test_nul_or_bad_utf8_in_the_path_is_400_and_the_entry_is_still_written(client, db, bearer, path, field,
                                                                           with_token):
    headers = bearer[PROCURATORATE] if with_token else {}
    response = client.get(path, headers=headers, environ_overrides={"PATH_INFO": path.replace("%00", "\x00")})
    entry = refused(db, response, 400, field)
    assert "\x00" not in entry.path and entry.path.startswith("/api/v1/")


@pytest.mark.parametrize("query, field", [
    ("q=a%00b", "q"),
    ("status=%00", "status"),
    ("q=%ff%fe", "q"),
    ("q=%zz", "q"),
    ("q=100%", "q"),
    ("%ff=1", "query"),
])
@pytest.mark.parametrize("with_token", [True, False])
def test_malformed_query_strings_are_400_naming_the_parameter(client, db, bearer, query, field, with_token):
    headers = bearer[PROCURATORATE] if with_token else {}
    response = client.get(f"/api/v1/referrals?{query}", headers=headers)
    refused(db, response, 400, field)


def test_raw_bytes_that_are_not_utf8_in_the_query_are_400_and_logged_readably(app, db, bearer):
    # The plain test client: the contract checker itself cannot read such a query string.
    response = FlaskClient(app, app.response_class).get("/api/v1/records", headers=bearer[PROCURATORATE],
                          environ_overrides={"QUERY_STRING": "q=\xff\xfe"})  # the bytes FF FE, as WSGI carries them
    entry = refused(db, response, 400, "q")
    assert entry.path.startswith("/api/v1/records?q=")


@pytest.mark.parametrize("url, field", [
    ("/api/v1/records?limit=%D9%A1%D9%A2", "limit"),   # Arabic-Indic digits: int() would take them
    ("/api/v1/records?limit=1_0", "limit"),
    ("/api/v1/records?limit=" + "9" * 5000, "limit"),
    ("/api/v1/agencies?limit=%EF%BC%91", "limit"),     # a full-width 1
    ("/api/v1/stats?year=%C2%B2", "year"),            # a superscript 2: isdigit() but not int()
    ("/api/v1/stats?year=" + "9" * 5000, "year"),
    ("/api/v1/audit-events?status=%D9%A2%D9%A0%D9%A0", "status"),
    ("/api/v1/audit-events?status=" + "9" * 400, "status"),
])
def test_integers_take_ascii_digits_only(client, db, bearer, url, field):
    refused(db, client.get(url, headers=bearer[PROCURATORATE]), 422, field)


@pytest.mark.parametrize("url", [
    "/api/v1/records?decided_after=0001-01-01",
    "/api/v1/records?decided_before=9999-12-31",
    "/api/v1/records?decided_before=9999-12-31T23:59:59-05:00",
    "/api/v1/records/export?decided_after=0001-01-01T00:00:00%2B14:00",
    "/api/v1/referrals?created_after=0001-01-01T00:00:00%2B08:00",
    "/api/v1/referrals?created_before=9999-12-31T23:59:59-12:00",
    "/api/v1/audit-events/export?to=9999-12-31T23:59:59-05:00",
])
def test_filter_bounds_at_the_ends_of_the_calendar_are_answered(client, bearer, url):
    """A bound far in the past or future is a valid filter (the contract allows any date-time): it is
    clamped to the times the service can hold, and answered."""
    assert client.get(url, headers=bearer[PROCURATORATE]).status_code == 200


def test_a_filter_time_without_its_offset_is_422(client, db, bearer):
    refused(db, client.get("/api/v1/audit-events?from=0001-01-01T00:00:00", headers=bearer[PROCURATORATE]),
            422, "from")


def test_times_at_the_ends_of_the_calendar_in_bodies_are_422_and_create_nothing(client, db, bearer):
    shares = bearer[EMERGENCY]
    for moment in ("9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+08:00"):
        response = client.post("/api/v1/records", json={**RECORD, "decided_at": moment}, headers=shares)
        refused(db, response, 422, "decided_at")
        rectification = {"status": "pending", "due_date": moment[:10]}
        response = client.post("/api/v1/records", json={**RECORD, "rectification": rectification}, headers=shares)
        refused(db, response, 422, "rectification")
        incident = {"occurred_at": moment}
        response = client.post("/api/v1/referrals", json=referral_body(incident=incident), headers=shares)
        assert refused(db, response, 422, "incident")
        assert response.json["errors"]["incident"]["occurred_at"]
    assert referral_count(db) == 0


FORGED = [
    [10**30], [-(10**30)], ["12"], [True], [1.5], [None], [{"a": 1}], [[1]], [],
    ["2026-01-01T00:00:00", "x"], ["0001-01-01T00:00:00+08:00", "x"], ["9999-12-31T23:59:59-12:00", "x"],
    ["2026-01-01T00:00:00+00:00", "x\u0000"], ["2026-01-01T00:00:00+00:00", "x" * 5000],
    ["2026-01-01T00:00:00+00:00", 10**30], [10**30, 10**30], "not a list", {"a": 1},
]


@pytest.mark.parametrize("path", ["/api/v1/audit-events", "/api/v1/referrals", "/api/v1/records",
                                  "/api/v1/agencies", "/api/v1/records?q=仓库"])
def test_forged_cursors_are_422(client, db, bearer, path):
    headers = bearer[PROCURATORATE]
    joiner = "&" if "?" in path else "?"
    for values in FORGED:
        if path.endswith("agencies") and values == ["12"]:
            continue  # a well-formed agencies cursor: the page after code "12"
        refused(db, client.get(f"{path}{joiner}cursor={cursor(values)}", headers=headers), 422, "cursor")
    for raw in ("!!!", "%25%25", "A" * 5000, base64.urlsafe_b64encode(b"\xff\xfe").decode(), cursor("[" * 5000)):
        refused(db, client.get(f"{path}{joiner}cursor={raw}", headers=headers), 422, "cursor")


@pytest.mark.parametrize("raw, status, field", [
    ("[" * 50_000 + "]" * 50_000, 400, "_body"),
    ('{"title": ' + '{"a": ' * 40 + "1" + "}" * 40 + "}", 400, "_body"),
    ('{"title": "\\ud800"}', 400, "title"),
    ('{"title": "a\\u0000b"}', 400, "title"),
    ('{"contact": {"name": "\\udfff"}}', 400, "contact"),
    ('{"a\\u0000": 1}', 400, "a\ufffd"),  # the field named without the NUL it was refused for
    ('{"incident": {"direct_loss_yuan": NaN}}', 400, "_body"),
    ('{"incident": {"direct_loss_yuan": -Infinity}}', 400, "_body"),
    ('{"incident": {"direct_loss_yuan": 1e400}}', 422, "incident"),
    ('{"incident": {"deaths": ' + "9" * 30 + "}}", 422, "incident"),
    ('{"incident": {"deaths": ' + "9" * 5000 + "}}", 400, "_body"),
    ('{"title": "未闭合', 400, "_body"),
])
@pytest.mark.parametrize("with_token", [True, False])
def test_hostile_json_bodies_are_refused_naming_the_field(client, db, bearer, raw, status, field, with_token):
    headers = bearer[EMERGENCY] if with_token else {}
    response = client.post("/api/v1/referrals", data=raw.encode("utf-8", "surrogatepass"),
                           content_type="application/json", headers={**headers, "Idempotency-Key": "k-1"})
    if with_token:
        refused(db, response, status, field)
    else:  # a body is read only for an authenticated caller
        assert response.status_code == 401 and logged(db, response).outcome == "unauthenticated"
    assert referral_count(db) == 0


@pytest.mark.parametrize("text, count", [(["list"], "12"), (12, True), (True, None), (None, {"x": 1}),
                                         ({"x": 1}, 1e308), (1e308, -(2**63)), (-(2**63), 1.5), ("", 2**63 - 1)])
def test_wrong_json_types_and_out_of_range_numbers_are_422(client, db, bearer, text, count):
    response = client.post("/api/v1/referrals", json=referral_body(title=text), headers=bearer[EMERGENCY])
    refused(db, response, 422, "title")
    response = client.post("/api/v1/records", json={**RECORD, "deaths": count}, headers=bearer[EMERGENCY])
    refused(db, response, 422, "deaths")


def test_body_that_is_not_utf8_is_400(client, db, bearer):
    response = client.post("/api/v1/records", data=b'{"facts": "\xff"}', content_type="application/json",
                           headers=bearer[EMERGENCY])
    refused(db, response, 400, "_body")


@pytest.mark.parametrize("form, field", [
    ("grant_type=client_credentials&client_id=a%00b&client_secret=x", "client_id"),
    ("grant_type=client_credentials&client_id=a%FFb&client_secret=x", "client_id"),
    ("grant_type=client_credentials&client_id=hd&client_secret=%zz", "client_secret"),
    ("grant_type=client%00credentials", "grant_type"),
    ("grant_type=client_credentials&scope=records:read%00", "scope"),
])
def test_token_endpoint_refuses_nul_and_bad_encoding_in_form_fields(client, db, agencies, form, field):
    response = client.post("/oauth/token", data=form.encode(), content_type="application/x-www-form-urlencoded")
    entry = refused(db, response, 400, field)
    assert response.json["error"] == "invalid_request"  # what an OAuth client reads
    assert entry.action == "token.denied"


@pytest.mark.parametrize("credentials", [b"a\x00b:secret", b"\xff\xfe:secret", b"hd-yjj:\x00"])
def test_token_endpoint_refuses_nul_and_bad_utf8_in_basic_credentials(client, db, agencies, credentials):
    auth = {"Authorization": "Basic " + base64.b64encode(credentials).decode()}
    response = client.post("/oauth/token", data={"grant_type": "client_credentials"}, headers=auth)
    refused(db, response, 400, "Authorization")


@pytest.mark.parametrize("path", ["/oauth/revoke", "/oauth/introspect"])
def test_revoke_and_introspect_refuse_nul(client, db, register, path):
    client_id, secret = register(EMERGENCY)
    response = client.post(path, data={"token": "a\x00b"}, headers=basic(client_id, secret))
    refused(db, response, 400, "token")


@pytest.mark.parametrize("name, value", [
    ("Idempotency-Key", "key\x00"),
    ("If-Match", '"x"' * 3000),
    ("User-Agent", "agent\x00"),
    ("X-Request-ID", "a" * 9000),
    ("Idempotency-Key", "a\x7fb"),
])
def test_hostile_headers_are_400_naming_the_header(client, db, bearer, name, value):
    response = client.post("/api/v1/records", json=RECORD, headers={**bearer[EMERGENCY], name: value})
    field = response.json and next(iter(response.json.get("errors", {})), None)
    refused(db, response, 400, field)
    assert field.lower() == name.lower()


def test_overlong_idempotency_key_is_422_and_an_unusable_request_id_is_replaced(client, db, bearer):
    response = client.post("/api/v1/records", json=RECORD, headers={**bearer[EMERGENCY], "Idempotency-Key": "k" * 201})
    refused(db, response, 422, "Idempotency-Key")
    response = client.get("/api/v1/agencies", headers={**bearer[EMERGENCY], "X-Request-ID": "short id"})
    assert response.status_code == 200 and response.headers["X-Request-ID"] != "short id"
    logged(db, response)


def test_a_batch_over_its_item_limit_is_413_before_any_item_is_read(client, db, bearer):
    # 1,001 items, each invalid: refused by their count, not after validating every one of them.
    response = client.post("/api/v1/records/batch", json={"records": [{"kind": 1}] * 1001}, headers=bearer[EMERGENCY])
    refused(db, response, 413, "records")
    assert set(response.json["errors"]) == {"records"} and isinstance(response.json["errors"]["records"], list)
    response = client.post("/api/v1/records/batch", json={"records": [{"kind": 1}] * 60_000}, headers=bearer[EMERGENCY])
    refused(db, response, 413, "records")


def test_user_agent_and_path_oddities_are_written_to_the_log_safely(client, db, bearer):
    response = client.get("/api/v1/agencies", headers={**bearer[EMERGENCY], "User-Agent": "系统/1.0 \ud800"[:-1] + "é"})
    assert logged(db, response).user_agent.startswith("系统/1.0")
