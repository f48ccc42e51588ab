"""Every resource belongs to its account: another account can never read, list, change or
delete it, on any route (#7). A new route fails the coverage test until it is added here."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from service_helpers import User, create_analysis, create_match, create_posting

# Routes anyone may call; everything else under /api/v1 needs a key.
PUBLIC_API = {("POST", "/api/v1/accounts")}


@pytest.fixture
def alices_things(client: TestClient, alice: User) -> dict[str, str]:
    analysis = create_analysis(client, alice)
    posting = create_posting(client, alice)
    match = create_match(client, alice, analysis["id"], posting["id"])
    key = client.get("/api/v1/account/keys", headers=alice.headers).json()["items"][0]
    pack = client.post(
        "/api/v1/prep-packs", headers=alice.headers, json={"analysis_id": analysis["id"]}
    ).json()
    return {
        "pack_id": pack["id"],
        "analysis_id": analysis["id"],
        "posting_id": posting["id"],
        "match_id": match["id"],
        "key_id": key["id"],
    }


# (method, route template, JSON body) for every route that names a resource.
TARGETED: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", "/api/v1/analyses/{analysis_id}", None),
    ("GET", "/api/v1/analyses/{analysis_id}/report", None),
    ("DELETE", "/api/v1/analyses/{analysis_id}", None),
    ("GET", "/api/v1/postings/{posting_id}", None),
    ("DELETE", "/api/v1/postings/{posting_id}", None),
    ("GET", "/api/v1/matches/{match_id}", None),
    ("DELETE", "/api/v1/matches/{match_id}", None),
    ("GET", "/api/v1/prep-packs/{pack_id}", None),
    ("DELETE", "/api/v1/prep-packs/{pack_id}", None),
    ("DELETE", "/api/v1/account/keys/{key_id}", None),
]
# Routes that take another resource's id in their body.
BODY_TARGETED: list[tuple[str, str, dict[str, str]]] = [
    ("POST", "/api/v1/matches", {"analysis_id": "{analysis_id}", "posting_id": "{posting_id}"}),
    ("POST", "/api/v1/prep-packs", {"analysis_id": "{analysis_id}"}),
]
LISTS = [
    ("/api/v1/analyses", "analysis_id"),
    ("/api/v1/postings", "posting_id"),
    ("/api/v1/matches", "match_id"),
    ("/api/v1/prep-packs", "pack_id"),
    ("/api/v1/account/keys", "key_id"),
]
# Routes that only ever touch the caller's own account.
OWN_ACCOUNT_ONLY = {
    ("GET", "/api/v1/account"),
    ("PATCH", "/api/v1/account"),
    ("POST", "/api/v1/account/keys"),
    ("POST", "/api/v1/analyses"),
    ("POST", "/api/v1/postings"),
}


def _api_routes(app: FastAPI) -> set[tuple[str, str]]:
    """Every (method, path template) of the API, as its OpenAPI schema lists them."""
    return {
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        if path.startswith("/api/v1")
        for method in operations
    }


def test_every_api_route_is_covered_here(app: FastAPI) -> None:
    covered = (
        {(m, t) for m, t, _ in TARGETED}
        | {(m, t) for m, t, _ in BODY_TARGETED}
        | {("GET", path) for path, _ in LISTS}
        | OWN_ACCOUNT_ONLY
        | PUBLIC_API
    )
    assert _api_routes(app) == covered


def test_every_protected_route_needs_a_key(app: FastAPI, client: TestClient) -> None:
    for method, template in sorted(_api_routes(app) - PUBLIC_API):
        path = template.replace("{", "").replace("}", "")
        response = client.request(method, path)
        assert response.status_code == 401, (method, template, response.status_code)


@pytest.mark.parametrize(
    ("method", "template", "body"), TARGETED, ids=[f"{m} {t}" for m, t, _ in TARGETED]
)
def test_another_account_gets_404(
    client: TestClient,
    bob: User,
    alices_things: dict[str, str],
    method: str,
    template: str,
    body: Any,
) -> None:
    path = template.format(**alices_things)
    response = client.request(method, path, headers=bob.headers, json=body)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "E320"


def test_another_account_cant_use_ids_in_a_body(
    client: TestClient, alice: User, bob: User, alices_things: dict[str, str]
) -> None:
    for method, path, body in BODY_TARGETED:
        filled = {key: value.format(**alices_things) for key, value in body.items()}
        response = client.request(method, path, headers=bob.headers, json=filled)
        assert response.status_code == 404, (path, response.text)
    # Mixing one's own analysis with another account's posting fails too.
    own = create_analysis(client, bob)
    response = client.post(
        "/api/v1/matches",
        headers=bob.headers,
        json={"analysis_id": own["id"], "posting_id": alices_things["posting_id"]},
    )
    assert response.status_code == 404
    response = client.post(
        "/api/v1/prep-packs",
        headers=bob.headers,
        json={"analysis_id": own["id"], "posting_id": alices_things["posting_id"]},
    )
    assert response.status_code == 404


def test_lists_show_only_ones_own(
    client: TestClient, bob: User, alices_things: dict[str, str]
) -> None:
    for path, id_name in LISTS:
        body = client.get(path, headers=bob.headers).json()
        assert alices_things[id_name] not in {item["id"] for item in body["items"]}, path
        if path != "/api/v1/account/keys":
            assert body["total"] == 0, path


def test_nothing_changed_for_the_owner(
    client: TestClient, alice: User, bob: User, alices_things: dict[str, str]
) -> None:
    for method, template, body in TARGETED:
        client.request(method, template.format(**alices_things), headers=bob.headers, json=body)
    for path in (
        "/api/v1/analyses/{analysis_id}",
        "/api/v1/postings/{posting_id}",
        "/api/v1/matches/{match_id}",
    ):
        assert client.get(path.format(**alices_things), headers=alice.headers).status_code == 200
    assert (
        client.get("/api/v1/account", headers=alice.headers).status_code == 200
    )  # key not revoked
