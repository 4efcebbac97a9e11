"""Consultation use cases: opening one to another agency, messages, the pre-suit agreement, closing."""
from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Any, BinaryIO, Callable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .. import queries, uploads
from ..agencies.models import Agency, AgencyKind
from ..auth.protect import Caller
from ..auth.scopes import KIND_SCOPES
from ..calendar import CHINA_TIME
from ..db import utcnow
from ..errors import Conflict, Forbidden, InvalidInput, NotFound
from ..http import Page, check_if_match, etag_for, keyset_page
from ..recommendations import service as recommendations
from ..records import service as records
from ..referrals import service as referrals
from ..storage import Storage
from . import notices
from .models import Consultation, ConsultationAttachment, ConsultationMessage

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# What opening a link to each kind of object needs: the read scope, and the reader that 404s.
LINK_READERS: dict[str, tuple[str, Callable[[Session, Caller, str], Any]]] = {
    "referral": ("referrals:read", lambda db, caller, ident: referrals.get_referral(db, caller, ident)),
    "record": ("records:read", lambda db, caller, ident: records.get_record(db, caller, ident)),
    "recommendation": ("recommendations:read",
                       lambda db, caller, ident: recommendations.get_recommendation(db, caller, ident)),
}
MAX_FILES_PER_MESSAGE = 10


def etag(consultation: Consultation) -> str:
    """The consultation's ETag."""
    return etag_for("consultation", consultation.id, consultation.version)


def china_today(now: datetime) -> date:
    """The date in China Standard Time at `now`."""
    return now.astimezone(CHINA_TIME).date()


def visible(caller: Caller):
    """The one filter for consultations: the caller's agency opened it or was asked."""
    return or_(Consultation.opener_agency_id == caller.agency_id,
               Consultation.addressee_agency_id == caller.agency_id)


def _as_agency(agency: Agency) -> Caller:
    """The addressee seen as a caller holding every read scope its kind allows."""
    return Caller("", agency.id, agency.code, agency.kind, KIND_SCOPES[agency.kind])


def _readable(db: Session, caller: Caller, link: dict[str, str]) -> bool:
    """Whether `caller` may read the linked object (scope and visibility)."""
    scope, read = LINK_READERS[link["type"]]
    if scope not in caller.scopes:
        return False
    try:
        read(db, caller, link["id"])
    except NotFound:
        return False
    return True


def _addressee(db: Session, caller: Caller, code: str) -> Agency:
    """The agency asked, if it may be asked; else 422."""
    agency = db.scalar(select(Agency).where(Agency.code == code))
    problem = None
    if agency is None:
        problem = f"No agency with code {code}."
    elif agency.id == caller.agency_id:
        problem = "Ask another agency."
    elif agency.kind is AgencyKind.oversight:
        problem = "An oversight body takes no consultations."
    if problem:
        raise InvalidInput({"addressee_agency": [problem]})
    return agency


def _check_new(db: Session, caller: Caller, data: dict[str, Any], addressee: Agency, now: datetime) -> None:
    """422 for a pre-suit consultation not opened by the procuratorate, a past due date, or a link not both sides can read."""
    errors: dict[str, list[str]] = {}
    if data["kind"] == "pre_suit" and not caller.is_procuratorate:
        errors["kind"] = ["Pre-suit consultation (诉前磋商) is opened by the procuratorate."]
    if data.get("due_on") and data["due_on"] < china_today(now):
        errors["due_on"] = ["Cannot be in the past."]
    link = data.get("link")
    if link and not (_readable(db, caller, link) and _readable(db, _as_agency(addressee), link)):
        # One answer whether it does not exist or one side cannot read it: nothing is disclosed.
        errors["link"] = [f"Link only a {link['type']} that both agencies can read."]
    if errors:
        raise InvalidInput(errors)


def open_consultation(db: Session, caller: Caller, data: dict[str, Any]) -> Consultation:
    """A new open consultation from the caller's agency to another."""
    addressee = _addressee(db, caller, data["addressee_agency"])
    now = utcnow()
    _check_new(db, caller, data, addressee, now)
    link = data.get("link") or {}
    consultation = Consultation(
        id=str(uuid.uuid4()), kind=data["kind"], status="open", opener_agency_id=caller.agency_id,
        addressee_agency_id=addressee.id, subject=data["subject"], question=data["question"],
        link_type=link.get("type"), link_id=link.get("id"), due_on=data.get("due_on"), version=1,
        created_at=now, updated_at=now)
    db.add(consultation)
    notices.notify_move(db, "open", consultation, caller.agency_id, now)
    db.flush()
    return consultation


def get_consultation(db: Session, caller: Caller, consultation_id: str, *,
                     for_update: bool = False) -> Consultation:
    """The consultation if the caller's agency is one of its two sides; 404 otherwise."""
    if not _UUID.match(consultation_id):
        raise NotFound("No such consultation.")
    stmt = select(Consultation).where(Consultation.id == consultation_id, visible(caller))
    if for_update:
        stmt = stmt.with_for_update(of=Consultation)
    consultation = db.scalar(stmt)
    if consultation is None:
        raise NotFound("No such consultation.")
    return consultation


def list_consultations(db: Session, caller: Caller, filters: dict[str, Any], now: datetime,
                       limit: int, cursor: str | None) -> Page:
    """A page of the caller's consultations (opened or asked), newest first."""
    stmt = queries.filtered(select(Consultation).where(visible(caller)), filters, {
        "kind": lambda kind: Consultation.kind == kind,
        "status": lambda status: Consultation.status == status,
        "agency": lambda code: or_(Consultation.opener_agency_id == queries.agency_id(code),
                                   Consultation.addressee_agency_id == queries.agency_id(code)),
        "overdue": lambda wanted: _late(now) if wanted else ~_late(now),
    })
    return keyset_page(db, stmt, [Consultation.created_at, Consultation.id], [queries.aware, str],
                       limit=limit, cursor=cursor)


def _late(now: datetime):
    """An open consultation past its due date."""
    return (Consultation.status == "open") & Consultation.due_on.is_not(None) & \
        (Consultation.due_on < china_today(now))


# --- the one place a consultation changes ---------------------------------------------------------

def change(consultation: Consultation, now: datetime, **values: Any) -> None:
    """Every change of a consultation goes through here: its fields, version and time."""
    for name, value in values.items():
        setattr(consultation, name, value)
    consultation.version += 1
    consultation.updated_at = now


def _agreement(consultation: Consultation, data: dict[str, Any]) -> dict[str, Any]:
    """The minutes and agreed plan given, which only a pre-suit consultation takes."""
    values = {k: data[k] for k in ("minutes", "agreed_plan", "agreed_rectification_date") if k in data}
    if values and consultation.kind != "pre_suit":
        raise InvalidInput({name: ["Only a pre-suit consultation (诉前磋商) records minutes and an agreed plan."]
                            for name in values})
    return values


def act(db: Session, caller: Caller, consultation_id: str, data: dict[str, Any],
        if_match: str | None) -> Consultation:
    """Record the pre-suit agreement, or close the consultation (its opener); else refuse unchanged."""
    consultation = get_consultation(db, caller, consultation_id, for_update=True)
    check_if_match(etag(consultation), if_match, "consultation")
    if caller.agency_id != consultation.opener_agency_id:
        raise Forbidden("Only the agency that opened the consultation may do this.", slug="not-your-move",
                        title="Not your move")
    if consultation.status == "closed":
        raise Conflict("The consultation is closed.", slug="illegal-transition", title="Move not allowed")
    values = _agreement(consultation, data)
    if not values and data["action"] == "record_agreement":
        raise InvalidInput({"minutes": ["Give the minutes, or the agreed plan and its date."]})
    now = utcnow()
    if data["action"] == "close":
        if consultation.kind == "pre_suit" and not (values.get("minutes") or consultation.minutes):
            raise InvalidInput({"minutes": ["A pre-suit consultation is closed with its minutes."]})
        values.update(status="closed", closed_at=now)
    change(consultation, now, **values)
    notices.notify_move(db, data["action"], consultation, caller.agency_id, now)
    db.flush()
    return consultation


# --- messages -----------------------------------------------------------------------------------

def _store(db: Session, store: Storage, upload: Any, max_bytes: int, message_id: str) -> ConsultationAttachment:
    """Store one uploaded file of a message; 422/413 for a wrong or too large file."""
    filename, content_type = uploads.checked(upload)
    stored = uploads.store(db, store, upload, max_bytes, f"An attachment may have at most {max_bytes} bytes.")
    return ConsultationAttachment(id=str(uuid.uuid4()), message_id=message_id, filename=filename,
                                  content_type=content_type, size_bytes=stored.size, sha256=stored.sha256,
                                  storage_key=stored.key, created_at=utcnow())


def post_message(db: Session, store: Storage, caller: Caller, consultation_id: str, text: str,
                 uploads: list[Any], max_bytes: int) -> ConsultationMessage:
    """A message from either side; the addressee's first one marks the consultation answered."""
    consultation = get_consultation(db, caller, consultation_id, for_update=True)
    if "consultations:write" not in caller.scopes:
        raise Forbidden("Posting a message needs the scope 'consultations:write'.")
    if consultation.status == "closed":
        raise Conflict("The consultation is closed.", slug="consultation-closed", title="Consultation closed")
    if len(uploads) > MAX_FILES_PER_MESSAGE:
        raise InvalidInput({"file": [f"At most {MAX_FILES_PER_MESSAGE} files per message."]})
    now = utcnow()
    message = ConsultationMessage(id=str(uuid.uuid4()), consultation_id=consultation.id,
                                  author_agency_id=caller.agency_id, author_client_id=caller.client_id,
                                  text=text, created_at=now)
    message.attachments = [_store(db, store, upload, max_bytes, message.id) for upload in uploads]
    db.add(message)
    answered = consultation.status == "open" and caller.agency_id == consultation.addressee_agency_id
    change(consultation, now, **({"status": "answered", "answered_at": now} if answered else {}))
    notices.notify_move(db, "post_message", consultation, caller.agency_id, now)
    if answered:
        notices.notify_move(db, "answer", consultation, caller.agency_id, now)
    db.flush()
    return message


def messages(db: Session, caller: Caller, consultation_id: str) -> list[ConsultationMessage]:
    """The consultation's messages, oldest first."""
    consultation = get_consultation(db, caller, consultation_id)
    stmt = (select(ConsultationMessage).where(ConsultationMessage.consultation_id == consultation.id)
            .order_by(ConsultationMessage.created_at, ConsultationMessage.id))
    return list(db.scalars(stmt))


def get_attachment(db: Session, caller: Caller, consultation_id: str, message_id: str,
                   attachment_id: str) -> ConsultationAttachment:
    """One file of a message in a consultation the caller can see; 404 otherwise."""
    consultation = get_consultation(db, caller, consultation_id)
    attachment = None
    if _UUID.match(message_id) and _UUID.match(attachment_id):
        attachment = db.scalar(
            select(ConsultationAttachment).join(ConsultationMessage)
            .where(ConsultationAttachment.id == attachment_id, ConsultationMessage.id == message_id,
                   ConsultationMessage.consultation_id == consultation.id))
    if attachment is None:
        raise NotFound("No such attachment.")
    return attachment


def read_bytes(store: Storage, storage_key: str) -> BinaryIO:
    """A stored file's bytes."""
    return recommendations.read_bytes(store, storage_key)
