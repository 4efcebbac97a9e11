"""The agency directory: every authenticated client reads it; codes and kinds filter it."""
from ..support import EMERGENCY, OVERSIGHT, POLICE


def test_every_authenticated_client_reads_the_directory(as_agency):
    oversight = as_agency(OVERSIGHT)
    response = oversight.get("/api/v1/agencies?limit=200")
    assert response.status_code == 200
    names = {item["code"]: item["name"] for item in response.json["items"]}
    assert names[POLICE] == "天津市公安局河东分局"
    assert names[EMERGENCY] == "天津市河东区应急管理局"
    assert response.json["next_cursor"] is None


def test_directory_pages_by_cursor_without_repeats(as_agency):
    caller = as_agency(EMERGENCY)
    seen, url = [], "/api/v1/agencies?limit=3"
    while url:
        response = caller.get(url)
        assert response.status_code == 200
        seen += [item["code"] for item in response.json["items"]]
        cursor = response.json["next_cursor"]
        if cursor:
            assert 'rel="next"' in response.headers["Link"]
        url = f"/api/v1/agencies?limit=3&cursor={cursor}" if cursor else None
    assert seen == sorted(seen) and len(seen) == len(set(seen)) == 8


def test_filter_by_kind(as_agency):
    response = as_agency(EMERGENCY).get("/api/v1/agencies?kind=public_security")
    assert [item["code"] for item in response.json["items"]] == [POLICE]


def test_bad_kind_and_limit_name_the_field(as_agency):
    caller = as_agency(EMERGENCY)
    assert caller.get("/api/v1/agencies?kind=court").json["errors"] == {
        "kind": ["Must be one of: procuratorate, public_security, administrative, oversight."]}
    response = caller.get("/api/v1/agencies?limit=500")
    assert response.status_code == 422 and "limit" in response.json["errors"]
    assert caller.get("/api/v1/agencies?cursor=garbage!").json["errors"].keys() == {"cursor"}


def test_one_agency_and_unknown_code(as_agency):
    caller = as_agency(EMERGENCY)
    assert caller.get(f"/api/v1/agencies/{POLICE}").json == {
        "code": POLICE, "name": "天津市公安局河东分局", "kind": "public_security", "division_code": "120102"}
    response = caller.get("/api/v1/agencies/HD-NOPE")
    assert response.status_code == 404
    assert response.headers["Content-Type"] == "application/problem+json"


def test_directory_needs_a_token(client, agencies):
    response = client.get("/api/v1/agencies")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
