"""The request's context: who is calling, what the request does and shows, and what it parsed.

Auth sets the caller (a bearer token's) or the OAuth client (at the token endpoints); routes name
the action and disclose the objects they show; the access log, the request log and the metrics
read it all back. Each piece has a named setter and getter here, and this module is the only one
that touches `flask.g` (besides the request's database session in db.py). It imports nothing of
the service: what it keeps, it describes itself.
"""
from __future__ import annotations

import time
from datetime import datetime
from typing import Any, Callable, NamedTuple, Protocol

from flask import current_app, g, request

# The request's `g` itself. Each attribute read through the `g` proxy finds the request's context
# anew (some 8,000 instructions, and a request reads it dozens of times); this finds it once per call.
_g = g._get_current_object


class Caller(Protocol):
    """What the context reads of a bearer token's caller (auth.protect.Caller)."""

    client_id: str
    agency_code: str
    scopes: frozenset[str]


class Identity(NamedTuple):
    """The client and its agency, as the logs name them."""

    client_id: str | None
    agency_code: str | None


class AuthFailure(NamedTuple):
    """A failed client authentication, counted by the throttle with the request's log entry."""

    client_id: str | None
    address: str
    occurred_at: datetime


# --- who is calling -----------------------------------------------------------------------------

def set_caller(caller: Caller) -> None:
    """The bearer token's caller, once the token is valid."""
    _g().caller = caller


def caller() -> Any:
    """The bearer token's caller, or None before (or without) a valid token."""
    return _g().get("caller")


def set_oauth_client(client_id: str, agency_code: str) -> None:
    """The registered client a token endpoint request names, even if it then fails to authenticate."""
    _g().oauth_client = Identity(client_id, agency_code)


def oauth_client() -> Identity | None:
    """The registered client the token endpoint request named, if any."""
    return _g().get("oauth_client")


def identity() -> Identity:
    """The client id and agency of the request: a bearer token's, or the token endpoint's client."""
    who = caller()
    if who is not None:
        return Identity(who.client_id, who.agency_code)
    return oauth_client() or Identity(None, None)


def client_address() -> str | None:
    """The client's address (the trusted proxy's view of it, when there is one)."""
    return request.remote_addr


def note_auth_failure(failure: AuthFailure) -> None:
    """A failed client authentication, to be counted when the request's log entry is written."""
    _g().auth_failure = failure


def take_auth_failure() -> AuthFailure | None:
    """The request's failed client authentication, handed over once to be counted."""
    return _g().pop("auth_failure", None)


# --- what the request does and shows ------------------------------------------------------------

def set_action(name: str) -> None:
    """The action the access log names, e.g. `referrals.read`."""
    _g().audit_action = name


def action() -> str | None:
    """The action named so far, or None."""
    return _g().get("audit_action")


def disclose(*resource_ids: object) -> None:
    """Record that this response shows these objects, so auditors can ask who saw them."""
    _g().setdefault("audit_resources", []).extend(str(r) for r in resource_ids)


def disclosed() -> list[str]:
    """The ids of the objects this response shows, in the order disclosed."""
    return list(_g().get("audit_resources", []))


def set_issuer(url: str) -> None:
    """The OAuth issuer this request is answered as (introspection names it)."""
    _g().issuer = url


def issuer() -> str | None:
    """The OAuth issuer set for this request, or None."""
    return _g().get("issuer")


# --- the request's id, clock and body -----------------------------------------------------------

def set_request_id(request_id: str) -> None:
    """The request's id (audit.request_id chooses it)."""
    _g().request_id = request_id


def request_id() -> str | None:
    """The request's id, once chosen."""
    return _g().get("request_id")


def start_clock() -> None:
    """Note when the request began."""
    _g().started_at = time.perf_counter()


def elapsed_seconds() -> float | None:
    """Seconds since the request began, or None if its clock never started."""
    started = _g().get("started_at")
    return None if started is None else time.perf_counter() - started


def json_body(parse: Callable[[], Any]) -> Any:
    """The request's parsed JSON body: `parse` runs once per request, later calls get its result."""
    request_g = _g()
    if "json_body" not in request_g:
        request_g.json_body = parse()
    return request_g.json_body


# --- what the app keeps for every request -------------------------------------------------------

def storage() -> Any:
    """The app's attachment store (storage.LocalStorage), made once by the app factory."""
    return current_app.extensions["referral_storage"]
