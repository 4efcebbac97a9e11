"""docker-compose.yml cannot run here (no Docker engine), so its parts are checked against the code."""
import dataclasses
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

from config import PROJECT_ROOT, Settings, load_settings

COMPOSE = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
BIN = Path(sys.executable).with_name("referral-service")


def service_commands() -> list[list[str]]:
    """The one-shot migration, then the server, as compose runs them."""
    return [COMPOSE["services"]["migrate"]["command"], COMPOSE["services"]["service"]["command"]]


def test_compose_environment_names_real_settings():
    env = COMPOSE["services"]["service"]["environment"]
    assert COMPOSE["services"]["migrate"]["environment"] == env
    fields = {f"REFERRAL_{f.name.upper()}" for f in dataclasses.fields(Settings)}
    assert {k for k in env if k.startswith("REFERRAL_")} <= fields
    settings = load_settings(environ={k: str(v) for k, v in env.items()})
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


def test_compose_commands_run_against_the_test_database(app, settings):
    """The migration step, then the server with compose's options, on this run's database."""
    env = {**os.environ, "REFERRAL_DATABASE_URL": settings.database_url,
           "REFERRAL_INSTANCE_PATH": str(settings.instance_path)}
    upgrade, serve = service_commands()
    done = subprocess.run([str(BIN), *upgrade[1:]], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    checked = subprocess.run([str(BIN), *serve[1:], "--help"], env=env, capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0 and "--port" in checked.stdout


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
