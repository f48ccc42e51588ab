"""OpenAPI pieces FastAPI cannot infer: request bodies that are JSON *or* multipart;
and where the API reference pages live.

Routes that read their own body declare it with ``body_with_upload``; ``install`` adds the
models those bodies refer to (``BODY_MODELS`` of each domain) to the schema's components.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

if TYPE_CHECKING:
    from fastapi import FastAPI

_REF = "#/components/schemas/{model}"

# The API reference pages and the Swagger UI / ReDoc files they load, all served here.
DOCS_URL = "/docs"
DOCS_ASSETS_URL = "/docs-assets"


def _ref(model: type[BaseModel]) -> dict[str, str]:
    return {"$ref": _REF.format(model=model.__name__)}


def body_with_upload(
    json_model: type[BaseModel], form_model: type[BaseModel], *, file_help: str
) -> dict[str, Any]:
    """``openapi_extra`` for a route taking ``json_model`` as JSON or a multipart form with a
    'file' and the fields of ``form_model``."""
    form_schema = form_model.model_json_schema(ref_template=_REF)
    properties = {
        "file": {"type": "string", "format": "binary", "description": file_help},
        **form_schema.get("properties", {}),
    }
    form = {"type": "object", "required": ["file"], "properties": properties}
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": _ref(json_model)},
                "multipart/form-data": {"schema": form},
            },
        }
    }


def install(app: FastAPI, models: tuple[type[BaseModel], ...]) -> None:
    """Make ``app.openapi()`` include ``models`` (those ``body_with_upload`` refers to)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = build()
        _, definitions = models_json_schema(
            [(model, "validation") for model in dict.fromkeys(models)], ref_template=_REF
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name, definition in definitions.get("$defs", {}).items():
            components.setdefault(name, definition)
        _declare_api_keys(schema)
        _declare_headers(schema)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


SECURITY_SCHEMES = {
    "bearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "Your API key (so_...) as `Authorization: Bearer <key>`.",
    },
    "apiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": "Your API key (so_...) in the X-API-Key header.",
    },
}


def _declare_api_keys(schema: dict[str, Any]) -> None:
    """Say how to authenticate: the API reference then offers to enter a key, and clients
    generated from the schema send it. An operation that can answer 401 needs a key."""
    schema["components"]["securitySchemes"] = SECURITY_SCHEMES
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            if isinstance(operation, dict) and "401" in operation.get("responses", {}):
                operation["security"] = [{"bearer": []}, {"apiKey": []}]


_HEADERS = {
    "X-Request-ID": "This request's ID, as in the logs and in any error envelope.",
    "Location": "The address of the resource just made.",
    "Retry-After": "Seconds to wait before the rate limit lets this key in again.",
    "WWW-Authenticate": "How to authenticate: a Bearer API key.",
    "Allow": "The methods this address accepts.",
}
# Which headers each status carries, beside X-Request-ID on every answer.
_HEADERS_BY_STATUS = {
    "201": ("Location",),
    "429": ("Retry-After",),
    "401": ("WWW-Authenticate",),
    "405": ("Allow",),
}


def _declare_headers(schema: dict[str, Any]) -> None:
    """Document the response headers clients rely on (OpenAPI 'headers' of each response)."""
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                names = ("X-Request-ID", *_HEADERS_BY_STATUS.get(status, ()))
                headers = response.setdefault("headers", {})
                for name in names:
                    headers.setdefault(
                        name, {"description": _HEADERS[name], "schema": {"type": "string"}}
                    )
