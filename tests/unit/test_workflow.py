"""The referral workflow table and the guard's refusals; pure, no database."""
from __future__ import annotations

import pytest

from referral_service.auth.scopes import SCOPES
from referral_service.referrals.workflow import (MOVES, ROLE_SCOPES, SUBMIT, Refused, Role, Status,
                                                 guard)

S, R = Status, Role
ALL_SCOPES = set(SCOPES)

# action: (who, from, to, required) -- written out from the README's workflow table.
DESIGN_TABLE = {
    "receive": ({R.recipient}, {S.submitted}, S.received, ()),
    "forward": ({R.recipient}, {S.submitted, S.received}, S.submitted, ("to_agency",)),
    "return": ({R.recipient}, {S.received}, S.returned, ("reason",)),
    "resubmit": ({R.source}, {S.returned}, S.submitted, ()),
    "withdraw": ({R.source}, {S.submitted}, S.withdrawn, ("reason",)),
    "accept": ({R.recipient}, {S.received, S.reconsidering, S.filing_notified}, S.accepted, ()),
    "decline": ({R.recipient}, {S.received, S.reconsidering}, S.declined, ("reason",)),
    "request_reconsideration": ({R.source}, {S.declined}, S.reconsidering, ("reason",)),
    "request_supervision": ({R.source, R.procuratorate}, {S.declined}, S.under_supervision, ("reason",)),
    "notify_filing": ({R.procuratorate}, {S.under_supervision}, S.filing_notified, ("reason",)),
    "close": ({R.recipient, R.procuratorate}, {S.accepted, S.declined, S.under_supervision}, S.closed,
              ("outcome",)),
}


def test_the_table_is_the_one_in_the_design():
    actual = {a: (set(m.actors), set(m.from_states), m.to_state, m.required) for a, m in MOVES.items()}
    assert actual == DESIGN_TABLE


def test_deadlines_started_by_each_move_are_configured_periods():
    from config import Settings

    periods = Settings().deadline_working_days
    starts = {a: m.starts for a, m in MOVES.items()}
    assert starts == {
        "receive": "decision", "forward": "receipt", "return": "resubmission", "resubmit": "receipt",
        "withdraw": None, "accept": None, "decline": "reconsideration_request",
        "request_reconsideration": "reconsideration_decision", "request_supervision": "supervision",
        "notify_filing": "filing_after_notification", "close": None,
    }
    assert SUBMIT.starts == "receipt"
    assert {s for s in starts.values() if s} <= set(periods)


def test_role_scopes_are_registered_scopes():
    assert set(ROLE_SCOPES.values()) <= set(SCOPES)
    assert ROLE_SCOPES == {R.source: "referrals:submit", R.recipient: "referrals:handle",
                           R.procuratorate: "referrals:supervise"}


def test_closed_and_withdrawn_are_final():
    for move in MOVES.values():
        assert not move.from_states & {S.closed, S.withdrawn}


@pytest.mark.parametrize("action", MOVES)
def test_guard_allows_each_listed_move(action):
    move = MOVES[action]
    given = {field: "x" for field in move.required}
    for status in move.from_states:
        for role in move.actors:
            assert guard(action, status, {role}, ALL_SCOPES, given) is move


@pytest.mark.parametrize("action", MOVES)
def test_guard_refuses_unlisted_states(action):
    move = MOVES[action]
    role = next(iter(move.actors))
    for status in set(Status) - move.from_states:
        with pytest.raises(Refused) as refused:
            guard(action, status, {role}, ALL_SCOPES, {field: "x" for field in move.required})
        assert refused.value.kind == "state"


@pytest.mark.parametrize("action", MOVES)
def test_guard_refuses_other_roles_and_missing_scopes(action):
    move = MOVES[action]
    status = next(iter(move.from_states))
    given = {field: "x" for field in move.required}
    for role in set(Role) - move.actors:
        with pytest.raises(Refused) as refused:
            guard(action, status, {role}, ALL_SCOPES, given)
        assert refused.value.kind == "role"
    for role in move.actors:
        with pytest.raises(Refused) as refused:
            guard(action, status, {role}, ALL_SCOPES - {ROLE_SCOPES[role]}, given)
        assert refused.value.kind == "scope"


def test_the_role_is_checked_before_the_state_and_fields():
    with pytest.raises(Refused) as refused:
        guard("accept", S.closed, {R.source}, ALL_SCOPES, {})
    assert refused.value.kind == "role"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_blank_required_fields_are_missing(value):
    with pytest.raises(Refused) as refused:
        guard("decline", S.received, {R.recipient}, ALL_SCOPES, {"reason": value})
    assert (refused.value.kind, refused.value.fields) == ("missing", ("reason",))


def test_a_caller_with_two_roles_may_use_either():
    # The procuratorate as recipient of a public-interest clue that it also supervises.
    assert guard("close", S.declined, {R.recipient, R.procuratorate}, {"referrals:supervise"},
                 {"outcome": "x"}) is MOVES["close"]
