"""The agency directory's routes: list and read, for any valid token.

They live outside agencies/, which auth builds on (every client belongs to an agency), because
they need auth's @protected: the package stays below auth, its routes above it.
"""
from flask import Blueprint, request

from . import context
from .agencies import service
from .agencies.models import AgencyKind
from .agencies.schemas import AgencySchema
from .auth.protect import protected
from .db import session
from .errors import InvalidInput
from .http import page_response, request_paging

bp = Blueprint("agencies", __name__, url_prefix="/api/v1/agencies")
schema = AgencySchema()


@bp.get("")
@protected(None, "agencies.list")
def list_agencies():
    kind = request.args.get("kind")
    if kind is not None and kind not in AgencyKind.__members__:
        raise InvalidInput({"kind": [f"Must be one of: {', '.join(AgencyKind.__members__)}."]})
    page = service.list_agencies(session(), *request_paging(), kind)
    context.disclose(*(agency.code for agency in page.items))
    return page_response(schema.dump(page.items, many=True), page.next_cursor)


@bp.get("/<code>")
@protected(None, "agencies.read")
def get_agency(code: str):
    agency = service.get_agency(session(), code)
    context.disclose(agency.code)
    return schema.dump(agency)
