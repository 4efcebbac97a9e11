"""The one registry of OAuth scopes and which agency kinds may hold them."""
from __future__ import annotations

from ..agencies.models import AgencyKind

SCOPES: dict[str, str] = {
    "referrals:submit": "Create referrals as the caller's agency; resubmit and withdraw its own",
    "referrals:read": "Read referrals where the caller's agency is source or recipient (procuratorate: all)",
    "referrals:handle": "Act as recipient: receive, forward, return, accept, decline",
    "referrals:supervise": "Supervision actions on any referral",
    "records:share": "Publish the caller's agency's enforcement records",
    "records:read": "Read the caller's agency's records (procuratorate: all)",
    "audit:read": "Read and export the access log",
    "stats:read": "Read the cross-agency counts for the joint meeting (GET /api/v1/stats)",
    "recommendations:issue": "Issue, serve, review objections, follow up, close, escalate, withdraw recommendations",
    "recommendations:reply": "Object to and reply to recommendations addressed to the caller's agency",
    "recommendations:read": "Read recommendations addressed to the caller's agency (procuratorate: all it issued)",
    "consultations:write": "Open consultations to another agency, post messages in the caller's own",
    "consultations:read": "Read consultations the caller's agency opened or was asked",
    "webhooks:manage": "Manage the caller's client's webhook subscriptions and read their deliveries",
}

_K = AgencyKind
_RECOMMENDATIONS_AND_CONSULTATIONS = {"recommendations:reply", "recommendations:read",
                                      "consultations:write", "consultations:read"}
KIND_SCOPES: dict[AgencyKind, frozenset[str]] = {
    _K.administrative: frozenset({"referrals:submit", "referrals:read", "referrals:handle",
                                  "records:share", "records:read", "webhooks:manage"} | _RECOMMENDATIONS_AND_CONSULTATIONS),
    _K.public_security: frozenset({"referrals:submit", "referrals:read", "referrals:handle",
                                   "records:share", "records:read", "webhooks:manage"} | _RECOMMENDATIONS_AND_CONSULTATIONS),
    _K.procuratorate: frozenset({"referrals:submit", "referrals:read", "referrals:handle",
                                 "referrals:supervise", "records:read", "audit:read", "stats:read",
                                 "recommendations:issue", "recommendations:read",
                                 "consultations:write", "consultations:read", "webhooks:manage"}),
    _K.oversight: frozenset({"audit:read", "stats:read"}),
}

# Kinds whose read scopes reach every agency's objects, not only their own.
READS_ALL = frozenset({AgencyKind.procuratorate})


def parse_scopes(text: str | None) -> list[str]:
    return sorted(set((text or "").split()))


def check_scopes_for_kind(scopes: list[str], kind: AgencyKind) -> None:
    """Raise ValueError naming any scope unknown or beyond what the agency kind permits."""
    unknown = [s for s in scopes if s not in SCOPES]
    if unknown:
        raise ValueError(f"unknown scopes: {' '.join(unknown)}")
    beyond = [s for s in scopes if s not in KIND_SCOPES[kind]]
    if beyond:
        raise ValueError(f"scopes not permitted to a {kind.value} agency: {' '.join(beyond)}")
