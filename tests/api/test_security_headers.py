"""Response headers: nothing cached, nothing sniffed; absolute URLs never from the Host header."""
from __future__ import annotations

from dataclasses import replace

import pytest
import requests

from config import load_settings
from referral_service import create_app
from referral_service.serving import gunicorn_argv

from ..support import EMERGENCY
from .referral_support import create


def test_every_response_is_no_store_and_nosniff(client, as_agency):
    bureau = as_agency(EMERGENCY)
    referral = create(bureau)
    responses = [bureau.get(f"/api/v1/referrals/{referral['id']}"), bureau.get("/api/v1/referrals"),
                 bureau.get("/api/v1/referrals/00000000-0000-4000-8000-000000000000"),
                 client.get("/api/v1/agencies"), client.get("/.well-known/oauth-authorization-server"),
                 client.get("/healthz"), client.post("/oauth/token", data={"grant_type": "client_credentials"})]
    for response in responses:
        assert response.headers["X-Content-Type-Options"] == "nosniff", response.request.path
        assert "no-store" in response.headers["Cache-Control"], response.request.path
    contract = client.get("/openapi.yaml")  # public, no data: revalidated, not forbidden to cache
    assert contract.headers["X-Content-Type-Options"] == "nosniff"


def test_link_and_discovery_ignore_the_host_header(as_agency, client):
    bureau = as_agency(EMERGENCY)
    create(bureau)
    create(bureau)
    page = bureau.get("/api/v1/referrals?limit=1", headers={"Host": "evil.example"})
    assert page.headers["Link"].startswith("<http://127.0.0.1:8080/api/v1/referrals?")
    meta = client.get("/.well-known/oauth-authorization-server", headers={"Host": "evil.example:666"}).json
    assert meta["issuer"] == "http://localhost" and "evil" not in str(meta)


def test_the_public_url_is_configured(app, settings, as_agency):
    app.config["SETTINGS"] = replace(settings, public_url="https://referral.hedong.example/", issuer="")
    meta = app.test_client().get("/.well-known/oauth-authorization-server", headers={"Host": "evil.example"}).json
    assert meta["issuer"] == "https://referral.hedong.example"
    assert meta["token_endpoint"] == "https://referral.hedong.example/oauth/token"


def test_forwarded_headers_count_only_behind_a_trusted_proxy(settings):
    forwarded = {"X-Forwarded-Host": "referral.hedong.example", "X-Forwarded-Proto": "https",
                 "X-Forwarded-For": "10.1.2.3"}
    for trusted, expected in ((0, "http://127.0.0.1:8080"), (1, "https://referral.hedong.example")):
        app = create_app(replace(settings, trusted_proxies=trusted, issuer=""))
        try:
            meta = app.test_client().get("/.well-known/oauth-authorization-server", headers=forwarded).json
        finally:
            app.extensions["referral_db"].dispose()
        assert meta["issuer"] == expected


@pytest.mark.parametrize("host,port,url", [("127.0.0.1", 9000, "http://127.0.0.1:9000"),
                                           ("0.0.0.0", 18080, "http://127.0.0.1:18080"),
                                           ("referral.local", 80, "http://referral.local:80")])
def test_serve_names_its_own_port_unless_a_public_url_is_set(host, port, url):
    argv = gunicorn_argv("referral_service.wsgi:app", host, port, load_settings(environ={}))
    assert argv[argv.index("--env") + 1] == f"REFERRAL_PUBLIC_URL={url}"
    configured = load_settings(environ={"REFERRAL_PUBLIC_URL": "https://x.example"})
    assert "--env" not in gunicorn_argv("referral_service.wsgi:app", host, port, configured)


@pytest.mark.slow
def test_a_served_discovery_document_names_the_served_port(live_server):
    meta = requests.get(f"{live_server}/.well-known/oauth-authorization-server", timeout=10,
                        headers={"Host": "evil.example"}).json()
    assert meta["token_endpoint"] == f"{live_server}/oauth/token"
