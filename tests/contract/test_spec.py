"""openapi.yaml is the contract: it validates, and it names exactly the routes the app serves."""
import re

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from config import PROJECT_ROOT

HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


def spec_operations() -> set[tuple[str, str]]:
    document = yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return {(path, method.upper()) for path, item in document["paths"].items()
            for method in item if method in HTTP_METHODS}


def app_operations(app) -> set[tuple[str, str]]:
    operations = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule.rule)
        operations |= {(path, m) for m in rule.methods - {"HEAD", "OPTIONS"}}
    return operations


def test_spec_is_valid_openapi_3_1():
    document, _ = read_from_filename(str(PROJECT_ROOT / "openapi.yaml"))
    assert document["openapi"].startswith("3.1")
    validate(document)


def test_every_route_is_in_the_spec_and_every_spec_path_is_a_route(app):
    served, specified = app_operations(app), spec_operations()
    assert served - specified == set(), "routes missing from openapi.yaml"
    assert specified - served == set(), "openapi.yaml operations the app does not serve"


def test_served_spec_is_the_file(client):
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.get_data() == (PROJECT_ROOT / "openapi.yaml").read_bytes()


def test_every_protected_operation_declares_its_scope_and_401(app):
    document = yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        if not rule.rule.startswith("/api/v1"):
            continue
        path = re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule.rule)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            operation = document["paths"][path][method.lower()]
            assert "401" in operation["responses"], f"{method} {path} does not declare 401"
            scope = getattr(view, "required_scope", "missing")
            assert scope != "missing", f"{method} {path} is not behind @protected"
            if scope:
                declared = [s for req in operation.get("security", document["security"]) for s in req.get("oauth2", [])]
                assert declared == [scope], f"{method} {path} needs {scope} but the spec says {declared}"
                assert "403" in operation["responses"], f"{method} {path} does not declare 403"
