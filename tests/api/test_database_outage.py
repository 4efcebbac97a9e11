"""A database that goes away under load and comes back: 503 meanwhile, and no 500 ever.

The test runs its own PostgreSQL cluster (initdb in a temporary directory, on a free port) and
restarts it under a live gunicorn server; the shared server is never touched.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import psycopg
import pytest
import requests

from referral_service.agencies.service import add_agency
from referral_service.auth.service import register_client
from referral_service.db import Database
from referral_service.migrate import upgrade

from ..support import EMERGENCY, POLICE, free_port, wait_for, wait_ready
from .referral_support import body

PG_BIN = Path("/usr/lib/postgresql/15/bin")
pytestmark = [pytest.mark.postgres_only, pytest.mark.slow]


class PrivateCluster:
    """A throw-away PostgreSQL cluster, run as the postgres user when the tests run as root."""

    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="referral-pg-"))
        self.data, self.port = self.dir / "data", free_port()
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_owner:
            shutil.chown(self.dir, "postgres")
        self._run(PG_BIN / "initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")
        self.start()

    def _run(self, *argv) -> None:
        done = subprocess.run([*self.as_owner, *map(str, argv)], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr

    def start(self) -> None:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-o", options, "-l", self.dir / "log", "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def url(self, name: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def remove(self) -> None:
        subprocess.run([*self.as_owner, str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def cluster(backend):
    cluster = PrivateCluster()
    try:
        with psycopg.connect(cluster.url("postgres"), autocommit=True) as conn:
            conn.execute("CREATE DATABASE referral")
        yield cluster
    finally:
        cluster.remove()


def _clients(url: str) -> dict[str, tuple[str, str]]:
    upgrade(url)
    database = Database(url)
    credentials = {}
    with database.sessionmaker() as session, session.begin():
        for code, kind in ((EMERGENCY, "administrative"), (POLICE, "public_security")):
            add_agency(session, code, code, kind)
            client, secret = register_client(session, code, "referrals:submit referrals:read")
            credentials[code] = (client.client_id, secret)
    database.dispose()
    return credentials


class Load:
    """Threads reading and submitting referrals until stopped; every answer noted with the phase."""

    def __init__(self, base: str, token: str, threads: int = 4):
        self.base, self.phase, self.results = base, "before", []
        self.headers = {"Authorization": f"Bearer {token}"}
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._work, args=(i,)) for i in range(threads)]

    def _work(self, index: int) -> None:
        with requests.Session() as http:
            while not self._stop.is_set():
                phase = self.phase
                if index % 2:
                    r = http.get(f"{self.base}/api/v1/referrals?limit=5", headers=self.headers, timeout=30)
                else:
                    r = http.post(f"{self.base}/api/v1/referrals", json=body(), headers=self.headers, timeout=30)
                self.results.append((phase, r.status_code, r.headers.get("Content-Type"),
                                     r.headers.get("Retry-After")))

    def __enter__(self):
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=60)

    def count(self, phase: str) -> int:
        return sum(1 for p, *_ in self.results if p == phase)

    def until(self, phase: str, n: int, seconds: float = 20) -> None:
        """Wait until `n` answers of `phase` are in; fail at the deadline."""
        wait_for(lambda: self.count(phase) >= n, timeout=seconds, message=f"{n} answers while {phase}")


def test_restart_under_load_gives_503_meanwhile_and_never_500(cluster, tmp_path):
    url = cluster.url("referral")
    credentials = _clients(url)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "REFERRAL_DATABASE_URL": url, "REFERRAL_INSTANCE_PATH": str(tmp_path),
           "REFERRAL_ENV": "test"}
    server = subprocess.Popen([str(Path(sys.executable).with_name("referral-service")), "serve", "--port",
                               str(port), "--workers", "2"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(base, server, timeout=30)
        client_id, secret = credentials[EMERGENCY]
        token = requests.post(f"{base}/oauth/token", data={"grant_type": "client_credentials"},
                              auth=(client_id, secret), timeout=10).json()["access_token"]
        with Load(base, token) as load:
            load.until("before", 20)
            load.phase = "stopping"
            cluster.stop()
            load.phase = "down"
            load.until("down", 20)
            load.phase = "starting"
            cluster.start()
            wait_ready(base, server, timeout=30)
            load.phase = "back"
            load.until("back", 60)
        results = load.results
        # A quick restart while no request runs: every pooled connection of every worker, and of
        # the reference-counter pool, is dead when the next requests check them out.
        cluster.stop()
        cluster.start()
        with Load(base, token) as load:
            load.phase = "after_quiet_restart"
            load.until("after_quiet_restart", 40)
        results += load.results
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert [r for r in results if r[1] >= 500 and r[1] != 503] == []
    unavailable = [r for r in results if r[1] == 503]
    assert unavailable, "the outage was not seen"
    assert all(ct.startswith("application/problem+json") and int(retry) >= 1 for _, _, ct, retry in unavailable)
    assert {status for phase, status, *_ in results if phase == "down"} == {503}
    back = [status for phase, status, *_ in results if phase == "back"]
    assert len(back) >= 60 and set(back) <= {200, 201}, sorted(set(back))
    assert 201 in back and 200 in back  # the reference-counter pool and the request pool both recovered
    again = [status for phase, status, *_ in results if phase == "after_quiet_restart"]
    assert len(again) >= 40 and set(again) <= {200, 201}, sorted(set(again))
