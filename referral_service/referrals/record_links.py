"""The shared records a referral names, reached without importing records.

Records build on referrals: a record's `unreferred` warning and the referral ids it shows depend on
the referrals naming its case, so records import referrals and never the other way round. The two
things referrals need of records (the ids of the records a referral links to, and refreshing a
record's warning when a referral naming its case is created, withdrawn or resubmitted) are plugged
in here by the app factory at start-up (records.links.LINKS), as the worker's deadlines are.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class RecordLinks:
    """`record_ids(session, keys)`: the ids of the records keyed by each (agency_id, case_number);
    `refresh(session, agency_id, case_number)`: recompute that record's `unreferred` warning."""

    record_ids: Callable[[Session, Iterable[tuple[int, str]]], dict[tuple[int, str], list[str]]]
    refresh: Callable[[Session, int, str], None]


_plugged: list[RecordLinks] = []


def plug(links: RecordLinks) -> None:
    """Use these links from now on (plugging again replaces them)."""
    _plugged[:] = [links]


def links() -> RecordLinks:
    """The plugged links; the app factory plugs them, so their absence is a programming error."""
    if not _plugged:
        raise RuntimeError("records are not plugged into referrals: create the app first")
    return _plugged[0]
