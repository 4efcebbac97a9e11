"""Test helpers: a client that holds every response to openapi.yaml, and agency shorthands."""
from __future__ import annotations

import base64
import json
from functools import lru_cache
from typing import Any

from flask.testing import FlaskClient
from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from openapi_core.validation.response.exceptions import MissingData

from config import PROJECT_ROOT

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
    return [json.loads(line) for line in text.splitlines() if line.strip()]


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
