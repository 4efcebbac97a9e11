"""The OAuth endpoints: token, revocation, introspection, metadata."""
from __future__ import annotations

from flask import Blueprint, g, jsonify

from ..urls import issuer
from .server import authorization, metadata

bp = Blueprint("oauth", __name__)


@bp.post("/oauth/token")
def token():
    g.audit_action = "token.issue"
    return authorization.create_token_response()


@bp.post("/oauth/revoke")
def revoke():
    g.audit_action = "token.revoke"
    return authorization.create_endpoint_response("revocation")


@bp.post("/oauth/introspect")
def introspect():
    g.audit_action = "token.introspect"
    g.issuer = issuer()
    return authorization.create_endpoint_response("introspection")


@bp.get("/.well-known/oauth-authorization-server")
def well_known():
    g.audit_action = "oauth.metadata"
    return jsonify(metadata(issuer()))


# The access log names what a refused request attempted, even when it never reached the view.
token.audit_action, revoke.audit_action, introspect.audit_action = "token.issue", "token.revoke", "token.introspect"
