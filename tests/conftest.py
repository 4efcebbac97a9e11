"""Fixtures: a migrated database per backend, the app, and real tokens per agency and scope.

The whole suite runs on SQLite, and again on PostgreSQL when REFERRAL_TEST_DATABASE_URL names
a server (each run creates and drops a database of its own there).
"""
from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from config import load_settings
from referral_service import create_app
from referral_service.agencies.service import add_agency
from referral_service.agencies.models import AgencyKind
from referral_service.auth.scopes import KIND_SCOPES
from referral_service.auth.service import register_client
from referral_service.db import database, normalize_url
from referral_service.demo import DEMO_AGENCIES
from referral_service.migrate import upgrade
from referral_service.models import metadata

from .support import AgencyClient, ContractClient, basic, free_port, wait_ready

PG_URL = os.environ.get("REFERRAL_TEST_DATABASE_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


def pytest_report_header(config):
    return f"database backends: {', '.join(BACKENDS)}"


def pytest_collection_modifyitems(config, items):
    """Tests of PostgreSQL-only behaviour run only in the PostgreSQL half (deselected, not skipped)."""
    keep, drop = [], []
    for item in items:
        param = getattr(getattr(item, "callspec", None), "params", {}).get("database_url")
        (drop if item.get_closest_marker("postgres_only") and param != "postgresql" else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session", params=BACKENDS)
def database_url(request, tmp_path_factory):
    """A freshly migrated database of each backend, for the whole session."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'referral.db'}"
        upgrade(url)
        yield url
        return
    base = make_url(normalize_url(PG_URL))
    name = f"referral_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = base.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = base.set(database=name).render_as_string(hide_password=False)
    try:
        upgrade(url)
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def backend(database_url) -> str:
    return "sqlite" if database_url.startswith("sqlite") else "postgresql"


def _empty(engine) -> None:
    tables = [t.name for t in reversed(metadata.sorted_tables)]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                conn.execute(text(f"DELETE FROM {table}"))
            if conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")).first():
                conn.execute(text("DELETE FROM sqlite_sequence"))


@pytest.fixture
def settings(database_url, tmp_path):
    return load_settings(environ={}, env="test", database_url=database_url,
                         instance_path=tmp_path / "instance", issuer="http://localhost")


@pytest.fixture
def app(settings):
    app = create_app(settings)
    app.test_client_class = ContractClient
    yield app
    with app.app_context():
        _empty(database().engine)
        database().dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def db(app):
    """A session for arranging and inspecting data directly; committed by the test when needed.

    No app context stays pushed: requests made meanwhile must each get their own `g`.
    """
    session = app.extensions["referral_db"].sessionmaker()
    yield session
    session.close()


@pytest.fixture
def agencies(app):
    """The Hedong district demo agencies."""
    with app.app_context():
        with database().sessionmaker() as session, session.begin():
            for code, name, kind in DEMO_AGENCIES:
                add_agency(session, code, name, kind)
    return {code: kind for code, _name, kind in DEMO_AGENCIES}


@pytest.fixture
def register(app, agencies):
    """register(agency_code, scopes=None) -> (client_id, client_secret); default: all the kind allows."""

    def _register(code: str, scopes: str | None = None) -> tuple[str, str]:
        kind = AgencyKind(agencies[code])
        scopes = scopes if scopes is not None else " ".join(sorted(KIND_SCOPES[kind]))
        with app.app_context():
            with database().sessionmaker() as session, session.begin():
                registered, secret = register_client(session, code, scopes)
                return registered.client_id, secret

    return _register


@pytest.fixture
def token_for(client, register):
    """token_for(agency_code, scopes=None) -> a bearer token from POST /oauth/token."""

    def _token(code: str, scopes: str | None = None) -> str:
        client_id, secret = register(code, scopes)
        response = client.post("/oauth/token", data={"grant_type": "client_credentials"},
                               headers=basic(client_id, secret))
        assert response.status_code == 200, response.get_data(as_text=True)
        return response.json["access_token"]

    return _token


@pytest.fixture
def as_agency(client, register):
    """as_agency(agency_code, scopes=None) -> an AgencyClient calling with a real token."""

    def _as(code: str, scopes: str | None = None) -> AgencyClient:
        client_id, secret = register(code, scopes)
        response = client.post("/oauth/token", data={"grant_type": "client_credentials"},
                               headers=basic(client_id, secret))
        assert response.status_code == 200, response.get_data(as_text=True)
        return AgencyClient(client, response.json["access_token"], code, client_id)

    return _as


@pytest.fixture
def live_server(app, settings, tmp_path):
    """`referral-service serve` (gunicorn, 3 worker processes) on the test database; yields its URL."""
    port, log = free_port(), tmp_path / "server.log"
    env = {**os.environ, "REFERRAL_DATABASE_URL": settings.database_url,
           "REFERRAL_INSTANCE_PATH": str(settings.instance_path), "REFERRAL_ENV": "test"}
    command = [str(Path(sys.executable).with_name("referral-service")), "serve", "--port", str(port), "--workers", "3"]
    with log.open("wb") as sink:
        server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=sink)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, server, log=log)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)
