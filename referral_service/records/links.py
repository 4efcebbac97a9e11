"""The link between referrals and shared records.

A referral links to the record of its SOURCE agency whose case number equals the referral's
`related_case_number`. The referrals service calls refresh_flags in its own transaction
whenever such a referral is created, withdrawn or resubmitted. Referral is imported inside the
functions because the referrals package imports this module.
"""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session


def refresh_flags(session: Session, agency_id: int, case_number: str) -> None:
    """Recompute the flags of the record keyed (agency_id, case_number), if there is one."""
    from .models import Record
    from .service import apply_flags

    session.flush()  # the caller's pending referral change must be visible to the query below
    record = session.scalar(select(Record).where(Record.agency_id == agency_id,
                                                 Record.case_number == case_number))
    if record is not None:
        apply_flags(session, record)


def record_ids_by_key(session: Session, keys: Iterable[tuple[int, str]]) -> dict[tuple[int, str], list[str]]:
    """The ids of the records keyed by each (agency_id, case_number)."""
    from .models import Record

    return _ids_by_key(session, keys, Record.agency_id, Record.case_number, Record.id, [Record.id])


def covered_case_numbers(session: Session, agency_id: int, case_numbers: Iterable[str]) -> set[str]:
    """Which of these case numbers of `agency_id` a referral that is not withdrawn names."""
    from ..referrals.models import Referral
    from ..referrals.workflow import Status

    numbers = sorted(set(case_numbers))
    covered: set[str] = set()
    for start in range(0, len(numbers), 500):  # keeps each IN list within every backend's limit
        stmt = (select(Referral.related_case_number).distinct()
                .where(Referral.source_agency_id == agency_id,
                       Referral.related_case_number.in_(numbers[start:start + 500]),
                       Referral.status != Status.withdrawn))
        covered.update(session.scalars(stmt))
    return covered


def referral_ids_by_key(session: Session, keys: Iterable[tuple[int, str]]) -> dict[tuple[int, str], list[str]]:
    """The ids of every referral naming each (agency_id, case_number), withdrawn ones included."""
    from ..referrals.models import Referral

    return _ids_by_key(session, keys, Referral.source_agency_id, Referral.related_case_number, Referral.id,
                       [Referral.created_at, Referral.id])


def _ids_by_key(session: Session, keys: Iterable[tuple[int, str]], agency_column, number_column, id_column,
                order_by: list) -> dict[tuple[int, str], list[str]]:
    wanted = set(keys)
    agencies = sorted({agency_id for agency_id, _ in wanted})
    numbers = sorted({number for _, number in wanted})
    found: dict[tuple[int, str], list[str]] = {}
    for start in range(0, len(numbers), 500):  # keeps each IN list within every backend's limit
        # IN on both columns, then the exact pairs here: cheaper to build than an OR per pair.
        stmt = (select(agency_column, number_column, id_column)
                .where(agency_column.in_(agencies), number_column.in_(numbers[start:start + 500]))
                .order_by(*order_by))
        for agency_id, number, object_id in session.execute(stmt):
            if (agency_id, number) in wanted:
                found.setdefault((agency_id, number), []).append(object_id)
    return found
