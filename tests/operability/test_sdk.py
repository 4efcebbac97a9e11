"""The Python SDK: the committed client is exactly a fresh generation, its layer behaves, and it drives the workflow."""
import filecmp
import io
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from config import PROJECT_ROOT

SDK = PROJECT_ROOT / "clients" / "python"
sys.path.insert(0, str(SDK))

from referral_client.api.referrals import (  # noqa: E402
    act_on_referral, add_referral_attachment, create_referral, get_referral, list_referral_events)
from referral_client.models import AddReferralAttachmentBody, DocumentType, ReferralActionPlain, ReferralCreate  # noqa: E402
from referral_client.types import File  # noqa: E402
from referral_client_ext import ServiceTransport, TokenAuth, connect  # noqa: E402

GENERATOR = Path(sys.executable).with_name("openapi-python-client")
REFERRAL = {"category": "criminal", "recipient_agency": "HD-GAJ", "title": "某化工公司仓库爆炸事故涉嫌重大责任事故罪",
            "summary": "2026年3月15日仓库爆炸，造成1人死亡、3人重伤。", "suspected_offence": "134(1)",
            "contact": {"name": "李四", "phone": "022-24123456"}}


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def test_committed_client_is_a_fresh_generation(tmp_path):
    out = tmp_path / "referral_client"
    done = subprocess.run([str(GENERATOR), "generate", "--path", str(PROJECT_ROOT / "openapi.yaml"),
                           "--config", str(SDK / "generator.yaml"), "--meta", "none",
                           "--output-path", str(out), "--overwrite"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    committed = SDK / "referral_client"
    assert tree(out) == tree(committed), "run `make client`"
    differ = [name for name in tree(out) if not filecmp.cmp(out / name, committed / name, shallow=False)]
    assert differ == [], f"run `make client`: {differ}"


class FakeService:
    """A scripted token endpoint and API for the layer's unit tests."""

    def __init__(self, answers):
        self.answers = list(answers)
        self.sent: list[httpx.Request] = []
        self.tokens = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            self.tokens += 1
            return httpx.Response(200, json={"access_token": f"t{self.tokens}", "expires_in": 300})
        self.sent.append(request)
        status, headers = self.answers.pop(0)
        return httpx.Response(status, headers=headers, json={})


def http_for(service: FakeService, clock=lambda: 0.0, waits=None) -> httpx.Client:
    mock = httpx.MockTransport(service)
    auth = TokenAuth("http://svc/oauth/token", "id", "secret", transport=mock, clock=clock)
    sleep = (waits.append if waits is not None else lambda s: None)
    return httpx.Client(base_url="http://svc", auth=auth,
                        transport=ServiceTransport(mock, retries=3, max_wait=5, sleep=sleep))


def test_retries_honour_retry_after_and_reuse_the_idempotency_key():
    service = FakeService([(503, {"Retry-After": "2"}), (429, {"Retry-After": "60"}), (429, {}), (201, {})])
    waits: list[float] = []
    response = http_for(service, waits=waits).post("/api/v1/referrals", json=REFERRAL)
    assert response.status_code == 201
    assert waits == [2.0, 5.0, 2.0]  # Retry-After, capped at max_wait, then backoff 0.5 * 2**2
    keys = {r.headers["Idempotency-Key"] for r in service.sent}
    assert len(service.sent) == 4 and len(keys) == 1
    http_for(service := FakeService([(201, {})])).post("/api/v1/referrals", json=REFERRAL)
    assert service.sent[0].headers["Idempotency-Key"] not in keys  # a new create, a new key


def test_retries_are_bounded():
    service = FakeService([(503, {})] * 4)
    assert http_for(service).get("/api/v1/referrals").status_code == 503
    assert len(service.sent) == 4


def test_tokens_are_cached_renewed_before_expiry_and_after_a_401():
    now = [0.0]
    service = FakeService([(200, {}), (200, {}), (401, {}), (200, {}), (200, {})])
    http = http_for(service, clock=lambda: now[0])
    http.get("/api/v1/agencies")
    http.get("/api/v1/agencies")
    assert service.tokens == 1
    assert http.get("/api/v1/agencies").status_code == 200  # 401, a new token, sent again
    assert service.tokens == 2 and service.sent[-1].headers["Authorization"] == "Bearer t2"
    now[0] = 290.0  # within the renewal margin of t2's 300 seconds
    http.get("/api/v1/agencies")
    assert service.tokens == 3 and service.sent[-1].headers["Authorization"] == "Bearer t3"


def test_if_match_comes_from_the_last_read():
    path = "/api/v1/referrals/r1"
    service = FakeService([(200, {"ETag": '"v1"'}), (200, {"ETag": '"v2"'}), (200, {"ETag": '"v3"'})])
    http = http_for(service)
    http.get(path)
    http.post(f"{path}/actions", json={"action": "receive"})
    http.post(f"{path}/actions", json={"action": "accept"})
    assert [r.headers.get("If-Match") for r in service.sent] == [None, '"v1"', '"v2"']


@pytest.mark.slow
def test_the_workflow_through_the_sdk(demo_server):
    bureau = connect(demo_server.url, *demo_server.credentials("HD-YJJ"))
    police = connect(demo_server.url, *demo_server.credentials("HD-GAJ"))
    created = create_referral.sync_detailed(client=bureau, body=ReferralCreate.from_dict(REFERRAL))
    assert created.status_code == 201, created.content
    referral_id = str(created.parsed.id)
    pdf = (PROJECT_ROOT / "examples" / "sample.pdf").read_bytes()
    attached = add_referral_attachment.sync_detailed(referral_id, client=bureau, body=AddReferralAttachmentBody(
        file=File(payload=io.BytesIO(pdf), file_name="移送书.pdf", mime_type="application/pdf"),
        document_type=DocumentType.TRANSFER_LETTER))
    assert attached.status_code == 201, attached.content

    assert get_referral.sync_detailed(referral_id, client=police).status_code == 200
    for action, status in (("receive", "received"), ("accept", "accepted")):
        moved = act_on_referral.sync_detailed(referral_id, client=police, body=ReferralActionPlain.from_dict({"action": action}))
        assert moved.status_code == 200, moved.content
        assert moved.parsed.status.value == status
    # A stale ETag sent explicitly still answers 412: the layer never overrides the caller.
    stale = act_on_referral.sync_detailed(referral_id, client=police, if_match='"stale"',
                                          body=ReferralActionPlain.from_dict({"action": "accept"}))
    assert stale.status_code == 412
    events = list_referral_events.sync_detailed(referral_id, client=bureau)
    assert [e.to_status.value for e in events.parsed.items] == ["submitted", "received", "accepted"]
