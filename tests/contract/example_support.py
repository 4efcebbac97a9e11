"""The request examples of openapi.yaml, by operation, for the tests that send them."""
from __future__ import annotations

import yaml

from config import PROJECT_ROOT

DOCUMENT = yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def request_examples(operation_id: str) -> dict[str, dict]:
    """The JSON request examples of one operation, by name (`example` is named 'example')."""
    for item in DOCUMENT["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                media = operation["requestBody"]["content"]["application/json"]
                if "example" in media:
                    return {"example": media["example"]}
                return {name: entry["value"] for name, entry in media.get("examples", {}).items()}
    raise LookupError(operation_id)
