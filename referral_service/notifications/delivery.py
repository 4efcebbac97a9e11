"""One webhook request: the payload, its Standard Webhooks signature, and the POST to a checked address.

Connections are kept alive and reused for the next delivery to the same checked address
(`Connections`): a worker sending hundreds of events a second to one endpoint would otherwise
open and close a TCP (and TLS) connection for each. A connection is only ever reused for the
address it was opened to, so SSRF pinning holds: every delivery checks its URL again, and a name
that now resolves elsewhere gets a new connection to the new, checked address.
"""
from __future__ import annotations

import http.client
import json
import select
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from standardwebhooks import Webhook

from . import ssrf

USER_AGENT = "referral-service-webhooks/1"
MAX_RESPONSE_BYTES = 64 * 1024
# An idle kept-alive connection is dropped after this long: below the keep-alive timeouts of common
# servers (Node 5 s, nginx 75 s), so a connection is seldom reused just as the receiver closes it.
IDLE_SECONDS = 4.0
# Errors of a reused connection the receiver closed meanwhile (its idle timeout ran out as the request
# went): the request is sent once more on a new connection, as HTTP clients do. Should the receiver
# have acted on the first, the second carries the same webhook-id, by which receivers deduplicate.
_STALE = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError, ConnectionAbortedError)


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
        self.sock = _connect(self._address, self.port, self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to the checked address; the certificate is verified for the URL's host name."""

    def __init__(self, target: ssrf.Target, timeout: float):
        """A TLS connection to the target's checked address."""
        super().__init__(target.host, target.port, timeout=timeout, context=ssl.create_default_context())
        self._address = target.address

    def connect(self) -> None:
        """Connect to the checked address; verify the certificate for the URL's host name."""
        sock = _connect(self._address, self.port, self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _connect(address: str, port: int, timeout: float) -> socket.socket:
    """A TCP connection with Nagle off: http.client sends headers and body apart, and on a reused
    connection the body would otherwise wait for the receiver's delayed ACK (40 ms)."""
    sock = socket.create_connection((address, port), timeout)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def _closed_by_peer(connection: http.client.HTTPConnection) -> bool:
    """Whether an idle connection has become readable: the receiver closed it (or sent junk)."""
    if connection.sock is None:
        return True
    try:
        return bool(select.select([connection.sock], [], [], 0)[0])
    except (OSError, ValueError):
        return True


class Connections:
    """Idle kept-alive connections per checked target (scheme, host, port, address), shared by threads."""

    def __init__(self) -> None:
        """No connection yet."""
        self._idle: dict[tuple, list[tuple[float, http.client.HTTPConnection]]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _key(target: ssrf.Target) -> tuple:
        """Connections are shared only by requests to the same checked address, host name and scheme."""
        return target.scheme, target.host, target.port, target.address

    def take(self, target: ssrf.Target) -> http.client.HTTPConnection | None:
        """An idle connection to exactly this checked target, still open, or None."""
        now = time.monotonic()
        while True:
            with self._lock:
                idle = self._idle.get(self._key(target))
                if not idle:
                    return None
                since, connection = idle.pop()
            if now - since < IDLE_SECONDS and not _closed_by_peer(connection):
                return connection
            connection.close()

    def give(self, target: ssrf.Target, connection: http.client.HTTPConnection) -> None:
        """Keep a connection whose response was read to its end, for the next delivery there."""
        with self._lock:
            self._idle.setdefault(self._key(target), []).append((time.monotonic(), connection))

    def sweep(self) -> None:
        """Close the connections idle for IDLE_SECONDS, so endpoints no longer sent to hold none."""
        cutoff = time.monotonic() - IDLE_SECONDS
        with self._lock:
            stale = [c for idle in self._idle.values() for since, c in idle if since < cutoff]
            self._idle = {key: kept for key, idle in self._idle.items()
                          if (kept := [(since, c) for since, c in idle if since >= cutoff])}
        for connection in stale:
            connection.close()

    def close(self) -> None:
        """Close every idle connection."""
        with self._lock:
            idle, self._idle = self._idle, {}
        for connections in idle.values():
            for _since, connection in connections:
                connection.close()


def _exchange(connection: http.client.HTTPConnection, target: ssrf.Target, headers: dict[str, str],
              body: bytes) -> tuple[int, bool]:
    """Send the request and read the answer; (status, whether the connection may be reused)."""
    connection.request("POST", target.path, body=body, headers=headers)
    response = connection.getresponse()
    response.read(MAX_RESPONSE_BYTES)
    return response.status, response.isclosed() and not response.will_close


def _open_and_send(target: ssrf.Target, headers: dict[str, str], body: bytes, timeout: float,
                   connections: Connections | None) -> tuple[http.client.HTTPConnection, int, bool]:
    """(connection, status, reusable): on a kept-alive connection to the same checked address if
    there is one, and once more on a new connection if the receiver had closed that one."""
    reused = connections.take(target) if connections is not None else None
    if reused is not None:
        try:
            return reused, *_exchange(reused, target, headers, body)
        except _STALE:
            reused.close()
    connection = (_PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection)(target, timeout)
    try:
        return connection, *_exchange(connection, target, headers, body)
    except BaseException:
        connection.close()
        raise


def post(target: ssrf.Target, headers: dict[str, str], body: str, timeout: float,
         connections: Connections | None = None) -> Outcome:
    """POST the body; redirects are not followed (a 3xx is a failure). With `connections`, the
    connection is kept alive for the next delivery to the same address when the receiver allows."""
    try:
        connection, status, reusable = _open_and_send(target, headers, body.encode("utf-8"), timeout, connections)
    except (OSError, http.client.HTTPException) as exc:
        return Outcome(False, None, f"{type(exc).__name__}: {exc}"[:500])
    if reusable and connections is not None:
        connections.give(target, connection)
    else:
        connection.close()
    ok = 200 <= status < 300
    return Outcome(ok, status, None if ok else f"HTTP {status}")


def deliver(url: str, allowlist: ssrf.Allowlist, event: dict[str, Any], secrets: list[str],
            timestamp: datetime, timeout: float, connections: Connections | None = None) -> Outcome:
    """Check the URL again (resolving it now), then sign and send the event to the checked address."""
    try:
        target = ssrf.check(url, allowlist)
    except ssrf.Refused as refused:
        return Outcome(False, None, f"Refused: {refused}"[:500])
    body = payload(event)
    return post(target, signed_headers(event["id"], timestamp, body, secrets), body, timeout, connections)
