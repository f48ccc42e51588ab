"""Health, readiness and metrics (#7)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient
from service_helpers import new_user

from standout.service import Settings, create_app
from standout.service.db import make_engine
from standout.service.migrations import downgrade, upgrade


def test_healthz(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}


def test_readyz_on_a_current_database(client: TestClient) -> None:
    body = client.get("/readyz").json()
    assert body["status"] == "ready" and body["database"] == "ok"


def test_readyz_is_503_when_the_schema_is_behind(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    app = create_app(Settings(_env_file=None, database_url=url, log_level="WARNING"))  # type: ignore[call-arg]
    with TestClient(app) as client:
        downgrade(engine, "base")
        response = client.get("/readyz")
    engine.dispose()
    assert response.status_code == 503
    error = response.json()["error"]
    assert error["code"] == "E302" and "standout db upgrade" in error["hint"]


def test_metrics_are_labelled_by_route_template(fresh_app: FastAPI) -> None:
    user = new_user(fresh_app)
    with TestClient(fresh_app) as client:
        client.get("/api/v1/analyses/some-id", headers=user.headers)
        client.get("/api/v1/analyses/other-id", headers=user.headers)
        text = client.get("/metrics").text
    assert (
        'standout_http_requests_total{method="GET",route="/api/v1/analyses/{analysis_id}",status="404"} 2.0'
        in text
    )
    assert "some-id" not in text
    assert (
        'standout_http_request_duration_seconds_count{method="GET",route="/api/v1/analyses/{analysis_id}"} 2.0'
        in text
    )


def test_security_headers(client: TestClient) -> None:
    response = client.get("/sign-in")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in response.headers["content-security-policy"]
