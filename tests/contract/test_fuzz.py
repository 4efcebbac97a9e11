"""Schemathesis 4 holds the server to openapi.yaml from both sides: every check, positive and negative
data, the contract's examples, and a stateful walk along its links, with tokens covering every scope.

Bounded (MAX_EXAMPLES per operation and mode, STATEFUL_SCENARIOS walks) and derandomized, so a run
is the same on every machine and CI stays reproducible.
"""
from __future__ import annotations

import json
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from ..support import EMERGENCY, POLICE, PROCURATORATE

MAX_EXAMPLES = 6
# Negative cases cost hypothesis most to generate, and each operation's refusal paths are few.
NEGATIVE_EXAMPLES = 3
STATEFUL_SCENARIOS = 40
STATEFUL_STEPS = 6
SETTINGS = dict(deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
# Valid in shape, refused for what the shape cannot say: a code no agency has, a check character
# (mod 31, mod 11) or birth date that does not add up, a time in the future, a cursor this server
# did not issue, a key already used with another body, a file whose bytes are not of an allowed type.
# A 422 naming only these is still right.
STATE_DEPENDENT_FIELDS = {"cursor", "recipient_agency", "to_agency", "source", "recipient", "agency",
                          "uscc", "resident_id", "credit_code", "subject_credit_code", "occurred_at",
                          "Idempotency-Key", "q", "decided_at", "file",
                          # recommendations, consultations, webhooks: an agency that exists and may be
                          # addressed, a date not in the past, a link both sides can read, a document
                          # number not yet used, a URL that resolves to a public address
                          "addressee_agency", "due_on", "link", "document_number", "served_on",
                          "followed_up_on", "url",
                          # the access log's proofs: sizes up to what the log holds now; dates the
                          # service can store (1900 to 2199)
                          "tree_size", "seq", "first", "second", "due_date",
                          "after",  # the events feed's cursor
                          # only a pre-suit consultation records minutes and an agreed plan: its kind
                          "minutes", "agreed_plan", "agreed_rectification_date"}
# Besides 2xx: no such object (404), not the caller's move (403), not from this state (409), a
# stale ETag (412), a body over a documented size limit (413), and the authentication answers.
ACCEPTED = {401, 403, 404, 409, 412, 413}
# The token endpoints answer a client or token they do not know with an OAuth error (RFC 6749 §5.2).
CREDENTIAL_ERRORS = {"invalid_client", "invalid_grant", "invalid_scope", "unauthorized_client"}


def _leaves(errors: Any, name: str = "") -> set[str]:
    """The field names at the leaves of a problem's `errors` (list indexes skipped)."""
    if isinstance(errors, dict):
        return set().union(*(_leaves(value, key if not str(key).isdigit() else name)
                             for key, value in errors.items())) if errors else {name}
    return {name}


def accepts_valid_data(ctx, response, case) -> None:
    """Valid data is accepted, or refused only for a reason its shape cannot express."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code < 400:
        return None
    if response.status_code in ACCEPTED:
        return None
    if response.status_code == 429 and case.operation.path.startswith("/oauth/"):
        return None  # earlier generated cases failed to authenticate from this address: throttled, as documented
    body = json.loads(response.content or b"{}")
    if case.operation.path.startswith("/oauth/") and body.get("error") in CREDENTIAL_ERRORS:
        return None
    if response.status_code == 422:
        named = _leaves(body.get("errors") or {})
        if named <= STATE_DEPENDENT_FIELDS:
            return None
    raise AssertionError(f"{case.operation.label}: valid data refused with {response.status_code}: "
                         f"{response.content[:3000]!r}")


def _make_business_valid(label: str, body: dict) -> None:
    """Replace the values a generated body gets right only by chance with ones the server accepts."""
    if label == "POST /api/v1/referrals":
        body["recipient_agency"] = POLICE
        body["parties"] = []
        if body.get("category") == "public_interest":
            body["category"] = "criminal"
        if isinstance(body.get("incident"), dict):
            body["incident"]["occurred_at"] = "2026-03-15T09:30:00+08:00"
    if label == "POST /api/v1/records" and isinstance(body.get("subject"), dict):
        body["subject"]["credit_code"] = None


@pytest.fixture
def schema(app):
    return schemathesis.openapi.from_wsgi("/openapi.yaml", app)


@pytest.fixture
def headers_for(agencies, token_for):
    """A token per operation: the procuratorate's holds every scope but records:share and
    recommendations:reply, an administrative agency's holds those; together they cover every scope."""
    prosecutor = {"Authorization": f"Bearer {token_for(PROCURATORATE)}"}
    publisher = {"Authorization": f"Bearer {token_for(EMERGENCY)}"}

    def _headers(operation) -> dict[str, str]:
        declared = {scope for requirement in operation.definition.raw.get("security", [])
                    for scope in requirement.get("oauth2", [])}
        return publisher if declared & {"records:share", "recommendations:reply"} else prosecutor

    return _headers


def _validate(case, response, **kwargs) -> None:
    case.validate_response(response, excluded_checks=[positive_data_acceptance],
                           additional_checks=[accepts_valid_data], **kwargs)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_every_operation_holds_to_the_contract(schema, headers_for, mode):
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 25
    statuses: dict[str, list[int]] = {}
    for operation in operations:
        # Driven from here rather than by schemathesis' pytest plugin, which pytest 9 breaks.
        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=MAX_EXAMPLES if mode is GenerationMode.POSITIVE else NEGATIVE_EXAMPLES,
                  phases=[Phase.explicit, Phase.generate], **SETTINGS)
        def holds(case):
            response = case.call(headers=headers_for(operation))
            _validate(case, response)
            statuses.setdefault(operation.label, []).append(response.status_code)

        try:
            holds()
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE  # nothing to get wrong: no parameters, no body
            statuses[operation.label] = []
    assert set(statuses) == {operation.label for operation in operations}
    if mode is GenerationMode.POSITIVE:
        reached = sum(1 for codes in statuses.values() if any(code < 300 for code in codes))
        assert reached >= 12, statuses


def test_the_contract_examples_hold(schema, headers_for):
    for result in schema.get_all_operations():
        operation = result.ok()
        strategies = operation.get_strategies_from_examples()
        for strategy in strategies:
            @given(case=strategy)
            @settings(max_examples=3, phases=[Phase.generate], **SETTINGS)
            def holds(case):
                _validate(case, case.call(headers=headers_for(operation)))

            holds()


def test_stateful_walks_along_the_links_hold(schema, headers_for):
    base = schema.as_state_machine()

    answered: dict[str, set[int]] = {}

    class Walk(base):
        def before_call(self, case):
            # Business-valid where the shape cannot say it (an existing recipient, real check
            # characters, a past incident), so that creations succeed and their links are walked.
            if isinstance(case.body, dict):
                _make_business_valid(case.operation.label, case.body)

        def get_call_kwargs(self, case):
            return {"headers": headers_for(case.operation)}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            answered.setdefault(case.operation.label, set()).add(response.status_code)
            _validate(case, response, transport_kwargs=kwargs or None, recorder=self.recorder)

    Walk.run(settings=settings(max_examples=STATEFUL_SCENARIOS, stateful_step_count=STATEFUL_STEPS, **SETTINGS))
    # The walk followed links from created objects: their ids are found nowhere else.
    followed = {label for label, codes in answered.items() if "{" in label and codes & {200, 201}}
    print(f"stateful: {len(answered)} operations called; reached through links: {sorted(followed)}")
    # Within this bound about fifty operations share the walks, so which created objects' links are
    # walked changes with the contract; that some are is what this proves. Every operation is
    # reached by the per-operation phase above.
    assert followed - {"GET /api/v1/agencies/{code}"}, answered
