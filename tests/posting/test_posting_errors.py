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


def test_a_text_far_longer_than_any_posting_is_refused() -> None:
    from standout.errors import PostingTooLongError
    from standout.posting import MAX_POSTING_CHARS

    line = "- 5+ years of Python and PostgreSQL; Kafka or RabbitMQ is a plus\n"
    text = "Backend Engineer\n\nRequirements\n" + line * (2 * MAX_POSTING_CHARS // len(line))
    with pytest.raises(PostingTooLongError, match=r"^\[E202\] .*characters of text"):
        parse_posting(text.encode(), filename="page.md")
    shorter = parse_posting(text[: MAX_POSTING_CHARS // 2].encode(), filename="page.md")
    assert {r.skill_id for r in shorter.requirements} >= {"python", "postgresql"}


def test_a_long_posting_is_cut_per_line_not_per_document() -> None:
    """Each line's units are made from that line's own mentions (it was quadratic)."""
    from standout.posting._segment import segment
    from standout.read import read

    document = read(b"Requirements\n- Python and Go\n- Kafka\n", filename="p.md")
    text = document.text
    spans = [(text.index(word), text.index(word) + len(word)) for word in ("Python", "Kafka")]
    units = segment(document, spans[::-1]).units  # given in any order
    assert [unit.text for unit in units] == ["Python and Go", "Kafka"]


@pytest.mark.parametrize(
    "content",
    [b'{"title": "Backend engineer", "requirements": ["Python"]}', b'{"basics": {"name": "A"}}'],
    ids=["posting-shaped", "json-resume"],
)
def test_a_json_posting_is_refused_as_a_posting_format(tmp_path: Path, content: bytes) -> None:
    """A .json posting was read as a JSON Resume (E030, or a resume taken for a posting)."""
    from standout.errors import UnsupportedFormatError

    path = tmp_path / "job.json"
    path.write_bytes(content)
    with pytest.raises(UnsupportedFormatError) as caught:
        parse_posting(path)
    assert caught.value.code == "E003"
    message = str(caught.value)
    assert "posting" in message
    assert "JSON Resume" not in message
    for supported in ("PDF", "DOCX", "Markdown", "text", "HTML"):
        assert supported in message
    with pytest.raises(UnsupportedFormatError):
        parse_posting(content, filename="job.json")
