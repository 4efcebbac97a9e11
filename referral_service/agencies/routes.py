"""The agency directory's routes: list and read, for any valid token."""
from flask import Blueprint, request

from .. import audit
from ..auth.protect import protected
from ..auth.scopes import AgencyKind
from ..db import session
from ..errors import InvalidInput
from ..http import page_response, request_paging
from . import service
from .schemas import AgencySchema

bp = Blueprint("agencies", __name__, url_prefix="/api/v1/agencies")
schema = AgencySchema()


@bp.get("")
@protected(None, "agencies.list")
def list_agencies():
    kind = request.args.get("kind")
    if kind is not None and kind not in AgencyKind.__members__:
        raise InvalidInput({"kind": [f"Must be one of: {', '.join(AgencyKind.__members__)}."]})
    page = service.list_agencies(session(), *request_paging(), kind)
    audit.disclose(*(agency.code for agency in page.items))
    return page_response(schema.dump(page.items, many=True), page.next_cursor)


@bp.get("/<code>")
@protected(None, "agencies.read")
def get_agency(code: str):
    agency = service.get_agency(session(), code)
    audit.disclose(agency.code)
    return schema.dump(agency)
