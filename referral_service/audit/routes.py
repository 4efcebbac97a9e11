"""The auditors' API: query, export and verify the access log."""
from __future__ import annotations

from flask import Blueprint, Response, request

from ..auth.protect import protected
from ..db import database, session
from ..http import page_response
from . import chain, service
from .schemas import AuditEventSchema, AuditQuerySchema, ExportQuerySchema

bp = Blueprint("audit", __name__, url_prefix="/api/v1/audit-events")
event_schema = AuditEventSchema()
query_schema = AuditQuerySchema()
export_schema = ExportQuerySchema()


def _filters(schema) -> dict:
    args = {k: v for k, v in request.args.items() if k not in ("limit", "cursor")}
    return schema.load(args)


@bp.get("")
@protected("audit:read", "audit.search")
def list_events():
    page = service.list_events(session(), _filters(query_schema))
    return page_response(event_schema.dump(page.items, many=True), page.next_cursor)


@bp.get("/export")
@protected("audit:read", "audit.export")
def export():
    filters = _filters(export_schema)
    fmt = filters.pop("format")
    mimetype = "text/csv" if fmt == "csv" else "application/x-ndjson"
    lines = service.export_lines(database().engine, filters, fmt)
    response = Response(lines, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="audit-events.{"csv" if fmt == "csv" else "ndjson"}"'
    return response


@bp.get("/verify")
@protected("audit:read", "audit.verify")
def verify():
    return chain.verify(session().connection()).as_dict()
