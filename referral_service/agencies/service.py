"""Agencies: the directory every client reads to find recipients."""
from __future__ import annotations

from sqlalchemy import select
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


def add_agency(db: Session, code: str, name: str, kind: str, division_code: str = "120102") -> Agency:
    if db.scalar(select(Agency).where(Agency.code == code)) is not None:
        raise ValueError(f"an agency with code {code!r} exists already")
    if not (division_code.isdigit() and len(division_code) == 6):
        raise ValueError("division code must be six digits (GB/T 2260)")
    agency = Agency(code=code, name=name, kind=AgencyKind(kind), division_code=division_code)
    db.add(agency)
    db.flush()
    return agency
