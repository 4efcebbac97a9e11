"""The authorization server as the service fixes it: client_credentials only, hashed, revocable."""
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update

from referral_service.auth.models import Client, Token
from referral_service.auth.service import disable_client
from referral_service.db import utcnow

from ..support import EMERGENCY, OVERSIGHT, POLICE, PROCURATORATE, basic

GRANT = {"grant_type": "client_credentials"}


def issue(client, client_id, secret, **form):
    return client.post("/oauth/token", data={**GRANT, **form}, headers=basic(client_id, secret))


def test_basic_auth_gets_a_bearer_token_of_300_seconds_with_all_registered_scopes(client, register):
    client_id, secret = register(EMERGENCY, "referrals:submit referrals:read")
    response = issue(client, client_id, secret)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    body = response.json
    assert body["token_type"] == "Bearer" and body["expires_in"] == 300
    assert body["scope"] == "referrals:read referrals:submit"


def test_form_credentials_and_a_narrower_scope(client, register):
    client_id, secret = register(EMERGENCY, "referrals:submit referrals:read")
    response = client.post("/oauth/token", data={**GRANT, "client_id": client_id, "client_secret": secret,
                                                 "scope": "referrals:read"})
    assert response.status_code == 200
    assert response.json["scope"] == "referrals:read"


def test_scope_beyond_the_registration_is_invalid_scope(client, register):
    client_id, secret = register(EMERGENCY, "referrals:read")
    response = issue(client, client_id, secret, scope="referrals:read audit:read")
    assert response.status_code == 400
    assert response.json["error"] == "invalid_scope"
    assert issue(client, client_id, secret, scope="nonsense").json["error"] == "invalid_scope"


def test_bad_credentials_are_invalid_client_401(client, register):
    client_id, secret = register(EMERGENCY)
    for cid, sec in ((client_id, secret + "x"), ("nobody", secret)):
        response = issue(client, cid, sec)
        assert response.status_code == 401
        assert response.json["error"] == "invalid_client"
        assert "access_token" not in response.json


def test_other_grants_are_unsupported(client, register):
    client_id, secret = register(EMERGENCY)
    for grant in ("password", "authorization_code", "refresh_token"):
        response = client.post("/oauth/token", data={"grant_type": grant}, headers=basic(client_id, secret))
        assert response.status_code == 400
        assert response.json["error"] == "unsupported_grant_type"


def test_secrets_and_tokens_are_stored_only_as_hashes(client, register, db, settings, backend):
    client_id, secret = register(EMERGENCY)
    access = issue(client, client_id, secret).json["access_token"]
    stored = db.scalar(select(Client).where(Client.client_id == client_id))
    assert secret not in stored.secret_hash and len(stored.secret_hash) == 64
    hashes = list(db.scalars(select(Token.token_hash)))
    assert access not in hashes and len(hashes) == 1
    if backend == "sqlite":  # nothing in the database files, the WAL included, holds either
        folder = Path(settings.database_url.removeprefix("sqlite:///")).parent
        raw = b"".join(path.read_bytes() for path in folder.glob("referral.db*"))
        assert secret.encode() not in raw and access.encode() not in raw


def test_revoked_token_is_refused_on_the_next_request(client, register):
    client_id, secret = register(EMERGENCY)
    access = issue(client, client_id, secret).json["access_token"]
    bearer = {"Authorization": f"Bearer {access}"}
    assert client.get("/api/v1/agencies", headers=bearer).status_code == 200
    response = client.post("/oauth/revoke", data={"token": access}, headers=basic(client_id, secret))
    assert response.status_code == 200
    refused = client.get("/api/v1/agencies", headers=bearer)
    assert refused.status_code == 401
    assert 'error="invalid_token"' in refused.headers["WWW-Authenticate"]


def test_a_client_cannot_revoke_another_clients_token(client, register):
    owner_id, owner_secret = register(EMERGENCY)
    other_id, other_secret = register(POLICE)
    access = issue(client, owner_id, owner_secret).json["access_token"]
    refused = client.post("/oauth/revoke", data={"token": access}, headers=basic(other_id, other_secret))
    assert refused.status_code == 400 and refused.json["error"] == "invalid_grant"  # RFC 7009 §2.1
    assert client.get("/api/v1/agencies", headers={"Authorization": f"Bearer {access}"}).status_code == 200


def test_disabled_client_is_refused_at_once(app, client, register, db):
    client_id, secret = register(EMERGENCY)
    access = issue(client, client_id, secret).json["access_token"]
    with db.begin():
        disable_client(db, client_id)
    assert client.get("/api/v1/agencies", headers={"Authorization": f"Bearer {access}"}).status_code == 401
    assert issue(client, client_id, secret).json["error"] == "invalid_client"


def test_disabled_client_tokens_fail_even_if_not_marked_revoked(client, register, db):
    client_id, secret = register(EMERGENCY)
    access = issue(client, client_id, secret).json["access_token"]
    with db.begin():
        db.execute(update(Client).where(Client.client_id == client_id).values(disabled_at=utcnow()))
    assert client.get("/api/v1/agencies", headers={"Authorization": f"Bearer {access}"}).status_code == 401


def test_expired_token_is_refused(client, register, db):
    client_id, secret = register(EMERGENCY)
    access = issue(client, client_id, secret).json["access_token"]
    with db.begin():
        db.execute(update(Token).values(expires_at=utcnow() - timedelta(seconds=1)))
    response = client.get("/api/v1/agencies", headers={"Authorization": f"Bearer {access}"})
    assert response.status_code == 401


def test_garbage_and_wrong_scheme_are_401(client, agencies):
    assert client.get("/api/v1/agencies", headers={"Authorization": "Bearer not-a-token"}).status_code == 401
    assert client.get("/api/v1/agencies", headers={"Authorization": "Basic Zm9vOmJhcg=="}).status_code == 401


def test_introspection_own_token_and_auditor(client, register):
    client_id, secret = register(EMERGENCY)
    access = issue(client, client_id, secret).json["access_token"]
    own = client.post("/oauth/introspect", data={"token": access}, headers=basic(client_id, secret)).json
    assert own["active"] is True and own["client_id"] == client_id and own["agency"] == EMERGENCY
    police_id, police_secret = register(POLICE)
    other = client.post("/oauth/introspect", data={"token": access}, headers=basic(police_id, police_secret)).json
    assert other == {"active": False}
    auditor_id, auditor_secret = register(OVERSIGHT)
    assert client.post("/oauth/introspect", data={"token": access},
                       headers=basic(auditor_id, auditor_secret)).json["active"] is True
    client.post("/oauth/revoke", data={"token": access}, headers=basic(client_id, secret))
    assert client.post("/oauth/introspect", data={"token": access},
                       headers=basic(client_id, secret)).json == {"active": False}


def test_metadata(client):
    body = client.get("/.well-known/oauth-authorization-server").json
    assert body["grant_types_supported"] == ["client_credentials"]
    assert body["token_endpoint"] == "http://localhost/oauth/token"
    assert set(body["token_endpoint_auth_methods_supported"]) == {"client_secret_basic", "client_secret_post"}
    assert "referrals:supervise" in body["scopes_supported"]


def test_scopes_cannot_exceed_the_agency_kind(register):
    import pytest

    with pytest.raises(ValueError, match="not permitted to a oversight agency"):
        register(OVERSIGHT, "audit:read referrals:read")
    with pytest.raises(ValueError, match="not permitted to a administrative agency"):
        register(EMERGENCY, "referrals:supervise")
    register(PROCURATORATE, "referrals:supervise audit:read")
