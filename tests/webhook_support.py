"""Test helpers for notifications: a real webhook receiver on 127.0.0.1, settings that let the
worker deliver to it quickly, and reading the events feed."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from standardwebhooks import Webhook

from config import Settings, load_settings


class Receiver:
    """A threaded http.server that records every POST; it can fail the first N or hold requests.

    keep_alive: HTTP/1.1, connections stay open between requests (`connections` counts them).
    drop_second: with keep_alive, a connection's second request is read and the connection closed
    without an answer, as a server does whose idle timeout ends just as a request arrives.
    """

    def __init__(self, fail_first: int = 0, hold: threading.Event | None = None, keep_alive: bool = False,
                 drop_second: bool = False):
        self.requests: list[tuple[dict[str, str], str]] = []
        self.received_at: list[float] = []
        self.fail_first, self.hold = fail_first, hold
        self.connections = 0
        self.arrived = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if keep_alive else "HTTP/1.0"

            def setup(self):
                super().setup()
                self.served = 0
                with receiver.arrived:
                    receiver.connections += 1

            def do_POST(self):  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                self.served += 1
                if drop_second and self.served == 2:
                    self.close_connection = True
                    return
                with receiver.arrived:
                    receiver.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
                    receiver.received_at.append(time.time())
                    failing = receiver.fail_first > 0
                    receiver.fail_first -= 1 if failing else 0
                    receiver.arrived.notify_all()
                if receiver.hold is not None:
                    receiver.hold.wait(30)
                self.send_response(500 if failing else 204)
                self.send_header("Content-Length", "0")
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


def local_delivery_settings(database_url: str, tmp_path: Path) -> Settings:
    """The test settings, with 127.0.0.1 allowlisted and a backoff of milliseconds."""
    return load_settings(environ={}, env="test", database_url=database_url, instance_path=tmp_path / "instance",
                         issuer="http://localhost", webhook_allowlist="127.0.0.1", webhook_retry_base_ms=20,
                         webhook_retry_max_ms=100, webhook_timeout_seconds=2, webhook_lease_seconds=5,
                         worker_poll_ms=10)


def feed(caller, after=None) -> dict:
    """One page of the caller's events feed (GET /api/v1/events), answered 200."""
    response = caller.get("/api/v1/events" + (f"?after={after}" if after else ""))
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.json

