"""Resource protection: the token and scope check for every /api/v1 route, and agency scoping."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Callable

from authlib.oauth2.rfc6749.errors import OAuth2Error
from flask import request
from sqlalchemy import ColumnElement, bindparam, or_, true

from .. import context
from ..agencies.models import AgencyKind
from ..db import session
from ..errors import Forbidden, Unauthorized
from .scopes import READS_ALL, parse_scopes
from .server import BearerToken, resource_protector


@dataclass(frozen=True)
class Caller:
    """Who is calling: the client, its agency and the token's scopes."""

    client_id: str
    agency_id: int
    agency_code: str
    agency_kind: AgencyKind
    scopes: frozenset[str]

    @property
    def sees_all(self) -> bool:
        """The procuratorate reads every agency's referrals and records in its jurisdiction."""
        return self.agency_kind in READS_ALL

    @property
    def is_procuratorate(self) -> bool:
        return self.agency_kind is AgencyKind.procuratorate

    @classmethod
    def from_token(cls, token: BearerToken) -> "Caller":
        return cls(token.client_id, token.agency_id, token.agency_code, token.agency_kind,
                   frozenset(parse_scopes(token.scope)))


def current_caller() -> Caller:
    """The request's caller, set by @protected; 401 if there is none."""
    caller = context.caller()
    if caller is None:  # a route forgot @protected: fail closed
        raise Unauthorized("No valid access token.")
    return caller


def protected(scope: str | None, action: str, reads_only: bool = False) -> Callable:
    """Require a valid bearer token (with `scope` when given) and name the audit action.

    `reads_only`: the view changes nothing, so its statements may each commit alone
    (db.RequestDb.statements_alone); only for views that run no write at all.
    """

    def decorator(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any):
            context.set_action(action)
            if reads_only:
                session().statements_alone()
            authenticate(scope)
            return view(*args, **kwargs)

        wrapper.required_scope = scope  # type: ignore[attr-defined]
        wrapper.audit_action = action  # type: ignore[attr-defined]
        return wrapper

    return decorator


def authenticate(scope: str | None) -> Caller:
    try:
        token = resource_protector.validate_request(None, request._get_current_object())
    except OAuth2Error as exc:
        missing = exc.error == "missing_authorization"
        detail = ("Send an access token from /oauth/token as 'Authorization: Bearer <token>'."
                  if missing else
                  "The access token is invalid, expired or revoked, or its client is disabled.")
        raise Unauthorized(detail, headers={
            "WWW-Authenticate": "Bearer" if missing else 'Bearer error="invalid_token"'})
    caller = Caller.from_token(token)
    context.set_caller(caller)
    if scope and scope not in caller.scopes:
        raise Forbidden(f"This request needs the scope '{scope}', which the token does not carry.",
                        headers={"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{scope}"'})
    return caller


def visible_to(caller: Caller, *agency_columns: Any) -> ColumnElement[bool]:
    """The one filter that scopes a query to rows where the caller's agency takes part."""
    if caller.sees_all:
        return true()
    return or_(*(column == caller.agency_id for column in agency_columns))


# The bound parameter of `party_to`: pass the caller's agency id under this name.
CALLER_AGENCY = "caller_agency_id"


def party_to(*agency_columns: Any) -> ColumnElement[bool]:
    """`visible_to` for a statement built once, for callers who do not see all: bind CALLER_AGENCY.

    A statement built per request costs SQLAlchemy its cache key each time (about as much as
    running it); a hot path builds one per kind of caller and binds only the values.
    """
    return or_(*(column == bindparam(CALLER_AGENCY) for column in agency_columns))
