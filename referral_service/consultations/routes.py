"""/api/v1/consultations: thin views over consultations.service."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify, request, send_file, url_for

from .. import context, idempotency
from ..auth.protect import current_caller, protected
from ..db import session, utcnow
from ..errors import ApiError
from ..http import json_body, page_response, paging
from . import service
from .schemas import (ConsultationAction, ConsultationCreate, ConsultationOut, ListFilters, MessageInput,
                      MessageOut)

bp = Blueprint("consultations", __name__, url_prefix="/api/v1/consultations")
create_input, action_input, message_input = ConsultationCreate(), ConsultationAction(), MessageInput()
list_filters, message_out = ListFilters(), MessageOut()
MULTIPART_OVERHEAD = 64 * 1024


def _out(many: bool = False) -> ConsultationOut:
    """The Consultation output schema, with `overdue` judged today."""
    return ConsultationOut(today=service.china_today(utcnow()), many=many)


def _disclosed(consultation) -> list[str]:
    """The ids a consultation response shows: it and its link."""
    return [consultation.id] + ([consultation.link_id] if consultation.link_id else [])


def _single(consultation, status: int = 200) -> Response:
    """One consultation as a response, with its ETag, disclosed to the access log."""
    context.disclose(*_disclosed(consultation))
    response = jsonify(_out().dump(consultation))
    response.status_code = status
    response.headers["ETag"] = service.etag(consultation)
    return response


@bp.post("")
@protected("consultations:write", "consultations.create")
def open_consultation():
    """POST /consultations: open one (idempotent with Idempotency-Key)."""
    caller = current_caller()

    def create() -> Response:
        """The creating part, run once per Idempotency-Key."""
        data = create_input.load(json_body())
        consultation = service.open_consultation(session(), caller, data)
        response = _single(consultation, 201)
        response.headers["Location"] = url_for("consultations.get_consultation", consultation_id=consultation.id)
        return response

    return idempotency.once(session(), caller.client_id, create)


@bp.get("")
@protected("consultations:read", "consultations.list")
def list_consultations():
    """GET /consultations: a page of the caller's consultations."""
    filters = list_filters.load(request.args.to_dict())
    page = service.list_consultations(session(), current_caller(), filters, utcnow(), *paging(filters))
    context.disclose(*(ident for item in page.items for ident in _disclosed(item)))
    return page_response(_out(many=True).dump(page.items), page.next_cursor)


@bp.get("/<consultation_id>")
@protected("consultations:read", "consultations.read")
def get_consultation(consultation_id: str):
    """GET /consultations/{id}: one consultation."""
    return _single(service.get_consultation(session(), current_caller(), consultation_id))


@bp.post("/<consultation_id>/actions")
@protected("consultations:write", "consultations.action")
def act(consultation_id: str):
    """POST /consultations/{id}/actions: record the agreement, or close."""
    data = action_input.load(json_body())
    context.set_action(f"consultations.action.{data['action']}")
    return _single(service.act(session(), current_caller(), consultation_id, data,
                               request.headers.get("If-Match")))


def _message_parts() -> tuple[dict, list]:
    """The message's text and files: a JSON body, or multipart/form-data with `text` and `file` parts."""
    if request.mimetype == "multipart/form-data":
        return message_input.load(dict(request.form.items())), request.files.getlist("file")
    if request.mimetype == "application/json":
        return message_input.load(json_body()), []
    raise ApiError("Send the message as application/json, or multipart/form-data with files.", status=415,
                   slug="unsupported-media-type", title="Unsupported media type")


@bp.post("/<consultation_id>/messages")
@protected("consultations:write", "consultations.messages.create")
def post_message(consultation_id: str):
    """POST /consultations/{id}/messages: a message, with files when multipart."""
    max_bytes = current_app.config["SETTINGS"].attachment_max_bytes
    if request.mimetype == "multipart/form-data":
        request.max_content_length = max_bytes + MULTIPART_OVERHEAD
    data, uploads = _message_parts()
    message = service.post_message(session(), context.storage(), current_caller(), consultation_id, data["text"],
                                   uploads, max_bytes)
    context.disclose(consultation_id, message.id, *(a.id for a in message.attachments))
    response = jsonify(message_out.dump(message))
    response.status_code = 201
    return response


@bp.get("/<consultation_id>/messages")
@protected("consultations:read", "consultations.messages.list")
def list_messages(consultation_id: str):
    """GET /consultations/{id}/messages: every message."""
    items = service.messages(session(), current_caller(), consultation_id)
    context.disclose(consultation_id, *(m.id for m in items))
    return {"items": message_out.dump(items, many=True)}


@bp.get("/<consultation_id>/messages/<message_id>/attachments/<attachment_id>")
@protected("consultations:read", "consultations.attachments.download")
def download_attachment(consultation_id: str, message_id: str, attachment_id: str):
    """GET a file posted with a message."""
    attachment = service.get_attachment(session(), current_caller(), consultation_id, message_id, attachment_id)
    context.disclose(consultation_id, message_id, attachment.id)
    response = send_file(service.read_bytes(context.storage(), attachment.storage_key),
                         mimetype=attachment.content_type, as_attachment=True, download_name=attachment.filename,
                         etag=attachment.sha256, conditional=False)
    response.headers["X-Content-SHA256"] = attachment.sha256
    response.headers["Cache-Control"] = "private, no-store"
    return response
