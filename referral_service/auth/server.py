"""The OAuth 2.0 authorization server (Authlib): client_credentials only, hashed tokens.

init_oauth makes one server per app, with the app's settings; the OAuth routes reach it through
the app. Who tried to authenticate, and a failure to count, go into the request context.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import ResourceProtector, grants
from authlib.oauth2.rfc6749.errors import InvalidClientError, InvalidRequestError, InvalidScopeError
from authlib.oauth2.rfc6749.util import extract_basic_authorization
from authlib.oauth2.rfc6750 import BearerTokenValidator
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7662 import IntrospectionEndpoint
from flask import Flask
from sqlalchemy import bindparam, select

from config import Settings

from .. import context
from ..agencies.models import Agency, AgencyKind
from ..db import session, utcnow
from ..statements import Prepared
from . import throttle
from .models import Client, Token, TokenState, digest
from .scopes import SCOPES, parse_scopes

AUTH_METHODS = ["client_secret_basic", "client_secret_post"]


def query_client(client_id: str) -> Client | None:
    client = session().scalar(select(Client).where(Client.client_id == client_id))
    if client is not None:  # the access log names who tried, even when authentication fails
        context.set_oauth_client(client.client_id, client.agency.code)
    return client


def query_token(token_string: str) -> Token | None:
    return session().scalar(select(Token).where(Token.token_hash == digest(token_string)))


def save_token(token: dict, request) -> None:
    now = utcnow()
    client: Client = request.client
    session().add(Token(
        token_hash=digest(token["access_token"]),
        client_pk=client.id,
        scope=token.get("scope", ""),
        issued_at=now,
        expires_at=now + timedelta(seconds=int(token["expires_in"])),
    ))


class ClientCredentialsGrant(grants.ClientCredentialsGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = AUTH_METHODS

    def validate_requested_scope(self):
        """A requested scope beyond the client's registration is refused, not silently narrowed."""
        super().validate_requested_scope()
        requested = parse_scopes(self.request.payload.scope)
        if not set(requested) <= set(self.request.client.scopes):
            raise InvalidScopeError(description="The client is not registered for: "
                                    + " ".join(sorted(set(requested) - set(self.request.client.scopes))))


class _TokenEndpointMixin:
    CLIENT_AUTH_METHODS = AUTH_METHODS

    def query_token(self, token_string, token_type_hint):
        return query_token(token_string)


class Revocation(_TokenEndpointMixin, RevocationEndpoint):
    def revoke_token(self, token: Token, request) -> None:
        if token.revoked_at is None:
            token.revoked_at = utcnow()


class Introspection(_TokenEndpointMixin, IntrospectionEndpoint):
    def check_permission(self, token: Token, client: Client, request) -> bool:
        # A client may introspect its own tokens; the procuratorate and oversight, any token.
        return token.client_pk == client.id or "audit:read" in client.scopes

    def introspect_token(self, token: Token) -> dict:
        return {
            "active": True,
            "client_id": token.client.client_id,
            "token_type": "Bearer",
            "scope": token.scope,
            "iat": int(token.issued_at.timestamp()),
            "exp": int(token.expires_at.timestamp()),
            "iss": context.issuer(),
            "agency": token.client.agency.code,
        }


@dataclass(frozen=True)
class BearerToken(TokenState):
    """A token as a resource request needs it, with its client and agency: one row, no ORM objects."""

    id: int
    scope: str
    expires_at: datetime
    revoked_at: datetime | None
    client_disabled_at: datetime | None
    client_id: str
    agency_id: int
    agency_code: str
    agency_kind: AgencyKind


# Every API request runs this, so it is built once and reads plain columns in a single query,
# labelled as BearerToken's fields.
_BEARER = Prepared(select(Token.id, Token.scope, Token.expires_at, Token.revoked_at,
                          Client.disabled_at.label("client_disabled_at"), Client.client_id, Client.agency_id,
                          Agency.code.label("agency_code"), Agency.kind.label("agency_kind"))
                   .join(Client, Client.id == Token.client_pk).join(Agency, Agency.id == Client.agency_id)
                   .where(Token.token_hash == bindparam("token_hash")))


class Validator(BearerTokenValidator):
    def authenticate_token(self, token_string: str) -> BearerToken | None:
        row = _BEARER.first(session().connection(), {"token_hash": digest(token_string)})
        return BearerToken(**row) if row else None


def _claimed_client_id(request) -> str | None:
    """The client id a request claims, by whichever single method it uses; 400 for more than one."""
    basic_id, _ = extract_basic_authorization(request.headers)
    has_basic = (request.headers.get("Authorization") or "").lower().startswith("basic ")
    form = request.payload.data if request.payload is not None else {}
    body_id, body_secret = form.get("client_id"), form.get("client_secret")
    if has_basic and (body_secret is not None or (body_id is not None and body_id != basic_id)):
        raise InvalidRequestError(description="Authenticate the client by one method only: HTTP Basic "
                                  "or client_id and client_secret in the body, not both (RFC 6749 2.3).")
    return basic_id if has_basic else body_id


def limits(settings: Settings) -> throttle.Limits:
    """The throttle's ceilings and window from the settings."""
    return throttle.Limits(settings.auth_failure_limit, settings.auth_failure_client_limit,
                           settings.auth_failure_window_seconds)


class Server(AuthorizationServer):
    """Authlib's server with one authentication method per request and failures throttled."""

    def __init__(self, limits: throttle.Limits):
        """A server whose failed authentications are throttled within these limits."""
        super().__init__()
        self.limits = limits

    def authenticate_client(self, request, methods, endpoint="token"):
        """Authenticate once, by one method, unless the address or client id is throttled."""
        claimed = _claimed_client_id(request)
        address = context.client_address() or "unknown"
        now = utcnow()
        throttle.check(session(), claimed, address, now, self.limits)
        try:
            return super().authenticate_client(request, methods, endpoint)
        except InvalidClientError:
            known = context.oauth_client()  # only a registered id is kept: a typo might be a secret
            context.note_auth_failure(context.AuthFailure(known.client_id if known else None, address, now))
            raise


# Authlib's framework-neutral protector: it reads only the request's Authorization header. Its
# Flask wrapper would first copy the request into an OAuth2Request (rebuilding the URL) and send a
# signal nobody listens to, on every API request.
resource_protector = ResourceProtector()
resource_protector.register_token_validator(Validator())


def init_oauth(app: Flask, settings: Settings) -> None:
    """Give the app its authorization server, with the settings' token lifetime and throttle limits."""
    app.config["OAUTH2_TOKEN_EXPIRES_IN"] = {"client_credentials": settings.token_lifetime_seconds}
    app.config["OAUTH2_SCOPES_SUPPORTED"] = list(SCOPES)
    server = Server(limits(settings))
    server.init_app(app, query_client=query_client, save_token=save_token)
    server.register_grant(ClientCredentialsGrant)
    server.register_endpoint(Revocation)
    server.register_endpoint(Introspection)
    app.extensions["referral_oauth"] = server


def metadata(issuer: str) -> dict:
    """RFC 8414 authorization server metadata."""
    return {
        "issuer": issuer,
        "token_endpoint": f"{issuer}/oauth/token",
        "revocation_endpoint": f"{issuer}/oauth/revoke",
        "introspection_endpoint": f"{issuer}/oauth/introspect",
        "grant_types_supported": ["client_credentials"],
        "token_endpoint_auth_methods_supported": AUTH_METHODS,
        "revocation_endpoint_auth_methods_supported": AUTH_METHODS,
        "introspection_endpoint_auth_methods_supported": AUTH_METHODS,
        "scopes_supported": list(SCOPES),
        "response_types_supported": [],
        "service_documentation": f"{issuer}/openapi.yaml",
    }
