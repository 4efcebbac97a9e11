"""The deadlines the worker watches, registered by the features that set them.

notifications imports no feature. A feature whose objects carry deadlines (referrals) describes
here how to find the deadlines that still need a notice and how to tell of one; the app factory
and the worker process register it at start-up, and the worker emits due_soon and overdue for
each deadline once (a DeadlineNotice row per deadline and kind).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class DeadlineSource:
    """How the worker finds a feature's deadlines and tells of them.

    `pending(session, kind, upper, lower, limit)`: up to `limit` rows, earliest deadline first,
    with a deadline up to `upper` (and after `lower` unless None) and no `kind` notice for it
    yet; each row has `id` (the DeadlineNotice's referral_id) and `due_at`.
    `notify(session, kind, row, now)`: emit the `kind` event of the row's deadline; its event id.
    """

    name: str
    pending: Callable[[Session, str, datetime, datetime | None, int], list[Any]]
    notify: Callable[[Session, str, Any, datetime], str | None]


_SOURCES: dict[str, DeadlineSource] = {}


def register(source: DeadlineSource) -> None:
    """Watch this source's deadlines (again registering the same name replaces it)."""
    _SOURCES[source.name] = source


def sources() -> list[DeadlineSource]:
    """Every registered source, in the order registered."""
    return list(_SOURCES.values())
