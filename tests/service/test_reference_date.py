"""A reference date far outside any resume's dates is refused with a clear 422 (#7)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from service_helpers import User, assert_envelope, unique_resume

from standout.service.db import utcnow


def _analyse(client: TestClient, user: User, reference_date: str, *, upload: bool) -> Any:
    if upload:
        return client.post(
            "/api/v1/analyses",
            headers=user.headers,
            files={"file": ("cv.md", unique_resume().encode("utf-8"), "text/markdown")},
            data={"reference_date": reference_date},
        )
    return client.post(
        "/api/v1/analyses",
        headers=user.headers,
        json={"text": unique_resume(), "filename": "cv.md", "reference_date": reference_date},
    )


@pytest.mark.parametrize("upload", [False, True], ids=["json", "upload"])
@pytest.mark.parametrize("given", ["0001-01-01", "1949-12-31", "9999-12-31", "next-year"])
def test_an_implausible_reference_date_is_refused(
    client: TestClient, alice: User, given: str, upload: bool
) -> None:
    if given == "next-year":  # a year and two days ahead
        given = (utcnow().date() + timedelta(days=368)).isoformat()
    error = assert_envelope(_analyse(client, alice, given, upload=upload), 422, "E330")
    assert f"reference_date: {given} is out of range" in error["message"]
    assert "from 1950-01-01 to" in error["message"]


@pytest.mark.parametrize("upload", [False, True], ids=["json", "upload"])
def test_the_first_and_last_plausible_dates_are_taken(
    client: TestClient, alice: User, upload: bool
) -> None:
    for given in ("1950-01-01", (utcnow().date() + timedelta(days=365)).isoformat()):
        response = _analyse(client, alice, given, upload=upload)
        assert response.status_code == 201, response.text
        assert response.json()["reference_date"] == given
