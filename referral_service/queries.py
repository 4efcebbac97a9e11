"""Query building blocks every list and lookup shares: filters, the agency anchor, chunked IN lists.

Features build their SELECTs from these, so a filter, an agency named by code, or a long IN
list is written one way everywhere.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Callable, Iterable, Iterator, Mapping, TypeVar

from sqlalchemy import ColumnElement, Select, case, func, literal_column, select

from .agencies.models import Agency

T = TypeVar("T")
# Longest IN list one statement carries: within every backend's limit on bound parameters.
IN_CHUNK = 500


def filtered(stmt: Select, filters: Mapping[str, Any],
             conditions: Mapping[str, Callable[[Any], ColumnElement[bool]]]) -> Select:
    """`stmt` narrowed by the condition of each filter given; `conditions` maps a filter's name to
    a function of its value."""
    for name, condition in conditions.items():
        if name in filters:
            stmt = stmt.where(condition(filters[name]))
    return stmt


def agency_id(code: str):
    """The id of the agency with this code, as a scalar subquery (NULL, matching nothing, if none)."""
    return select(Agency.id).where(Agency.code == code).scalar_subquery()


def chunked(values: Iterable[T], size: int = IN_CHUNK) -> Iterator[list[T]]:
    """The distinct values, sorted, in lists of at most `size`: one IN list each."""
    ordered = sorted(set(values))
    for start in range(0, len(ordered), size):
        yield ordered[start:start + size]


def contains(text: str) -> str:
    """A LIKE pattern (escape character `\\`) matching `text` literally anywhere."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def aware(value: Any) -> datetime:
    """A timestamp from a cursor, which must carry its offset."""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("naive timestamp in cursor")
    return parsed


def isoformat_utc(column) -> ColumnElement:
    """PostgreSQL text of a UTC time as datetime.isoformat() gives it: microseconds only when any, +00:00."""
    utc = column.op("AT TIME ZONE")(literal_column("'UTC'"))
    whole = func.date_trunc("second", utc) == utc
    return func.to_char(utc, case((whole, 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'),
                                  else_='YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'))
