"""The hand-written layer over the generated client: tokens, idempotency keys, If-Match, retries.

    from referral_client_ext import connect
    from referral_client.api.referrals import create_referral

    client = connect("http://127.0.0.1:8080", CLIENT_ID, CLIENT_SECRET)
    created = create_referral.sync_detailed(client=client, body=ReferralCreate.from_dict({...}))

`connect` returns the generated package's `AuthenticatedClient`, so every generated endpoint
function takes it. Underneath, it
- fetches a client_credentials token, caches it, and fetches a new one shortly before it expires
  or when the service answers 401 (the request is then sent once more);
- adds a fresh `Idempotency-Key` to each creating POST that has none, and sends the same key again
  when that request is retried, so a retry never creates twice;
- adds `If-Match` to a workflow action or a record update from the `ETag` last read for that object;
- retries 429 and 503 answers up to `retries` times, waiting what `Retry-After` says (capped by
  `max_wait` seconds), else a short exponential backoff.
"""
from __future__ import annotations

import re
import threading
import time
import uuid
from collections.abc import Callable, Generator
from email.utils import parsedate_to_datetime

import httpx

from referral_client import AuthenticatedClient

__all__ = ["connect", "TokenAuth", "ServiceTransport", "TokenError"]

RETRYABLE = frozenset({429, 503})
# A token is renewed this long before the service would refuse it.
RENEW_MARGIN_SECONDS = 15.0
# POSTs that create: they get an Idempotency-Key when the caller sent none.
_CREATES = re.compile(r"^/api/v1/(referrals|records|records/batch|referrals/[^/]+/attachments)$")
# POSTs that change an existing object, and the object whose ETag they need.
_CHANGES = re.compile(r"^(/api/v1/referrals/[^/]+)/actions$")


class TokenError(RuntimeError):
    """The token endpoint refused the client's credentials."""


class TokenAuth(httpx.Auth):
    """Bearer tokens by client_credentials: fetched once, cached, renewed before expiry or on 401."""

    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str | None = None,
                 *, clock: Callable[[], float] = time.monotonic, transport: httpx.BaseTransport | None = None):
        """Remember how to get a token; none is fetched until the first request."""
        self._token_url = token_url
        self._credentials = (client_id, client_secret)
        self._scope = scope
        self._clock = clock
        self._transport = transport
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0
        self.fetched = 0

    def token(self, *, renew: bool = False) -> str:
        """The cached token, or a new one when asked to renew or when it is about to expire."""
        with self._lock:
            if renew or self._token is None or self._clock() >= self._expires_at - RENEW_MARGIN_SECONDS:
                self._fetch()
            return self._token

    def _fetch(self) -> None:
        """POST /oauth/token with HTTP Basic client authentication."""
        form = {"grant_type": "client_credentials", **({"scope": self._scope} if self._scope else {})}
        with httpx.Client(transport=self._transport, timeout=10) as http:
            response = http.post(self._token_url, data=form, auth=self._credentials)
        if response.status_code != 200:
            raise TokenError(f"token refused: {response.status_code} {response.text[:200]}")
        body = response.json()
        self._token = body["access_token"]
        self._expires_at = self._clock() + float(body.get("expires_in", 300))
        self.fetched += 1

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send with the cached token; on 401 fetch a new one and send once more."""
        sent_with = self.token()
        request.headers["Authorization"] = f"Bearer {sent_with}"
        response = yield request
        if response.status_code == 401:
            fresh = self.token(renew=self._token == sent_with)
            request.headers["Authorization"] = f"Bearer {fresh}"
            yield request


def retry_after_seconds(response: httpx.Response, attempt: int, max_wait: float) -> float:
    """How long to wait before retrying: Retry-After (seconds or an HTTP date), else backoff."""
    value = response.headers.get("Retry-After", "").strip()
    wait = 0.5 * 2 ** attempt
    if value.isdigit():
        wait = float(value)
    elif value:
        try:
            wait = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            pass
    return max(0.0, min(wait, max_wait))


class ServiceTransport(httpx.BaseTransport):
    """Idempotency keys on creates, If-Match from the last read, bounded retries on 429/503."""

    def __init__(self, wrapped: httpx.BaseTransport | None = None, *, retries: int = 3,
                 max_wait: float = 30.0, sleep: Callable[[float], None] = time.sleep):
        """Wrap a transport (by default httpx's own)."""
        self._wrapped = wrapped or httpx.HTTPTransport()
        self._retries = retries
        self._max_wait = max_wait
        self._sleep = sleep
        self._etags: dict[str, str] = {}
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Prepare the headers once, then send, retrying what the service asked to be retried."""
        self._prepare(request)
        request.read()  # a retry must be able to send the body again
        for attempt in range(self._retries + 1):
            response = self._wrapped.handle_request(request)
            if response.status_code not in RETRYABLE or attempt == self._retries:
                break
            wait = retry_after_seconds(response, attempt, self._max_wait)
            response.close()
            self._sleep(wait)
        self._remember(request, response)
        return response

    def _prepare(self, request: httpx.Request) -> None:
        """Add Idempotency-Key to a create and If-Match to a change, unless the caller set them."""
        if request.method != "POST":
            return
        path = request.url.path
        if _CREATES.match(path) and "Idempotency-Key" not in request.headers:
            request.headers["Idempotency-Key"] = str(uuid.uuid4())
        target = _CHANGES.match(path)
        if target and "If-Match" not in request.headers:
            with self._lock:
                etag = self._etags.get(target.group(1))
            if etag:
                request.headers["If-Match"] = etag

    def _remember(self, request: httpx.Request, response: httpx.Response) -> None:
        """Keep the ETag a response gave for its object (a read, or the answer to a change)."""
        etag = response.headers.get("ETag")
        if not etag or response.status_code >= 300:
            return
        target = _CHANGES.match(request.url.path)
        key = target.group(1) if target else response.headers.get("Location") or request.url.path
        with self._lock:
            self._etags[httpx.URL(key).path] = etag

    def close(self) -> None:
        """Close the wrapped transport."""
        self._wrapped.close()


def connect(base_url: str, client_id: str, client_secret: str, *, scope: str | None = None,
            retries: int = 3, max_wait: float = 30.0, timeout: float = 30.0,
            transport: httpx.BaseTransport | None = None) -> AuthenticatedClient:
    """The generated client, wired to fetch and renew its own tokens and to retry safely."""
    base_url = base_url.rstrip("/")
    auth = TokenAuth(f"{base_url}/oauth/token", client_id, client_secret, scope, transport=transport)
    service = ServiceTransport(transport, retries=retries, max_wait=max_wait)
    # The token in the generated client's own header is replaced by TokenAuth on every request.
    return AuthenticatedClient(base_url=base_url, token="", timeout=httpx.Timeout(timeout),
                               raise_on_unexpected_status=False,
                               httpx_args={"auth": auth, "transport": service})
