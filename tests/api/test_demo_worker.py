"""`make run` (referral-service demo) runs the worker beside the web server, and stops both together."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ..support import free_port, wait_ready

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).with_name("referral-service")


def children(pid: int) -> list[tuple[int, str]]:
    """(pid, command line) of the process's children."""
    found = []
    for tid in os.listdir(f"/proc/{pid}/task"):
        for child in open(f"/proc/{pid}/task/{tid}/children").read().split():
            try:
                found.append((int(child), open(f"/proc/{child}/cmdline", "rb").read().replace(b"\0", b" ").decode()))
            except FileNotFoundError:
                pass
    return found


def alive(pid: int) -> bool:
    try:
        return open(f"/proc/{pid}/stat").read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_demo_serves_with_a_worker_and_stops_both(app, settings):
    port = free_port()
    env = {**os.environ, "REFERRAL_DATABASE_URL": settings.database_url, "REFERRAL_ENV": "test",
           "REFERRAL_INSTANCE_PATH": str(settings.instance_path)}
    demo = subprocess.Popen([str(BIN), "demo", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(f"http://127.0.0.1:{port}", demo)
        kids = children(demo.pid)
        workers = [pid for pid, cmd in kids if cmd.rstrip().endswith("referral-service worker")]
        servers = [pid for pid, cmd in kids if "gunicorn" in cmd]
        assert len(workers) == 1 and len(servers) == 1, kids
    finally:
        demo.send_signal(signal.SIGTERM)
        demo.wait(timeout=60)
    assert not alive(workers[0]) and not alive(servers[0])
