"""The link between referrals and shared records, and the warning it clears.

A referral links to the record of its SOURCE agency whose case number equals the referral's
`related_case_number`. A record that meets the criminal threshold is `unreferred` while no such
referral (not withdrawn) names it: the referrals service calls refresh_flags (through LINKS,
plugged in by the app factory, since referrals do not import records) in its own transaction
whenever a referral naming a case is created, withdrawn or resubmitted, and the records service
asks covered_case_numbers when it publishes.
"""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import ColumnElement, bindparam, func, literal_column, select, update
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session

from ..queries import chunked
from ..referrals.models import Referral
from ..referrals.record_links import RecordLinks
from ..referrals.workflow import Status
from ..statements import Prepared
from .models import Record


def refresh_flags(session: Session, agency_id: int, case_number: str) -> None:
    """Recompute `unreferred` of the record keyed (agency_id, case_number), if there is one."""
    session.flush()  # the caller's pending referral change must be visible to the query below
    covered = bool(covered_case_numbers(session, agency_id, [case_number]))
    session.execute(update(Record)
                    .where(Record.agency_id == agency_id, Record.case_number == case_number,
                           Record.meets_criminal_threshold)
                    .values(unreferred=not covered)
                    .execution_options(synchronize_session=False))


def covered_case_numbers(session: Session, agency_id: int, case_numbers: Iterable[str]) -> set[str]:
    """Which of these case numbers of `agency_id` a referral that is not withdrawn names."""
    covered: set[str] = set()
    for chunk in chunked(case_numbers):
        stmt = (select(Referral.related_case_number).distinct()
                .where(Referral.source_agency_id == agency_id, Referral.related_case_number.in_(chunk),
                       Referral.status != Status.withdrawn))
        covered.update(session.scalars(stmt))
    return covered


# A referral read asks for one key: a statement built once (statements.Prepared), not per request.
_IDS_OF_ONE = Prepared(select(Record.id).where(Record.agency_id == bindparam("agency_id"),
                                               Record.case_number == bindparam("case_number"))
                       .order_by(Record.id))


def record_ids_by_key(session: Session, keys: Iterable[tuple[int, str]]) -> dict[tuple[int, str], list[str]]:
    """The ids of the records keyed by each (agency_id, case_number)."""
    keys = set(keys)
    if len(keys) == 1:
        ((agency_id, number),) = keys
        rows = _IDS_OF_ONE.rows(session.connection(), {"agency_id": agency_id, "case_number": number})
        return {(agency_id, number): [row["id"] for row in rows]} if rows else {}
    return _ids_by_key(session, keys, Record.agency_id, Record.case_number, Record.id, [Record.id])


def referral_ids_by_key(session: Session, keys: Iterable[tuple[int, str]]) -> dict[tuple[int, str], list[str]]:
    """The ids of every referral naming each (agency_id, case_number), withdrawn ones included."""
    return _ids_by_key(session, keys, Referral.source_agency_id, Referral.related_case_number, Referral.id,
                       [Referral.created_at, Referral.id])


def referral_ids_json(agency_id, case_number) -> ColumnElement:
    """PostgreSQL: referral_ids_by_key's ids for one record's key, as a JSON array (a correlated subquery)."""
    ids = (select(func.json_agg(aggregate_order_by(Referral.id, Referral.created_at, Referral.id)))
           .where(Referral.source_agency_id == agency_id, Referral.related_case_number == case_number)
           .scalar_subquery())
    return func.coalesce(ids, literal_column("'[]'::json"))


def _ids_by_key(session: Session, keys: Iterable[tuple[int, str]], agency_column, number_column, id_column,
                order_by: list) -> dict[tuple[int, str], list[str]]:
    wanted = set(keys)
    agencies = sorted({agency_id for agency_id, _ in wanted})
    found: dict[tuple[int, str], list[str]] = {}
    for chunk in chunked(number for _, number in wanted):
        # IN on both columns, then the exact pairs here: cheaper to build than an OR per pair.
        stmt = (select(agency_column, number_column, id_column)
                .where(agency_column.in_(agencies), number_column.in_(chunk))
                .order_by(*order_by))
        for agency_id, number, object_id in session.execute(stmt):
            if (agency_id, number) in wanted:
                found.setdefault((agency_id, number), []).append(object_id)
    return found


LINKS = RecordLinks(record_ids=record_ids_by_key, refresh=refresh_flags)
