"""A live `referral-service demo` server with its own instance folder, as an integrator starts one."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..support import free_port, wait_ready

BIN = Path(sys.executable).with_name("referral-service")


@dataclass
class DemoServer:
    url: str
    instance: Path
    log: Path

    @property
    def credentials_path(self) -> Path:
        return self.instance / "demo-credentials.json"

    def credentials(self, agency: str) -> tuple[str, str]:
        entry = json.loads(self.credentials_path.read_text())[agency]
        return entry["client_id"], entry["client_secret"]

    def metrics_token(self) -> str:
        return (self.instance / "metrics-token").read_text().strip()

    def log_lines(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """`referral-service demo --host 127.0.0.1 --port N` (gunicorn, 2 workers) on SQLite in a fresh folder."""
    folder = tmp_path_factory.mktemp("demo")
    instance, log = folder / "instance", folder / "server.log"
    port = free_port()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("REFERRAL_") and k != "PROMETHEUS_MULTIPROC_DIR"}
    env.update(REFERRAL_INSTANCE_PATH=str(instance), REFERRAL_GUNICORN_WORKERS="2")
    with log.open("wb") as sink:
        server = subprocess.Popen([str(BIN), "demo", "--host", "127.0.0.1", "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=sink)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, server, timeout=90, log=log)
        yield DemoServer(url, instance, log)
    finally:
        server.terminate()
        server.wait(timeout=30)
