"""A client generated from openapi.yaml by openapi-python-client drives the service with typed results.

The client is generated once per test session into a temporary directory, as an integrator would
generate it, and every call below must parse into the model the contract names: a response that
does not fit raises (raise_on_unexpected_status) or parses to the wrong type, and the test fails.
"""
from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from config import PROJECT_ROOT

from ..support import EMERGENCY, POLICE, PROCURATORATE
from .example_support import request_examples

PACKAGE = "referral_service_client"


@pytest.fixture(scope="session")
def generated(tmp_path_factory):
    """The generated client package, imported."""
    out = tmp_path_factory.mktemp("client") / PACKAGE
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}  # its ruff pass
    result = subprocess.run([str(bin_dir / "openapi-python-client"), "generate", "--path",
                             str(PROJECT_ROOT / "openapi.yaml"), "--output-path", str(out), "--meta", "none"],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(out.parent))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out.parent))


def _modules(package):
    """The generated operation and model modules used here."""
    names = ["api.oauth.issue_token", "api.referrals.create_referral", "api.referrals.act_on_referral",
             "api.referrals.list_referrals", "api.records.publish_record", "api.records.list_records",
             "api.audit.list_audit_events", "models"]
    return {name.rsplit(".", 1)[-1]: importlib.import_module(f"{PACKAGE}.{name}") for name in names}


def test_generated_client_drives_the_workflow_with_typed_results(generated, app, register):
    m = _modules(generated)
    models = m["models"]
    transport = httpx.WSGITransport(app=app)

    def session_as(agency: str):
        client_id, secret = register(agency)
        anonymous = generated.Client(base_url="http://localhost", raise_on_unexpected_status=True,
                                     httpx_args={"transport": transport})
        token = m["issue_token"].sync(client=anonymous, body=models.IssueTokenBody(
            grant_type=models.IssueTokenBodyGrantType.CLIENT_CREDENTIALS, client_id=client_id,
            client_secret=secret))
        assert isinstance(token, models.TokenResponse), token
        return generated.AuthenticatedClient(base_url="http://localhost", token=token.access_token,
                                             raise_on_unexpected_status=True, httpx_args={"transport": transport})

    emergency, police, prosecutor = session_as(EMERGENCY), session_as(POLICE), session_as(PROCURATORATE)

    # submit three, then receive and accept the first as the recipient
    body = models.ReferralCreate.from_dict(request_examples("createReferral")["example"])
    created = [m["create_referral"].sync_detailed(client=emergency, body=body) for _ in range(3)]
    assert all(isinstance(r.parsed, models.Referral) for r in created), created
    first = created[0]
    assert first.parsed.status is models.ReferralStatus.SUBMITTED
    assert first.parsed.incident.direct_loss_yuan == "1200000.00"
    received = m["act_on_referral"].sync_detailed(
        first.parsed.id, client=police, if_match=first.headers["ETag"],
        body=models.ReferralActionPlain(action=models.ReferralActionPlainAction.RECEIVE))
    assert isinstance(received.parsed, models.Referral) and received.parsed.status is models.ReferralStatus.RECEIVED
    accepted = m["act_on_referral"].sync(
        first.parsed.id, client=police, if_match=received.headers["ETag"],
        body=models.ReferralActionPlain(action=models.ReferralActionPlainAction.ACCEPT))
    assert isinstance(accepted, models.Referral) and accepted.status is models.ReferralStatus.ACCEPTED

    # list with paging: two pages of two and one, typed
    page = m["list_referrals"].sync(client=emergency, limit=2)
    assert isinstance(page, models.ReferralPage) and len(page.items) == 2 and page.next_cursor
    rest = m["list_referrals"].sync(client=emergency, limit=2, cursor=page.next_cursor)
    assert isinstance(rest, models.ReferralPage) and rest.next_cursor is None
    assert {r.id for r in page.items + rest.items} == {r.parsed.id for r in created}
    assert all(isinstance(r, models.Referral) for r in page.items + rest.items)
    overdue = m["list_referrals"].sync(client=emergency, overdue=models.QueryBoolean.TRUE)
    assert isinstance(overdue, models.ReferralPage) and overdue.items == []

    # record search by the procuratorate
    record = models.RecordInput.from_dict(request_examples("publishRecord")["example"])
    published = m["publish_record"].sync(client=emergency, body=record)
    assert isinstance(published, models.Record) and published.penalty.amount_yuan == "50000.00"
    found = m["list_records"].sync(client=prosecutor, q="危险化学品")
    assert isinstance(found, models.RecordPage) and [r.id for r in found.items] == [published.id]

    # the auditor's question: who has seen this referral?
    log = m["list_audit_events"].sync(client=prosecutor, resource_id=first.parsed.id, limit=200)
    assert isinstance(log, models.AuditEventPage) and log.items
    assert all(isinstance(e, models.AuditEvent) for e in log.items)
    assert {"referrals.create", "referrals.action.receive", "referrals.action.accept"} <= {e.action for e in log.items}
