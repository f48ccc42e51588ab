"""Bad uploads get the reader's own coded errors, in the one envelope (#7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from service_helpers import User, assert_envelope

BAD = Path(__file__).parents[1] / "fixtures" / "bad"

# (fixture, name it is uploaded as, status, code, words of the message)
BAD_UPLOADS = [
    ("empty.txt", "cv.txt", 422, "E001", "is empty"),
    ("empty.txt", "cv.pdf", 422, "E001", "is empty"),
    ("whitespace.txt", "cv.md", 422, "E001", "is empty"),
    ("garbage.bin", "cv.pdf", 415, "E004", "binary data"),
    ("garbage.bin", "cv", 415, "E004", "binary data"),
    ("photo.png", "cv.pdf", 415, "E003", "PNG image"),
    ("encrypted.pdf", "cv.pdf", 422, "E010", "encrypted"),
    ("scanned.pdf", "cv.pdf", 422, "E011", "no text layer"),
    ("truncated.pdf", "cv.pdf", 422, "E012", "truncated"),
    ("corrupt.docx", "cv.docx", 422, "E020", "not a valid zip archive"),
    ("zip_bomb.docx", "cv.docx", 413, "E021", "zip bomb"),
    ("invalid.json", "cv.json", 422, "E030", "not valid JSON"),
    ("not_resume.json", "cv.json", 422, "E030", "not a JSON Resume"),
]


@pytest.mark.parametrize(
    ("fixture", "sent_as", "status", "code", "words"),
    BAD_UPLOADS,
    ids=[f"{case[0]}-as-{case[1]}" for case in BAD_UPLOADS],
)
def test_a_bad_resume_gets_the_readers_code(
    client: TestClient,
    alice: User,
    fixture: str,
    sent_as: str,
    status: int,
    code: str,
    words: str,
) -> None:
    """Regression (#7): an empty file was answered "The form has no 'file' field"."""
    response = client.post(
        "/api/v1/analyses",
        headers=alice.headers,
        files={"file": (sent_as, (BAD / fixture).read_bytes(), "application/octet-stream")},
    )
    error = assert_envelope(response, status, code)
    assert words in error["message"]
    assert f"'{sent_as}'" in error["message"]  # names the file as the user knows it
    listed = client.get("/api/v1/analyses", headers=alice.headers).json()
    assert listed["total"] == 0  # nothing half-made was kept


def test_an_empty_posting_file_is_an_empty_posting(client: TestClient, alice: User) -> None:
    """Regression (#7): an empty posting file was answered as a missing field."""
    response = client.post(
        "/api/v1/postings", headers=alice.headers, files={"file": ("job.txt", b"", "text/plain")}
    )
    assert "empty" in assert_envelope(response, 422, "E200")["message"]


def test_a_file_field_left_blank_is_a_missing_file(client: TestClient, alice: User) -> None:
    # What a browser sends for a file input nobody filled in: no name, no bytes.
    response = client.post(
        "/api/v1/analyses",
        headers=alice.headers,
        files={"file": ("", b"", "application/octet-stream")},
    )
    assert "'file'" in assert_envelope(response, 422, "E330")["message"]


def test_an_unknown_suffix_is_refused_before_reading(client: TestClient, alice: User) -> None:
    response = client.post(
        "/api/v1/analyses",
        headers=alice.headers,
        files={"file": ("cv.doc", (BAD / "legacy.doc").read_bytes(), "application/msword")},
    )
    assert_envelope(response, 415, "E332")
