"""One webhook request: the payload, its Standard Webhooks signature, and the POST to a checked address."""
from __future__ import annotations

import http.client
import json
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from standardwebhooks import Webhook

from . import ssrf

USER_AGENT = "referral-service-webhooks/1"
MAX_RESPONSE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Outcome:
    """What the endpoint answered: a 2xx is success; anything else, or no answer, is retried."""

    ok: bool
    status_code: int | None
    error: str | None


def payload(event: dict[str, Any]) -> str:
    """The body: the Standard Webhooks envelope (type, when it happened, data: the event's ids)."""
    return json.dumps({"type": event["type"], "timestamp": event["occurred_at"], "data": event},
                      ensure_ascii=False, separators=(",", ":"))


def signed_headers(event_id: str, timestamp: datetime, body: str, secrets: list[str]) -> dict[str, str]:
    """webhook-id, webhook-timestamp and webhook-signature, with one signature per valid secret."""
    signatures = " ".join(Webhook(secret).sign(event_id, timestamp, body) for secret in secrets)
    return {"webhook-id": event_id, "webhook-timestamp": str(int(timestamp.timestamp())),
            "webhook-signature": signatures, "Content-Type": "application/json",
            "User-Agent": USER_AGENT}


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """HTTP to the checked address; the Host header keeps the URL's host name."""

    def __init__(self, target: ssrf.Target, timeout: float):
        """A connection to the target's checked address."""
        super().__init__(target.host, target.port, timeout=timeout)
        self._address = target.address

    def connect(self) -> None:
        """Connect to the checked address, not to what the name resolves to now."""
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to the checked address; the certificate is verified for the URL's host name."""

    def __init__(self, target: ssrf.Target, timeout: float):
        """A TLS connection to the target's checked address."""
        super().__init__(target.host, target.port, timeout=timeout, context=ssl.create_default_context())
        self._address = target.address

    def connect(self) -> None:
        """Connect to the checked address; verify the certificate for the URL's host name."""
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def post(target: ssrf.Target, headers: dict[str, str], body: str, timeout: float) -> Outcome:
    """POST the body; redirects are not followed (a 3xx is a failure)."""
    cls = _PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection
    connection = cls(target, timeout)
    try:
        connection.request("POST", target.path, body=body.encode("utf-8"), headers=headers)
        response = connection.getresponse()
        response.read(MAX_RESPONSE_BYTES)
        ok = 200 <= response.status < 300
        return Outcome(ok, response.status, None if ok else f"HTTP {response.status}")
    except (OSError, http.client.HTTPException) as exc:
        return Outcome(False, None, f"{type(exc).__name__}: {exc}"[:500])
    finally:
        connection.close()


def deliver(url: str, allowlist: ssrf.Allowlist, event: dict[str, Any], secrets: list[str],
            timestamp: datetime, timeout: float) -> Outcome:
    """Check the URL again (resolving it now), then sign and send the event to the checked address."""
    try:
        target = ssrf.check(url, allowlist)
    except ssrf.Refused as refused:
        return Outcome(False, None, f"Refused: {refused}"[:500])
    body = payload(event)
    return post(target, signed_headers(event["id"], timestamp, body, secrets), body, timeout)
