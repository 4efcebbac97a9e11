"""Recommendation use cases: issuing, who sees what, the lifecycle moves, deadlines, the ledger."""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, BinaryIO, Callable

from sqlalchemy import and_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .. import queries, uploads
from ..agencies.models import Agency, AgencyKind
from ..auth.protect import Caller
from ..db import utcnow
from ..errors import ApiError, Conflict, Forbidden, InvalidInput, NotFound
from ..http import Page, check_if_match, etag_for, keyset_page
from ..records.search import normalise
from ..storage import Storage
from . import deadlines, notices, workflow
from .models import Hazard, Recommendation, RecommendationAttachment, RecommendationEvent
from .workflow import AWAITING_REPLY, Kind, Move, Role, Status

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Agency kinds that reply to recommendations (they hold recommendations:reply).
RECIPIENT_KINDS = (AgencyKind.administrative, AgencyKind.public_security)


@dataclass(frozen=True)
class Periods:
    """The configured periods (Settings.recommendation_*)."""

    objection_days: int
    reply_months: int
    urgent_reply_days: int
    due_soon_days: int

    @classmethod
    def of(cls, settings: Any) -> "Periods":
        """The periods from Settings."""
        return cls(settings.recommendation_objection_days, settings.recommendation_reply_months,
                   settings.recommendation_urgent_reply_days, settings.recommendation_due_soon_days)


def etag(recommendation: Recommendation) -> str:
    """The recommendation's ETag."""
    return etag_for("recommendation", recommendation.id, recommendation.version)


def roles_of(caller: Caller, recommendation: Recommendation) -> set[Role]:
    """The parts the caller's agency plays in this recommendation."""
    roles = set()
    if caller.agency_id == recommendation.issuer_agency_id:
        roles.add(Role.issuer)
    if caller.agency_id == recommendation.recipient_agency_id:
        roles.add(Role.recipient)
    return roles


def visible(caller: Caller):
    """The one filter for recommendations: those the caller's agency issued, or was served."""
    return or_(Recommendation.issuer_agency_id == caller.agency_id,
               and_(Recommendation.recipient_agency_id == caller.agency_id,
                    Recommendation.served_on.is_not(None)))


def _search_text(data: dict[str, Any]) -> str:
    """The normalised text keyword search matches."""
    parts = [data["document_number"], data["title"], data["facts"], data["requested_measures"]]
    for hazard in data["hazards"]:
        parts += [hazard["description"], hazard.get("location") or ""]
    return "\u001f".join(normalise(part) for part in parts)


# --- the one place a state changes ----------------------------------------------------------------

def transition(db: Session, recommendation: Recommendation, caller: Caller, move: Move,
               to_state: Status, now: datetime, reason: str | None = None,
               details: dict[str, Any] | None = None) -> None:
    """Every change of state goes through here: the status, version, pending deadline, event and notice."""
    from_status = None if move is workflow.ISSUE else recommendation.status
    recommendation.status = to_state
    recommendation.updated_at = now
    if to_state not in AWAITING_REPLY:
        recommendation.due_at = None
    if move is not workflow.ISSUE:
        recommendation.version += 1
    db.add(RecommendationEvent(
        recommendation_id=recommendation.id, action=move.action,
        from_status=from_status.value if from_status else None, to_status=to_state.value,
        actor_client_id=caller.client_id, actor_agency_id=caller.agency_id, reason=reason,
        details=details or {}, occurred_at=now))
    notices.notify_move(db, recommendation, to_state, caller.agency_id, now)


# --- issue --------------------------------------------------------------------------------------

def _recipient(db: Session, code: str) -> Agency:
    """The agency named as recipient, if it is one that replies to recommendations; else 422."""
    agency = db.scalar(select(Agency).where(Agency.code == code))
    if agency is None:
        raise InvalidInput({"recipient_agency": [f"No agency with code {code}."]})
    if agency.kind not in RECIPIENT_KINDS:
        raise InvalidInput({"recipient_agency": ["Recommendations go to administrative agencies or "
                                                 "public security."]})
    return agency


def create_recommendation(db: Session, caller: Caller, data: dict[str, Any]) -> Recommendation:
    """A drafted recommendation of the caller's procuratorate to one agency, with its hazards."""
    recipient = _recipient(db, data["recipient_agency"])
    taken = db.scalar(select(Recommendation.id).where(
        Recommendation.issuer_agency_id == caller.agency_id,
        Recommendation.document_number == data["document_number"]))
    if taken:
        raise Conflict("This procuratorate already has a recommendation with this document number.",
                       slug="duplicate-document-number", title="Duplicate document number")
    now = utcnow()
    recommendation = Recommendation(
        id=str(uuid.uuid4()), document_number=data["document_number"],
        issuer_agency_id=caller.agency_id, recipient_agency_id=recipient.id,
        kind=Kind(data["kind"]), status=Status.drafted, title=data["title"], facts=data["facts"],
        legal_basis=data["legal_basis"], requested_measures=data["requested_measures"],
        harm_spreading=data["harm_spreading"], copies_to=data["copies_to"],
        search_text=_search_text(data), version=1, created_at=now, updated_at=now,
        hazards=[Hazard(id=str(uuid.uuid4()), position=i, **hazard)
                 for i, hazard in enumerate(data["hazards"])])
    db.add(recommendation)
    transition(db, recommendation, caller, workflow.ISSUE, Status.drafted, now)
    try:
        with db.begin_nested():
            db.flush()
    except IntegrityError:
        raise Conflict("This procuratorate already has a recommendation with this document number.",
                       slug="duplicate-document-number", title="Duplicate document number") from None
    return recommendation


# --- read ---------------------------------------------------------------------------------------

def get_recommendation(db: Session, caller: Caller, recommendation_id: str, *,
                       for_update: bool = False) -> Recommendation:
    """The recommendation if the caller's agency issued it or was served it; 404 otherwise."""
    if not _UUID.match(recommendation_id):
        raise NotFound("No such recommendation.")
    stmt = select(Recommendation).where(Recommendation.id == recommendation_id, visible(caller))
    if for_update:
        stmt = stmt.with_for_update(of=Recommendation)
    recommendation = db.scalar(stmt)
    if recommendation is None:
        raise NotFound("No such recommendation.")
    return recommendation


def _flag_filter(name: str, wanted: bool, now: datetime, soon: datetime):
    """The SQL condition for the overdue or due_soon filter."""
    due = Recommendation.due_at
    condition = and_(due.is_not(None), due < now) if name == "overdue" else \
        and_(due.is_not(None), due >= now, due < soon)
    return condition if wanted else ~condition | due.is_(None)


def filtered(caller: Caller, filters: dict[str, Any], periods: Periods, now: datetime):
    """The SELECT of the recommendations the caller sees, with the ledger's filters applied."""
    soon = now + timedelta(days=periods.due_soon_days)
    return queries.filtered(select(Recommendation).where(visible(caller)), filters, {
        "kind": lambda kind: Recommendation.kind == kind,
        "status": lambda status: Recommendation.status == status,
        "agency": lambda code: Recommendation.recipient_agency_id == queries.agency_id(code),
        "hazard_category": lambda category: Recommendation.id.in_(
            select(Hazard.recommendation_id).where(Hazard.category == category)),
        "overdue": lambda wanted: _flag_filter("overdue", wanted, now, soon),
        "due_soon": lambda wanted: _flag_filter("due_soon", wanted, now, soon),
        "q": lambda q: Recommendation.search_text.like(queries.contains(normalise(q).strip()), escape="\\"),
    })


def list_recommendations(db: Session, caller: Caller, filters: dict[str, Any], periods: Periods,
                         now: datetime, limit: int, cursor: str | None) -> Page:
    """A page of the ledger, newest first."""
    stmt = filtered(caller, filters, periods, now)
    return keyset_page(db, stmt, [Recommendation.created_at, Recommendation.id], [queries.aware, str],
                       limit=limit, cursor=cursor)


def export_rows(db: Session, caller: Caller, filters: dict[str, Any], periods: Periods,
                now: datetime) -> list[Recommendation]:
    """Every recommendation of the ledger matching the filters, newest first, for an export."""
    stmt = filtered(caller, filters, periods, now)
    return list(db.scalars(stmt.order_by(Recommendation.created_at.desc(), Recommendation.id.desc())))


def events(db: Session, caller: Caller, recommendation_id: str) -> list[RecommendationEvent]:
    """The recommendation's events, oldest first."""
    recommendation = get_recommendation(db, caller, recommendation_id)
    stmt = (select(RecommendationEvent).where(RecommendationEvent.recommendation_id == recommendation.id)
            .order_by(RecommendationEvent.id))
    return list(db.scalars(stmt))


# --- actions ------------------------------------------------------------------------------------

def _not_after_today(name: str, day, now: datetime) -> None:
    """422 for a date later than today in China."""
    if day > deadlines.china_today(now):
        raise InvalidInput({name: ["Cannot be later than today (China Standard Time)."]})


def _serve(rec: Recommendation, data: dict, periods: Periods, now: datetime) -> dict:
    """Service: the date and method, and the objection and reply periods from it."""
    _not_after_today("served_on", data["served_on"], now)
    rec.served_on, rec.service_method = data["served_on"], data["service_method"]
    rec.objection_due_on = deadlines.objection_due(rec.served_on, periods.objection_days)
    rec.reply_due_on = deadlines.reply_due(rec.served_on, periods.reply_months,
                                           periods.urgent_reply_days, rec.harm_spreading)
    rec.reply_due_at = rec.due_at = deadlines.end_of(rec.reply_due_on)
    return {"served_on": rec.served_on.isoformat(), "service_method": rec.service_method,
            "reply_due_on": rec.reply_due_on.isoformat()}


def _object(rec: Recommendation, data: dict, periods: Periods, now: datetime) -> dict:
    """An objection, within the objection period."""
    if deadlines.china_today(now) > rec.objection_due_on:
        raise Conflict(f"The objection period ended on {rec.objection_due_on.isoformat()}.",
                       slug="objection-period-over", title="Objection period over")
    rec.objection = data["reason"].strip()
    return {}


def _review(rec: Recommendation, data: dict, periods: Periods, now: datetime) -> dict:
    """The review of an objection."""
    rec.review_outcome, rec.review_reason = data["review_outcome"], data["reason"].strip()
    if data["review_outcome"] == "amended" and data.get("requested_measures"):
        rec.requested_measures = data["requested_measures"]
    if data["review_outcome"] == "withdrawn":
        rec.withdrawal_reason = rec.review_reason
    return {"review_outcome": rec.review_outcome}


def _per_hazard(rec: Recommendation, results: list[dict] | None) -> dict[str, dict]:
    """The results keyed by hazard id: every hazard exactly once, else 422."""
    results = results or []
    by_id = {result["id"]: result for result in results}
    known = {hazard.id for hazard in rec.hazards}
    if len(by_id) != len(results) or set(by_id) != known:
        raise InvalidInput({"hazards": ["Give one entry for every hazard of the recommendation, "
                                        "by its id, and no other."]})
    return by_id


def _reply(rec: Recommendation, data: dict, periods: Periods, now: datetime) -> dict:
    """The reply: measures taken and each hazard's status."""
    results = _per_hazard(rec, data.get("hazards"))
    for hazard in rec.hazards:
        hazard.reply_status = results[hazard.id]["status"]
        hazard.reply_note = results[hazard.id].get("note")
    rec.reply_measures, rec.replied_at = data["measures"].strip(), now
    return {"on_time": rec.reply_due_at is None or now <= rec.reply_due_at}


def _follow_up(rec: Recommendation, data: dict, periods: Periods, now: datetime) -> dict:
    """The follow-up (回头看): each hazard's finding on site."""
    _not_after_today("followed_up_on", data["followed_up_on"], now)
    results = _per_hazard(rec, data.get("hazards"))
    for hazard in rec.hazards:
        hazard.finding = results[hazard.id]["status"]
        hazard.finding_note = results[hazard.id].get("note")
    rec.followed_up_on = data["followed_up_on"]
    return {"followed_up_on": rec.followed_up_on.isoformat()}


def _close(rec: Recommendation, data: dict, periods: Periods, now: datetime) -> dict:
    """Closing: how far it was adopted."""
    rec.adoption = data["adoption"]
    return {"adoption": rec.adoption}


def _escalate(rec: Recommendation, data: dict, periods: Periods, now: datetime) -> dict:
    """Escalation to bodies the recommendation was copied to."""
    copied = {copy["body"] for copy in rec.copies_to}
    if not set(data["escalated_to"]) <= copied:
        raise InvalidInput({"escalated_to": ["Escalate only to bodies the recommendation was copied to: "
                                             + (", ".join(sorted(copied)) or "none") + "."]})
    rec.escalated_to = sorted(set(data["escalated_to"]))
    return {"escalated_to": rec.escalated_to}


def _withdraw(rec: Recommendation, data: dict, periods: Periods, now: datetime) -> dict:
    """Withdrawal with a reason."""
    rec.withdrawal_reason = data["reason"].strip()
    return {}


APPLY: dict[str, Callable[[Recommendation, dict, Periods, datetime], dict]] = {
    "serve": _serve, "object": _object, "review": _review, "reply": _reply,
    "follow_up": _follow_up, "close": _close, "escalate": _escalate, "withdraw": _withdraw,
}


def act(db: Session, caller: Caller, recommendation_id: str, data: dict[str, Any], periods: Periods,
        if_match: str | None) -> Recommendation:
    """Apply one lifecycle move, or refuse it having changed nothing."""
    recommendation = get_recommendation(db, caller, recommendation_id, for_update=True)
    check_if_match(etag(recommendation), if_match, "recommendation")
    action = data["action"]
    try:
        move = workflow.guard(action, recommendation.status, roles_of(caller, recommendation),
                              caller.scopes, data)
    except workflow.Refused as refused:
        raise refused.problem(action) from None
    now = utcnow()
    details = APPLY[action](recommendation, data, periods, now)
    reason = (data.get("reason") or "").strip() or None
    transition(db, recommendation, caller, move, move.target(data), now, reason, details)
    db.flush()
    return recommendation


# --- attachments --------------------------------------------------------------------------------

def add_attachment(db: Session, store: Storage, caller: Caller, recommendation_id: str, upload: Any,
                   document_type: str, max_bytes: int) -> RecommendationAttachment:
    """Store a file with the recommendation: the issuer's documents or the recipient's evidence."""
    recommendation = get_recommendation(db, caller, recommendation_id)
    roles = roles_of(caller, recommendation)
    if not any(workflow.ROLE_SCOPES[role] in caller.scopes for role in roles):
        needed = " or ".join(sorted(workflow.ROLE_SCOPES[role] for role in roles))
        raise Forbidden(f"Adding files to this recommendation needs {needed}.")
    if recommendation.status in workflow.FINAL:
        raise Conflict(f"A {recommendation.status.value} recommendation takes no more files.",
                       slug="recommendation-closed", title="Recommendation closed")
    filename, content_type = uploads.checked(upload)
    stored = uploads.store(db, store, upload, max_bytes, f"An attachment may have at most {max_bytes} bytes.")
    attachment = RecommendationAttachment(
        id=str(uuid.uuid4()), recommendation_id=recommendation.id, filename=filename,
        content_type=content_type, size_bytes=stored.size, sha256=stored.sha256,
        storage_key=stored.key, document_type=document_type, uploaded_by_client_id=caller.client_id,
        uploaded_by_agency_id=caller.agency_id, created_at=utcnow())
    db.add(attachment)
    db.flush()
    return attachment


def list_attachments(db: Session, caller: Caller, recommendation_id: str) -> list[RecommendationAttachment]:
    """The recommendation's files, oldest first."""
    recommendation = get_recommendation(db, caller, recommendation_id)
    stmt = (select(RecommendationAttachment)
            .where(RecommendationAttachment.recommendation_id == recommendation.id)
            .order_by(RecommendationAttachment.created_at, RecommendationAttachment.id))
    return list(db.scalars(stmt))


def get_attachment(db: Session, caller: Caller, recommendation_id: str,
                   attachment_id: str) -> RecommendationAttachment:
    """One file of a recommendation the caller can read; 404 otherwise."""
    recommendation = get_recommendation(db, caller, recommendation_id)
    attachment = None
    if _UUID.match(attachment_id):
        attachment = db.scalar(select(RecommendationAttachment).where(
            RecommendationAttachment.id == attachment_id,
            RecommendationAttachment.recommendation_id == recommendation.id))
    if attachment is None:
        raise NotFound("No such attachment.")
    return attachment


def read_bytes(store: Storage, storage_key: str) -> BinaryIO:
    """A stored file's bytes; 500 (logged) if storage lost them."""
    try:
        return store.open(storage_key)
    except FileNotFoundError:
        raise ApiError("The attachment's file is missing from storage; it has been logged.",
                       status=500, slug="internal-error", title="Internal server error") from None
