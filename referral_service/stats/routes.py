"""The joint meeting's statistics route (scope stats:read)."""
import re

from flask import Blueprint, request

from ..auth.protect import current_caller, protected
from ..db import session
from ..errors import InvalidInput
from . import service

bp = Blueprint("stats", __name__, url_prefix="/api/v1/stats")


@bp.get("")
@protected("stats:read", "stats.read")
def get_stats():
    raw = request.args.get("year")
    year = None
    if raw is not None:
        if not (re.fullmatch("[0-9]{4}", raw) and 2000 <= int(raw) <= 2100):
            raise InvalidInput({"year": ["Must be a year between 2000 and 2100."]})
        year = int(raw)
    return service.stats(session(), current_caller(), year)
