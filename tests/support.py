"""Test helpers: a client that holds every response to openapi.yaml, agency shorthands, the app's
API routes, an app with probe routes, and waiting for a condition or a server without fixed sleeps."""
from __future__ import annotations

import base64
import json
import re
import socket
import subprocess
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator

import requests
from flask import Blueprint, Flask
from flask.testing import FlaskClient
from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from openapi_core.validation.response.exceptions import MissingData

from config import PROJECT_ROOT, Settings
from referral_service import create_app
from referral_service.auth.protect import protected
from referral_service.http import json_body

PROCURATORATE = "HD-JCY"
EMERGENCY = "HD-YJJ"
POLICE = "HD-GAJ"
FIRE = "HD-XFJY"
HEALTH = "HD-WJW"
URBAN = "HD-CGW"
MARKET = "HD-SCJG"
OVERSIGHT = "HD-ZFJD"


@lru_cache(maxsize=1)
def spec() -> OpenAPI:
    deserializers = {"application/problem+json": json.loads, "application/x-ndjson": _ndjson,
                     "application/yaml": _text, "text/csv": _text}
    return OpenAPI.from_file_path(str(PROJECT_ROOT / "openapi.yaml"),
                                  config=Config(extra_media_type_deserializers=deserializers))


def _text(data: bytes | str) -> str:
    return data.decode() if isinstance(data, bytes) else data


def _ndjson(data: bytes | str) -> list:
    text = data.decode() if isinstance(data, bytes) else data
    # Lines end at "\n" alone: splitlines() would also cut at U+2028 and others a JSON string may hold.
    return [json.loads(line) for line in text.split("\n") if line.strip()]


STREAMED = {"application/x-ndjson", "text/csv"}


class ContractViolation(AssertionError):
    pass


class _SentRequest(WerkzeugOpenAPIRequest):
    """The request as sent; its body stream is spent, and a response check does not need it."""

    @property
    def body(self):
        return None


def check_response(response) -> None:
    """Fail the test when a response does not match openapi.yaml (status, headers, body)."""
    request = _SentRequest(response.request)
    errors = list(spec().iter_response_errors(request, WerkzeugOpenAPIResponse(response)))
    # A path or method the contract does not have is not checked here: test_spec proves that the
    # app serves exactly the contract's operations, so only deliberate 404/405 probes land here.
    errors = [e for e in errors if not isinstance(e, (PathNotFound, OperationNotFound))]
    if response.mimetype in STREAMED and not response.get_data():
        errors = [e for e in errors if not isinstance(e, MissingData)]  # an export of nothing is empty
    if errors:
        details = "; ".join(f"{type(e).__name__}: {e} {getattr(e, '__cause__', '') or ''}" for e in errors)
        raise ContractViolation(
            f"{response.request.method} {response.request.full_path} -> {response.status_code} "
            f"breaks openapi.yaml: {details}\nbody: {response.get_data(as_text=True)[:500]}")


class ContractClient(FlaskClient):
    """The Flask test client, validating every response against the contract."""

    def open(self, *args: Any, **kwargs: Any):
        # Buffered, so the response is closed as a real server closes it (close hooks run).
        kwargs.setdefault("buffered", True)
        response = super().open(*args, **kwargs)
        check_response(response)
        return response


class AgencyClient:
    """Requests as one agency's system, with a bearer token from the real token endpoint."""

    def __init__(self, client: FlaskClient, token: str, agency: str, client_id: str):
        self.client, self.token, self.agency, self.client_id = client, token, agency, client_id

    def _headers(self, headers: dict | None) -> dict:
        return {"Authorization": f"Bearer {self.token}", **(headers or {})}

    def open(self, url: str, method: str = "GET", headers: dict | None = None, **kw):
        return self.client.open(url, method=method, headers=self._headers(headers), **kw)

    def get(self, url: str, headers: dict | None = None, **kw):
        return self.client.get(url, headers=self._headers(headers), **kw)

    def post(self, url: str, headers: dict | None = None, **kw):
        return self.client.post(url, headers=self._headers(headers), **kw)

    def put(self, url: str, headers: dict | None = None, **kw):
        return self.client.put(url, headers=self._headers(headers), **kw)

    def patch(self, url: str, headers: dict | None = None, **kw):
        return self.client.patch(url, headers=self._headers(headers), **kw)

    def delete(self, url: str, headers: dict | None = None, **kw):
        return self.client.delete(url, headers=self._headers(headers), **kw)


def basic(client_id: str, secret: str) -> dict:
    raw = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    return {"Authorization": f"Basic {raw}"}


# --- the app's routes -------------------------------------------------------------------------------

DUMMY_ID = "00000000-0000-4000-8000-000000000000"


def api_routes(app: Flask) -> Iterator[tuple[str, str, str | None]]:
    """(method, URL with every path parameter set to a dummy id, required scope) of each /api/v1 route."""
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        if not rule.rule.startswith("/api/v1"):
            continue
        view = app.view_functions[rule.endpoint]
        url = re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", DUMMY_ID, rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield method, url, getattr(view, "required_scope")


def app_with_probe_routes(settings: Settings) -> Flask:
    """The app plus two protected probe routes: one echoing its JSON body, one raising an error."""
    app = create_app(settings)
    probe = Blueprint("probe", __name__)

    @probe.post("/api/v1/_probe/echo")
    @protected(None, "probe.echo")
    def echo():
        return json_body()

    @probe.get("/api/v1/_probe/boom")
    @protected(None, "probe.boom")
    def boom():
        raise RuntimeError("secret internals: password=hunter2")

    app.register_blueprint(probe)
    return app


# --- waiting without fixed sleeps ---------------------------------------------------------------------

def wait_for(condition: Callable[[], object], timeout: float = 30, step: Callable[[], object] | None = None,
             message: str = "condition") -> object:
    """Poll `condition` (running `step` between polls) until it is truthy, or fail at the deadline."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if step is not None:
            step()
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {message}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers_ready(url: str) -> bool:
    """Whether the server at `url` answers GET /readyz with 200."""
    try:
        return requests.get(f"{url}/readyz", timeout=5).status_code == 200
    except requests.RequestException:
        return False


def wait_ready(url: str, server: subprocess.Popen, timeout: float = 60, log: Path | None = None) -> None:
    """Poll `url`/readyz until it answers 200; fail at once if the server process exits, quoting its log."""
    def up() -> bool:
        if server.poll() is not None:
            raise AssertionError(f"the server for {url} exited with {server.returncode}")
        return answers_ready(url)

    try:
        wait_for(up, timeout=timeout, message=f"{url}/readyz")
    except AssertionError as failure:
        tail = log.read_text(errors="replace")[-2000:] if log is not None and log.exists() else ""
        raise AssertionError(f"{failure}\n{tail}") from None
