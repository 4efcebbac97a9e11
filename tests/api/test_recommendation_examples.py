"""The request examples openapi.yaml gives for recommendations and consultations are accepted."""
from __future__ import annotations

import yaml

from config import PROJECT_ROOT

from ..support import FIRE, PROCURATORATE
from .recommendation_support import walk_to

SPEC = yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def _example(path: str, method: str = "post"):
    return SPEC["paths"][path][method]["requestBody"]["content"]["application/json"]


def test_recommendation_examples_walk_a_recommendation(as_agency):
    jcy, fire = as_agency(PROCURATORATE), as_agency(FIRE)
    created = jcy.post("/api/v1/recommendations", json=_example("/api/v1/recommendations")["example"])
    assert created.status_code == 201, created.json
    actions = _example("/api/v1/recommendations/{recommendation_id}/actions")["examples"]
    url = f"/api/v1/recommendations/{created.json['id']}/actions"
    assert jcy.post(url, json=actions["serve"]["value"]).status_code == 200
    assert jcy.post(url, json=actions["escalate"]["value"]).status_code == 200
    assert jcy.post(url, json=actions["withdraw"]["value"]).status_code == 200
    # Objecting needs a recommendation still within its objection period: served today.
    fresh = walk_to({"issuer": jcy, "recipient": fire}, "served")
    url = f"/api/v1/recommendations/{fresh['id']}/actions"
    for name, caller in (("object", fire), ("review", jcy)):
        response = caller.post(url, json=actions[name]["value"])
        assert response.status_code == 200, (name, response.json)


def test_consultation_examples(as_agency):
    jcy, fire = as_agency(PROCURATORATE), as_agency(FIRE)
    opened = jcy.post("/api/v1/consultations", json=_example("/api/v1/consultations")["example"])
    assert opened.status_code == 201, opened.json
    message = _example("/api/v1/consultations/{consultation_id}/messages")["example"]
    assert fire.post(f"/api/v1/consultations/{opened.json['id']}/messages", json=message).status_code == 201
    close = _example("/api/v1/consultations/{consultation_id}/actions")["examples"]["close"]["value"]
    assert jcy.post(f"/api/v1/consultations/{opened.json['id']}/actions", json=close).status_code == 200
