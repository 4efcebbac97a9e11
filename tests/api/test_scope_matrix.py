"""Every /api/v1 route, with a token that has its scope and with one that lacks it."""
import re

from referral_service.agencies.models import AgencyKind
from referral_service.auth.scopes import KIND_SCOPES

from ..contract.example_support import DOCUMENT
from ..support import DUMMY_ID, EMERGENCY, PROCURATORATE, api_routes


def contract_scopes() -> dict[tuple[str, str], list[str]]:
    """(method, URL with dummy ids) -> the OAuth scopes openapi.yaml lists for each /api/v1 operation."""
    cells = {}
    for path, item in DOCUMENT["paths"].items():
        if not path.startswith("/api/v1"):
            continue
        url = re.sub(r"\{[^}]+\}", DUMMY_ID, path)
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                security = operation.get("security", DOCUMENT["security"])
                cells[(method.upper(), url)] = [scope for need in security for scope in need.get("oauth2", [])]
    return cells


def holder_of(scope: str) -> str:
    """An agency whose kind may hold the scope (and at least one other, for the negative case)."""
    for code, kind in ((PROCURATORATE, AgencyKind.procuratorate), (EMERGENCY, AgencyKind.administrative)):
        if scope in KIND_SCOPES[kind]:
            return code
    raise AssertionError(f"no demo agency may hold {scope}")


def call(caller, method, url):
    return caller.open(url, method=method, json=None if method == "GET" else {})


def test_every_route_refuses_a_request_without_a_token(app, client, agencies):
    for method, url, _scope in api_routes(app):
        response = client.open(url, method=method, json={} if method != "GET" else None)
        assert response.status_code == 401, f"{method} {url}"
        assert response.json["status"] == 401


def test_every_route_needs_its_scope(app, as_agency):
    checked = set()
    for method, url, scope in api_routes(app):
        if scope is None:
            continue
        code = holder_of(scope)
        kind = AgencyKind.procuratorate if code == PROCURATORATE else AgencyKind.administrative
        others = sorted(KIND_SCOPES[kind] - {scope})
        without = as_agency(code, " ".join(others))
        response = call(without, method, url)
        assert response.status_code == 403, f"{method} {url} without {scope}: {response.status_code}"
        assert scope in response.json["detail"]
        with_scope = as_agency(code, scope)
        response = call(with_scope, method, url)
        assert response.status_code not in (401, 403), f"{method} {url} with {scope}: {response.status_code}"
        checked.add((method, url, scope))
    # Every operation for which the contract names one scope was tried without it and with it; the
    # others (no scope, or one of several by the caller's role) are the routes without a required scope.
    contract = contract_scopes()
    assert checked == {(method, url, scopes[0]) for (method, url), scopes in contract.items() if len(scopes) == 1}
    assert len(checked) == 43  # the contract's one-scope operations; a new operation adds one here
    unscoped = {(method, url) for method, url, scope in api_routes(app) if scope is None}
    assert unscoped == {cell for cell, scopes in contract.items() if len(scopes) != 1}
