"""The auditors' API: query, export and verify the access log."""
from __future__ import annotations

from flask import Blueprint

from ..auth.protect import protected
from ..db import session
from . import chain

bp = Blueprint("audit", __name__, url_prefix="/api/v1/audit-events")


@bp.get("/verify")
@protected("audit:read", "audit.verify")
def verify():
    return chain.verify(session().connection()).as_dict()
