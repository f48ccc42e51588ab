"""Errors from reading a posting speak of a posting, not of a resume (#5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from standout.errors import InputNotFoundError, ReadError
from standout.posting import parse_posting


@pytest.mark.parametrize("source", ["", "   "])
def test_no_path_is_no_posting(source: str) -> None:
    with pytest.raises(InputNotFoundError) as caught:
        parse_posting(source)
    assert "posting" in str(caught.value)
    assert "resume" not in str(caught.value).lower()


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, b"\x7fELF\x02\x01\x01" + b"\x00" * 64],
    ids=["image", "program"],
)
def test_a_file_that_is_no_document_is_called_a_posting(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "garbage.bin"
    path.write_bytes(content)
    with pytest.raises(ReadError) as caught:
        parse_posting(path)
    text = str(caught.value).replace("JSON Resume", "")
    assert "posting" in text
    assert "resume" not in text.lower()
