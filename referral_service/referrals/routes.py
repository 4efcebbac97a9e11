"""/api/v1/referrals: thin views over referrals.service."""
from __future__ import annotations

import hashlib

from flask import Blueprint, Response, current_app, jsonify, request, send_file, url_for

from .. import context, idempotency
from ..auth.protect import current_caller, protected
from ..db import session, utcnow
from ..errors import ApiError, InvalidInput
from ..http import json_body, page_response
from . import service
from .schemas import (AttachmentForm, ListFilters, ReferralAction, ReferralCreate, dump_attachment,
                      dump_event, dump_referral)

bp = Blueprint("referrals", __name__, url_prefix="/api/v1/referrals")
# Built once: a schema's construction costs more than the load it does.
create_input = ReferralCreate()
list_filters = ListFilters()
action_input = ReferralAction()
attachment_form = AttachmentForm()
# Room for the multipart envelope around a file of the largest allowed size.
MULTIPART_OVERHEAD = 64 * 1024


def _dump_all(referrals: list) -> list[dict]:
    caller, now = current_caller(), utcnow()
    links = service.linked_record_ids(session(), referrals, caller)
    return [dump_referral(referral, linked_record_ids=links.get(referral.id, []),
                          unmasked=service.sees_identity_numbers(caller, referral), now=now)
            for referral in referrals]


def _single(referral, status: int = 200) -> Response:
    context.disclose(referral.id)
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
        referral = service.create_referral(session(), caller, data)
        response = _single(referral, 201)
        response.headers["Location"] = url_for("referrals.get_referral", referral_id=referral.id)
        return response

    return idempotency.once(session(), caller.client_id, create)


@bp.get("")
@protected("referrals:read", "referrals.list")
def list_referrals():
    filters = list_filters.load(request.args.to_dict())
    page = service.list_referrals(session(), current_caller(), filters)
    context.disclose(*(referral.id for referral in page.items))
    return page_response(_dump_all(page.items), page.next_cursor)


@bp.get("/<referral_id>")
@protected("referrals:read", "referrals.read")
def get_referral(referral_id: str):
    return _single(service.read_referral(session(), current_caller(), referral_id))


@bp.post("/<referral_id>/actions")
@protected(None, "referrals.action")
def act(referral_id: str):
    data = action_input.load(json_body())
    context.set_action(f"referrals.action.{data['action']}")
    return _single(service.act(session(), current_caller(), referral_id, data))


@bp.get("/<referral_id>/events")
@protected("referrals:read", "referrals.events")
def list_events(referral_id: str):
    items = service.events(session(), current_caller(), referral_id)
    context.disclose(referral_id)
    return {"items": [dump_event(event) for event in items], "next_cursor": None}


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
                                            form["document_type"])
        context.disclose(referral_id, attachment.id)
        response = jsonify(dump_attachment(attachment))
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
    return {"items": [dump_attachment(attachment) for attachment in items], "next_cursor": None}


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
