"""Schemathesis against the app's own OpenAPI schema, bounded in examples and time (#7):
no request it can generate makes the server fail (5xx), and every response matches the
schema (status codes, content types, headers, bodies).

(schemathesis' lazy pytest loader does not work with pytest 9, so each operation is its
own parametrised test driving Hypothesis directly.)
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from service_helpers import new_user

from standout.service import Settings, create_app

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
MAX_EXAMPLES = 10


def _operations() -> list[tuple[str, str]]:
    # Building the app touches no database; the schema is all that is read here.
    app = create_app(Settings(_env_file=None, database_url="sqlite://", log_level="WARNING"))  # type: ignore[call-arg]
    return sorted(
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
    )


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    return {"rate_limit_per_minute": 0}


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("method", "path"), _operations(), ids=lambda v: str(v))
def test_operation_conforms_to_the_schema(app: FastAPI, method: str, path: str) -> None:
    headers = new_user(app).headers
    operation = schemathesis.openapi.from_asgi("/openapi.json", app)[path][method]

    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: Any) -> None:
        case.call_and_validate(headers=headers, checks=CHECKS)

    check()
