"""The `referral-service` command."""
from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

import click
from sqlalchemy import func, select

from config import load_settings

from .audit.models import AuditEvent
from .db import Database
from .logs import configure_logging
from .serving import demo_metrics_token, gunicorn_argv, prepare_metrics_dir


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
@click.version_option(package_name="referral-service", prog_name="referral-service")
@click.option("--json", "as_json", is_flag=True,
              help="Machine output: one JSON document on stdout and no progress bars (also the default "
                   "when stdout is not a terminal).")
@click.pass_context
def main(ctx: click.Context, as_json: bool) -> None:
    """referral_service: 线索移送与信息共享 for a district procuratorate and its agencies.

    Exit codes: 0 done; 1 a check failed (audit verify found the log broken) or an unexpected
    error; 2 refused (bad options or input, nothing changed).
    """
    ctx.obj = {"json": as_json}
    configure_logging(_log_level())


def _log_level() -> str:
    """The configured log level; INFO while the settings are invalid (the command reports why)."""
    try:
        return load_settings().log_level
    except ValueError:
        return "INFO"


def machine_output() -> bool:
    """JSON for programs: asked for with --json, or stdout is not a terminal."""
    root = click.get_current_context().find_root()
    return bool((root.obj or {}).get("json")) or not sys.stdout.isatty()


def report(result: dict, summary: str) -> None:
    """The command's result: its JSON document for programs, one line for people."""
    click.echo(json.dumps(result, ensure_ascii=False) if machine_output() else summary)


@contextmanager
def progress_bar(label: str, total: Callable[[], int]):
    """A progress bar on stderr when people watch (a terminal, no --json); yields its update or None."""
    if machine_output() or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=max(total(), 1), label=label, file=sys.stderr, show_pos=True) as bar:
        yield bar.update


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
def purge() -> None:
    """Remove expired tokens, idempotency records past their window and old failed authentications."""
    from .db import utcnow
    from .housekeeping import purge as purge_now

    settings = load_settings()
    database = Database(settings.database_url)
    try:
        removed = purge_now(database.engine, utcnow(), settings)
    finally:
        database.dispose()
    click.echo(json.dumps(removed))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option("--workers", default=None, type=int, help="default: REFERRAL_GUNICORN_WORKERS")
def serve(host: str, port: int, workers: int | None) -> None:
    """Serve with gunicorn (the production server)."""
    argv = gunicorn_argv("referral_service.wsgi:app", host, port, load_settings(), workers)
    prepare_metrics_dir()  # every worker counts into it; a scrape of any worker adds them up
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
    token_file = demo_metrics_token(settings)
    token = "$REFERRAL_METRICS_TOKEN" if settings.metrics_token else f"$(cat {token_file})"
    click.echo(f"Scrape metrics with:  curl -H \"Authorization: Bearer {token}\" http://{host}:{port}/metrics")
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
@click.option("--checkpoint", "checkpoint_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="a checkpoint held outside the service (one signed note, or the checkpoint sink file): "
                   "check its signature, then that the log still contains exactly what it signed")
def audit_verify(archive_file: Path | None, checkpoint_file: Path | None) -> None:
    """Check the access log's hash chain; exits 1 and names the first broken entry."""
    from .audit.archive import verify_archive
    from .audit.chain import verify
    from .audit.checkpoints import check_held, notary_from_settings

    settings = load_settings()
    notary = notary_from_settings(settings)
    if archive_file:
        verdict = verify_archive(archive_file, notary)
    elif checkpoint_file:
        with Database(settings.database_url).engine.begin() as conn:
            verdict = check_held(conn, notary, checkpoint_file.read_text(encoding="utf-8"))
    else:
        with Database(settings.database_url).engine.begin() as conn:
            count = lambda: conn.execute(select(func.count()).select_from(AuditEvent)).scalar_one()  # noqa: E731
            with progress_bar("verifying the access log", count) as progress:
                verdict = verify(conn, notary.hash, progress)
    summary = (f"access log intact: {verdict.checked:,} entries checked" if verdict.ok else
               f"access log BROKEN: {verdict.reason}; {verdict.checked:,} entries checked")
    report(verdict.as_dict(), summary)
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
    from .audit.checkpoints import notary_from_settings

    settings = load_settings()
    engine = Database(settings.database_url).engine
    before = before.replace(tzinfo=timezone.utc)

    def older() -> int:
        """How many entries lie before the date (the progress bar's length)."""
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(AuditEvent)
                                .where(AuditEvent.occurred_at < before)).scalar_one()

    try:
        with progress_bar("archiving the access log", older) as progress:
            result = archive(engine, before, path, settings.audit_retention_days,
                             notary_from_settings(settings), progress)
    except ValueError as exc:
        fail(str(exc))
    summary = (f"archived {result['archived']:,} entries through seq {result['through_seq']} to {result['path']}"
               if result["archived"] else "nothing to archive")
    report(result, summary)
