"""Referral use cases: who may see and do what, the workflow moves, deadlines and events.

A referral is handed out in one shape, whatever the use case: a dict of its columns and its two
agencies' codes (`source_agency_code`, `recipient_agency_code`), read with one Core statement
(`_READ`) and written with Core INSERTs and UPDATEs. Reads are the busiest request and submits the
busiest write; a row costs far less than an ORM entity, and representation.referral_json writes
the dict out as it is.
"""
from __future__ import annotations

import functools
import logging
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO, Callable, Mapping

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, aliased

from .. import queries, uploads
from ..agencies.models import Agency, AgencyKind
from ..agencies.service import agency_pair
from ..auth.protect import CALLER_AGENCY, Caller, party_to, visible_to
from ..calendar import CHINA_TIME, deadline
from ..db import utcnow
from ..errors import ApiError, Conflict, Forbidden, InvalidInput, NotFound
from ..fields import strip_space
from ..http import Page, check_if_match, etag_for, keyset_page, valid_if_match
from ..statements import Prepared
from ..storage import Storage
from . import notices, record_links, workflow
from .models import Referral, ReferralAttachment, ReferralEvent, ReferralSequence
from .workflow import Category, Move, Offence, Role, Status

log = logging.getLogger(__name__)

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# States in which a referral still takes evidence.
_OPEN_STATES = set(Status) - {Status.closed, Status.withdrawn}
# Periods in working days by step (Settings.deadline_working_days).
Periods = Mapping[str, int]

_TABLE = Referral.__table__
_SOURCE, _RECIPIENT = aliased(Agency), aliased(Agency)
# The one read of referrals: every column, and the codes of the two agencies.
_READ = (select(*_TABLE.c, _SOURCE.code.label("source_agency_code"),
                _RECIPIENT.code.label("recipient_agency_code"))
         .join(_SOURCE, _SOURCE.id == Referral.source_agency_id)
         .join(_RECIPIENT, _RECIPIENT.id == Referral.recipient_agency_id))
# Referrals and events are written with Core statements rather than through the session's unit
# of work: on the busiest write (submit) the flush cost more than the INSERTs it issued.
_EVENTS = ReferralEvent.__table__


def etag(referral: Mapping[str, Any]) -> str:
    return etag_for("referral", referral["id"], referral["version"])


def roles_of(caller: Caller, referral: Mapping[str, Any]) -> set[Role]:
    """The parts the caller's agency plays in this referral."""
    roles = set()
    if caller.agency_id == referral["source_agency_id"]:
        roles.add(Role.source)
    if caller.agency_id == referral["recipient_agency_id"]:
        roles.add(Role.recipient)
    if caller.is_procuratorate:
        roles.add(Role.procuratorate)
    return roles


def sees_identity_numbers(caller: Caller, referral: Mapping[str, Any]) -> bool:
    """Only the two parties see resident ID numbers in full; supervisors see them masked."""
    return caller.agency_id in (referral["source_agency_id"], referral["recipient_agency_id"])


def reads_records_of(caller: Caller, agency_id: int) -> bool:
    """Whether the caller may read the shared records of this agency (scope and agency)."""
    return "records:read" in caller.scopes and (caller.sees_all or caller.agency_id == agency_id)


def linked_record_ids(db: Session, referrals: list[dict[str, Any]], caller: Caller) -> dict[str, list[str]]:
    """The ids of the records each referral links to that the caller may read, in one query a page.

    The linked record is the source agency's: the recipient, and a token without `records:read`,
    must not learn that it exists.
    """
    keys = {r["id"]: (r["source_agency_id"], r["related_case_number"]) for r in referrals
            if r["related_case_number"] and reads_records_of(caller, r["source_agency_id"])}
    found = record_links.links().record_ids(db, keys.values()) if keys else {}
    return {referral_id: found.get(key, []) for referral_id, key in keys.items()}


def _refresh_record_flags(db: Session, referral: Mapping[str, Any]) -> None:
    if referral["related_case_number"]:
        record_links.links().refresh(db, referral["source_agency_id"], referral["related_case_number"])


@functools.cache
def _next_number_statement(dialect: str):
    """The counter's upsert for a dialect, built once (every submit runs it)."""
    table = ReferralSequence.__table__
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(table).values(agency_id=bindparam("agency_id"), year=bindparam("year"), last_number=1)
    return Prepared(stmt.on_conflict_do_update(index_elements=[table.c.agency_id, table.c.year],
                                               set_={"last_number": table.c.last_number + 1}
                                               ).returning(table.c.last_number))


def _next_reference(db: Session, autonomous: Engine | None, agency: Agency, year: int) -> str:
    """HD-YJJ-2026-000123: a per-agency, per-year counter, incremented atomically by an upsert.

    On PostgreSQL the upsert commits on its own at once (db.Database.autonomous), so the
    counter's row lock lasts that one statement instead of the whole request: one agency's
    submits run side by side instead of one at a time. A submit that fails after taking its
    number leaves a gap, like a voided paper form; no number is ever given twice. SQLite, which
    has one writer at a time anyway, counts in the request's transaction.
    """
    params = {"agency_id": agency.id, "year": year}
    if autonomous is None:
        conn = db.connection()
        number = _next_number_statement(conn.dialect.name).first(conn, params)["last_number"]
    else:
        with autonomous.connect() as conn:
            number = _next_number_statement("postgresql").first(conn, params)["last_number"]
    return f"{agency.code}-{year}-{number:06d}"


def _deadline(move: Move, now: datetime, periods: Periods) -> dict[str, Any]:
    """The columns of the deadline the move starts: the pending step and when it is due."""
    if move.starts is None:
        return {"due_at": None, "due_step": None}
    return {"due_at": deadline(now, periods[move.starts]), "due_step": move.starts}


def _event(referral: Mapping[str, Any], caller: Caller, move: Move, from_status: Status | None,
           now: datetime, reason: str | None = None, details: dict[str, Any] | None = None) -> dict[str, Any]:
    """The columns of the move's event."""
    return {"referral_id": referral["id"], "action": move.action,
            "from_status": from_status.value if from_status else None, "to_status": move.to_state.value,
            "actor_client_id": caller.client_id, "actor_agency_id": caller.agency_id, "reason": reason,
            "details": details or {}, "due_at": referral["due_at"], "occurred_at": now}


def _moved(db: Session, referral: dict[str, Any], caller: Caller, move: Move, from_status: Status | None,
           now: datetime, reason: str | None = None, details: dict[str, Any] | None = None,
           along: tuple = ()) -> None:
    """What every move does after its row is written: the event, the notice, the records' flags.

    `along`: rows of the move still to insert, (table, values), before the event: a submit's
    referral, which goes out in one statement with its event and notice (db.insert_together).
    """
    event_row = (_EVENTS, _event(referral, caller, move, from_status, now, reason, details))
    notices.notify_move(db, move.action, referral["id"], referral["source_agency_id"],
                        referral["recipient_agency_id"], caller.agency_id, now, along=(*along, event_row))
    if move.relinks:
        _refresh_record_flags(db, referral)


# --- create -------------------------------------------------------------------------------------

def _refusals(source: Agency, recipient: Agency | None, category: Category, code: str) -> dict[str, list[str]]:
    """Why this source may not refer this category of case to this recipient; empty if it may."""
    errors: dict[str, list[str]] = {}
    if recipient is None:
        errors["recipient_agency"] = [f"No agency with code {code}."]
    elif recipient.id == source.id:
        errors["recipient_agency"] = ["An agency cannot refer a case to itself."]
    elif recipient.kind is AgencyKind.oversight:
        errors["recipient_agency"] = ["An oversight body does not handle referrals."]
    elif category is Category.public_interest and recipient.kind is not AgencyKind.procuratorate:
        errors["recipient_agency"] = ["Clues of public-interest harm go to the procuratorate."]
    if category is Category.reverse and source.kind is not AgencyKind.procuratorate:
        errors["category"] = ["Only the procuratorate refers a case back (reverse) after non-prosecution."]
    return errors


def _incident_columns(incident: Mapping[str, Any]) -> dict[str, Any]:
    """The incident's columns (all empty when the referral names no incident)."""
    return {
        "incident_occurred_at": incident.get("occurred_at"),
        "incident_division_code": incident.get("division_code"),
        "incident_address": incident.get("address"),
        "deaths": incident.get("deaths", 0), "serious_injuries": incident.get("serious_injuries", 0),
        "minor_injuries": incident.get("minor_injuries", 0),
        "direct_loss_yuan": incident.get("direct_loss_yuan"),
    }


def create_referral(db: Session, caller: Caller, data: dict[str, Any], periods: Periods,
                    autonomous: Engine | None) -> dict[str, Any]:
    """A new referral from the caller's agency, submitted to the recipient, with its first event.

    `autonomous` is the database's engine for statements that commit at once (PostgreSQL), which
    the reference counter uses; None counts in the request's transaction.
    """
    # The caller's agency, and the recipient named by code: known to the process after the first submit.
    source, recipient = agency_pair(db, caller.agency_id, data["recipient_agency"])
    category = Category(data["category"])
    errors = _refusals(source, recipient, category, data["recipient_agency"])
    if errors:
        raise InvalidInput(errors)

    now = utcnow()
    columns = {
        "id": str(uuid.uuid4()), "reference": _next_reference(db, autonomous, source, now.astimezone(CHINA_TIME).year),
        "source_agency_id": source.id, "recipient_agency_id": recipient.id,
        "category": category, "status": Status.submitted, "title": data["title"], "summary": data["summary"],
        "suspected_offence": Offence(data["suspected_offence"]), **_incident_columns(data.get("incident") or {}),
        "parties": data.get("parties", []), "related_case_number": data.get("related_case_number"),
        "contact": data["contact"], "outcome": None, "version": 1, "created_at": now, "updated_at": now,
        **_deadline(workflow.SUBMIT, now, periods),
    }
    referral = {**columns, "source_agency_code": source.code, "recipient_agency_code": recipient.code}
    _moved(db, referral, caller, workflow.SUBMIT, None, now, along=((_TABLE, columns),))
    return referral


# --- read ---------------------------------------------------------------------------------------

def get_referral(db: Session, caller: Caller, referral_id: str, *, for_update: bool = False) -> dict[str, Any]:
    """The referral if the caller's agency takes part in it (or supervises); 404 otherwise."""
    if not _UUID.match(referral_id):
        raise NotFound("No such referral.")
    row = _by_id(caller.sees_all, for_update).first(db.connection(), {"referral_id": referral_id,
                                                                     CALLER_AGENCY: caller.agency_id})
    if row is None:
        raise NotFound("No such referral.")
    return row


@functools.cache
def _by_id(sees_all: bool, for_update: bool):
    """The read of one referral, built once per kind of caller (every read runs it)."""
    stmt = _READ.where(Referral.id == bindparam("referral_id"))
    if not sees_all:
        stmt = stmt.where(party_to(Referral.source_agency_id, Referral.recipient_agency_id))
    return Prepared(stmt.with_for_update(of=_TABLE) if for_update else stmt)


def _overdue(wanted: bool, now: datetime):
    """Referrals past their deadline, or (not wanted) those within it or without one."""
    if wanted:
        return Referral.due_at.is_not(None) & (Referral.due_at < now)
    return Referral.due_at.is_(None) | (Referral.due_at >= now)


def _mentions(text: str):
    """Referrals whose title or summary contains the text, case-insensitively."""
    pattern = queries.contains(text)
    return Referral.title.ilike(pattern, escape="\\") | Referral.summary.ilike(pattern, escape="\\")


def list_referrals(db: Session, caller: Caller, filters: dict[str, Any], now: datetime, limit: int,
                   cursor: str | None) -> Page:
    """A page of the referrals the caller may see, newest first, filtered."""
    stmt = queries.filtered(
        _READ.where(visible_to(caller, Referral.source_agency_id, Referral.recipient_agency_id)), filters, {
            "status": lambda status: Referral.status == Status(status),
            "category": lambda category: Referral.category == Category(category),
            "offence": lambda offence: Referral.suspected_offence == Offence(offence),
            "source": lambda code: Referral.source_agency_id == queries.agency_id(code),
            "recipient": lambda code: Referral.recipient_agency_id == queries.agency_id(code),
            "created_after": lambda moment: Referral.created_at >= moment,
            "created_before": lambda moment: Referral.created_at < moment,
            "overdue": lambda wanted: _overdue(wanted, now),
            "q": _mentions,
        })
    page = keyset_page(db, stmt, [Referral.created_at, Referral.id], [queries.aware, str],
                       limit=limit, cursor=cursor)
    return Page([row._asdict() for row in page.items], page.next_cursor)


def events(db: Session, caller: Caller, referral_id: str) -> list[ReferralEvent]:
    referral = get_referral(db, caller, referral_id)
    stmt = (select(ReferralEvent).where(ReferralEvent.referral_id == referral["id"])
            .order_by(ReferralEvent.id))
    return list(db.scalars(stmt))


# --- actions ------------------------------------------------------------------------------------

def _forward(db: Session, referral: Mapping[str, Any], data: Mapping[str, Any]) -> tuple[dict, dict]:
    """Forwarding: the new recipient, if it may take the referral; else 422."""
    target = db.scalar(select(Agency).where(Agency.code == data["to_agency"]))
    problem = None
    if target is None:
        problem = f"No agency with code {data['to_agency']}."
    elif target.id == referral["recipient_agency_id"]:
        problem = "The referral is already with this agency."
    elif target.id == referral["source_agency_id"]:
        problem = "Forward to another recipient; to send it back, use return."
    elif target.kind is AgencyKind.oversight:
        problem = "An oversight body does not handle referrals."
    if problem:
        raise InvalidInput({"to_agency": [problem]})
    return ({"recipient_agency_id": target.id, "recipient_agency_code": target.code},
            {"from_agency": referral["recipient_agency_code"], "to_agency": target.code})


def _close(db: Session, referral: Mapping[str, Any], data: Mapping[str, Any]) -> tuple[dict, dict]:
    """Closing: the outcome."""
    outcome = strip_space(data["outcome"])
    return {"outcome": outcome}, {"outcome": outcome}


# What an action sets besides the state, version, time and deadline every move sets: changed
# values of the referral, and the details its event records.
EFFECTS: dict[str, Callable[[Session, Mapping[str, Any], Mapping[str, Any]], tuple[dict, dict]]] = {
    "forward": _forward,
    "close": _close,
}


def act(db: Session, caller: Caller, referral_id: str, data: dict[str, Any], if_match: str | None,
        periods: Periods) -> dict[str, Any]:
    """Apply one workflow move, or refuse it having changed nothing."""
    referral = get_referral(db, caller, referral_id, for_update=True)
    check_if_match(etag(referral), valid_if_match(if_match))
    try:
        move = workflow.guard(data["action"], referral["status"], roles_of(caller, referral), caller.scopes, data)
    except workflow.Refused as refused:
        raise refused.problem(data["action"]) from None
    now = utcnow()
    from_status = referral["status"]
    changes, details = EFFECTS[move.action](db, referral, data) if move.action in EFFECTS else ({}, {})
    changes.update(status=move.to_state, version=referral["version"] + 1, updated_at=now,
                   **_deadline(move, now, periods))
    db.connection().execute(update(_TABLE).where(_TABLE.c.id == referral["id"])
                            .values({k: v for k, v in changes.items() if k in _TABLE.c}))
    referral.update(changes)
    _moved(db, referral, caller, move, from_status, now, strip_space(data.get("reason") or "") or None, details)
    return referral


# --- attachments --------------------------------------------------------------------------------

@dataclass(frozen=True)
class EvidenceLimits:
    """How much evidence a referral takes (Settings.attachment_*)."""

    max_bytes: int
    max_count: int
    max_total_bytes: int

    @classmethod
    def of(cls, settings: Any) -> "EvidenceLimits":
        """The limits from Settings."""
        return cls(settings.attachment_max_bytes, settings.attachment_max_count_per_referral,
                   settings.attachment_max_total_bytes_per_referral)


def add_attachment(db: Session, store: Storage, caller: Caller, referral_id: str, upload: Any,
                   document_type: str, limits: EvidenceLimits) -> ReferralAttachment:
    """Store an evidence file and describe it; the file goes if the transaction does not commit."""
    # The row lock makes concurrent uploads to one referral count one after the other.
    referral = get_referral(db, caller, referral_id, for_update=True)
    roles = roles_of(caller, referral)
    if not any(workflow.ROLE_SCOPES[role] in caller.scopes for role in roles):
        needed = " or ".join(sorted(workflow.ROLE_SCOPES[role] for role in roles))
        raise Forbidden(f"Adding evidence to this referral needs {needed}.")
    if referral["status"] not in _OPEN_STATES:
        raise Conflict(f"A {referral['status'].value} referral takes no more evidence.",
                       slug="referral-closed", title="Referral closed")
    filename, content_type = uploads.checked(upload)
    room = _room_for_evidence(db, referral["id"], limits)
    stored = uploads.store(db, store, upload, min(limits.max_bytes, room), _too_large(limits, room))
    attachment = ReferralAttachment(
        id=str(uuid.uuid4()), referral_id=referral["id"], filename=filename, content_type=content_type,
        size_bytes=stored.size, sha256=stored.sha256, storage_key=stored.key,
        document_type=document_type, uploaded_by_client_id=caller.client_id,
        uploaded_by_agency_id=caller.agency_id, created_at=utcnow())
    db.add(attachment)
    db.flush()
    return attachment


def _room_for_evidence(db: Session, referral_id: str, limits: EvidenceLimits) -> int:
    """Bytes this referral may still take; 422 when it already has the most attachments allowed."""
    count, total = db.execute(select(func.count(), func.coalesce(func.sum(ReferralAttachment.size_bytes), 0))
                              .where(ReferralAttachment.referral_id == referral_id)).one()
    if count >= limits.max_count:
        raise InvalidInput({"file": [f"A referral may have at most {limits.max_count} "
                                     "attachments; this one has them all."]})
    return max(0, limits.max_total_bytes - int(total))


def _too_large(limits: EvidenceLimits, room: int) -> str:
    """Why an upload was refused for its size: the per-file or the per-referral limit."""
    if room < limits.max_bytes:
        return (f"The attachments of a referral may have at most {limits.max_total_bytes} "
                f"bytes together; {room} bytes are left.")
    return f"An attachment may have at most {limits.max_bytes} bytes."


def list_attachments(db: Session, caller: Caller, referral_id: str) -> list[ReferralAttachment]:
    referral = get_referral(db, caller, referral_id)
    stmt = (select(ReferralAttachment).where(ReferralAttachment.referral_id == referral["id"])
            .order_by(ReferralAttachment.created_at, ReferralAttachment.id))
    return list(db.scalars(stmt))


def get_attachment(db: Session, caller: Caller, referral_id: str, attachment_id: str) -> ReferralAttachment:
    referral = get_referral(db, caller, referral_id)
    attachment = None
    if _UUID.match(attachment_id):
        attachment = db.scalar(select(ReferralAttachment).where(
            ReferralAttachment.id == attachment_id, ReferralAttachment.referral_id == referral["id"]))
    if attachment is None:
        raise NotFound("No such attachment.")
    return attachment


def read_bytes(store: Storage, attachment: ReferralAttachment) -> BinaryIO:
    try:
        return store.open(attachment.storage_key)
    except FileNotFoundError:
        log.error("attachment %s has no stored file %s", attachment.id, attachment.storage_key)
        raise ApiError("The attachment's file is missing from storage; it has been logged.",
                       status=500, slug="internal-error", title="Internal server error") from None
