"""/api/v1/referrals: thin views over referrals.service."""
from __future__ import annotations

import hashlib

from flask import Blueprint, Response, current_app, jsonify, request, send_file, url_for

from .. import context, idempotency
from ..auth.protect import current_caller, protected
from ..db import database, session, utcnow
from ..errors import ApiError, InvalidInput
from ..http import json_body, page_response, paging
from . import service
from .representation import referral_json
from .schemas import AttachmentForm, AttachmentOut, EventOut, ListFilters, ReferralAction, ReferralCreate, View

bp = Blueprint("referrals", __name__, url_prefix="/api/v1/referrals")
# Built once: a schema's construction costs more than the load it does.
create_input = ReferralCreate()
list_filters = ListFilters()
action_input = ReferralAction()
attachment_form = AttachmentForm()
event_out, attachment_out = EventOut(), AttachmentOut()
# Room for the multipart envelope around a file of the largest allowed size.
MULTIPART_OVERHEAD = 64 * 1024


def _periods() -> service.Periods:
    """The configured deadlines, in working days by step."""
    return current_app.config["SETTINGS"].deadline_working_days


def _dump_all(referrals: list[dict]) -> list[dict]:
    """The referrals as the caller sees them, now."""
    caller = current_caller()
    view = View(utcnow(), service.linked_record_ids(session(), referrals, caller),
                lambda referral: service.sees_identity_numbers(caller, referral))
    return [referral_json(referral, view) for referral in referrals]


def _single(referral: dict, status: int = 200) -> Response:
    context.disclose(referral["id"])
    response = jsonify(_dump_all([referral])[0])
    response.status_code = status
    response.headers["ETag"] = service.etag(referral)
    return response


@bp.post("")
@protected("referrals:submit", "referrals.create")
def create_referral():
    caller = current_caller()

    def create() -> Response:
        data = create_input.load(json_body())
        referral = service.create_referral(session(), caller, data, _periods(), database().autonomous)
        response = _single(referral, 201)
        response.headers["Location"] = url_for("referrals.get_referral", referral_id=referral["id"])
        return response

    return idempotency.once(session(), caller.client_id, create)


@bp.get("")
@protected("referrals:read", "referrals.list")
def list_referrals():
    filters = list_filters.load(request.args.to_dict())
    page = service.list_referrals(session(), current_caller(), filters, utcnow(), *paging(filters))
    context.disclose(*(referral["id"] for referral in page.items))
    return page_response(_dump_all(page.items), page.next_cursor)


@bp.get("/<referral_id>")
@protected("referrals:read", "referrals.read", reads_only=True)
def get_referral(referral_id: str):
    return _single(service.get_referral(session(), current_caller(), referral_id))


@bp.post("/<referral_id>/actions")
@protected(None, "referrals.action")
def act(referral_id: str):
    data = action_input.load(json_body())
    context.set_action(f"referrals.action.{data['action']}")
    return _single(service.act(session(), current_caller(), referral_id, data, request.headers.get("If-Match"),
                                   _periods()))


@bp.get("/<referral_id>/events")
@protected("referrals:read", "referrals.events")
def list_events(referral_id: str):
    items = service.events(session(), current_caller(), referral_id)
    context.disclose(referral_id)
    return page_response(event_out.dump(items, many=True), None)


@bp.post("/<referral_id>/attachments")
@protected(None, "referrals.attachments.create")
def add_attachment(referral_id: str):
    settings = current_app.config["SETTINGS"]
    # Only this route takes bodies beyond the global 1 MiB limit.
    request.max_content_length = settings.attachment_max_bytes + MULTIPART_OVERHEAD
    if request.mimetype != "multipart/form-data":
        raise ApiError("Send the file as multipart/form-data in the field 'file'.", status=415,
                       slug="unsupported-media-type", title="Unsupported media type")
    caller = current_caller()
    form = attachment_form.load({k: v for k, v in request.form.items()})
    upload = request.files.get("file")
    if upload is None:
        raise InvalidInput({"file": ["Attach the file in the multipart field 'file'."]})

    def create() -> Response:
        attachment = service.add_attachment(session(), context.storage(), caller, referral_id, upload,
                                            form["document_type"], service.EvidenceLimits.of(settings))
        context.disclose(referral_id, attachment.id)
        response = jsonify(attachment_out.dump(attachment))
        response.status_code = 201
        response.headers["Location"] = url_for("referrals.download_attachment", referral_id=referral_id,
                                               attachment_id=attachment.id)
        return response

    def fingerprint() -> str:
        # A retry may carry another multipart boundary; what counts is the file and the fields.
        digest = hashlib.sha256(f"{request.path}\n{upload.filename}\n{form['document_type']}\n".encode())
        while chunk := upload.stream.read(1024 * 1024):
            digest.update(chunk)
        upload.stream.seek(0)
        return digest.hexdigest()

    return idempotency.once(session(), caller.client_id, create, fingerprint_of=fingerprint)


@bp.get("/<referral_id>/attachments")
@protected("referrals:read", "referrals.attachments.list")
def list_attachments(referral_id: str):
    items = service.list_attachments(session(), current_caller(), referral_id)
    context.disclose(referral_id, *(attachment.id for attachment in items))
    return page_response(attachment_out.dump(items, many=True), None)


@bp.get("/<referral_id>/attachments/<attachment_id>")
@protected("referrals:read", "referrals.attachments.download")
def download_attachment(referral_id: str, attachment_id: str):
    attachment = service.get_attachment(session(), current_caller(), referral_id, attachment_id)
    context.disclose(referral_id, attachment.id)
    response = send_file(service.read_bytes(context.storage(), attachment), mimetype=attachment.content_type,
                         as_attachment=True, download_name=attachment.filename,
                         etag=attachment.sha256, conditional=False)
    response.headers["X-Content-SHA256"] = attachment.sha256
    response.headers["Cache-Control"] = "private, no-store"
    return response
