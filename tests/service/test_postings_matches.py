"""Postings and matches (#7)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from service_helpers import (
    POSTING,
    User,
    assert_envelope,
    create_analysis,
    create_match,
    create_posting,
)


def test_save_a_posting_as_json(client: TestClient, alice: User) -> None:
    body = create_posting(client, alice)
    assert body["title"] == "Senior Backend Engineer (Payments)"
    assert body["must_have_count"] >= 3 and body["nice_to_have_count"] >= 1
    skills = {req["skill_id"] for req in body["posting"]["requirements"]}
    assert {"postgresql", "kubernetes", "terraform"} <= skills


def test_upload_a_posting_file_with_a_title(client: TestClient, alice: User) -> None:
    response = client.post(
        "/api/v1/postings",
        headers=alice.headers,
        files={"file": ("job.md", POSTING.read_bytes(), "text/markdown")},
        data={"title": "Payments engineer"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["title"] == "Payments engineer"


def test_an_empty_posting_is_a_clear_error(client: TestClient, alice: User) -> None:
    response = client.post("/api/v1/postings", headers=alice.headers, json={"text": "   \n  "})
    assert response.status_code == 422
    assert response.json()["error"]["code"].startswith("E2")


def test_list_get_delete_postings(client: TestClient, alice: User) -> None:
    made = create_posting(client, alice)
    listed = client.get("/api/v1/postings", headers=alice.headers).json()
    assert [item["id"] for item in listed["items"]] == [made["id"]]
    assert client.get(f"/api/v1/postings/{made['id']}", headers=alice.headers).json() == made
    assert client.delete(f"/api/v1/postings/{made['id']}", headers=alice.headers).status_code == 204
    assert client.get("/api/v1/postings", headers=alice.headers).json()["total"] == 0


def test_match_an_analysis_against_a_posting(client: TestClient, alice: User) -> None:
    analysis = create_analysis(client, alice)
    posting = create_posting(client, alice)
    response = client.post(
        "/api/v1/matches",
        headers=alice.headers,
        json={"analysis_id": analysis["id"], "posting_id": posting["id"]},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["score"] == body["match"]["score"] and 0 <= body["score"] <= 100
    assert body["posting_title"] == posting["title"]
    assert "kafka" in body["match"]["missing_nice"]
    listed = client.get(
        f"/api/v1/matches?analysis_id={analysis['id']}", headers=alice.headers
    ).json()
    assert [item["id"] for item in listed["items"]] == [body["id"]]
    assert client.get(f"/api/v1/matches/{body['id']}", headers=alice.headers).json() == body


def test_deleting_an_analysis_deletes_its_matches(client: TestClient, alice: User) -> None:
    analysis = create_analysis(client, alice)
    posting = create_posting(client, alice)
    match = create_match(client, alice, analysis["id"], posting["id"])
    client.delete(f"/api/v1/analyses/{analysis['id']}", headers=alice.headers)
    assert client.get(f"/api/v1/matches/{match['id']}", headers=alice.headers).status_code == 404
    assert client.get(f"/api/v1/postings/{posting['id']}", headers=alice.headers).status_code == 200


def test_deleting_a_posting_deletes_its_matches(client: TestClient, alice: User) -> None:
    analysis = create_analysis(client, alice)
    posting = create_posting(client, alice)
    match = create_match(client, alice, analysis["id"], posting["id"])
    client.delete(f"/api/v1/postings/{posting['id']}", headers=alice.headers)
    assert client.get(f"/api/v1/matches/{match['id']}", headers=alice.headers).status_code == 404
    assert (
        client.get(f"/api/v1/analyses/{analysis['id']}", headers=alice.headers).status_code == 200
    )


def test_a_title_too_long_is_counted_in_characters(client: TestClient, alice: User) -> None:
    for request in (
        {"json": {"text": POSTING.read_text(encoding="utf-8"), "title": "T" * 301}},
        {"files": {"file": ("job.md", POSTING.read_bytes(), "text/markdown")},
         "data": {"title": "T" * 5000}},
    ):  # fmt: skip
        response = client.post("/api/v1/postings", headers=alice.headers, **request)
        error = assert_envelope(response, 422, "E330")
        assert "title: String should have at most 300 characters" in error["message"]
        assert "items" not in error["message"]
    title = "T" * 300
    response = client.post(
        "/api/v1/postings",
        headers=alice.headers,
        json={"text": POSTING.read_text(encoding="utf-8"), "title": title},
    )
    assert response.status_code == 201 and response.json()["title"] == title


@pytest.mark.parametrize("filename", ["photo.png", "job.json"])
def test_a_posting_in_a_format_postings_dont_come_in_is_a_415_about_the_posting(
    client: TestClient, alice: User, filename: str
) -> None:
    """QA: the message spoke of resumes and offered JSON Resume; a JSON posting got E030."""
    response = client.post(
        "/api/v1/postings",
        headers=alice.headers,
        files={"file": (filename, b'{"title": "Backend engineer"}', "application/octet-stream")},
    )
    error = assert_envelope(response, 415, "E332")
    assert "posting" in error["message"] and "JSON Resume" not in error["hint"]
