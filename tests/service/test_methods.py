"""HEAD wherever GET works, OPTIONS everywhere there is a route (#7: both answered 405)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from service_helpers import User, unique_resume
from test_pages import sign_in


def analysis_path(client: TestClient, user: User) -> str:
    created = client.post("/api/v1/analyses", headers=user.headers, json={"text": unique_resume()})
    assert created.status_code == 201, created.text
    return str(created.headers["location"])


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/metrics", "/openapi.json", "/docs"])
def test_head_on_a_public_address_is_get_without_the_body(client: TestClient, path: str) -> None:
    got, head = client.get(path), client.head(path)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    if path != "/metrics":  # its counters move with every request
        assert head.headers["content-length"] == got.headers["content-length"]


def test_head_on_the_api_keeps_status_and_headers(client: TestClient, alice: User) -> None:
    path = analysis_path(client, alice)
    for address in ("/api/v1/analyses", path, f"{path}/report?format=markdown"):
        got = client.get(address, headers=alice.headers)
        head = client.head(address, headers=alice.headers)
        assert head.status_code == got.status_code == 200, address
        assert head.content == b""
        for name in ("content-type", "content-length", "content-disposition"):
            assert head.headers.get(name) == got.headers.get(name), (address, name)


def test_head_without_a_key_is_the_same_401(client: TestClient) -> None:
    head = client.head("/api/v1/analyses")
    assert head.status_code == 401 and head.content == b""
    assert head.headers["www-authenticate"].startswith("Bearer")


def test_head_on_pages(client: TestClient, alice: User) -> None:
    assert client.head("/sign-in").status_code == 200
    assert client.head("/history", follow_redirects=False).status_code == 303
    sign_in(client, alice)
    for page in ("/", "/history", "/account"):
        head = client.head(page)
        assert head.status_code == 200 and head.content == b"", page
        assert head.headers["content-type"].startswith("text/html")


def test_head_on_a_post_only_address_is_still_405(client: TestClient) -> None:
    assert client.head("/sign-out").status_code == 405


@pytest.mark.parametrize(
    ("path", "allow"),
    [
        ("/healthz", "GET, HEAD, OPTIONS"),
        ("/metrics", "GET, HEAD, OPTIONS"),
        ("/api/v1/analyses", "GET, HEAD, OPTIONS, POST"),
        ("/api/v1/analyses/anything", "DELETE, GET, HEAD, OPTIONS"),
        ("/api/v1/account", "GET, HEAD, OPTIONS, PATCH"),
        ("/api/v1/accounts", "OPTIONS, POST"),
        ("/sign-in", "GET, HEAD, OPTIONS, POST"),
        ("/sign-out", "OPTIONS, POST"),
        ("/docs-assets/swagger-ui.css", "GET, HEAD, OPTIONS"),
    ],
)
def test_options_says_which_methods_the_address_accepts(
    client: TestClient, path: str, allow: str
) -> None:
    response = client.options(path)
    assert response.status_code == 204 and response.content == b""
    assert response.headers["allow"] == allow
    assert response.headers["x-request-id"]  # still inside the one request middleware


def test_options_where_nothing_is_stays_404(client: TestClient) -> None:
    assert client.options("/api/v1/nowhere").status_code == 404
