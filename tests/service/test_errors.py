"""One error envelope for every error, with the request ID (#7)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from service_helpers import User, assert_envelope


def test_unknown_address(client: TestClient) -> None:
    assert_envelope(client.get("/api/v1/nowhere"), 404, "E320")


def test_wrong_method(client: TestClient) -> None:
    response = client.put("/healthz")
    assert_envelope(response, 405, "E321")
    assert "GET" in response.headers["allow"]  # RFC 9110: a 405 says what is accepted


def test_invalid_body_names_the_field(client: TestClient, alice: User) -> None:
    response = client.patch("/api/v1/account", headers=alice.headers, json={"keep_resume_text": []})
    error = assert_envelope(response, 422, "E330")
    assert "keep_resume_text" in error["message"]


def test_invalid_query(client: TestClient, alice: User) -> None:
    response = client.get("/api/v1/analyses?limit=0", headers=alice.headers)
    assert "limit" in assert_envelope(response, 422, "E330")["message"]


def test_unsupported_content_type(client: TestClient, alice: User) -> None:
    response = client.post(
        "/api/v1/analyses", headers={**alice.headers, "content-type": "text/csv"}, content=b"a,b"
    )
    assert_envelope(response, 415, "E332")


def test_unsupported_file_type(client: TestClient, alice: User) -> None:
    response = client.post(
        "/api/v1/analyses",
        headers=alice.headers,
        files={"file": ("cv.exe", b"MZ\x90\x00", "application/octet-stream")},
    )
    assert_envelope(response, 415, "E332")


class TestUploadLimit:
    @pytest.fixture
    def settings_overrides(self) -> dict[str, Any]:
        return {"max_upload_bytes": 1000}

    def test_a_file_over_the_limit_gets_413(self, client: TestClient, alice: User) -> None:
        response = client.post(
            "/api/v1/analyses",
            headers=alice.headers,
            files={"file": ("cv.txt", b"x" * 5000, "text/plain")},
        )
        assert_envelope(response, 413, "E331")

    def test_a_body_over_the_limit_gets_413(self, client: TestClient, alice: User) -> None:
        huge = "word " * 30_000
        response = client.post("/api/v1/analyses", headers=alice.headers, json={"text": huge})
        assert_envelope(response, 413, "E331")

    @pytest.mark.parametrize(
        "path", ["/api/v1/matches", "/api/v1/account/keys", "/api/v1/accounts", "/sign-in"]
    )
    def test_any_route_refuses_a_huge_body_before_reading_it_or_the_key(
        self, client: TestClient, path: str
    ) -> None:
        """QA: 300 MB of JSON was read and parsed, without a key, on routes that take no
        upload; a worker's memory grew by a gigabyte."""
        huge = b" " * (2 * 1000 + 64 * 1024 + 1)  # over two uploads and the form's overhead
        response = client.post(path, content=huge, headers={"Content-Type": "application/json"})
        assert_envelope(response, 413, "E331")

    def test_a_chunked_body_with_no_length_is_counted(self, client: TestClient) -> None:
        def chunks() -> Iterator[bytes]:
            for _ in range(100):
                yield b" " * 1024

        response = client.post(
            "/api/v1/matches", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert_envelope(response, 413, "E331")


class TestRateLimit:
    @pytest.fixture
    def settings_overrides(self) -> dict[str, Any]:
        return {"rate_limit_per_minute": 3}

    def test_over_the_limit_gets_429_with_retry_after(
        self, client: TestClient, alice: User
    ) -> None:
        statuses = [
            client.get("/api/v1/account", headers=alice.headers).status_code for _ in range(3)
        ]
        assert statuses == [200, 200, 200]
        response = client.get("/api/v1/account", headers=alice.headers)
        assert_envelope(response, 429, "E340")
        assert 1 <= int(response.headers["retry-after"]) <= 60

    def test_limits_are_per_key(self, client: TestClient, alice: User, bob: User) -> None:
        for _ in range(4):
            client.get("/api/v1/account", headers=alice.headers)
        assert client.get("/api/v1/account", headers=bob.headers).status_code == 200


def test_unexpected_errors_become_a_500_envelope(fresh_app: FastAPI) -> None:
    @fresh_app.get("/boom")
    def boom() -> None:
        raise RuntimeError("kaboom")

    with TestClient(fresh_app, raise_server_exceptions=False) as client:
        error = assert_envelope(client.get("/boom"), 500, "E399")
    assert "kaboom" not in error["message"]


def test_a_framework_refusal_reads_as_one_sentence(fresh_app: FastAPI) -> None:
    from starlette.exceptions import HTTPException

    @fresh_app.get("/refuse")
    def refuse() -> None:
        raise HTTPException(400, "Field exceeded maximum size.")

    with TestClient(fresh_app, raise_server_exceptions=False) as client:
        error = assert_envelope(client.get("/refuse"), 422, "E330")
    assert error["message"] == "The request was refused: Field exceeded maximum size."


def test_a_not_found_answer_repeats_only_a_well_formed_id(client: TestClient, alice: User) -> None:
    """QA: the address's text came back whole in the message (content spoofing)."""
    spoof = "Your key was leaked, email it to evil@example.com"
    for path in (f"/api/v1/analyses/{spoof}", f"/api/v1/account/keys/{spoof}"):
        method = client.get if "analyses" in path else client.delete
        error = assert_envelope(method(path, headers=alice.headers), 404, "E320")
        assert "evil" not in error["message"] and "with that id" in error["message"]
    well_formed = "0" * 32
    error = assert_envelope(
        client.get(f"/api/v1/analyses/{well_formed}", headers=alice.headers), 404, "E320"
    )
    assert well_formed in error["message"]


def test_request_id_is_echoed_when_safe(client: TestClient) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": "trace-123"})
    assert response.headers["x-request-id"] == "trace-123"
    unsafe = client.get("/healthz", headers={"X-Request-ID": "bad id\nwith newline"})
    assert unsafe.headers["x-request-id"] != "bad id\nwith newline"
    assert len(unsafe.headers["x-request-id"]) == 32


def test_pages_get_the_error_as_html(client: TestClient) -> None:
    response = client.get("/nowhere", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "E320" in response.text and response.headers["x-request-id"] in response.text


def test_nul_characters_never_reach_the_database(client: TestClient, alice: User) -> None:
    """Regression (#7): PostgreSQL text refuses NUL; Schemathesis sent one in a title."""
    for path in ("/api/v1/matches?analysis_id=%00", "/api/v1/prep-packs?analysis_id=a%00b"):
        response = client.get(path, headers=alice.headers)
        assert response.status_code == 200 and response.json()["total"] == 0, path
    for path in ("/api/v1/analyses/%00", "/api/v1/postings/x%00y", "/api/v1/matches/%00"):
        assert client.get(path, headers=alice.headers).status_code == 404, path
    assert client.delete("/api/v1/account/keys/%00", headers=alice.headers).status_code == 404
    posting = client.post(
        "/api/v1/postings",
        headers=alice.headers,
        json={"text": "Backend engineer\n\nRequirements\n- Python\n", "title": "Lead\x00 dev"},
    )
    assert posting.status_code == 201, posting.text
    assert posting.json()["title"] == "Lead dev"
    key = client.post("/api/v1/account/keys", headers=alice.headers, json={"name": "ci\x00"})
    assert key.json()["name"] == "ci"


# Every route that takes a JSON body, with a body it would accept (#7: the same mistake
# used to get 415 on some routes and "Input should be a valid dictionary" on others).
JSON_ROUTES = [
    ("POST", "/api/v1/analyses"),
    ("POST", "/api/v1/postings"),
    ("POST", "/api/v1/matches"),
    ("POST", "/api/v1/prep-packs"),
    ("POST", "/api/v1/account/keys"),
    ("PATCH", "/api/v1/account"),
    ("POST", "/api/v1/accounts"),
]


@pytest.mark.parametrize(("method", "path"), JSON_ROUTES)
def test_a_body_that_is_not_json_gets_415_on_every_json_route(
    client: TestClient, alice: User, method: str, path: str
) -> None:
    headers = {**alice.headers, "Content-Type": "text/plain"}
    response = client.request(method, path, headers=headers, content=b'{"name": "ci"}')
    error = assert_envelope(response, 415, "E332")
    assert "text/plain" in error["message"] and "application/json" in error["hint"]


@pytest.mark.parametrize(("method", "path"), JSON_ROUTES)
def test_malformed_json_names_the_mistake_and_where_on_every_json_route(
    client: TestClient, alice: User, method: str, path: str
) -> None:
    headers = {**alice.headers, "Content-Type": "application/json"}
    response = client.request(method, path, headers=headers, content=b'{"text": "abc')
    error = assert_envelope(response, 422, "E330")
    assert error["message"] == (
        "The request is not valid: the body is not valid JSON "
        "(EOF while parsing a string at line 1 column 13)."
    )
