"""Every row of the workflow table, allowed and refused; actor rules; If-Match; events; deadlines."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
import time_machine
from sqlalchemy import select

from referral_service.referrals.models import Referral
from referral_service.referrals.workflow import MOVES, Role, Status

from ..support import EMERGENCY, FIRE, POLICE, PROCURATORATE
from .referral_support import PATHS, act, create, walk_to

FIELDS = {"reason": "理由：经审查认为", "to_agency": FIRE, "outcome": "已立案侦查"}
ALL_FIELDS = {
    action: {key: FIELDS[key] for key in (("reason",) + (("to_agency",) if action == "forward" else ())
                                          + (("outcome",) if action == "close" else ()))}
    for action in MOVES
}


@pytest.fixture
def actors(as_agency):
    return {"source": as_agency(EMERGENCY), "recipient": as_agency(POLICE),
            "procuratorate": as_agency(PROCURATORATE)}


def _first_actor(action: str) -> str:
    return sorted(role.value for role in MOVES[action].actors)[-1]  # recipient/source before procuratorate


def _events(caller, referral_id):
    return caller.get(f"/api/v1/referrals/{referral_id}/events").json["items"]


CASES = [(action, state) for action in MOVES for state in PATHS]


@pytest.mark.parametrize("action,state", CASES, ids=[f"{a}-from-{s}" for a, s in CASES])
def test_every_action_from_every_state(actors, action, state):
    """Allowed where the table says so, moving to its target; 409 changing nothing elsewhere."""
    referral = walk_to(actors, state)
    move = MOVES[action]
    caller = actors[_first_actor(action)]
    watcher = actors["source"]  # after a forward only the source and the new recipient see it
    before = _events(watcher, referral["id"])
    response = act(caller, referral["id"], action, **ALL_FIELDS[action])
    if Status(state) in move.from_states:
        assert response.status_code == 200, response.json
        assert response.json["status"] == move.to_state.value
        assert response.json["version"] == referral["version"] + 1
        after = _events(watcher, referral["id"])
        assert len(after) == len(before) + 1
        assert after[-1]["action"] == action
        assert (after[-1]["from_status"], after[-1]["to_status"]) == (state, move.to_state.value)
    else:
        assert response.status_code == 409, response.json
        assert response.json["type"].endswith("/illegal-transition")
        assert action in response.json["detail"]
        unchanged = watcher.get(f"/api/v1/referrals/{referral['id']}").json
        assert (unchanged["status"], unchanged["version"]) == (state, referral["version"])
        assert _events(watcher, referral["id"]) == before


ROLE_CASES = [(action, role.value) for action, move in MOVES.items() for role in Role
              if role not in move.actors]


@pytest.mark.parametrize("action,role", ROLE_CASES, ids=[f"{a}-by-{r}" for a, r in ROLE_CASES])
def test_a_party_without_the_role_gets_403_and_nothing_changes(actors, action, role):
    move = MOVES[action]
    state = sorted(s.value for s in move.from_states)[0]
    referral = walk_to(actors, state)
    response = act(actors[role], referral["id"], action, **ALL_FIELDS[action])
    assert response.status_code == 403, response.json
    assert response.json["type"].endswith("/not-your-move")
    fetched = actors["source"].get(f"/api/v1/referrals/{referral['id']}").json
    assert (fetched["status"], fetched["version"]) == (state, referral["version"])


@pytest.mark.parametrize("action,role,scopes", [
    ("receive", "recipient", "referrals:read referrals:submit"),
    ("withdraw", "source", "referrals:read referrals:handle"),
    ("notify_filing", "procuratorate", "referrals:read referrals:handle referrals:submit"),
    ("request_supervision", "procuratorate", "referrals:read referrals:submit"),
])
def test_the_right_party_without_the_roles_scope_gets_403(actors, as_agency, action, role, scopes):
    move = MOVES[action]
    state = sorted(s.value for s in move.from_states)[0]
    referral = walk_to(actors, state)
    code = {"source": EMERGENCY, "recipient": POLICE, "procuratorate": PROCURATORATE}[role]
    response = act(as_agency(code, scopes), referral["id"], action, **ALL_FIELDS[action])
    assert response.status_code == 403
    assert "referrals:" in response.json["detail"]
    assert actors["source"].get(f"/api/v1/referrals/{referral['id']}").json["status"] == state


def test_request_supervision_by_the_source_or_the_procuratorate(actors):
    for who in ("source", "procuratorate"):
        referral = walk_to(actors, "declined")
        response = act(actors[who], referral["id"], "request_supervision", reason="不予立案理由不成立")
        assert response.status_code == 200 and response.json["status"] == "under_supervision"


def test_close_by_the_recipient_or_the_procuratorate(actors):
    for who in ("recipient", "procuratorate"):
        referral = walk_to(actors, "accepted")
        response = act(actors[who], referral["id"], "close", outcome="已移送审查起诉")
        assert response.status_code == 200
        assert (response.json["status"], response.json["outcome"]) == ("closed", "已移送审查起诉")
        assert response.json["due_at"] is None


@pytest.mark.parametrize("action,state,field", [
    ("return", "received", "reason"), ("withdraw", "submitted", "reason"),
    ("decline", "received", "reason"), ("request_reconsideration", "declined", "reason"),
    ("request_supervision", "declined", "reason"), ("notify_filing", "under_supervision", "reason"),
    ("forward", "received", "to_agency"), ("close", "accepted", "outcome"),
])
def test_required_fields_are_422_naming_them(actors, action, state, field):
    referral = walk_to(actors, state)
    caller = actors[_first_actor(action)]
    response = act(caller, referral["id"], action)
    assert response.status_code == 422, response.json
    assert response.json["errors"] == {field: [f"Required to {action}."]}
    response = act(caller, referral["id"], action, **{field: "   "})
    assert response.status_code == 422, response.json
    assert list(response.json["errors"]) == [field]
    assert caller.get(f"/api/v1/referrals/{referral['id']}").json["version"] == referral["version"]


def test_unknown_action_and_fields_are_422(actors):
    referral = create(actors["source"])
    response = act(actors["recipient"], referral["id"], "approve")
    assert response.status_code == 422 and "action" in response.json["errors"]
    response = act(actors["recipient"], referral["id"], "receive", colour="红")
    assert response.status_code == 422 and "colour" in response.json["errors"]


def test_stale_if_match_is_412_and_changes_nothing(actors):
    referral = create(actors["source"])
    url = f"/api/v1/referrals/{referral['id']}"
    etag = actors["recipient"].get(url).headers["ETag"]
    assert act(actors["recipient"], referral["id"], "receive").status_code == 200
    response = actors["recipient"].post(f"{url}/actions", json={"action": "accept"},
                                        headers={"If-Match": etag})
    assert response.status_code == 412
    assert response.headers["ETag"] == f'"referral-{referral["id"]}-v2"'
    fetched = actors["recipient"].get(url)
    assert (fetched.json["status"], fetched.json["version"]) == ("received", 2)
    assert len(_events(actors["recipient"], referral["id"])) == 2
    response = actors["recipient"].post(f"{url}/actions", json={"action": "accept"},
                                        headers={"If-Match": fetched.headers["ETag"]})
    assert response.status_code == 200 and response.headers["ETag"].endswith('-v3"')


def test_forward_hands_the_referral_to_the_new_recipient(actors, as_agency):
    referral = walk_to(actors, "received")
    response = act(actors["recipient"], referral["id"], "forward", to_agency=FIRE, reason="属消防救援机构管辖")
    assert response.status_code == 200
    assert (response.json["status"], response.json["recipient_agency"]) == ("submitted", FIRE)
    assert response.json["due_step"] == "receipt"
    fire = as_agency(FIRE)
    assert fire.get(f"/api/v1/referrals/{referral['id']}").status_code == 200
    assert act(fire, referral["id"], "receive").status_code == 200
    # The previous recipient no longer takes part in the referral.
    assert actors["recipient"].get(f"/api/v1/referrals/{referral['id']}").status_code == 404
    history = _events(actors["source"], referral["id"])
    assert [(e["action"], e["actor_agency"]) for e in history] == [
        ("submit", EMERGENCY), ("receive", POLICE), ("forward", POLICE), ("receive", FIRE)]
    assert (history[2]["from_agency"], history[2]["to_agency"]) == (POLICE, FIRE)
    assert history[2]["reason"] == "属消防救援机构管辖"


@pytest.mark.parametrize("target,message", [
    ("HD-NOPE", "No agency"), (POLICE, "already"), (EMERGENCY, "return"), ("HD-ZFJD", "oversight")])
def test_forward_to_a_wrong_agency_is_422(actors, target, message):
    referral = create(actors["source"])
    response = act(actors["recipient"], referral["id"], "forward", to_agency=target)
    assert response.status_code == 422 and message in response.json["errors"]["to_agency"][0]
    assert actors["recipient"].get(f"/api/v1/referrals/{referral['id']}").json["version"] == 1


def _at(moment: str) -> datetime:
    """That moment in Beijing time."""
    return datetime.fromisoformat(f"{moment}:00+08:00")


def _end_of(day: date) -> datetime:
    """23:59:59 Beijing time on that day, in UTC."""
    return datetime(day.year, day.month, day.day, 15, 59, 59, tzinfo=timezone.utc)


# Each move at a fixed time (2026's official calendar), and the deadline it sets for the next step.
LIFECYCLE = [
    # 00:30 on Thursday 30 April in Beijing is still 29 April in UTC: the Beijing date counts.
    # 1 working day: 1-5 May is the Labour Day holiday.
    ("source", "submit", {}, _at("2026-04-30T00:30"), date(2026, 5, 6)),
    # 3 working days: Saturday 9 May is worked in exchange for the holiday, then 11 and 12 May.
    ("recipient", "receive", {}, _at("2026-05-08T10:00"), date(2026, 5, 12)),
    # 3 working days: 19-21 June is the Dragon Boat Festival, then 22, 23, 24 June.
    ("recipient", "decline", {"reason": "理由：经审查"}, _at("2026-06-18T10:00"), date(2026, 6, 24)),
    # 7 working days: 1-7 October is National Day; 8, 9, Saturday 10 (worked), 12-15 October.
    ("source", "request_supervision", {"reason": "理由：经审查"}, _at("2026-09-30T10:00"), date(2026, 10, 15)),
    # 15 working days across the end of November: 30 November, then 1-18 December's weekdays.
    ("procuratorate", "notify_filing", {"reason": "理由：经审查"}, _at("2026-11-27T10:00"), date(2026, 12, 18)),
    ("recipient", "accept", {}, _at("2026-11-30T10:00"), None),
    ("procuratorate", "close", {"outcome": "已立案侦查"}, _at("2026-12-01T10:00"), None),
]


def test_full_lifecycle_history_with_actors_reasons_and_deadlines(actors):
    referral_id = None
    for who, action, fields, moment, _due in LIFECYCLE:
        with time_machine.travel(moment, tick=False):
            if action == "submit":
                referral_id = create(actors[who])["id"]
            else:
                assert act(actors[who], referral_id, action, **fields).status_code == 200
    history = _events(actors["procuratorate"], referral_id)
    assert [(e["action"], e["from_status"], e["to_status"], e["actor_agency"]) for e in history] == [
        ("submit", None, "submitted", EMERGENCY),
        ("receive", "submitted", "received", POLICE),
        ("decline", "received", "declined", POLICE),
        ("request_supervision", "declined", "under_supervision", EMERGENCY),
        ("notify_filing", "under_supervision", "filing_notified", PROCURATORATE),
        ("accept", "filing_notified", "accepted", POLICE),
        ("close", "accepted", "closed", PROCURATORATE),
    ]
    assert history[2]["reason"] == "理由：经审查"
    assert history[-1]["outcome"] == "已立案侦查"
    assert all(e["actor_client_id"] for e in history)
    assert [datetime.fromisoformat(e["occurred_at"]) for e in history] == [moment for *_, moment, _ in LIFECYCLE]
    assert [e["due_at"] and datetime.fromisoformat(e["due_at"]) for e in history] == [
        due and _end_of(due) for *_, due in LIFECYCLE]
    assert actors["procuratorate"].get(f"/api/v1/referrals/{referral_id}").json["status"] == "closed"


def test_overdue_filter_lists_those_past_due(actors, db):
    late, on_time = create(actors["source"]), create(actors["source"])
    done = walk_to(actors, "accepted")
    row = db.get(Referral, late["id"])
    row.due_at = datetime.fromisoformat("2026-01-05T15:59:59+00:00")
    db.commit()
    listed = actors["procuratorate"].get("/api/v1/referrals?overdue=true").json["items"]
    assert [r["id"] for r in listed] == [late["id"]] and listed[0]["overdue"] is True
    others = {r["id"] for r in actors["procuratorate"].get("/api/v1/referrals?overdue=false").json["items"]}
    assert others == {on_time["id"], done["id"]}
    assert db.scalar(select(Referral.status).where(Referral.id == late["id"])) is Status.submitted
