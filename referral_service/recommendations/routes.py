"""/api/v1/recommendations: thin views over recommendations.service and ledger."""
from __future__ import annotations

import hashlib
from datetime import timedelta

from flask import Blueprint, Response, current_app, jsonify, request, send_file, url_for

from .. import context, idempotency
from ..auth.protect import current_caller, protected
from ..db import session, utcnow
from ..errors import ApiError, InvalidInput
from ..http import json_body, page_response, paging
from . import ledger, service
from .schemas import (AttachmentForm, AttachmentOut, EventOut, ExportFilters, ListFilters,
                      RecommendationAction, RecommendationCreate, RecommendationOut,
                      RecommendationStats, StatsQuery)

bp = Blueprint("recommendations", __name__, url_prefix="/api/v1/recommendations")
create_input, action_input = RecommendationCreate(), RecommendationAction()
list_filters, export_filters, stats_query = ListFilters(), ExportFilters(), StatsQuery()
attachment_form = AttachmentForm()
event_out, attachment_out, stats_out = EventOut(), AttachmentOut(), RecommendationStats()
MULTIPART_OVERHEAD = 64 * 1024


def _periods() -> service.Periods:
    """The configured recommendation periods."""
    return service.Periods.of(current_app.config["SETTINGS"])


def _out(many: bool = False) -> RecommendationOut:
    """The Recommendation output schema, with flags computed now."""
    now = utcnow()
    return RecommendationOut(now=now, soon=now + timedelta(days=_periods().due_soon_days), many=many)


def _single(recommendation, status: int = 200) -> Response:
    """One recommendation as a response, with its ETag, disclosed to the access log."""
    context.disclose(recommendation.id)
    response = jsonify(_out().dump(recommendation))
    response.status_code = status
    response.headers["ETag"] = service.etag(recommendation)
    return response


@bp.post("")
@protected("recommendations:issue", "recommendations.create")
def create_recommendation():
    """POST /recommendations: draft one (idempotent with Idempotency-Key)."""
    caller = current_caller()

    def create() -> Response:
        """The creating part, run once per Idempotency-Key."""
        data = create_input.load(json_body())
        recommendation = service.create_recommendation(session(), caller, data)
        response = _single(recommendation, 201)
        response.headers["Location"] = url_for("recommendations.get_recommendation",
                                               recommendation_id=recommendation.id)
        return response

    return idempotency.once(session(), caller.client_id, create)


@bp.get("")
@protected("recommendations:read", "recommendations.list")
def list_recommendations():
    """GET /recommendations: a page of the ledger."""
    filters = list_filters.load(request.args.to_dict())
    page = service.list_recommendations(session(), current_caller(), filters, _periods(), utcnow(),
                                        *paging(filters))
    context.disclose(*(item.id for item in page.items))
    return page_response(_out(many=True).dump(page.items), page.next_cursor)


@bp.get("/export")
@protected("recommendations:read", "recommendations.export")
def export_recommendations():
    """GET /recommendations/export: the ledger as CSV or XLSX, one row per hazard."""
    filters = export_filters.load(request.args.to_dict())
    now = utcnow()
    items = service.export_rows(session(), current_caller(), filters, _periods(), now)
    context.disclose(*(item.id for item in items))
    if filters["format"] == "xlsx":
        body, mimetype, name = ledger.to_xlsx(items, now), ledger.XLSX_TYPE, "recommendations.xlsx"
    else:
        body, mimetype, name = ledger.to_csv(items, now), "text/csv", "recommendations.csv"
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.get("/stats")
@protected("recommendations:issue", "recommendations.stats")
def recommendation_stats():
    """GET /recommendations/stats: the joint-meeting counts."""
    query = stats_query.load(request.args.to_dict())
    return stats_out.dump(ledger.stats(session(), current_caller(), query.get("year")))


@bp.get("/<recommendation_id>")
@protected("recommendations:read", "recommendations.read")
def get_recommendation(recommendation_id: str):
    """GET /recommendations/{id}: one recommendation."""
    return _single(service.get_recommendation(session(), current_caller(), recommendation_id))


@bp.post("/<recommendation_id>/actions")
@protected(None, "recommendations.action")
def act(recommendation_id: str):
    """POST /recommendations/{id}/actions: one lifecycle move."""
    data = action_input.load(json_body())
    context.set_action(f"recommendations.action.{data['action']}")
    return _single(service.act(session(), current_caller(), recommendation_id, data, _periods(),
                               request.headers.get("If-Match")))


@bp.get("/<recommendation_id>/events")
@protected("recommendations:read", "recommendations.events")
def list_events(recommendation_id: str):
    """GET /recommendations/{id}/events: its history."""
    items = service.events(session(), current_caller(), recommendation_id)
    context.disclose(recommendation_id)
    return {"items": event_out.dump(items, many=True)}


@bp.post("/<recommendation_id>/attachments")
@protected(None, "recommendations.attachments.create")
def add_attachment(recommendation_id: str):
    """POST /recommendations/{id}/attachments: store a file."""
    max_bytes = current_app.config["SETTINGS"].attachment_max_bytes
    request.max_content_length = max_bytes + MULTIPART_OVERHEAD
    if request.mimetype != "multipart/form-data":
        raise ApiError("Send the file as multipart/form-data in the field 'file'.", status=415,
                       slug="unsupported-media-type", title="Unsupported media type")
    caller = current_caller()
    form = attachment_form.load(dict(request.form.items()))
    upload = request.files.get("file")
    if upload is None:
        raise InvalidInput({"file": ["Attach the file in the multipart field 'file'."]})

    def create() -> Response:
        """The creating part, run once per Idempotency-Key."""
        attachment = service.add_attachment(session(), context.storage(), caller, recommendation_id, upload,
                                            form["document_type"], max_bytes)
        context.disclose(recommendation_id, attachment.id)
        response = jsonify(attachment_out.dump(attachment))
        response.status_code = 201
        response.headers["Location"] = url_for("recommendations.download_attachment",
                                               recommendation_id=recommendation_id,
                                               attachment_id=attachment.id)
        return response

    def fingerprint() -> str:
        """What makes two uploads the same: path, file name, document type and bytes."""
        digest = hashlib.sha256(f"{request.path}\n{upload.filename}\n{form['document_type']}\n".encode())
        while chunk := upload.stream.read(1024 * 1024):
            digest.update(chunk)
        upload.stream.seek(0)
        return digest.hexdigest()

    return idempotency.once(session(), caller.client_id, create, fingerprint_of=fingerprint)


@bp.get("/<recommendation_id>/attachments")
@protected("recommendations:read", "recommendations.attachments.list")
def list_attachments(recommendation_id: str):
    """GET /recommendations/{id}/attachments: its files."""
    items = service.list_attachments(session(), current_caller(), recommendation_id)
    context.disclose(recommendation_id, *(attachment.id for attachment in items))
    return {"items": attachment_out.dump(items, many=True)}


@bp.get("/<recommendation_id>/attachments/<attachment_id>")
@protected("recommendations:read", "recommendations.attachments.download")
def download_attachment(recommendation_id: str, attachment_id: str):
    """GET /recommendations/{id}/attachments/{attachment_id}: a file's bytes."""
    attachment = service.get_attachment(session(), current_caller(), recommendation_id, attachment_id)
    context.disclose(recommendation_id, attachment.id)
    response = send_file(service.read_bytes(context.storage(), attachment.storage_key),
                         mimetype=attachment.content_type, as_attachment=True,
                         download_name=attachment.filename, etag=attachment.sha256, conditional=False)
    response.headers["X-Content-SHA256"] = attachment.sha256
    response.headers["Cache-Control"] = "private, no-store"
    return response
