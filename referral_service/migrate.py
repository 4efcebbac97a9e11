"""Alembic, driven from code: `referral-service db upgrade` and the test suite use this."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from .db import normalize_url
from .files import private_sqlite_file

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(database_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", normalize_url(database_url).replace("%", "%%"))
    return cfg


def upgrade(database_url: str, revision: str = "head") -> None:
    private_sqlite_file(database_url)
    command.upgrade(alembic_config(database_url), revision)
