"""`python -m bench.profile [read|submit|search] [--requests N]`: where a request's CPU goes, by function.

Loads a small data set into its own PostgreSQL database, then sends the requests in this process
through Flask's test client under cProfile, and prints the share of the request that each of the
service's functions (and the libraries' entry points) takes, inclusive of what it calls. cProfile
slows everything down several times, evenly enough for shares, not for absolute times: those come
from `make bench`. This is the profile the README's performance section quotes for each lever.

`--plain N --keep` sends N requests after the warm-up with no profiler, on the data already
loaded: run under `valgrind --tool=callgrind` with N = 30 and N = 130, the difference of the two
instruction totals over 100 is a request's instruction count, the same on a busy machine as on
an idle one (the README's lever table is measured so).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import logging
import os
import pstats
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import psycopg

from referral_service import create_app
from referral_service.identifiers import uscc_check_char

from .load import load, psycopg_url, recreate_database
from .run import SUBMIT_BODY

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/referral_profile"
ROWS = 10_000
# Library functions worth naming beside the service's own: where the framework's time goes.
LIBRARY_ENTRY_POINTS = {"wsgi_app", "full_dispatch_request", "dispatch_request", "process_response",
                        "preprocess_request", "acquire_token", "validate_request", "load", "dump", "commit",
                        "close", "connect", "jsonify"}
# The searches `make bench` times: a two- and a six-character phrase, each in about one record in ten.
SEARCHES = ("/api/v1/records?q=" + quote("高坠"), "/api/v1/records?q=" + quote("消防通道堵塞"))


class Requests:
    """The app over a freshly loaded database, a token of each kind, and the two requests to send."""

    def __init__(self, url: str, instance: Path, keep: bool = False):
        saved = instance / "clients.json"
        if not (keep and saved.exists()):
            recreate_database(url)
            instance.mkdir(parents=True, exist_ok=True)
            saved.write_text(json.dumps(load(url, ROWS, ROWS, ROWS, log=lambda _line: None).clients))
        clients = json.loads(saved.read_text())
        os.environ.update({"REFERRAL_DATABASE_URL": url, "REFERRAL_ENV": "production",
                           "REFERRAL_INSTANCE_PATH": str(instance)})
        self.client = create_app().test_client()
        quiet = open(os.devnull, "w")  # each request still writes its log line, to nowhere
        for handler in logging.getLogger().handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.setStream(quiet)
        self.submit_token, self.read_token = self._token(clients["HD-YJJ"]), self._token(clients["HD-JCY"])
        with psycopg.connect(psycopg_url(url)) as conn:
            self.ids = [row[0] for row in conn.execute("SELECT id FROM referrals ORDER BY md5(id) LIMIT 2000")]
        body = json.loads(json.dumps(SUBMIT_BODY))
        body["parties"][0]["uscc"] = "91120102MA05T8XQ3" + uscc_check_char("91120102MA05T8XQ3")
        self.body = json.dumps(body, ensure_ascii=False).encode()

    def _token(self, credentials: tuple[str, str]) -> str:
        form = {"grant_type": "client_credentials", "client_id": credentials[0], "client_secret": credentials[1]}
        return self.client.post("/oauth/token", data=form).get_json()["access_token"]

    def read(self, n: int) -> None:
        response = self.client.get(f"/api/v1/referrals/{self.ids[n % len(self.ids)]}",
                                   headers={"Authorization": f"Bearer {self.read_token}"})
        assert response.status_code == 200, response.get_data(as_text=True)

    def search(self, n: int) -> None:
        """The bench's two keyword searches in turn, by the procuratorate (it sees every agency's records)."""
        response = self.client.get(SEARCHES[n % len(SEARCHES)], headers={"Authorization": f"Bearer {self.read_token}"})
        assert response.status_code == 200, response.get_data(as_text=True)

    def submit(self, _n: int) -> None:
        response = self.client.post("/api/v1/referrals", data=self.body, headers={
            "Authorization": f"Bearer {self.submit_token}", "Content-Type": "application/json",
            "Idempotency-Key": str(uuid.uuid4())})
        assert response.status_code == 201, response.get_data(as_text=True)


def shares(stats: pstats.Stats, requests: int, top: int) -> list[tuple[float, float, str]]:
    """(percent of the request, calls per request, function) for the service's functions and the entry points."""
    rows, whole = [], None
    for (path, line, name), (_cc, calls, _own, inclusive, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if name == "wsgi_app":
            whole = inclusive
        if "referral_service" in path or name in LIBRARY_ENTRY_POINTS:
            where = path.split("site-packages/")[-1].split("referral_service/")[-1]
            rows.append((inclusive, calls / requests, f"{name}  ({where}:{line})"))
    rows.sort(reverse=True)
    return [(100 * inclusive / whole, calls, label) for inclusive, calls, label in rows[:top]] if whole else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", choices=("read", "submit", "search"))
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--plain", type=int, metavar="N", help="send N requests unprofiled and stop")
    parser.add_argument("--keep", action="store_true", help="reuse the data a previous run loaded")
    args = parser.parse_args(argv)
    requests = Requests(args.url, Path("instance") / "bench-profile", args.keep)
    send = getattr(requests, args.path)
    for n in range(100):  # warm the caches: statements, agencies, prepared plans
        send(n)
    if args.plain is not None:
        for n in range(args.plain):
            send(n)
        return 0
    started = time.process_time()
    for n in range(args.requests):
        send(n)
    cpu_ms = (time.process_time() - started) / args.requests * 1000
    profiler = cProfile.Profile(time.process_time)
    profiler.runcall(lambda: [send(n) for n in range(args.requests)])
    print(f"{args.path}: {cpu_ms:.2f} ms of CPU per request in this process, without the profiler")
    print("share of the request (inclusive), calls per request, function:")
    for percent, calls, label in shares(pstats.Stats(profiler), args.requests, args.top):
        print(f"{percent:5.1f}%  {calls:5.1f}x  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
