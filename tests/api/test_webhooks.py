"""Webhook subscriptions: each client's own, secrets shown once, SSRF refusals; and the events feed."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text

from referral_service.agencies.models import Agency
from referral_service.db import utcnow
from referral_service.notifications import emit

from ..support import EMERGENCY, OVERSIGHT, POLICE, PROCURATORATE
from ..webhook_support import feed
from .referral_support import REASON, act, create
from .record_support import record

HOOK = {"url": "https://93.184.215.14/hooks", "event_types": ["referral.submitted", "referral.received"]}


@pytest.fixture
def police(as_agency):
    return as_agency(POLICE)


def test_create_shows_the_secret_once_and_reads_never_show_it(police):
    created = police.post("/api/v1/webhooks", json={**HOOK, "description": "公安案件系统"})
    assert created.status_code == 201
    assert created.json["secret"].startswith("whsec_") and created.headers["Location"].endswith(created.json["id"])
    assert created.headers["Cache-Control"] == "no-store"
    read = police.get(f"/api/v1/webhooks/{created.json['id']}")
    assert read.status_code == 200 and "secret" not in read.json and read.json["active"] is True
    listed = police.get("/api/v1/webhooks").json
    assert [w["id"] for w in listed["items"]] == [created.json["id"]] and "secret" not in listed["items"][0]


def test_the_secret_is_in_no_log_and_stored_encrypted(police, db):
    secret = police.post("/api/v1/webhooks", json=HOOK).json["secret"]
    police.post(f"/api/v1/webhooks/{police.get('/api/v1/webhooks').json['items'][0]['id']}/rotate-secret")
    logged = db.execute(text("SELECT path, resource_ids FROM audit_events")).all()
    stored = db.execute(text("SELECT secret_ciphertext, previous_secret_ciphertext FROM webhook_subscriptions")).one()
    assert secret not in repr(logged) and secret not in repr(stored)
    actions = {r[0] for r in db.execute(text("SELECT action FROM audit_events"))}
    assert {"webhooks.create", "webhooks.list", "webhooks.rotate_secret"} <= actions


def test_another_client_even_of_the_same_agency_gets_404(police, as_agency):
    hook = police.post("/api/v1/webhooks", json=HOOK).json
    other = as_agency(POLICE)
    base = f"/api/v1/webhooks/{hook['id']}"
    assert other.get(base).status_code == 404
    assert other.patch(base, json={"active": False}).status_code == 404
    assert other.delete(base).status_code == 404
    assert other.post(f"{base}/rotate-secret").status_code == 404
    assert other.get(f"{base}/deliveries").status_code == 404
    assert other.get("/api/v1/webhooks").json["items"] == []
    assert police.get(base).json["active"] is True


def test_scope_is_needed_and_oversight_has_none(as_agency):
    assert as_agency(POLICE, "referrals:read").get("/api/v1/webhooks").status_code == 403
    assert as_agency(OVERSIGHT).post("/api/v1/webhooks", json=HOOK).status_code == 403


@pytest.mark.parametrize("url", [
    "http://localhost/hooks",  # a name that resolves to 127.0.0.1, not allowlisted
    "https://localhost/hooks",
    "https://127.0.0.1/hooks",
    "https://10.1.2.3/hooks",
    "https://192.168.0.10/hooks",
    "https://100.64.0.1/hooks",  # carrier-grade NAT
    "https://169.254.169.254/latest/meta-data/",  # cloud metadata
    "https://100.100.100.200/latest/meta-data/",  # Alibaba Cloud metadata
    "https://[::1]/hooks",
    "https://[::ffff:127.0.0.1]/hooks",
    "https://224.0.0.1/hooks",
    "https://0.0.0.0/hooks",
    "http://93.184.215.14/hooks",  # public, but http is only for allowlisted hosts
    "ftp://93.184.215.14/hooks",
    "https://user:pw@93.184.215.14/hooks",
    "/relative",
    "https://[::1/hooks",  # malformed
])
def test_refused_urls_are_422_naming_url_and_create_nothing(police, url):
    response = police.post("/api/v1/webhooks", json={**HOOK, "url": url})
    assert response.status_code == 422 and "url" in response.json["errors"]
    assert police.get("/api/v1/webhooks").json["items"] == []


def test_a_url_changed_to_a_private_address_is_refused(police):
    hook = police.post("/api/v1/webhooks", json=HOOK).json
    refused = police.patch(f"/api/v1/webhooks/{hook['id']}", json={"url": "https://10.0.0.1/"})
    assert refused.status_code == 422 and "url" in refused.json["errors"]
    assert police.get(f"/api/v1/webhooks/{hook['id']}").json["url"] == HOOK["url"]


@pytest.mark.parametrize("change, field", [
    ({"event_types": []}, "event_types"),
    ({"event_types": ["referral.exploded"]}, "event_types"),
    ({"event_types": ["referral.submitted", "referral.submitted"]}, "event_types"),
    ({"url": ""}, "url"),
    ({"extra": 1}, "extra"),
])
def test_invalid_bodies_name_the_field(police, change, field):
    response = police.post("/api/v1/webhooks", json={**HOOK, **change})
    assert response.status_code == 422 and field in response.json["errors"]


def test_update_with_a_stale_etag_is_412_and_rotation_keeps_the_old_secret_for_a_while(police):
    created = police.post("/api/v1/webhooks", json=HOOK)
    base = f"/api/v1/webhooks/{created.json['id']}"
    changed = police.patch(base, json={"event_types": ["referral.accepted"]}, headers={"If-Match": created.headers["ETag"]})
    assert changed.status_code == 200 and changed.json["event_types"] == ["referral.accepted"]
    stale = police.patch(base, json={"active": False}, headers={"If-Match": created.headers["ETag"]})
    assert stale.status_code == 412
    rotated = police.post(f"{base}/rotate-secret")
    assert rotated.json["secret"] != created.json["secret"] and rotated.json["previous_secret_expires_at"]
    paused = police.patch(base, json={"active": False})
    assert paused.json["active"] is False and paused.json["disabled_reason"]
    assert police.delete(base).status_code == 204 and police.get(base).status_code == 404


# --- the feed ---------------------------------------------------------------------------------------

@pytest.fixture
def actors(as_agency):
    return {"source": as_agency(EMERGENCY), "recipient": as_agency(POLICE),
            "procuratorate": as_agency(PROCURATORATE)}


def test_feed_lists_each_agency_what_concerns_it_in_order(actors):
    source, recipient, prosecutor = actors["source"], actors["recipient"], actors["procuratorate"]
    assert feed(recipient) == {"items": [], "next_cursor": None}
    referral = create(source)
    first = feed(recipient)
    assert [(e["type"], e["subject_id"]) for e in first["items"]] == [("referral.submitted", referral["id"])]
    assert feed(source)["items"] == []  # the acting agency is not told of its own move
    assert feed(recipient, first["next_cursor"]) == {"items": [], "next_cursor": first["next_cursor"]}
    act(recipient, referral["id"], "receive")
    act(recipient, referral["id"], "decline", **REASON)
    assert [e["type"] for e in feed(source)["items"]] == ["referral.received", "referral.declined"]
    assert [e["type"] for e in feed(prosecutor)["items"]] == ["referral.declined"]
    act(source, referral["id"], "request_supervision", **REASON)
    after = feed(recipient, first["next_cursor"])["items"]
    assert [e["type"] for e in after] == ["referral.under_supervision"]
    assert len({e["id"] for e in feed(prosecutor)["items"]}) == 2


def test_feed_pages_with_limit_and_refuses_a_foreign_cursor(actors):
    for _ in range(3):
        create(actors["source"])
    one = actors["recipient"].get("/api/v1/events?limit=2").json
    two = feed(actors["recipient"], one["next_cursor"])
    assert len(one["items"]) == 2 and len(two["items"]) == 1
    assert actors["recipient"].get("/api/v1/events?after=bm9wZQ").status_code == 422
    assert actors["recipient"].get("/api/v1/events?limit=0").status_code == 422


def test_a_record_over_the_threshold_tells_the_procuratorate_once(actors):
    source, prosecutor = actors["source"], actors["procuratorate"]
    published = source.post("/api/v1/records", json=record("津河应急罚〔2026〕77号", deaths=1)).json
    source.post("/api/v1/records", json=record("津河应急罚〔2026〕78号")).json
    source.post("/api/v1/records", json=record("津河应急罚〔2026〕77号", deaths=2))  # already flagged
    events = feed(prosecutor)["items"]
    assert [(e["type"], e["subject_kind"], e["subject_id"]) for e in events] == [
        ("record.threshold_flagged", "record", published["id"])]


def test_every_new_route_leaves_an_access_log_entry(police, db):
    hook = police.post("/api/v1/webhooks", json=HOOK).json
    base = f"/api/v1/webhooks/{hook['id']}"
    police.get("/api/v1/webhooks")
    police.get(base)
    police.patch(base, json={"description": "改"})
    police.post(f"{base}/rotate-secret")
    police.get(f"{base}/deliveries")
    police.post(f"{base}/deliveries/00000000-0000-4000-8000-000000000000/redeliver")  # 404, logged too
    police.get("/api/v1/events")
    police.delete(base)
    logged = {(action, status) for action, status in db.execute(text("SELECT action, status FROM audit_events"))}
    assert {("webhooks.create", 201), ("webhooks.list", 200), ("webhooks.read", 200), ("webhooks.update", 200),
            ("webhooks.rotate_secret", 200), ("webhooks.deliveries", 200), ("webhooks.redeliver", 404),
            ("events.list", 200), ("webhooks.delete", 204)} <= logged
    disclosed = db.execute(text("SELECT resource_ids FROM audit_events WHERE action = 'webhooks.read'")).scalar()
    assert hook["id"] in str(disclosed)


@pytest.mark.postgres_only
def test_feed_waits_for_an_earlier_transaction_instead_of_skipping_it(actors, app):
    """An event whose transaction is still open holds back later ones; none is skipped."""
    recipient = actors["recipient"]
    sessionmaker = app.extensions["referral_db"].sessionmaker
    with sessionmaker() as slow, sessionmaker() as fast:
        police_id = slow.scalar(select(Agency.id).where(Agency.code == POLICE))
        first = emit(slow, "referral.submitted", "referral", "slow", [police_id], utcnow())  # stays open
        second = emit(fast, "referral.submitted", "referral", "fast", [police_id], utcnow())
        fast.commit()
        before = feed(recipient)
        assert before["items"] == []  # not `second` alone: `first` would be skipped by the cursor
        slow.commit()
    after = feed(recipient, before["next_cursor"])
    assert [e["id"] for e in after["items"]] == [first, second]
