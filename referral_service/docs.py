"""Browsable documentation: the contract as JSON, and Swagger UI served from the installed package."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import swagger_ui_bundle
import yaml
from flask import Blueprint, Response, current_app, send_from_directory

from .errors import NotFound

bp = Blueprint("docs", __name__)
ASSETS = Path(swagger_ui_bundle.swagger_ui_path)
# Only what the page uses; each with its type, so no guess depends on the host's mime tables.
ASSET_TYPES = {
    "swagger-ui.css": "text/css",
    "index.css": "text/css",
    "swagger-ui-bundle.js": "application/javascript",
    "favicon-16x16.png": "image/png",
    "favicon-32x32.png": "image/png",
}
# validatorUrl null: Swagger UI would otherwise ask an outside validator about the document.
PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>referral_service API</title>
  <link rel="stylesheet" href="/docs/swagger-ui.css">
  <link rel="stylesheet" href="/docs/index.css">
  <link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", validatorUrl: null,
                                 deepLinking: true});
  </script>
</body>
</html>
"""


@lru_cache(maxsize=4)
def contract_json(path: str) -> str:
    """openapi.yaml at `path` as a JSON document, converted once per process."""
    document = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return json.dumps(document, ensure_ascii=False, default=str)


@bp.get("/openapi.json")
def openapi_json():
    """The contract as JSON."""
    return Response(contract_json(str(current_app.config["SETTINGS"].openapi_path)),
                    mimetype="application/json")


@bp.get("/docs")
def docs_page():
    """The Swagger UI page for /openapi.json."""
    return Response(PAGE, mimetype="text/html")


@bp.get("/docs/<asset>")
def docs_asset(asset: str):
    """One of Swagger UI's files, from the installed swagger-ui-bundle package."""
    mimetype = ASSET_TYPES.get(asset)
    if mimetype is None:
        raise NotFound(f"No documentation asset {asset}.")
    return send_from_directory(ASSETS, asset, mimetype=mimetype, max_age=3600)
