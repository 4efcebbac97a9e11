"""The `referral-service` command."""
from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from config import load_settings

from .db import Database


@contextmanager
def transaction():
    """A session on the configured database, committed at the end."""
    settings = load_settings()
    db = Database(settings.database_url)
    with db.sessionmaker() as session:
        with session.begin():
            yield session
    db.dispose()


def fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


@click.group()
def main() -> None:
    """referral_service: 线索移送与信息共享 for a district procuratorate and its agencies."""


@main.group()
def db() -> None:
    """Database schema."""


@db.command("upgrade")
@click.option("--revision", default="head", show_default=True)
def db_upgrade(revision: str) -> None:
    """Apply migrations (Alembic)."""
    from .migrate import upgrade

    upgrade(load_settings().database_url, revision)
    click.echo(f"database at {revision}")


@main.group()
def agencies() -> None:
    """Agencies."""


@agencies.command("add")
@click.argument("code")
@click.option("--name", required=True)
@click.option("--kind", required=True,
              type=click.Choice(["procuratorate", "public_security", "administrative", "oversight"]))
@click.option("--division", default="120102", show_default=True, help="GB/T 2260 division code")
def agencies_add(code: str, name: str, kind: str, division: str) -> None:
    """Register an agency."""
    from .agencies.service import add_agency

    try:
        with transaction() as session:
            agency = add_agency(session, code, name, kind, division)
            out = {"code": agency.code, "name": agency.name, "kind": kind, "division_code": division}
    except ValueError as exc:
        fail(str(exc))
    click.echo(json.dumps(out, ensure_ascii=False))


@main.group()
def clients() -> None:
    """OAuth clients of agencies."""


@clients.command("add")
@click.option("--agency", "agency_code", required=True)
@click.option("--scopes", required=True, help='space-separated, e.g. "referrals:submit referrals:read"')
@click.option("--name", default=None)
def clients_add(agency_code: str, scopes: str, name: str | None) -> None:
    """Register a client; prints its id and secret as JSON, the secret shown this once."""
    from .auth.service import register_client

    try:
        with transaction() as session:
            client, secret = register_client(session, agency_code, scopes, name)
            out = {"client_id": client.client_id, "client_secret": secret,
                   "agency": agency_code, "scope": client.scope}
    except ValueError as exc:
        fail(str(exc))
    click.echo(json.dumps(out, ensure_ascii=False))


@clients.command("disable")
@click.argument("client_id")
def clients_disable(client_id: str) -> None:
    """Disable a client; its tokens stop working at once."""
    from .auth.service import disable_client

    try:
        with transaction() as session:
            disable_client(session, client_id)
    except ValueError as exc:
        fail(str(exc))
    click.echo(json.dumps({"client_id": client_id, "disabled": True}))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option("--workers", default=None, type=int, help="default: REFERRAL_GUNICORN_WORKERS")
def serve(host: str, port: int, workers: int | None) -> None:
    """Serve with gunicorn (the production server)."""
    from .serving import gunicorn_argv

    argv = gunicorn_argv("referral_service.wsgi:app", host, port, load_settings(), workers)
    os.execv(argv[0], argv)


@main.command()
@click.option("--once", is_flag=True, help="one pass (fan out, deliver what is due, deadlines), then exit")
def worker(once: bool) -> None:
    """Deliver webhooks and emit deadline events until SIGTERM or SIGINT (finishes the batch at hand)."""
    from .worker_process import run_worker

    sys.exit(run_worker(load_settings(), once=once))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="set up the demo data and stop")
def demo(host: str, port: int, no_serve: bool) -> None:
    """Demo agencies of Hedong district with a client each, credentials in a file; then serve."""
    from .demo import set_up_demo

    settings = load_settings()
    path = set_up_demo(settings)
    click.echo(f"Demo agencies and clients are ready; credentials are in {path}")
    click.echo(f"Get a token:  curl -u CLIENT_ID:CLIENT_SECRET -d grant_type=client_credentials "
               f"http://{host}:{port}/oauth/token")
    if not no_serve:
        from .worker_process import serve_with_worker

        sys.exit(serve_with_worker(host, port, settings))


@main.group()
def audit() -> None:
    """The access log."""


@audit.command("verify")
@click.option("--archive", "archive_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="verify an archive file written by `audit archive` instead of the database")
def audit_verify(archive_file: Path | None) -> None:
    """Check the access log's hash chain; exits 1 and names the first broken entry."""
    from .audit.archive import verify_archive
    from .audit.chain import verify

    if archive_file:
        verdict = verify_archive(archive_file)
    else:
        with Database(load_settings().database_url).engine.begin() as conn:
            verdict = verify(conn)
    click.echo(json.dumps(verdict.as_dict()))
    sys.exit(0 if verdict.ok else 1)


@audit.command("archive")
@click.option("--before", required=True, type=click.DateTime(["%Y-%m-%d"]),
              help="archive entries older than this date (UTC); it must lie beyond the retention period")
@click.option("--to", "path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="the compressed NDJSON file to write, e.g. audit-2026H1.ndjson.gz")
def audit_archive(before, path: Path) -> None:
    """Write old entries with the chain's anchor hashes to a file, then remove them."""
    from datetime import timezone

    from .audit.archive import archive

    settings = load_settings()
    try:
        result = archive(Database(settings.database_url).engine, before.replace(tzinfo=timezone.utc),
                         path, settings.audit_retention_days)
    except ValueError as exc:
        fail(str(exc))
    click.echo(json.dumps(result))
