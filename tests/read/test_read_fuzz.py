"""Random and mutated inputs: ``read`` raises only StandoutErrors, never anything else (#2).

Set STANDOUT_FUZZ_EXAMPLES to run more examples than the default 150 per test.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standout.errors import StandoutError
from standout.model.document import Document
from standout.read import read

FIXTURES = Path(__file__).parents[1] / "fixtures"
SEEDS = sorted(
    path
    for folder in (FIXTURES / "resumes", FIXTURES / "bad")
    for path in folder.iterdir()
    if path.is_file() and path.stat().st_size < 200_000
)
SEED_BYTES = {path.name: path.read_bytes() for path in SEEDS}
FUZZ = settings(
    max_examples=int(os.environ.get("STANDOUT_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _read_or_standout_error(data: bytes, filename: str | None) -> None:
    try:
        document = read(data, filename=filename, max_bytes=1_000_000)
    except StandoutError:
        return
    assert isinstance(document, Document)
    assert document.text == "\n".join(line.text for line in document.lines)


@FUZZ
@given(
    data=st.binary(max_size=4096),
    name=st.sampled_from([None, "cv.pdf", "cv.docx", "cv.md", "cv.json", "cv.html", "cv.txt"]),
)
def test_random_bytes(data: bytes, name: str | None) -> None:
    _read_or_standout_error(data, name)


@FUZZ
@given(text=st.text(max_size=2000), encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_random_text(text: str, encoding: str) -> None:
    _read_or_standout_error(text.encode(encoding, errors="replace"), None)


@st.composite
def mutated_fixture(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(SEED_BYTES)))
    data = bytearray(SEED_BYTES[name])
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        if not data:
            break
        position = draw(st.integers(min_value=0, max_value=len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        if action == "flip":
            data[position] = draw(st.integers(min_value=0, max_value=255))
        elif action == "cut":
            del data[position : position + draw(st.integers(min_value=1, max_value=64))]
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=32))
        else:
            del data[position:]
    return name, bytes(data)


@FUZZ
@given(case=mutated_fixture())
def test_mutated_fixtures(case: tuple[str, bytes]) -> None:
    name, data = case
    _read_or_standout_error(data, name)


_LINE_PIECES = st.sampled_from(
    ["", " ", "Jane Doe", "# Skills", "- Built it", "  in Go", "====", "---", "```", "| a | b |",
     "<!-- note -->", "<!--", "-->", "1. First", "> quoted", "Acme\fCorp", "\f", "***"]
)  # fmt: skip


@FUZZ
@given(lines=st.lists(_LINE_PIECES, max_size=40), markdown=st.booleans())
def test_text_and_markdown_keep_one_line_per_file_line_issue_2(
    lines: list[str], markdown: bool
) -> None:
    """Regression (#2): ``Line.number`` is the line of the file for text-like formats."""
    from standout.model.document import InputFormat

    source = "\n".join(lines)
    if not source.strip():
        return
    kind = InputFormat.MARKDOWN if markdown else InputFormat.TEXT
    document = read(source.encode(), format=kind)
    file_lines = source.split("\n")
    while not file_lines[-1].strip():
        file_lines.pop()
    assert len(document.lines) <= len(file_lines)
    last_text = max((ln.number for ln in document.lines if ln.text), default=0)
    assert [ln.number for ln in document.lines] == list(range(1, len(document.lines) + 1))
    for line in document.lines:
        if line.text:
            assert line.text.split()[0] in file_lines[line.number - 1].replace("\f", " ")
    assert last_text <= len(file_lines)
