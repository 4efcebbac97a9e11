"""Use cases of the shared-records pool: publish (upsert with versions), read, search, flags, export."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterator

from sqlalchemy import Select, and_, bindparam, func, insert, select, type_coerce, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.types import Text

from .. import queries
from ..agencies.models import Agency
from ..auth.protect import Caller, party_to, visible_to
from ..db import utcnow
from ..errors import Conflict, InvalidInput, NotFound
from ..http import Page, check_if_match, decode_cursor, encode_cursor, etag_for, keyset_after, keyset_page
from ..queries import chunked
from ..statements import Prepared
from . import json_items, links, notices
from .models import Record, RecordVersion, new_id
from .schemas import PLAIN_QUERY, PublishedSchema
from .search import bigrams, query_terms, search_text

# The columns an agency publishes; everything else on a record is derived or bookkeeping.
PUBLISHED = ("kind", "subject_name", "subject_credit_code", "facts", "legal_basis", "penalty_type",
             "penalty_amount_yuan", "decided_at", "deaths", "serious_injuries", "direct_loss_yuan",
             "rectification_status", "rectification_due_date", "division_code", "address")
_published = PublishedSchema()


@dataclass
class Published:
    """What happened to one record of a publish request."""

    id: str
    case_number: str
    version: int
    outcome: str  # created | updated | unchanged


# --- flags ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Thresholds:
    """法释〔2015〕22号 Art. 6 "serious consequences", as configured (Settings.threshold_*)."""

    deaths: int
    serious_injuries: int
    direct_loss_yuan: int

    @classmethod
    def of(cls, settings: Any) -> "Thresholds":
        """The thresholds from Settings."""
        return cls(settings.threshold_deaths, settings.threshold_serious_injuries,
                   settings.threshold_direct_loss_yuan)

    def met_by(self, values: dict[str, Any]) -> bool:
        """Whether a record's consequences reach any threshold."""
        return (values["deaths"] >= self.deaths or values["serious_injuries"] >= self.serious_injuries
                or values["direct_loss_yuan"] >= self.direct_loss_yuan)


# --- publishing ----------------------------------------------------------------------------------

def _columns(item: dict[str, Any], default_division: str) -> dict[str, Any]:
    penalty = item.get("penalty") or {}
    rectification = item.get("rectification") or {}
    return {
        "kind": item["kind"],
        "subject_name": item["subject"]["name"],
        "subject_credit_code": item["subject"].get("credit_code"),
        "facts": item["facts"],
        "legal_basis": item.get("legal_basis"),
        "penalty_type": penalty.get("type"),
        "penalty_amount_yuan": penalty.get("amount_yuan"),
        "decided_at": item["decided_at"],
        "deaths": item["deaths"],
        "serious_injuries": item["serious_injuries"],
        "direct_loss_yuan": item["direct_loss_yuan"],
        "rectification_status": rectification.get("status"),
        "rectification_due_date": rectification.get("due_date"),
        "division_code": item.get("division_code") or default_division,
        "address": item.get("address"),
    }


def _same(record: Record, values: dict[str, Any]) -> bool:
    return all(getattr(record, name) == values[name] for name in PUBLISHED)


@dataclass
class _Plan:
    """What a publish request will write: rows to insert and update, versions to keep, and why."""

    now: datetime
    is_postgresql: bool
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    versions: list[dict[str, Any]] = field(default_factory=list)
    results: list[Published] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)
    loaded: list[Record] = field(default_factory=list)

    def searchable(self, values: dict[str, Any]) -> dict[str, Any]:
        """The search columns of the published values (bigrams only where PostgreSQL indexes them)."""
        haystack = search_text(values["subject_name"], values["subject_credit_code"], values["facts"])
        return {"search_text": haystack, "search_bigrams": bigrams(haystack) if self.is_postgresql else None}

    def create(self, agency_id: int, number: str, values: dict[str, Any], flags: dict[str, bool]) -> None:
        row = {"id": new_id(), "agency_id": agency_id, "case_number": number, **values, **flags,
               **self.searchable(values), "version": 1, "created_at": self.now, "updated_at": self.now}
        self.inserts.append(row)
        self.results.append(Published(row["id"], number, 1, "created"))

    def keep(self, record: Record, flags: dict[str, bool]) -> None:
        if any(getattr(record, flag) != value for flag, value in flags.items()):
            self.updates.append({"id": record.id, **flags})
        self.results.append(Published(record.id, record.case_number, record.version, "unchanged"))

    def supersede(self, record: Record, values: dict[str, Any], flags: dict[str, bool]) -> None:
        self.versions.append({"record_id": record.id, "version": record.version,
                              "published_at": record.updated_at, "superseded_at": self.now,
                              "content": _published.dump(record)})
        self.updates.append({"id": record.id, **values, **flags, **self.searchable(values),
                             "version": record.version + 1, "updated_at": self.now})
        self.results.append(Published(record.id, record.case_number, record.version + 1, "updated"))


def _existing(db: Session, agency_id: int, numbers: list[str]) -> dict[str, Record]:
    """The agency's records with these case numbers, by case number."""
    existing: dict[str, Record] = {}
    for chunk in chunked(numbers):
        stmt = select(Record).where(Record.agency_id == agency_id, Record.case_number.in_(chunk))
        existing.update((record.case_number, record) for record in db.scalars(stmt))
    return existing


def _plan(db: Session, caller: Caller, items: list[dict[str, Any]], thresholds: Thresholds) -> _Plan:
    """Decide, for each item, whether it creates, updates or leaves its record, with its flags."""
    agency = db.get(Agency, caller.agency_id)
    numbers = [item["case_number"] for item in items]
    existing = _existing(db, caller.agency_id, numbers)
    covered = links.covered_case_numbers(db, caller.agency_id, numbers)
    plan = _Plan(utcnow(), db.get_bind().dialect.name == "postgresql", loaded=list(existing.values()))
    for item in items:
        number = item["case_number"]
        values = _columns(item, agency.division_code)
        meets = thresholds.met_by(values)
        flags = {"meets_criminal_threshold": meets, "unreferred": meets and number not in covered}
        record = existing.get(number)
        if record is None:
            plan.create(caller.agency_id, number, values, flags)
        elif _same(record, values):
            plan.keep(record, flags)
        else:
            plan.supersede(record, values, flags)
        if meets and (record is None or not record.meets_criminal_threshold):
            plan.flagged.append(plan.results[-1].id)
    return plan


def _apply(db: Session, plan: _Plan) -> None:
    """Write the plan in three bulk statements at most; 409 if another request raced it."""
    try:
        with db.begin_nested():
            if plan.inserts:
                db.execute(insert(Record), plan.inserts)
            if plan.updates:
                db.execute(update(Record), plan.updates)
            if plan.versions:
                db.execute(insert(RecordVersion), plan.versions)
    except IntegrityError:
        raise Conflict("Another request published one of these case numbers at the same time; retry.",
                       slug="concurrent-publish") from None
    notices.notify_flagged(db, plan.flagged, plan.now)


def publish(db: Session, caller: Caller, items: list[dict[str, Any]], thresholds: Thresholds) -> list[Published]:
    """Upsert the caller's records by case number, all or nothing, keeping superseded versions.

    Republishing identical content changes nothing and makes no version.
    """
    plan = _plan(db, caller, items, thresholds)
    _apply(db, plan)
    for record in plan.loaded:
        db.expire(record)  # bulk statements bypass the identity map
    return plan.results


def publish_one(db: Session, caller: Caller, item: dict[str, Any], if_match: str | None,
                thresholds: Thresholds) -> tuple[Record, str]:
    """Publish one record; If-Match, when sent, must name the version being replaced."""
    current = db.scalar(select(Record).where(Record.agency_id == caller.agency_id,
                                             Record.case_number == item["case_number"]))
    if current is not None:
        check_if_match(etag_for("record", current.id, current.version), if_match)
    [result] = publish(db, caller, [item], thresholds)
    return db.get(Record, result.id), result.outcome


# --- reading -------------------------------------------------------------------------------------

def get_record(db: Session, caller: Caller, record_id: str) -> Record:
    record = db.scalar(select(Record).where(Record.id == record_id, visible_to(caller, Record.agency_id)))
    if record is None:
        raise NotFound(f"No record with id {record_id}.")
    return record


def _agency_id(db: Session, code: str) -> int:
    """The id of the agency a filter names; 422 if there is none."""
    found = db.scalar(select(Agency.id).where(Agency.code == code))
    if found is None:
        raise InvalidInput({"agency": [f"No agency with code {code}."]})
    return found


def filtered(db: Session, caller: Caller, filters: dict[str, Any]) -> Select:
    """The records the caller may see that match the filters of the list and the export."""
    return queries.filtered(select(Record).where(visible_to(caller, Record.agency_id)), filters, {
        "agency": lambda code: Record.agency_id == _agency_id(db, code),
        "kind": lambda kind: Record.kind == kind,
        "subject_credit_code": lambda code: Record.subject_credit_code == code,
        "decided_after": lambda moment: Record.decided_at >= moment,
        "decided_before": lambda moment: Record.decided_at < moment,
        "division": lambda code: Record.division_code == code,
        # Each flag bare, so PostgreSQL matches its partial index.
        "flag": lambda flags: and_(*(getattr(Record, flag) for flag in flags)),
        "q": lambda q: _matches(db, q),
    })


def _matches(db: Session, q: str):
    """`q` occurs in the record's search text; on PostgreSQL its bigrams narrow through the index first."""
    needle, grams = query_terms(q)
    if db.get_bind().dialect.name == "postgresql":
        return and_(_bigrams(grams), func.strpos(Record.search_text, needle) > 0)
    return func.instr(Record.search_text, needle) > 0


# How many records, newest first, a search walks before it asks the bigram index instead.
SEARCH_WALK = 5000


def list_records(db: Session, caller: Caller, filters: dict[str, Any], limit: int,
                 cursor: str | None) -> Page:
    stmt = filtered(db, caller, filters)
    keys, converters = [Record.decided_at, Record.id], [datetime.fromisoformat, str]
    return keyset_page(db, stmt, keys, converters, limit=limit, cursor=cursor)


def search_page(db: Session, caller: Caller, filters: dict[str, Any], limit: int,
                cursor: str | None) -> Page | None:
    """A keyword search's page on PostgreSQL, as rows {id, decided_at, item}: `item` is the record's
    JSON text, built by PostgreSQL (json_items). None without `q` or on SQLite: list_records then.
    """
    if "q" not in filters or db.get_bind().dialect.name != "postgresql":
        return None
    if filters.keys() <= PLAIN_QUERY:
        rows = _keyword_page(db, caller, filters["q"], limit, cursor)
    else:
        rows = _filtered_page(db, caller, filters, limit, cursor)
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(rows, encode_cursor([rows[-1]["decided_at"], rows[-1]["id"]]) if more and rows else None)


def _keyword_page(db: Session, caller: Caller, q: str, limit: int, cursor: str | None) -> list[dict[str, Any]]:
    """The rows of a search by keyword alone (the busy case), through statements built once."""
    needle, grams = query_terms(q)
    walk, indexed = _keyword_statements(caller.sees_all, bool(cursor))  # an empty cursor: the first page
    params = {**json_items.viewer(caller), "needle": needle, "grams": grams, "page": limit + 1, "walk": SEARCH_WALK}
    if cursor:
        params["after_decided_at"], params["after_id"] = decode_cursor(cursor, [datetime.fromisoformat, str])
    conn = db.connection()
    rows = walk.rows(conn, params)
    if len(rows) <= limit:  # as in _filtered_page: the bigram index collects a rare phrase's matches
        rows = indexed.rows(conn, params)
    return rows


@functools.cache
def _keyword_statements(sees_all: bool, after: bool) -> tuple[Prepared, Prepared]:
    """_walk and _indexed of a search by keyword alone, built once per kind of caller and whether a
    cursor is given; the caller's agency, the needle, its bigrams, the limits and the cursor are bound.
    """
    seen = select(Record.id, Record.decided_at, Record.search_text)
    if not sees_all:
        seen = seen.where(party_to(Record.agency_id))
    if after:
        seen = seen.where(keyset_after([Record.decided_at, Record.id],
                                       [bindparam("after_decided_at", type_=Record.decided_at.type),
                                        bindparam("after_id", type_=Record.id.type)]))
    window = seen.order_by(Record.decided_at.desc(), Record.id.desc()).limit(bindparam("walk")).subquery()
    walk = (select(window.c.id).where(func.strpos(window.c.search_text, bindparam("needle", type_=Text())) > 0)
            .order_by(window.c.decided_at.desc(), window.c.id.desc()).limit(bindparam("page")))
    matched = (seen.where(_bigrams(bindparam("grams", type_=ARRAY(Text()))),
                          func.strpos(Record.search_text, bindparam("needle", type_=Text())) > 0)
               .cte("matched").prefix_with("MATERIALIZED"))
    indexed = (select(matched.c.id).order_by(matched.c.decided_at.desc(), matched.c.id.desc())
               .limit(bindparam("page")))
    return Prepared(json_items.items_among(walk)), Prepared(json_items.items_among(indexed))


def _bigrams(grams):
    """The record's bigrams include `grams` (PostgreSQL: the GIN index answers this)."""
    return type_coerce(Record.search_bigrams, ARRAY(Text())).contains(grams)


def _filtered_page(db: Session, caller: Caller, filters: dict[str, Any], limit: int,
                   cursor: str | None) -> list[dict[str, Any]]:
    """The rows of a search with other filters besides, through statements built for it."""
    viewer = json_items.viewer(caller)
    rows = db.execute(json_items.items_among(_walk(db, caller, filters, limit, cursor)), viewer).all()
    if len(rows) <= limit:
        # Fewer than one match in a hundred: collect them all through the bigram index first,
        # which the planner, misjudging a phrase's frequency, might otherwise not do.
        rows = db.execute(json_items.items_among(_indexed(db, caller, filters, limit, cursor)), viewer).all()
    return [row._asdict() for row in rows]


def _walk(db: Session, caller: Caller, filters: dict[str, Any], limit: int, cursor: str | None) -> Select:
    """The ids of a search page found among the next SEARCH_WALK records in order (a full page, or fewer).

    PostgreSQL takes a phrase's bigrams as independent, so a common phrase looks rare to it: it
    would fetch and sort every one of 200,000 matches to show 50. Walking the ordered index
    finds a common phrase's page at once; a rare one falls back to that bitmap plan, which is
    then cheap. If the walk fills the page, it is exactly the page the full query would give.
    """
    unsearched = filtered(db, caller, {k: v for k, v in filters.items() if k != "q"})
    if cursor:
        after = decode_cursor(cursor, [datetime.fromisoformat, str])
        unsearched = unsearched.where(keyset_after([Record.decided_at, Record.id], after))
    window = unsearched.order_by(Record.decided_at.desc(), Record.id.desc()).limit(SEARCH_WALK).subquery()
    # The substring alone: the bigram containment only narrows an index search, and on rows
    # already in hand it cost 5-8 µs a row (3.7 -> 1.1 ms for "高坠", 7.2 -> 1.1 ms for a
    # six-character phrase at 1M rows).
    needle, _grams = query_terms(filters["q"])
    return (select(window.c.id).where(func.strpos(window.c.search_text, needle) > 0)
            .order_by(window.c.decided_at.desc(), window.c.id.desc()).limit(limit + 1))


def _indexed(db: Session, caller: Caller, filters: dict[str, Any], limit: int, cursor: str | None) -> Select:
    """The ids of a search page among every match, which the bigram index collects first."""
    matched = filtered(db, caller, filters).cte("matched").prefix_with("MATERIALIZED")
    stmt = select(matched.c.id)
    if cursor:
        after = decode_cursor(cursor, [datetime.fromisoformat, str])
        stmt = stmt.where(keyset_after([matched.c.decided_at, matched.c.id], after))
    return stmt.order_by(matched.c.decided_at.desc(), matched.c.id.desc()).limit(limit + 1)


def referral_ids(db: Session, records: list[Record], caller: Caller) -> dict[tuple[int, str], list[str]]:
    """The linked referral ids of each record, by (agency_id, case_number), if the caller may read them.

    A record's linked referrals are its own agency's (as source), which that agency and the
    procuratorate read with `referrals:read`; without that scope no referral id is named.
    """
    if "referrals:read" not in caller.scopes:
        return {}
    return links.referral_ids_by_key(db, [(r.agency_id, r.case_number) for r in records
                                          if caller.sees_all or r.agency_id == caller.agency_id])


def export(db: Session, caller: Caller, filters: dict[str, Any], chunk: int = 500) -> Iterator[list[Record]]:
    """The filtered records in chunks, read through a server-side cursor so memory stays flat."""
    stmt = filtered(db, caller, filters).order_by(Record.decided_at.desc(), Record.id.desc())
    result = db.execute(stmt.execution_options(yield_per=chunk))
    # The identity map holds rows weakly, so a chunk is freed once the caller has written it.
    yield from result.scalars().partitions()


def versions(db: Session, caller: Caller, record_id: str, limit: int,
             cursor: str | None) -> tuple[Record, Page]:
    """A page of a record's versions, newest (the current one) first."""
    record = get_record(db, caller, record_id)
    before = decode_cursor(cursor, [int])[0] if cursor else record.version + 1
    items: list[dict[str, Any]] = []
    if record.version < before:
        items.append({"version": record.version, "published_at": record.updated_at,
                      "superseded_at": None, "record": _published.dump(record)})
    older = db.scalars(select(RecordVersion)
                       .where(RecordVersion.record_id == record.id, RecordVersion.version < before)
                       .order_by(RecordVersion.version.desc())
                       .limit(limit - len(items) + 1))
    for version in older:
        items.append({"version": version.version, "published_at": version.published_at,
                      "superseded_at": version.superseded_at, "record": version.content})
    more = len(items) > limit
    items = items[:limit]
    return record, Page(items, encode_cursor([items[-1]["version"]]) if more else None)
