"""Prep packs through the API (#7)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from service_helpers import User, create_analysis, create_posting


def test_a_pack_for_an_analysis(client: TestClient, alice: User) -> None:
    analysis = create_analysis(client, alice)
    response = client.post(
        "/api/v1/prep-packs", headers=alice.headers, json={"analysis_id": analysis["id"]}
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["question_count"] == len(body["pack"]["questions"]) > 10
    assert body["pack"]["role"] == "senior" and body["pack"]["gaps"] == []
    assert body["posting_id"] is None
    assert client.get(f"/api/v1/prep-packs/{body['id']}", headers=alice.headers).json() == body


def test_a_pack_for_a_posting_covers_its_missing_must_haves(
    client: TestClient, alice: User
) -> None:
    analysis = create_analysis(client, alice)
    posting = create_posting(client, alice)
    body = client.post(
        "/api/v1/prep-packs",
        headers=alice.headers,
        json={"analysis_id": analysis["id"], "posting_id": posting["id"]},
    ).json()
    assert body["posting_title"] == posting["title"]
    assert body["pack"]["gaps"], "a missing must-have becomes a gap question"
    assert all(gap["id"].startswith("gap:") for gap in body["pack"]["gaps"])


def test_list_filter_and_delete(client: TestClient, alice: User) -> None:
    first = create_analysis(client, alice)
    second = create_analysis(client, alice)
    for analysis in (first, second):
        client.post(
            "/api/v1/prep-packs", headers=alice.headers, json={"analysis_id": analysis["id"]}
        )
    listed = client.get(
        f"/api/v1/prep-packs?analysis_id={first['id']}", headers=alice.headers
    ).json()
    assert listed["total"] == 1 and listed["items"][0]["analysis_id"] == first["id"]
    pack_id = listed["items"][0]["id"]
    assert client.delete(f"/api/v1/prep-packs/{pack_id}", headers=alice.headers).status_code == 204
    assert client.get(f"/api/v1/prep-packs/{pack_id}", headers=alice.headers).status_code == 404


def test_deleting_the_analysis_deletes_its_packs(client: TestClient, alice: User) -> None:
    analysis = create_analysis(client, alice)
    pack = client.post(
        "/api/v1/prep-packs", headers=alice.headers, json={"analysis_id": analysis["id"]}
    ).json()
    client.delete(f"/api/v1/analyses/{analysis['id']}", headers=alice.headers)
    assert client.get(f"/api/v1/prep-packs/{pack['id']}", headers=alice.headers).status_code == 404


def test_report_only_analyses_cant_get_a_pack_later(client: TestClient, alice: User) -> None:
    client.patch("/api/v1/account", headers=alice.headers, json={"keep_resume_text": False})
    analysis = create_analysis(client, alice)
    response = client.post(
        "/api/v1/prep-packs", headers=alice.headers, json={"analysis_id": analysis["id"]}
    )
    assert response.status_code == 409 and response.json()["error"]["code"] == "E350"
