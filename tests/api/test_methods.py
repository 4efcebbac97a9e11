"""Route order and methods: a wrong method on a path of the contract is 405 with Allow, never 404."""
import pytest
import yaml

from config import PROJECT_ROOT

from ..support import EMERGENCY

METHODS = {"get", "post", "put", "patch", "delete"}
SAMPLE_IDS = {"{referral_id}": "00000000-0000-0000-0000-000000000000", "{record_id}": "rec-1",
              "{attachment_id}": "att-1", "{code}": "HD-YJJ"}


def contract_paths() -> dict[str, set[str]]:
    document = yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return {path: {m.upper() for m in item if m in METHODS} for path, item in document["paths"].items()}


def concrete(path: str) -> str:
    for name, value in SAMPLE_IDS.items():
        path = path.replace(name, value)
    return path


@pytest.mark.parametrize("path, declared", sorted(contract_paths().items()))
def test_every_undeclared_method_on_a_contract_path_is_405_with_allow(as_agency, path, declared):
    caller = as_agency(EMERGENCY)
    for method in sorted({m.upper() for m in METHODS} - declared):
        response = caller.open(concrete(path), method=method)
        assert response.status_code == 405, f"{method} {path}: {response.status_code}"
        assert response.mimetype == "application/problem+json"
        allowed = {m.strip() for m in response.headers["Allow"].split(",")}
        assert allowed - {"HEAD", "OPTIONS"} == declared, f"{method} {path}: Allow {allowed}"


def test_get_records_batch_is_405_not_a_lookup_of_a_record_called_batch(as_agency):
    response = as_agency(EMERGENCY).get("/api/v1/records/batch")
    assert response.status_code == 405
    assert set(response.headers["Allow"].replace(" ", "").split(",")) == {"OPTIONS", "POST"}
    options = as_agency(EMERGENCY).open("/api/v1/records/batch", method="OPTIONS")
    assert "GET" not in options.headers["Allow"]


def test_no_route_outside_the_contract(app, client):
    assert "static" not in {rule.endpoint for rule in app.url_map.iter_rules()}
    assert client.get("/static/app.js").status_code == 404
