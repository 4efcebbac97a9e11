"""docker-compose.yml cannot run here (no Docker engine), so its parts are checked against the code, and its
commands run as compose runs them, on the test database."""
import dataclasses
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import requests
import yaml

from config import PROJECT_ROOT, Settings, load_settings

from ..support import EMERGENCY, free_port, wait_ready

COMPOSE = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
BIN = Path(sys.executable).with_name("referral-service")


def service_commands() -> list[list[str]]:
    """The one-shot migration, then the server, as compose runs them."""
    return [COMPOSE["services"]["migrate"]["command"], COMPOSE["services"]["service"]["command"]]


def compose_environment(service: str) -> dict[str, str]:
    """The service's environment as compose hands it over, `${NAME:-default}` taken from this shell."""
    return {name: re.sub(r"\$\{(\w+):-([^}]*)\}", lambda m: os.environ.get(m[1]) or m[2], str(value))
            for name, value in COMPOSE["services"][service]["environment"].items()}


def test_compose_environment_names_real_settings():
    env = COMPOSE["services"]["service"]["environment"]
    assert COMPOSE["services"]["migrate"]["environment"] == env
    fields = {f"REFERRAL_{f.name.upper()}" for f in dataclasses.fields(Settings)}
    assert {k for k in env if k.startswith("REFERRAL_")} <= fields
    settings = load_settings(environ=compose_environment("service"))
    assert settings.env == "production" and settings.database_url.startswith("postgresql://")
    db = COMPOSE["services"]["db"]["environment"]
    assert settings.database_url == (f"postgresql://{db['POSTGRES_USER']}:{db['POSTGRES_PASSWORD']}"
                                     f"@db:5432/{db['POSTGRES_DB']}")


def test_compose_and_dockerfile_run_the_same_commands():
    dockerfile = (PROJECT_ROOT / "Dockerfile").read_text()
    cmd_line = next(line for line in dockerfile.splitlines() if line.startswith("CMD "))
    command = json.loads(cmd_line[4:])
    assert command[:2] == ["sh", "-c"]  # `docker run` alone migrates, then serves
    assert [shlex.split(part.strip().removeprefix("exec ")) for part in command[2].split("&&")] == service_commands()
    assert [c[:3] for c in service_commands()] == [["referral-service", "db", "upgrade"],
                                                    ["referral-service", "serve", "--host"]]


def test_compose_starts_the_service_after_a_healthy_database_and_a_finished_migration():
    services = COMPOSE["services"]
    assert services["migrate"]["depends_on"] == {"db": {"condition": "service_healthy"}}
    assert services["service"]["depends_on"] == {"db": {"condition": "service_healthy"},
                                                 "migrate": {"condition": "service_completed_successfully"}}
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    assert "/readyz" in " ".join(services["service"]["healthcheck"]["test"])


@pytest.mark.slow
def test_compose_migrates_then_serves_and_answers_on_the_test_database(app, settings, register, tmp_path):
    """Compose's environment and commands on this run's database, on a free port instead of 8080:
    the migration, then the server; its health check passes and a client's token works on the API."""
    env = {**os.environ, **compose_environment("service"), "REFERRAL_DATABASE_URL": settings.database_url,
           "REFERRAL_INSTANCE_PATH": str(settings.instance_path)}
    upgrade, serve = service_commands()
    done = subprocess.run([str(BIN), *upgrade[1:]], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr

    port = free_port()
    assert serve[serve.index("--port") + 1] == "8080"
    command = [str(BIN), *serve[1:]]
    command[command.index("--port") + 1] = str(port)
    url, log = f"http://127.0.0.1:{port}", tmp_path / "service.log"
    with log.open("wb") as sink:
        server = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT)
    try:
        wait_ready(url, server, log=log)
        healthcheck = COMPOSE["services"]["service"]["healthcheck"]["test"]
        assert healthcheck[0] == "CMD-SHELL"
        probe = healthcheck[1].replace(":8080/", f":{port}/").replace("python -c", f"{sys.executable} -c", 1)
        assert subprocess.run(["sh", "-c", probe], timeout=60).returncode == 0

        client_id, secret = register(EMERGENCY, "referrals:read")
        issued = requests.post(f"{url}/oauth/token", data={"grant_type": "client_credentials"},
                               auth=(client_id, secret), timeout=10)
        assert issued.status_code == 200, issued.text
        listed = requests.get(f"{url}/api/v1/referrals", timeout=10,
                              headers={"Authorization": f"Bearer {issued.json()['access_token']}"})
        assert listed.status_code == 200, listed.text
        assert listed.json()["items"] == []
    finally:
        server.terminate()
        stopped = server.wait(timeout=30)
    assert stopped == 0, log.read_text(errors="replace")[-2000:]


def test_compose_worker_runs_beside_the_service_on_the_same_database_and_key():
    worker, service = COMPOSE["services"]["worker"], COMPOSE["services"]["service"]
    assert worker["command"] == ["referral-service", "worker"]
    assert worker["depends_on"]["service"]["condition"] == "service_healthy"  # migrations have run
    fields = {f"REFERRAL_{f.name.upper()}" for f in dataclasses.fields(Settings)}
    assert {k for k in worker["environment"] if k.startswith("REFERRAL_")} <= fields
    assert worker["environment"]["REFERRAL_DATABASE_URL"] == service["environment"]["REFERRAL_DATABASE_URL"]
    assert [v for v in worker["volumes"] if v.endswith(":/app/instance")] == \
        [v for v in service["volumes"] if v.endswith(":/app/instance")]


def test_compose_worker_command_runs_against_the_test_database(app, settings):
    env = {**os.environ, "REFERRAL_DATABASE_URL": settings.database_url,
           "REFERRAL_INSTANCE_PATH": str(settings.instance_path)}
    command = COMPOSE["services"]["worker"]["command"]
    done = subprocess.run([str(BIN), *command[1:], "--once"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
