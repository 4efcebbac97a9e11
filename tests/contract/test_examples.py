"""Every request example in openapi.yaml is accepted by the server, in a state where its move is allowed."""
from __future__ import annotations

import pytest

from ..support import EMERGENCY, POLICE
from .example_support import DOCUMENT, request_examples

# The referral moves that bring a fresh referral to where each action example applies.
BEFORE_ACTION = {"receive": [], "forward": [], "decline": ["receive"], "close": ["receive", "decline"]}


def test_every_json_request_example_is_tried_here():
    with_examples = {operation["operationId"] for item in DOCUMENT["paths"].values() for operation in item.values()
                     if isinstance(operation, dict) and "requestBody" in operation
                     and {"example", "examples"} & set(operation["requestBody"]["content"].get("application/json", {}))}
    # Recommendations' and consultations' examples are walked in tests/api/test_recommendation_examples.py.
    assert with_examples == {"createReferral", "actOnReferral", "publishRecord", "publishRecordBatch",
                             "createRecommendation", "actOnRecommendation", "openConsultation",
                             "postConsultationMessage", "actOnConsultation", "createWebhook", "updateWebhook"}


def test_webhook_examples_are_accepted(police):
    created = police.post("/api/v1/webhooks", json=request_examples("createWebhook")["example"])
    assert created.status_code == 201, created.get_data(as_text=True)
    for name, body in request_examples("updateWebhook").items():
        current = police.get(f"/api/v1/webhooks/{created.json['id']}")
        updated = police.patch(f"/api/v1/webhooks/{created.json['id']}", json=body,
                               headers={"If-Match": current.headers["ETag"]})
        assert updated.status_code == 200, (name, updated.get_data(as_text=True))


@pytest.fixture
def emergency(as_agency):
    return as_agency(EMERGENCY)


@pytest.fixture
def police(as_agency):
    return as_agency(POLICE)


def test_create_referral_example_is_created(emergency):
    response = emergency.post("/api/v1/referrals", json=request_examples("createReferral")["example"])
    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.json["incident"]["direct_loss_yuan"] == "1200000.00"


@pytest.mark.parametrize("name", sorted(BEFORE_ACTION))
def test_referral_action_examples_are_applied(emergency, police, name):
    created = emergency.post("/api/v1/referrals", json=request_examples("createReferral")["example"])
    url = f"/api/v1/referrals/{created.json['id']}/actions"
    etag = created.headers["ETag"]
    for step in BEFORE_ACTION[name]:
        step_body = request_examples("actOnReferral")[step]
        moved = police.post(url, json=step_body, headers={"If-Match": etag})
        assert moved.status_code == 200, moved.get_data(as_text=True)
        etag = moved.headers["ETag"]
    example = request_examples("actOnReferral")[name]
    response = police.post(url, json=example, headers={"If-Match": etag})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.json["status"] == {"receive": "received", "forward": "submitted", "decline": "declined",
                                       "close": "closed"}[name]


def test_record_examples_are_published(emergency):
    one = emergency.post("/api/v1/records", json=request_examples("publishRecord")["example"])
    assert one.status_code == 201, one.get_data(as_text=True)
    assert one.json["penalty"]["amount_yuan"] == "50000.00"
    batch = emergency.post("/api/v1/records/batch", json=request_examples("publishRecordBatch")["example"])
    assert batch.status_code == 200, batch.get_data(as_text=True)
    assert batch.json["created"] == 2
