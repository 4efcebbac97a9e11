"""The recommendation lifecycle over HTTP: every action from every state, roles, If-Match, events."""
from __future__ import annotations

import pytest

from referral_service.recommendations.workflow import MOVES, Role, Status

from ..support import EMERGENCY, FIRE, OVERSIGHT, POLICE, PROCURATORATE
from .recommendation_support import PATHS, act, body, create, fields_for, walk_to


@pytest.fixture
def actors(as_agency):
    return {"issuer": as_agency(PROCURATORATE), "recipient": as_agency(FIRE)}


def _actor(action: str) -> str:
    return next(iter(MOVES[action].actors)).value


def _events(caller, recommendation_id):
    return caller.get(f"/api/v1/recommendations/{recommendation_id}/events").json["items"]


CASES = [(action, state) for action in MOVES for state in PATHS]


@pytest.mark.parametrize("action,state", CASES, ids=[f"{a}-from-{s}" for a, s in CASES])
def test_every_action_from_every_state(actors, action, state):
    """Allowed where the table says so, moving to its target; 409 changing nothing elsewhere."""
    recommendation = walk_to(actors, state)
    move = MOVES[action]
    issuer = actors["issuer"]
    before = _events(issuer, recommendation["id"])
    response = act(actors[_actor(action)], recommendation["id"], action, **fields_for(action, recommendation))
    if Status(state) in move.from_states:
        assert response.status_code == 200, response.json
        assert response.json["status"] == move.to_state.value
        assert response.json["version"] == recommendation["version"] + 1
        after = _events(issuer, recommendation["id"])
        assert len(after) == len(before) + 1
        assert (after[-1]["action"], after[-1]["from_status"], after[-1]["to_status"]) == (
            action, state, move.to_state.value)
    else:
        if recommendation["served_on"] is None and _actor(action) == "recipient":
            assert response.status_code == 404, response.json  # a draft is not yet the recipient's
        else:
            assert response.status_code == 409, response.json
            assert response.json["type"].endswith("/illegal-transition")
        unchanged = issuer.get(f"/api/v1/recommendations/{recommendation['id']}").json
        assert unchanged == recommendation | {"overdue": unchanged["overdue"], "due_soon": unchanged["due_soon"]}
        assert _events(issuer, recommendation["id"]) == before


ROLE_CASES = [(action, role.value) for action, move in MOVES.items() for role in Role if role not in move.actors]


@pytest.mark.parametrize("action,role", ROLE_CASES, ids=[f"{a}-by-{r}" for a, r in ROLE_CASES])
def test_the_other_side_gets_403_and_nothing_changes(actors, action, role):
    # Drafts are invisible to the recipient; the role is checked before the state.
    state = (sorted(s.value for s in MOVES[action].from_states if s is not Status.drafted) or ["served"])[0]
    recommendation = walk_to(actors, state)
    response = act(actors[role], recommendation["id"], action, **fields_for(action, recommendation))
    assert response.status_code == 403, response.json
    assert response.json["type"].endswith("/not-your-move")
    fetched = actors["issuer"].get(f"/api/v1/recommendations/{recommendation['id']}").json
    assert (fetched["status"], fetched["version"]) == (state, recommendation["version"])


def test_review_can_withdraw_and_amend(actors):
    objected = walk_to(actors, "objected")
    response = act(actors["issuer"], objected["id"], "review", review_outcome="withdrawn", reason="异议成立")
    assert response.status_code == 200
    assert (response.json["status"], response.json["withdrawal_reason"]) == ("withdrawn", "异议成立")
    objected = walk_to(actors, "objected")
    response = act(actors["issuer"], objected["id"], "review", review_outcome="amended", reason="部分采纳异议",
                   requested_measures="仅清理消防通道")
    assert (response.json["status"], response.json["requested_measures"]) == ("reviewed", "仅清理消防通道")


def test_reply_needs_every_hazard_once(actors):
    served = walk_to(actors, "served")
    first = served["hazards"][0]["id"]
    for hazards in ([], [{"id": first, "status": "rectified"}],
                    [{"id": first, "status": "rectified"}] * 2 + [{"id": "x", "status": "rectified"}]):
        response = act(actors["recipient"], served["id"], "reply", measures="已整改", hazards=hazards)
        assert response.status_code == 422 and "hazards" in response.json["errors"], response.json
    assert actors["issuer"].get(f"/api/v1/recommendations/{served['id']}").json["version"] == served["version"]
    ok = act(actors["recipient"], served["id"], "reply", **fields_for("reply", served))
    assert ok.status_code == 200
    assert [h["reply_status"] for h in ok.json["hazards"]] == ["rectified", "rectified"]
    assert ok.json["replied_on_time"] is True and ok.json["due_at"] is None


def test_missing_fields_are_422_and_escalation_only_to_copied_bodies(actors):
    drafted = create(actors["issuer"])
    response = act(actors["issuer"], drafted["id"], "serve", served_on="2026-03-02")
    assert response.status_code == 422 and "service_method" in response.json["errors"]
    served = walk_to(actors, "served")
    response = act(actors["issuer"], served["id"], "escalate", escalated_to=["discipline_commission"], reason="通报")
    assert response.status_code == 422 and "escalated_to" in response.json["errors"]
    response = act(actors["issuer"], drafted["id"], "serve", served_on="2999-01-01", service_method="announced")
    assert response.status_code == 422 and "served_on" in response.json["errors"]
    assert actors["issuer"].get(f"/api/v1/recommendations/{drafted['id']}").json["status"] == "drafted"


def test_stale_if_match_is_412(actors):
    drafted = create(actors["issuer"])
    url = f"/api/v1/recommendations/{drafted['id']}/actions"
    stale = actors["issuer"].post(url, json={"action": "serve", **fields_for("serve", drafted)},
                                  headers={"If-Match": '"recommendation-x-v9"'})
    assert stale.status_code == 412
    etag = actors["issuer"].get(f"/api/v1/recommendations/{drafted['id']}").headers["ETag"]
    fresh = actors["issuer"].post(url, json={"action": "serve", **fields_for("serve", drafted)},
                                  headers={"If-Match": etag})
    assert fresh.status_code == 200 and fresh.headers["ETag"] != etag


def test_idempotent_create_and_unique_document_number(actors):
    data = body()
    first = actors["issuer"].post("/api/v1/recommendations", json=data, headers={"Idempotency-Key": "k-1"})
    again = actors["issuer"].post("/api/v1/recommendations", json=data, headers={"Idempotency-Key": "k-1"})
    assert first.status_code == again.status_code == 201
    assert again.json["id"] == first.json["id"] and again.headers["Idempotent-Replayed"] == "true"
    duplicate = actors["issuer"].post("/api/v1/recommendations", json=data)
    assert duplicate.status_code == 409
    assert len(actors["issuer"].get("/api/v1/recommendations").json["items"]) == 1


def test_recipient_must_be_an_administrative_or_police_agency(actors):
    for code in (PROCURATORATE, OVERSIGHT, "NOPE"):
        response = actors["issuer"].post("/api/v1/recommendations", json=body(recipient_agency=code))
        assert response.status_code == 422 and "recipient_agency" in response.json["errors"]


@pytest.mark.parametrize("code", [EMERGENCY, POLICE, FIRE, OVERSIGHT])
def test_visibility_for_every_agency_kind(as_agency, actors, code):
    """The recipient sees it once served; every other agency gets 404 (oversight: no scope at all)."""
    drafted = create(actors["issuer"])
    caller = as_agency(code)
    url = f"/api/v1/recommendations/{drafted['id']}"
    expected_draft = 403 if code == OVERSIGHT else 404
    assert caller.get(url).status_code == expected_draft
    served = act(actors["issuer"], drafted["id"], "serve", **fields_for("serve", drafted)).json
    response = caller.get(url)
    if code == FIRE:
        assert response.status_code == 200 and response.json["id"] == served["id"]
        assert [r["id"] for r in caller.get("/api/v1/recommendations").json["items"]] == [served["id"]]
        return
    assert response.status_code == expected_draft
    assert drafted["id"] not in response.get_data(as_text=True)
    for path in ("/events", "/attachments"):
        assert caller.get(url + path).status_code == expected_draft
    assert act(caller, drafted["id"], "reply", **fields_for("reply", served)).status_code == 404
    if code != OVERSIGHT:
        assert caller.get("/api/v1/recommendations").json["items"] == []


def test_access_log_names_the_action_and_the_recommendation(actors, as_agency):
    drafted = create(actors["issuer"])
    act(actors["issuer"], drafted["id"], "serve", **fields_for("serve", drafted))
    log = actors["issuer"].get("/api/v1/audit-events", query_string={"resource_id": drafted["id"]}).json["items"]
    assert {"recommendations.create", "recommendations.action.serve"} <= {entry["action"] for entry in log}
