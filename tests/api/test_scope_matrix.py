"""Every /api/v1 route, with a token that has its scope and with one that lacks it."""
import re

from referral_service.agencies.models import AgencyKind
from referral_service.auth.scopes import KIND_SCOPES

from ..support import EMERGENCY, PROCURATORATE

DUMMY = "00000000-0000-4000-8000-000000000000"


def api_routes(app):
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        if not rule.rule.startswith("/api/v1"):
            continue
        view = app.view_functions[rule.endpoint]
        url = re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", DUMMY, rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield method, url, getattr(view, "required_scope")


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
    checked = 0
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
        checked += 1
    assert checked >= 1
