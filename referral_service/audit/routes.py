"""The auditors' API: query, export and verify the access log."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, request

from ..auth.protect import protected
from ..db import database, session
from ..http import page_response, request_paging
from . import chain, service
from .checkpoints import Notary
from .schemas import (AuditEventSchema, AuditQuerySchema, CheckpointSchema, ConsistencyProofSchema,
                      ConsistencyQuerySchema, ExportQuerySchema, InclusionProofSchema, InclusionQuerySchema,
                      VerifierKeyListSchema)

bp = Blueprint("audit", __name__, url_prefix="/api/v1/audit-events")
event_schema = AuditEventSchema()
query_schema = AuditQuerySchema()
export_schema = ExportQuerySchema()
checkpoint_schema = CheckpointSchema()
keys_schema = VerifierKeyListSchema()
inclusion_query = InclusionQuerySchema()
consistency_query = ConsistencyQuerySchema()
inclusion_schema = InclusionProofSchema()
consistency_schema = ConsistencyProofSchema()


def notary() -> Notary:
    """This app's notary: hash, signing key, verifier keys and sinks."""
    return current_app.extensions["referral_notary"]


def _filters(schema) -> dict:
    args = {k: v for k, v in request.args.items() if k not in ("limit", "cursor")}
    return schema.load(args)


@bp.get("")
@protected("audit:read", "audit.search")
def list_events():
    page = service.list_events(session(), _filters(query_schema), *request_paging())
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
    return chain.verify(session().connection(), notary().hash).as_dict()


@bp.get("/checkpoint")
@protected("audit:read", "audit.checkpoint")
def checkpoint():
    """The newest signed checkpoint: the signed note as text, or JSON when asked for."""
    values = service.latest_checkpoint(session().connection(), notary())
    if request.accept_mimetypes.best_match(["text/plain", "application/json"]) == "application/json":
        return checkpoint_schema.dump(values)
    return Response(values["note"], mimetype="text/plain")


@bp.get("/keys")
@protected("audit:read", "audit.keys")
def keys():
    """Every verifier key of the log, old ones included."""
    return keys_schema.dump({"items": service.verifier_keys(notary())})


@bp.get("/proof/inclusion")
@protected("audit:read", "audit.proof")
def inclusion_proof():
    """RFC 9162 inclusion proof of entry `seq` in the tree of `tree_size`."""
    args = inclusion_query.load(request.args.to_dict())
    return inclusion_schema.dump(service.inclusion_proof(session().connection(), notary(), args["seq"],
                                                         args["tree_size"]))


@bp.get("/proof/consistency")
@protected("audit:read", "audit.proof")
def consistency_proof():
    """RFC 9162 consistency proof between two tree sizes."""
    args = consistency_query.load(request.args.to_dict())
    return consistency_schema.dump(service.consistency_proof(session().connection(), notary(), args["first"],
                                                             args["second"]))
