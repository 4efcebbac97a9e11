"""A counting proxy in front of PostgreSQL: statements and round trips per request, counted on the wire.

The app under test connects to the proxy instead of the server. The proxy relays bytes both
ways and reads the client's side of the protocol: every Execute ('E') or simple Query ('Q')
message is a statement, every Parse ('P') one the server had to plan anew (a prepared statement
is parsed once per connection), and every time the client speaks after the server has answered
is one round trip, however many messages it sends at once (pipelining counts once).

bench.run calls measure() after the rounds: one worker of each app behind the proxy, requests
sent one at a time, so that every figure is a count per request, not an estimate.
"""
from __future__ import annotations

import random
import socket
import threading
from dataclasses import dataclass

from sqlalchemy.engine import make_url

from .load import psycopg_url

# Untyped requests that may precede the startup message; the server answers each with one byte.
_PRE_STARTUP = {80877103, 80877104}  # SSLRequest, GSSENCRequest


@dataclass
class Counts:
    statements: int = 0
    parses: int = 0
    round_trips: int = 0


class _Link:
    """One client connection: its byte stream parsed into messages, and whose turn it is."""

    def __init__(self, proxy: "WireCounter"):
        self.proxy, self.buffer, self.started, self.server_spoke = proxy, b"", False, True

    def from_client(self, data: bytes) -> None:
        with self.proxy.lock:
            if self.server_spoke:
                self.proxy.counts.round_trips += 1
                self.server_spoke = False
        self.buffer += data
        while message := self._next_message():
            if message in (b"E", b"Q"):
                self.proxy.add(statements=1)
            elif message == b"P":
                self.proxy.add(parses=1)

    def from_server(self, _data: bytes) -> None:
        self.server_spoke = True

    def _next_message(self) -> bytes | None:
        """The type of the next whole message (b"" for an untyped one), consumed from the buffer."""
        if not self.started:
            if len(self.buffer) < 8:
                return None
            length = int.from_bytes(self.buffer[:4], "big")
            if len(self.buffer) < length:
                return None
            code = int.from_bytes(self.buffer[4:8], "big")
            self.started = code not in _PRE_STARTUP
            self.buffer = self.buffer[length:]
            return b"startup"
        if len(self.buffer) < 5:
            return None
        length = int.from_bytes(self.buffer[1:5], "big")
        if len(self.buffer) < length + 1:
            return None
        kind, self.buffer = self.buffer[:1], self.buffer[length + 1:]
        return kind


class WireCounter:
    """Listens on 127.0.0.1 (`port`) and relays every connection to PostgreSQL at host:port."""

    def __init__(self, host: str, port: int):
        self.target = (host, port)
        self.counts, self.lock = Counts(), threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.closing = False
        threading.Thread(target=self._accept, daemon=True).start()

    def add(self, statements: int = 0, parses: int = 0) -> None:
        with self.lock:
            self.counts.statements += statements
            self.counts.parses += parses

    def take(self) -> Counts:
        """The counts since the last call, and start counting afresh."""
        with self.lock:
            counts, self.counts = self.counts, Counts()
        return counts

    def close(self) -> None:
        self.closing = True
        self.listener.close()

    def _accept(self) -> None:
        while not self.closing:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            link = _Link(self)
            threading.Thread(target=self._pump, args=(client, server, link.from_client), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, link.from_server),
                             daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket, seen) -> None:
        try:
            while data := source.recv(1 << 16):
                seen(data)  # before relaying: the answer cannot overtake the question it answers
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


# Requests per scenario after the warm-up; the service's background sealing runs within them.
REQUESTS = 300
WARM_UP = 30
SCENARIOS = {  # figure prefix -> (app, method, path list or None for a submit)
    "submit": ("service", "POST", None), "submit_floor": ("floor", "POST", None),
    "read": ("service", "GET", "read.txt"), "read_floor": ("floor", "GET", "read.txt"),
    "read_floor_logged": ("floor", "GET", "read_logged.txt"),
}


def measure(bench, log=print) -> dict[str, float]:
    """Statements, plans (Parse messages) and round trips per request of each scenario, service and floor."""
    target = make_url(psycopg_url(bench.url))
    proxy = WireCounter(target.host or "127.0.0.1", target.port or 5432)
    via = target.set(host="127.0.0.1", port=proxy.port,
                     query={**target.query, "sslmode": "disable", "gssencmode": "disable"})
    servers = _servers(bench, via.render_as_string(hide_password=False))
    figures: dict[str, float] = {}
    try:
        for server in servers.values():
            server.wait_ready()
        for prefix, scenario in SCENARIOS.items():
            figures.update(_count(bench, proxy, servers, prefix, scenario, log))
    finally:
        for server in servers.values():
            server.stop()
        proxy.close()
    return figures


def _servers(bench, via_url: str) -> dict:
    """One worker of the service and one of the floor, both connecting through the proxy."""
    from .run import Server

    service_env = {"REFERRAL_DATABASE_URL": via_url, "REFERRAL_ENV": "production",
                   "REFERRAL_TOKEN_LIFETIME_SECONDS": "86400",
                   "REFERRAL_INSTANCE_PATH": str(bench.tmp / "instance")}
    return {"service": Server("wire-service", "referral_service.wsgi:app", 1, service_env, bench.tmp),
            "floor": Server("wire-floor", "bench.floor:app", 1, {"FLOOR_DATABASE_URL": via_url}, bench.tmp)}


def _count(bench, proxy: WireCounter, servers: dict, prefix: str, scenario: tuple, log) -> dict[str, float]:
    from .run import request

    app, method, paths_file = scenario
    paths = (bench.tmp / paths_file).read_text().split() if paths_file else None
    token = bench.read_token if paths else bench.submit_token
    body = (bench.tmp / "submit.json").read_bytes()
    send = _sender(request, servers[app].port, method, paths, token, body, prefix)
    for _ in range(WARM_UP):
        send()
    proxy.take()
    for _ in range(REQUESTS):
        send()
    counts = proxy.take()
    log(f"  {prefix}: per request {counts.statements / REQUESTS:.2f} statements, "
        f"{counts.parses / REQUESTS:.2f} parses, {counts.round_trips / REQUESTS:.2f} round trips")
    return {f"{prefix}_{name}_per_request": round(getattr(counts, name) / REQUESTS, 2)
            for name in ("statements", "parses", "round_trips")}


def _sender(request, port: int, method: str, paths: list[str] | None, token: str, body: bytes, prefix: str):
    """A function sending one request of the scenario and checking that it succeeded."""
    counter = iter(range(1 << 30))
    headers = {"Authorization": f"Bearer {token}"}

    def send() -> None:
        if paths:
            status, _ = request(method, port, random.choice(paths), headers)
        else:
            key = f"wire-{prefix}-{next(counter)}-{random.getrandbits(64):x}"
            status, _ = request(method, port, "/api/v1/referrals",
                                {**headers, "Content-Type": "application/json", "Idempotency-Key": key}, body)
        if status >= 400:
            raise RuntimeError(f"{prefix}: a counted request answered {status}")

    return send
