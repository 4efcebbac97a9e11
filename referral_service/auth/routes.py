"""The OAuth endpoints: token, revocation, introspection, metadata."""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify

from .. import context
from ..urls import issuer
from .server import Server, metadata

bp = Blueprint("oauth", __name__)


def authorization() -> Server:
    """This app's authorization server (made by server.init_oauth)."""
    return current_app.extensions["referral_oauth"]


@bp.post("/oauth/token")
def token():
    context.set_action("token.issue")
    return authorization().create_token_response()


@bp.post("/oauth/revoke")
def revoke():
    context.set_action("token.revoke")
    return authorization().create_endpoint_response("revocation")


@bp.post("/oauth/introspect")
def introspect():
    context.set_action("token.introspect")
    context.set_issuer(issuer())
    return authorization().create_endpoint_response("introspection")


@bp.get("/.well-known/oauth-authorization-server")
def well_known():
    context.set_action("oauth.metadata")
    return jsonify(metadata(issuer()))


# The access log names what a refused request attempted, even when it never reached the view.
token.audit_action, revoke.audit_action, introspect.audit_action = "token.issue", "token.revoke", "token.introspect"
