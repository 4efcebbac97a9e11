"""A record as the JSON the API shows (RecordSchema), built by PostgreSQL for the keyword search's pages.

A search page of 50 records spent more time in Python — the ORM's entities, marshmallow's
dump of each field, the JSON encoder — than in PostgreSQL. Here PostgreSQL writes each item
as JSON text and the page is spliced together from them. The values are RecordSchema's
(tests/api/test_records_search.py compares each item with GET /records/{id}); the key order
and the spacing are not part of the contract.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import (Boolean, ColumnElement, Select, Text, and_, bindparam, case, cast, func, literal_column,
                        null, or_, select)
from sqlalchemy.dialects.postgresql import array

from ..agencies.models import Agency
from ..auth.protect import CALLER_AGENCY, Caller, party_to
from ..queries import isoformat_utc
from .flags import FLAGS
from .links import referral_ids_json
from .models import Record


def viewer(caller: Caller) -> dict[str, Any]:
    """The parameters of ITEM for `caller`: whether and where it may see the linked referrals."""
    return {"read_referrals": "referrals:read" in caller.scopes, "sees_all": caller.sees_all,
            CALLER_AGENCY: caller.agency_id}


def items_among(ids: Select) -> Select:
    """(id, decided_at, item) of the records whose ids `ids` selects, newest first; execute with viewer().

    `decided_at` is the text datetime.isoformat() gives (what a cursor holds): neither the driver
    nor the column type converts it, row by row, for the one value a page's cursor takes.
    """
    return (select(Record.id, isoformat_utc(Record.decided_at).label("decided_at"), ITEM)
            .join(Agency, Agency.id == Record.agency_id)
            .where(Record.id.in_(ids)).order_by(Record.decided_at.desc(), Record.id.desc()))


def _object(*pairs: tuple[str, object]) -> ColumnElement:
    # Keys as SQL literals: a bound parameter of json_build_object's "any" arguments has no type.
    return func.json_build_object(*(part for key, value in pairs for part in (literal_column(f"'{key}'"), value)))


_EMPTY = literal_column("'[]'::json")

# service.referral_ids' rule: with referrals:read, the referrals of records of its own agency, or of
# every agency's for one that sees all.
_REFERRAL_IDS = case(
    (and_(bindparam("read_referrals", type_=Boolean),
          or_(bindparam("sees_all", type_=Boolean), party_to(Record.agency_id))),
     referral_ids_json(Record.agency_id, Record.case_number)),
    else_=_EMPTY)

# Built once: constructing this expression costs more than PostgreSQL spends evaluating it for a page.
ITEM = cast(_object(
    ("id", Record.id), ("agency", Agency.code), ("case_number", Record.case_number), ("kind", Record.kind),
    ("subject", _object(("name", Record.subject_name), ("credit_code", Record.subject_credit_code))),
    ("facts", Record.facts), ("legal_basis", Record.legal_basis),
    ("penalty", case((Record.penalty_type.is_(None), null()),
                     else_=_object(("type", Record.penalty_type),
                                   ("amount_yuan", cast(Record.penalty_amount_yuan, Text))))),
    ("decided_at", isoformat_utc(Record.decided_at)), ("deaths", Record.deaths),
    ("serious_injuries", Record.serious_injuries), ("direct_loss_yuan", cast(Record.direct_loss_yuan, Text)),
    ("rectification", case((Record.rectification_status.is_(None), null()),
                           else_=_object(("status", Record.rectification_status),
                                         ("due_date", func.to_char(Record.rectification_due_date, "YYYY-MM-DD"))))),
    ("division_code", Record.division_code), ("address", Record.address),
    ("flags", func.array_remove(array([case((getattr(Record, flag), flag)) for flag in FLAGS]), null())),
    ("referral_ids", _REFERRAL_IDS), ("version", Record.version),
    ("created_at", isoformat_utc(Record.created_at)), ("updated_at", isoformat_utc(Record.updated_at)),
), Text).label("item")
