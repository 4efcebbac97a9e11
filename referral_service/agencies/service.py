"""Agencies: the directory every client reads to find recipients."""
from __future__ import annotations

import threading
import weakref

from sqlalchemy import or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ..errors import NotFound
from ..http import Page, keyset_page
from .models import Agency, AgencyKind


def list_agencies(db: Session, limit: int, cursor: str | None, kind: str | None = None) -> Page:
    stmt = select(Agency)
    if kind:
        stmt = stmt.where(Agency.kind == AgencyKind(kind))
    return keyset_page(db, stmt, [Agency.code], [str], limit=limit, cursor=cursor, descending=False)


def get_agency(db: Session, code: str) -> Agency:
    agency = db.scalar(select(Agency).where(Agency.code == code))
    if agency is None:
        raise NotFound(f"No agency with code {code}.")
    return agency


# Agencies are only ever added, never changed or removed, so each process keeps those it has
# looked up, per database (engine): a submit then names its two agencies without a query.
_known: weakref.WeakKeyDictionary[Engine, dict[int | str, Agency]] = weakref.WeakKeyDictionary()
_known_lock = threading.Lock()


def agency_pair(db: Session, agency_id: int, code: str) -> tuple[Agency | None, Agency | None]:
    """The agency with this id and the one with this code (None if there is none yet), detached, read-only."""
    with _known_lock:
        known = _known.setdefault(db.get_bind(), {})
    if agency_id not in known or code not in known:
        found = db.scalars(select(Agency).where(or_(Agency.id == agency_id, Agency.code == code))).all()
        for agency in found:
            db.expunge(agency)
            known[agency.id] = known[agency.code] = agency
    return known.get(agency_id), known.get(code)


def add_agency(db: Session, code: str, name: str, kind: str, division_code: str = "120102") -> Agency:
    if db.scalar(select(Agency).where(Agency.code == code)) is not None:
        raise ValueError(f"an agency with code {code!r} exists already")
    if not (division_code.isdigit() and len(division_code) == 6):
        raise ValueError("division code must be six digits (GB/T 2260)")
    agency = Agency(code=code, name=name, kind=AgencyKind(kind), division_code=division_code)
    db.add(agency)
    db.flush()
    return agency
