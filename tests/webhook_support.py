"""Test helpers for webhooks: a real HTTP receiver on 127.0.0.1, and waiting for a condition."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

from standardwebhooks import Webhook, WebhookVerificationError


class Receiver:
    """A threaded http.server that records every POST; it can fail the first N or hold requests."""

    def __init__(self, fail_first: int = 0, hold: threading.Event | None = None):
        self.requests: list[tuple[dict[str, str], str]] = []
        self.received_at: list[float] = []
        self.fail_first, self.hold = fail_first, hold
        self.arrived = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                with receiver.arrived:
                    receiver.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
                    receiver.received_at.append(time.time())
                    failing = receiver.fail_first > 0
                    receiver.fail_first -= 1 if failing else 0
                    receiver.arrived.notify_all()
                if receiver.hold is not None:
                    receiver.hold.wait(30)
                self.send_response(500 if failing else 204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    def __enter__(self) -> "Receiver":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.hold is not None:
            self.hold.set()
        self.server.shutdown()
        self.server.server_close()

    def ids(self) -> list[str]:
        with self.arrived:
            return [headers["webhook-id"] for headers, _ in self.requests]

    def verified(self, secret: str) -> list[dict]:
        """Every request's payload, verified with the standardwebhooks library; raises on a bad one."""
        with self.arrived:
            requests = list(self.requests)
        return [Webhook(secret).verify(body, headers) for headers, body in requests]


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


__all__ = ["Receiver", "WebhookVerificationError", "wait_for"]
