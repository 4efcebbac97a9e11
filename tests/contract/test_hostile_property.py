"""Property: hostile strings and numbers in any field of any operation never give a 5xx, and are logged.

For every operation of openapi.yaml, hypothesis puts one hostile value into one place at a time:
a path parameter, a query parameter, a field of the JSON body (at any depth of a valid body), a
form field, or a header the service reads. Every answer is below 500, every refusal is
problem+json (or an OAuth error), and every request to /api/v1 and /oauth has its access-log
entry. Bounded and repeatable: a few examples per operation, derandomized.
"""
from __future__ import annotations

import copy
import functools
import io
import json
from urllib.parse import quote

import yaml
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from config import PROJECT_ROOT
from referral_service.audit.models import AuditEvent

from ..api.referral_support import body as referral_body
from ..support import EMERGENCY, POLICE, PROCURATORATE, basic

METHODS = ("get", "post", "put", "patch", "delete")
EXAMPLES_PER_OPERATION = 15
PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
RECORD = {"kind": "penalty_decision", "case_number": "津河应急罚〔2026〕7号",
          "subject": {"name": "天津市某化工有限公司"}, "facts": "仓库违规存放危险化学品。",
          "legal_basis": "《安全生产法》第一百零二条", "penalty": {"type": "fine", "amount_yuan": "20000.00"},
          "decided_at": "2026-03-20T10:00:00+08:00", "deaths": 0, "serious_injuries": 0,
          "direct_loss_yuan": "100.00", "rectification": {"status": "pending", "due_date": "2026-04-20"},
          "division_code": "120102", "address": "津塘路88号"}

HOSTILE_TEXT = [
    "\x00", "a\x00b", "\ud800", "x\udfff", "\ud83d", "١٢", "１２", "²", "1_000", "-1", "0", "NaN", "Infinity",
    "1e400", "-1e400", "9" * 40, "-" + "9" * 40, "0001-01-01", "9999-12-31", "0001-01-01T00:00:00+08:00",
    "9999-12-31T23:59:59-12:00", "2026-02-30", "2026-03-15T25:61:00Z", "true", "1", "null", "%zz", "%",
    "%00", "%ff", "'; DROP TABLE referrals; --", "../../etc/passwd", "<script>", "\u202e", "\ufeff",
    " ", "", "x" * 5000, "批" * 300, "\n\r\t", "{}", "[]", "*", '"', "W/\"x\"", "\\", "🀄" * 10,
]
HOSTILE_JSON = [None, True, False, 0, -1, 2**31, 2**63, -(2**63) - 1, 10**40, 1.5, -0.0, 1e308,
                float("nan"), float("inf"), float("-inf"), [], {}, [None], {"a": "\x00"}, [[[[[]]]]]]
hostile_text = st.one_of(st.sampled_from(HOSTILE_TEXT), st.text(max_size=12))
hostile_json = st.one_of(hostile_text, st.sampled_from(HOSTILE_JSON), st.integers(), st.floats())
HEADERS = ("Idempotency-Key", "If-Match", "X-Request-ID", "User-Agent")


@functools.lru_cache(maxsize=1)
def _spec() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def _resolve(document: dict, node: dict) -> dict:
    while "$ref" in node:
        target = document
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations() -> list[tuple[str, str, dict, list[dict]]]:
    """(method, path template, operation, parameters) for every operation of the contract."""
    document = _spec()
    found = []
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                operation = item[method]
                parameters = [_resolve(document, p) for p in item.get("parameters", []) + operation.get("parameters", [])]
                found.append((method.upper(), path, operation, parameters))
    return found


def example_body(path: str) -> dict:
    """The first JSON request example the contract gives for a POST or PATCH on `path` ({} if none)."""
    item = _spec()["paths"][path]
    for method in ("post", "patch", "put"):
        media = item.get(method, {}).get("requestBody", {}).get("content", {}).get("application/json", {})
        if "example" in media:
            return copy.deepcopy(media["example"])
        if media.get("examples"):
            return copy.deepcopy(next(iter(media["examples"].values()))["value"])
    return {}


def leaves(value, path=()):
    """Paths to every scalar and container of a JSON document (a hostile value may replace any)."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, path + (index,))


def replaced(document, path, value):
    document = copy.deepcopy(document)
    if not path:
        return value
    target = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return document


def encoded(value: str) -> str:
    """A value for a URL: UTF-8 percent-encoded; a lone surrogate becomes the bytes that are not UTF-8."""
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


def header_value(value: str) -> str:
    """What a header can carry: bytes as latin-1 (WSGI's way), no line breaks."""
    return value.encode("utf-8", "surrogatepass").decode("latin-1").replace("\r", " ").replace("\n", " ")


class World:
    """Objects that exist, tokens and valid bodies, so hostile values reach past the 404s."""

    def __init__(self, http: FlaskClient, register):
        self.http = http
        self.clients = {code: register(code) for code in (EMERGENCY, PROCURATORATE)}
        self.tokens = {code: self._token(*pair) for code, pair in self.clients.items()}
        self.spare_token = self._token(*self.clients[EMERGENCY])  # for /oauth/revoke to revoke
        bearer = self.bearer(EMERGENCY)
        referral = http.post("/api/v1/referrals", json=referral_body(recipient_agency=POLICE), headers=bearer).json
        record = http.post("/api/v1/records", json=RECORD, headers=bearer).json
        attachment = http.post(f"/api/v1/referrals/{referral['id']}/attachments", headers=bearer,
                               data={"file": (io.BytesIO(PDF), "移送书.pdf"), "document_type": "transfer_letter"}).json
        self.path_values = {"referral_id": referral["id"], "record_id": record["id"],
                            "attachment_id": attachment["id"], "code": EMERGENCY}
        # The newer resources, made from their own contract examples by the procuratorate.
        prosecutor = self.bearer(PROCURATORATE)
        for param, path in (("recommendation_id", "/api/v1/recommendations"),
                            ("consultation_id", "/api/v1/consultations"), ("webhook_id", "/api/v1/webhooks")):
            made = http.post(path, json=example_body(path), headers=prosecutor)
            assert made.status_code == 201, made.get_data(as_text=True)
            self.path_values[param] = made.json["id"]

    def _token(self, client_id: str, secret: str) -> str:
        response = self.http.post("/oauth/token", data={"grant_type": "client_credentials"},
                                  headers=basic(client_id, secret))
        return response.json["access_token"]

    def bearer(self, code: str) -> dict:
        return {"Authorization": f"Bearer {self.tokens[code]}"}

    def caller_for(self, operation: dict) -> str:
        scopes = [s for requirement in operation.get("security", [{}]) for s in requirement.get("oauth2", [])]
        return EMERGENCY if {"records:share", "referrals:submit", "recommendations:reply"} & set(scopes) else PROCURATORATE

    def json_body(self, path: str) -> dict:
        known = {"/api/v1/referrals": referral_body(recipient_agency=POLICE),
                 "/api/v1/referrals/{referral_id}/actions": {"action": "decline", "reason": "证据不足",
                                                             "to_agency": POLICE, "outcome": "已立案"},
                 "/api/v1/records": RECORD,
                 "/api/v1/records/batch": {"records": [RECORD]}}
        return known[path] if path in known else example_body(path)

    def form_body(self, path: str) -> dict:
        client_id, secret = self.clients[EMERGENCY]
        if path == "/oauth/token":
            return {"grant_type": "client_credentials", "scope": "records:read", "client_id": client_id,
                    "client_secret": secret}
        return {"token": self.spare_token, "token_type_hint": "access_token", "client_id": client_id,
                "client_secret": secret}


def targets(world: World, method: str, path: str, operation: dict, parameters: list[dict]) -> list[tuple]:
    """Where a hostile value may go in this operation."""
    places = [(p["in"], p["name"]) for p in parameters if p["in"] in ("path", "query")]
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        places += [("json", leaf) for leaf in leaves(world.json_body(path))]
    if "application/x-www-form-urlencoded" in content:
        places += [("form", name) for name in world.form_body(path)]
    if "multipart/form-data" in content:
        places += [("multipart", "document_type"), ("multipart", "filename")]
    places += [("header", name) for name in HEADERS]
    return places


def send(world: World, method: str, path: str, operation: dict, place: tuple, value, with_token: bool):
    """One request with `value` at `place`, the rest of it valid."""
    kind, name = place
    text = value if isinstance(value, str) else json.dumps(value)
    url = path
    for param, known in world.path_values.items():
        url = url.replace("{" + param + "}", encoded(text) if place == ("path", param) else known)
    if kind == "query":
        url += f"?{encoded(name)}={encoded(text)}"
    headers = world.bearer(world.caller_for(operation)) if with_token else {}
    if kind == "header":
        headers[name] = header_value(text)
    kwargs = body_of(world, path, operation, place, value, text, headers)
    return world.http.open(url, method=method, headers=headers, **kwargs)


def body_of(world: World, path: str, operation: dict, place: tuple, value, text: str, headers: dict) -> dict:
    """The request body (valid, or with the hostile value in it) as test-client arguments."""
    kind, name = place
    kwargs: dict = {}
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        document = world.json_body(path)
        if kind == "json":
            document = replaced(document, name, value)
        kwargs = {"data": json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass"),
                  "content_type": "application/json"}
    elif "application/x-www-form-urlencoded" in content:
        form = world.form_body(path)
        if kind == "form":
            form[name] = text
        headers.pop("Authorization", None)  # the OAuth endpoints authenticate the client from the form
        kwargs = {"data": "&".join(f"{encoded(k)}={encoded(v)}" for k, v in form.items()),
                  "content_type": "application/x-www-form-urlencoded"}
    elif "multipart/form-data" in content:
        filename = header_value(text) if place == ("multipart", "filename") else "证据.pdf"
        document_type = text if place == ("multipart", "document_type") else "other"
        kwargs = {"data": {"file": (io.BytesIO(PDF), filename), "document_type": document_type}}
    return kwargs


def logged(db, response) -> bool:
    db.expire_all()
    found = db.scalar(select(AuditEvent.id).where(AuditEvent.request_id == response.headers["X-Request-ID"]))
    db.rollback()
    return found is not None


def test_hostile_values_anywhere_never_give_a_5xx_and_are_always_logged(app, agencies, register, db):
    world = World(FlaskClient(app, app.response_class), register)
    seen: dict[str, set[int]] = {}
    for method, path, operation, parameters in operations():
        places = targets(world, method, path, operation, parameters)

        # Mostly with a token (so values reach the views), sometimes without.
        @given(place=st.sampled_from(places), value=hostile_json, with_token=st.sampled_from([True, True, False]))
        @settings(max_examples=EXAMPLES_PER_OPERATION, derandomize=True, database=None, deadline=None,
                  suppress_health_check=list(HealthCheck))
        def never_a_5xx(place, value, with_token):
            if place[0] != "json" and not isinstance(value, str):
                value = json.dumps(value)
            response = send(world, method, path, operation, place, value, with_token)
            label = f"{method} {path} with {value!r:.80} at {place}, token={with_token}"
            assert response.status_code < 500, f"{label}: {response.get_data(as_text=True)[:300]}"
            if response.status_code >= 400 and path.startswith(("/api/v1", "/oauth")):
                assert response.mimetype in ("application/problem+json", "application/json"), label
            if path.startswith(("/api/v1", "/oauth")):
                assert logged(db, response), f"{label}: no access-log entry"
            seen.setdefault(f"{method} {path}", set()).add(response.status_code)

        never_a_5xx()
    assert len(seen) == len(operations())
    print({operation: sorted(codes) for operation, codes in seen.items()})
