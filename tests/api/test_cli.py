"""The design's command line, run as a user runs it."""
import json
import os
import subprocess
import sys
from pathlib import Path

from ..support import basic

BIN = Path(sys.executable).with_name("referral-service")


def run(settings, *args, check=True):
    env = {**os.environ, "REFERRAL_DATABASE_URL": settings.database_url,
           "REFERRAL_INSTANCE_PATH": str(settings.instance_path)}
    result = subprocess.run([str(BIN), *args], env=env, capture_output=True, text=True, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_register_agency_and_client_then_use_and_disable_it(app, client, settings):
    run(settings, "db", "upgrade")
    added = json.loads(run(settings, "agencies", "add", "HD-SWJ", "--name", "天津市河东区水务局",
                           "--kind", "administrative", "--division", "120102").stdout)
    assert added["name"] == "天津市河东区水务局"
    creds = json.loads(run(settings, "clients", "add", "--agency", "HD-SWJ",
                           "--scopes", "records:share records:read", "--name", "水务执法系统").stdout)
    assert set(creds) >= {"client_id", "client_secret"}
    token = client.post("/oauth/token", data={"grant_type": "client_credentials"},
                        headers=basic(creds["client_id"], creds["client_secret"]))
    assert token.status_code == 200 and token.json["scope"] == "records:read records:share"
    bearer = {"Authorization": f"Bearer {token.json['access_token']}"}
    assert client.get("/api/v1/agencies/HD-SWJ", headers=bearer).json["kind"] == "administrative"

    run(settings, "clients", "disable", creds["client_id"])
    assert client.get("/api/v1/agencies/HD-SWJ", headers=bearer).status_code == 401


def test_cli_refuses_scopes_beyond_the_kind_and_unknown_agencies(app, settings):
    run(settings, "agencies", "add", "HD-JD", "--name", "监督办", "--kind", "oversight")
    refused = run(settings, "clients", "add", "--agency", "HD-JD", "--scopes", "referrals:read", check=False)
    assert refused.returncode == 2 and "not permitted to a oversight agency" in refused.stderr
    missing = run(settings, "clients", "add", "--agency", "HD-NONE", "--scopes", "audit:read", check=False)
    assert missing.returncode == 2 and "no agency" in missing.stderr
    duplicate = run(settings, "agencies", "add", "HD-JD", "--name", "x", "--kind", "oversight", check=False)
    assert duplicate.returncode == 2 and "exists already" in duplicate.stderr


def test_demo_writes_credentials_that_work(app, client, settings):
    out = run(settings, "demo", "--no-serve").stdout
    path = settings.instance_path / "demo-credentials.json"
    assert str(path) in out
    creds = json.loads(path.read_text())
    assert creds["HD-JCY"]["agency"] == "天津市河东区人民检察院"
    assert len(creds) == 8
    for entry in creds.values():
        response = client.post("/oauth/token", data={"grant_type": "client_credentials"},
                               headers=basic(entry["client_id"], entry["client_secret"]))
        assert response.status_code == 200, entry
    # Running it again keeps the same clients.
    run(settings, "demo", "--no-serve")
    assert json.loads(path.read_text()) == creds


def test_demo_shows_a_served_recommendation_and_an_open_consultation(app, client, settings):
    run(settings, "demo", "--no-serve")
    run(settings, "demo", "--no-serve")  # twice: still one of each
    creds = json.loads((settings.instance_path / "demo-credentials.json").read_text())
    fire = creds["HD-XFJY"]
    token = client.post("/oauth/token", data={"grant_type": "client_credentials"},
                        headers=basic(fire["client_id"], fire["client_secret"])).json["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    recommendations = client.get("/api/v1/recommendations", headers=headers).json["items"]
    assert [(r["status"], len(r["hazards"])) for r in recommendations] == [("served", 2)]
    consultations = client.get("/api/v1/consultations", headers=headers).json["items"]
    assert [(c["status"], c["link"]["id"]) for c in consultations] == [("open", recommendations[0]["id"])]
