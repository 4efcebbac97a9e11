"""The Referral component as responses show it: a read, a page of the list, a submit's 201, an action's 200.

schemas.ReferralOut declares the component; this module writes the same dict with plain code.
marshmallow's dump of one referral (a field object, `get_value` and `_serialize` per field, the
nested incident, the context lookups) cost the busiest request, the read, more than the rest of
the view; the code below does the same work in a dict literal. The two must not drift:
tests/unit/test_referral_representation.py compares them over many varied referrals and callers
(masked and not, overdue and not, every status, nulls, Chinese text), and their keys one for one.
Add or change a field in both.

The referral is service's dict (service.get_referral, create_referral, act): its columns as their
Python types (str for the String and Text columns, the enums of workflow for the enum columns,
aware datetimes) and its two agencies' codes.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Mapping

from ..fields import yuan_text
from ..identifiers import mask_resident_id
from .schemas import View


def _utc(moment: datetime | None) -> str | None:
    """fields.UtcTime's text: RFC 3339 in UTC, ending in Z (None stays None)."""
    return None if moment is None else moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def _incident(referral: Mapping[str, Any]) -> dict[str, Any] | None:
    """The Incident component, or None when the referral names no incident."""
    occurred_at = referral["incident_occurred_at"]
    if occurred_at is None:
        return None
    return {
        "occurred_at": _utc(occurred_at),
        "division_code": referral["incident_division_code"],
        "address": referral["incident_address"],
        "deaths": referral["deaths"],
        "serious_injuries": referral["serious_injuries"],
        "minor_injuries": referral["minor_injuries"],
        "direct_loss_yuan": yuan_text(referral["direct_loss_yuan"]),
    }


def _parties(referral: Mapping[str, Any], unmasked: bool) -> list[dict[str, Any]]:
    """The parties; resident ID numbers masked unless the caller is one of the two sides."""
    parties = referral["parties"] or []
    if unmasked:
        return list(parties)
    return [{**party, "resident_id": mask_resident_id(party["resident_id"])} if "resident_id" in party
            else party for party in parties]


def referral_json(referral: Mapping[str, Any], view: View) -> dict[str, Any]:
    """The referral as `view`'s caller sees it at `view.now` (ReferralOut's dump, field for field)."""
    due_at = referral["due_at"]
    return {
        "id": referral["id"],
        "reference": referral["reference"],
        "category": referral["category"].value,
        "status": referral["status"].value,
        "source_agency": referral["source_agency_code"],
        "recipient_agency": referral["recipient_agency_code"],
        "title": referral["title"],
        "summary": referral["summary"],
        "suspected_offence": referral["suspected_offence"].value,
        "incident": _incident(referral),
        "parties": _parties(referral, view.unmasked(referral)),
        "related_case_number": referral["related_case_number"],
        "linked_record_ids": view.linked_record_ids.get(referral["id"], []),
        "contact": referral["contact"],
        "outcome": referral["outcome"],
        "due_at": _utc(due_at),
        "due_step": referral["due_step"],
        "overdue": due_at is not None and due_at < view.now,
        "version": referral["version"],
        "created_at": _utc(referral["created_at"]),
        "updated_at": _utc(referral["updated_at"]),
    }
