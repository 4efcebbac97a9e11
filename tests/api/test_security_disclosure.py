"""No response names an object its caller cannot read: every id-carrying field is read back."""
from __future__ import annotations

import io
import json

import pytest

from referral_service.agencies.models import AgencyKind
from referral_service.auth.scopes import KIND_SCOPES

from ..support import EMERGENCY, FIRE, MARKET, OVERSIGHT, POLICE, PROCURATORATE
from .referral_support import act, create
from .record_support import record

# Field -> where the object it names is read; agencies are named by code.
ID_FIELDS = {
    "linked_record_ids": "/api/v1/records/{}",
    "referral_ids": "/api/v1/referrals/{}",
    "referral_id": "/api/v1/referrals/{}",
    "download_url": "{}",
    **{name: "/api/v1/agencies/{}" for name in ("source_agency", "recipient_agency", "actor_agency",
                                                 "uploaded_by_agency", "to_agency", "from_agency",
                                                 "agency")},
}
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def shared_world(as_agency):
    """Referrals and records between agencies: linked, forwarded, with evidence."""
    bureau, police, fire = as_agency(EMERGENCY), as_agency(POLICE), as_agency(FIRE)
    bureau.post("/api/v1/records", json=record("R-1", deaths=1))
    police.post("/api/v1/records", json=record("P-1", deaths=2))
    fire.post("/api/v1/records", json=record("F-1"))
    linked = create(bureau, related_case_number="R-1")
    bureau.post(f"/api/v1/referrals/{linked['id']}/attachments", data={
        "document_type": "transfer_letter", "file": (io.BytesIO(PDF), "移送书.pdf", "application/pdf")})
    create(police, related_case_number="P-1", category="public_interest", recipient_agency=PROCURATORATE)
    forwarded = create(fire, related_case_number="F-1")
    assert act(police, forwarded["id"], "forward", to_agency=MARKET).status_code == 200


def _ids(value, found: set) -> set:
    """Every (template, id) the JSON names through an id-carrying field."""
    if isinstance(value, dict):
        for key, item in value.items():
            template = ID_FIELDS.get(key)
            if template and isinstance(item, str):
                found.add(template.format(item))
            elif template and isinstance(item, list):
                found.update(template.format(i) for i in item if isinstance(i, str))
            else:
                _ids(item, found)
    elif isinstance(value, list):
        for item in value:
            _ids(item, found)
    return found


def _pages(caller, scopes: set) -> list:
    """Every GET the caller's scopes allow, each object of each list read singly too."""
    bodies = [caller.get("/api/v1/agencies").json]
    if "referrals:read" in scopes:
        listed = caller.get("/api/v1/referrals").json
        bodies.append(listed)
        for referral in listed["items"]:
            for suffix in ("", "/events", "/attachments"):
                bodies.append(caller.get(f"/api/v1/referrals/{referral['id']}{suffix}").json)
    if "records:read" in scopes:
        listed = caller.get("/api/v1/records").json
        bodies.append(listed)
        export = caller.get("/api/v1/records/export").get_data(as_text=True)
        bodies.extend(json.loads(line) for line in export.splitlines() if line)
        for item in listed["items"]:
            bodies.append(caller.get(f"/api/v1/records/{item['id']}").json)
    return bodies


CALLERS = [(code, None) for code in (EMERGENCY, POLICE, FIRE, MARKET, PROCURATORATE, OVERSIGHT)] + [
    (EMERGENCY, "referrals:read"), (EMERGENCY, "records:read"), (POLICE, "referrals:read"),
    (PROCURATORATE, "referrals:read"), (PROCURATORATE, "records:read")]


@pytest.mark.parametrize("code,scopes", CALLERS)
def test_every_id_in_every_response_can_be_read_back(as_agency, agencies, shared_world, code, scopes):
    caller = as_agency(code, scopes)
    granted = set((scopes or " ".join(_all_scopes(agencies[code]))).split())
    named: set = set()
    for body in _pages(caller, granted):
        _ids(body, named)
    # Every reader is shown some ids to check; oversight, which reads neither, is shown none.
    assert bool(named) == bool(granted & {"referrals:read", "records:read"}), sorted(named)
    unreadable = [url for url in sorted(named) if caller.get(url).status_code != 200]
    assert unreadable == [], f"{code} ({scopes or 'all scopes'}) is shown ids it cannot read"
    if code == EMERGENCY and scopes is None:  # the walk saw the link, so it can fail
        assert any(url.startswith("/api/v1/records/") for url in named)


def test_the_recipient_is_not_told_of_the_sources_record(as_agency, shared_world):
    police = as_agency(POLICE)
    incoming = [r for r in police.get("/api/v1/referrals").json["items"] if r["source_agency"] == EMERGENCY]
    assert incoming and incoming[0]["related_case_number"] == "R-1"
    assert incoming[0]["linked_record_ids"] == []
    bureau = as_agency(EMERGENCY)
    own = [r for r in bureau.get("/api/v1/referrals").json["items"] if r["related_case_number"] == "R-1"]
    assert len(own[0]["linked_record_ids"]) == 1


def _all_scopes(kind: str) -> list[str]:
    """Every scope an agency of this kind holds by default."""
    return sorted(KIND_SCOPES[AgencyKind(kind)])
