"""Enforcement records' routes: publish, batch, read, versions, search and export."""
import json
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, request, stream_with_context, url_for

from .. import context, idempotency
from ..auth.protect import current_caller, protected
from ..db import database, session
from ..http import (etag_for, if_match_header, json_body, json_page_response, page_response, paging,
                    request_paging)
from . import service
from .schemas import (BatchResultSchema, RecordBatchInputSchema, RecordInputSchema, RecordQuerySchema, RecordSchema,
                      RecordVersionSchema, plain_query)

bp = Blueprint("records", __name__, url_prefix="/api/v1/records")
record_input = RecordInputSchema()
batch_input = RecordBatchInputSchema()
query_schema = RecordQuerySchema()
batch_result = BatchResultSchema()
version_schema = RecordVersionSchema()


def _thresholds() -> service.Thresholds:
    """The configured criminal thresholds of the early warnings."""
    return service.Thresholds.of(current_app.config["SETTINGS"])


def _record_response(record, status: int = 200) -> Response:
    ids = service.referral_ids(session(), [record], current_caller())
    response = current_app.json.response(RecordSchema(referral_ids=ids).dump(record))
    response.status_code = status
    response.headers["ETag"] = etag_for("record", record.id, record.version)
    context.disclose(record.id)
    return response


@bp.post("")
@protected("records:share", "records.publish")
def publish_record():
    caller = current_caller()

    def create() -> Response:
        item = record_input.load(json_body())
        record, outcome = service.publish_one(session(), caller, item, if_match_header(), _thresholds())
        response = _record_response(record, 201 if outcome == "created" else 200)
        if outcome == "created":
            response.headers["Location"] = url_for("records.get_record", record_id=record.id)
        return response

    return idempotency.once(session(), caller.client_id, create)


@bp.post("/batch")
@protected("records:share", "records.publish_batch")
def publish_batch():
    request.max_content_length = current_app.config["SETTINGS"].records_batch_max_body_bytes
    caller = current_caller()

    def create() -> Response:
        items = batch_input.load(json_body())["records"]
        results = service.publish(session(), caller, items, _thresholds())
        context.disclose(*(result.id for result in results))
        return current_app.json.response(batch_result.dump(results))

    return idempotency.once(session(), caller.client_id, create)


@bp.get("")
@protected("records:read", "records.list")
def list_records():
    filters = plain_query(request.args)
    if filters is None:
        filters = query_schema.load(request.args)
    if filters.get("q"):
        context.set_action("records.search")  # auditors look for keyword searches separately
    db = session()
    found = service.search_page(db, current_caller(), filters, *paging(filters))
    if found is not None:  # PostgreSQL built each item's JSON
        context.disclose(*(row["id"] for row in found.items))
        return json_page_response([row["item"] for row in found.items], found.next_cursor)
    page = service.list_records(db, current_caller(), filters, *paging(filters))
    context.disclose(*(record.id for record in page.items))
    schema = RecordSchema(referral_ids=service.referral_ids(db, page.items, current_caller()))
    return page_response(schema.dump(page.items, many=True), page.next_cursor)


@bp.get("/export")
@protected("records:read", "records.export")
def export_records():
    filters = query_schema.load(request.args)
    caller = current_caller()
    service.filtered(session(), caller, filters)  # refuses a bad filter before the stream starts
    # The ids are known only while streaming, after the access-log entry was written with the
    # response headers; the entry names the filter instead, which with its time identifies them.
    context.disclose("records/export?" + urlencode(sorted(request.args.items(multi=True))))

    def lines():
        db = database().read_session()  # the request's session is closed before the body streams
        try:
            for chunk in service.export(db, caller, filters):
                schema = RecordSchema(referral_ids=service.referral_ids(db, chunk, caller))
                yield "".join(json.dumps(schema.dump(record), ensure_ascii=False) + "\n"
                              for record in chunk)
        finally:
            db.rollback()
            db.close()

    return Response(stream_with_context(lines()), mimetype="application/x-ndjson")


@bp.get("/<id:record_id>")
@protected("records:read", "records.read")
def get_record(record_id: str):
    return _record_response(service.get_record(session(), current_caller(), record_id))


@bp.get("/<record_id>/versions")
@protected("records:read", "records.versions")
def record_versions(record_id: str):
    record, page = service.versions(session(), current_caller(), record_id,
                                    *request_paging())
    context.disclose(record.id)
    return page_response(version_schema.dump(page.items, many=True), page.next_cursor)
