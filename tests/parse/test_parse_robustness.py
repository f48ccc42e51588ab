"""read + parse on random and mutated input: only StandoutError may come out (#2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parse_helpers import REFERENCE, make_document

from standout.errors import NoContentError, ParseFailedError, StandoutError
from standout.model.document import Document, InputFormat, LineKind
from standout.model.resume import Resume
from standout.parse import load_resume, parse

RESUMES = Path(__file__).parents[1] / "fixtures" / "resumes"
TEXT_FIXTURES = sorted(
    p.read_text(encoding="utf-8") for p in RESUMES.iterdir() if p.suffix in {".md", ".txt"}
)
RESUME_WORDS = (
    "Experience",
    "EDUCATION",
    "Skills:",
    "Senior Engineer — Acme, Berlin",
    "Jan 2020 – Present",
    "2019-2021",
    "Sept' 2017 to till date",
    "company - ",
    "description - ",
    "• ",
    "- ",
    "Python (5 years)",
    "JAVA- Exprience - 24 months",
    "github.com/dana",
    "+49 30 1234 5678",
    "dana@example.com",
    "BSc Computer Science",
    "University of Porto",
    "Projects",
    "Company Details",
    "(",
    ")",
    "|",
    ":",
    "\t",
    "\n",
    "\n\n",
)
SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _read_and_parse(data: bytes, filename: str) -> Resume | None:
    try:
        return load_resume(data, filename=filename, reference_date=REFERENCE)
    except StandoutError:
        return None


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(["cv.txt", "cv.md", "cv", "cv.json", "cv.html"]))
def test_random_bytes(data: bytes, filename: str) -> None:
    _read_and_parse(data, filename)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(RESUME_WORDS), st.text(max_size=40)), max_size=80))
def test_random_resume_like_text(pieces: list[str]) -> None:
    resume = _read_and_parse(" ".join(pieces).encode("utf-8"), "cv.txt")
    if resume is not None:
        assert all(r.first_line <= r.last_line for r in resume.roles)


@SETTINGS
@given(
    st.sampled_from(TEXT_FIXTURES),
    st.lists(
        st.tuples(
            st.sampled_from(["delete", "duplicate", "upper", "glue", "insert", "swap"]),
            st.integers(min_value=0, max_value=200),
            st.sampled_from(RESUME_WORDS),
        ),
        max_size=12,
    ),
)
def test_mutated_fixtures(source: str, mutations: list[tuple[str, int, str]]) -> None:
    lines = source.split("\n")
    for operation, position, word in mutations:
        if not lines:
            break
        index = position % len(lines)
        if operation == "delete":
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, lines[index])
        elif operation == "upper":
            lines[index] = lines[index].upper()
        elif operation == "glue" and index + 1 < len(lines):
            lines[index : index + 2] = [lines[index] + lines[index + 1]]
        elif operation == "insert":
            lines.insert(index, word)
        elif operation == "swap":
            other = (index * 7 + 3) % len(lines)
            lines[index], lines[other] = lines[other], lines[index]
    _read_and_parse("\n".join(lines).encode("utf-8"), "cv.md")


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.one_of(st.sampled_from(RESUME_WORDS), st.text(max_size=60)),
            st.sampled_from(list(LineKind)),
            st.integers(min_value=0, max_value=6),
        ),
        min_size=1,
        max_size=60,
    )
)
def test_random_documents_with_layout_hints(entries: list[tuple[str, LineKind, int]]) -> None:
    document = Document.from_lines(
        "random", InputFormat.DOCX, [(text, kind, level, 1) for text, kind, level in entries]
    )
    try:
        resume = parse(document, reference_date=REFERENCE)
    except StandoutError:
        return
    text = document.text
    for entry in resume.skills:
        assert text[entry.span.start : entry.span.end] == entry.name


@pytest.mark.parametrize("lines", [(" ",), ("---", "•", "***"), ("",)])
def test_a_document_without_words_is_a_coded_error(lines: tuple[str, ...]) -> None:
    with pytest.raises(NoContentError) as caught:
        parse(make_document(*lines), reference_date=REFERENCE)
    assert str(caught.value).startswith("[E050] 'test.txt' has no words")


def test_a_parser_bug_becomes_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    # By its dotted name: ``standout.parse`` the attribute is the public function.
    parse_module = importlib.import_module("standout.parse")

    def broken(*args: object, **kwargs: object) -> object:
        raise IndexError("boom")

    monkeypatch.setattr(parse_module, "find_roles", broken)
    with pytest.raises(ParseFailedError) as caught:
        parse(
            make_document("Dana", ("Experience", LineKind.HEADING), "x"), reference_date=REFERENCE
        )
    assert caught.value.code == "E051"
    assert "IndexError: boom" in str(caught.value)
    assert isinstance(caught.value.__cause__, IndexError)


def test_reference_date_defaults_to_today() -> None:
    from datetime import date

    resume = parse(make_document("Dana Okafor"))
    assert resume.reference_date == date.today()
