"""Analyses: upload or send a resume, list, get, delete, download; the cache (#7)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from service_helpers import RESUME, User, create_analysis, unique_resume

JSON_RESUME = {
    "basics": {"name": "Ada Example", "email": "ada@example.com", "summary": "Backend developer."},
    "work": [
        {
            "name": "Example Ltd",
            "position": "Backend Developer",
            "startDate": "2019-01",
            "highlights": ["Built a Go API that serves 2,000 requests per second."],
        }
    ],
    "skills": [{"name": "Languages", "keywords": ["Go", "Python"]}],
}


def test_upload_a_resume_file(client: TestClient, alice: User) -> None:
    response = client.post(
        "/api/v1/analyses",
        headers=alice.headers,
        files={"file": ("priya.md", unique_resume().encode(), "text/markdown")},
        data={"role": "senior", "reference_date": "2026-01-15"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["filename"] == "priya.md" and body["role"] == "senior"
    assert body["reference_date"] == "2026-01-15"
    assert body["report"]["schema_version"] and body["report"]["role"] == "senior"
    assert body["readiness"] == body["report"]["readiness"]
    assert 0 <= body["readiness"] <= 100
    assert response.headers["location"] == f"/api/v1/analyses/{body['id']}"


def test_send_text_as_json(client: TestClient, alice: User) -> None:
    body = create_analysis(client, alice)
    assert body["report"]["document"]["format"] == "markdown"
    assert body["resume_kept"] is True
    assert {area["area"] for area in body["report"]["areas"]} >= {"api_design", "security"}


def test_send_a_json_resume(client: TestClient, alice: User) -> None:
    response = client.post(
        "/api/v1/analyses", headers=alice.headers, json={"json_resume": JSON_RESUME}
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["filename"] == "resume.json"
    assert body["report"]["document"]["format"] == "json_resume"


@pytest.mark.parametrize(
    "payload",
    [{}, {"text": "a", "json_resume": {}}, {"text": ""}, {"text": "x", "role": "wizard"}],
)
def test_malformed_requests_get_422(
    client: TestClient, alice: User, payload: dict[str, Any]
) -> None:
    response = client.post("/api/v1/analyses", headers=alice.headers, json=payload)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "E330"


def test_unreadable_input_is_a_coded_error_not_a_crash(client: TestClient, alice: User) -> None:
    response = client.post(
        "/api/v1/analyses",
        headers=alice.headers,
        files={"file": ("cv.pdf", b"%PDF-1.7 this is not really a pdf", "application/pdf")},
    )
    assert 400 <= response.status_code < 500
    assert response.json()["error"]["code"].startswith("E0")


def test_identical_resumes_are_analysed_once(client: TestClient, alice: User, bob: User) -> None:
    text = unique_resume()
    payload = {"text": text, "filename": "resume.md"}
    first = client.post("/api/v1/analyses", headers=alice.headers, json=payload)
    second = client.post("/api/v1/analyses", headers=bob.headers, json=payload)
    other_role = client.post(
        "/api/v1/analyses", headers=alice.headers, json={**payload, "role": "junior"}
    )
    assert [r.headers["x-standout-cache"] for r in (first, second, other_role)] == [
        "miss",
        "hit",
        "miss",
    ]
    assert first.json()["report"] == second.json()["report"]
    assert first.json()["id"] != second.json()["id"]


def test_list_is_paginated_newest_first(client: TestClient, alice: User) -> None:
    made = [create_analysis(client, alice)["id"] for _ in range(3)]
    first = client.get("/api/v1/analyses?limit=2", headers=alice.headers).json()
    second = client.get("/api/v1/analyses?limit=2&offset=2", headers=alice.headers).json()
    assert first["total"] == 3 and (first["limit"], first["offset"]) == (2, 0)
    listed = [item["id"] for item in first["items"] + second["items"]]
    assert listed == list(reversed(made))
    assert "report" not in first["items"][0]


def test_get_returns_the_stored_report(client: TestClient, alice: User) -> None:
    made = create_analysis(client, alice)
    fetched = client.get(f"/api/v1/analyses/{made['id']}", headers=alice.headers).json()
    assert fetched == made


@pytest.mark.parametrize(
    ("format", "media_type", "marker"),
    [
        ("html", "text/html", "<html"),
        ("markdown", "text/markdown", "# "),
        ("json", "application/json", '"schema_version"'),
    ],
)
def test_download_the_report(
    client: TestClient, alice: User, format: str, media_type: str, marker: str
) -> None:
    made = create_analysis(client, alice)
    response = client.get(
        f"/api/v1/analyses/{made['id']}/report?format={format}", headers=alice.headers
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert response.headers["content-disposition"].startswith(
        'attachment; filename="resume-report.'
    )
    assert marker in response.text
    if format == "json":
        assert json.loads(response.text) == made["report"]


@pytest.mark.parametrize(
    ("filename", "ascii_name", "utf8_name"),
    [
        ("résumé 履歴書.md", "r_sum_____-report.html", "r%C3%A9sum%C3%A9%20%E5%B1%A5%E6%AD%B4%E6%9B%B8-report.html"),
        ("...md", "resume-report.html", None),  # not a hidden "..-report.html"
        ("cv.pdf.md", "cv.pdf-report.html", None),
    ],
)  # fmt: skip
def test_a_download_is_named_after_the_resume_in_any_script(
    client: TestClient, alice: User, filename: str, ascii_name: str, utf8_name: str | None
) -> None:
    """QA: non-ASCII names came out as underscores only, and '...md' as a hidden file."""
    response = client.post(
        "/api/v1/analyses",
        headers=alice.headers,
        json={"text": unique_resume(), "filename": filename},
    )
    analysis_id = response.json()["id"]
    path = f"/api/v1/analyses/{analysis_id}/report?format=html"
    disposition = client.get(path, headers=alice.headers).headers["content-disposition"]
    assert f'filename="{ascii_name}"' in disposition
    if utf8_name is None:
        assert "filename*" not in disposition
    else:
        assert disposition.endswith(f"filename*=UTF-8''{utf8_name}")


def test_delete(client: TestClient, alice: User) -> None:
    made = create_analysis(client, alice)
    assert client.delete(f"/api/v1/analyses/{made['id']}", headers=alice.headers).status_code == 204
    assert client.get(f"/api/v1/analyses/{made['id']}", headers=alice.headers).status_code == 404
    assert client.delete(f"/api/v1/analyses/{made['id']}", headers=alice.headers).status_code == 404


def test_the_example_resume_reads_as_markdown_by_its_name(client: TestClient, alice: User) -> None:
    response = client.post(
        "/api/v1/analyses",
        headers=alice.headers,
        files={"file": ("resume.md", RESUME.read_bytes(), "text/markdown")},
    )
    assert response.json()["report"]["resume"]["contact"]["name"] == "Priya Raman"
