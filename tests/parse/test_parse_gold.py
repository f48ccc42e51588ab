"""Every fixture resume parses to exactly the structure its hand-checked gold file spells out (#2)."""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path

import pytest
from parse_helpers import REFERENCE, project_resume

from standout.model.resume import Resume
from standout.parse import load_resume

RESUMES = Path(__file__).parents[1] / "fixtures" / "resumes"
GOLD = RESUMES / "gold"
FIXTURES = sorted(p for p in RESUMES.iterdir() if p.is_file())
# The PDF fixtures get their gold once the PDF reader exists to read them.
PDF_READER = find_spec("standout.read.pdf") is not None


def _load(path: Path) -> Resume:
    if path.suffix == ".pdf" and not PDF_READER:
        pytest.skip("the PDF reader has not landed yet")
    return load_resume(path, reference_date=REFERENCE)


def test_there_are_fixtures_of_every_text_format() -> None:
    suffixes = {p.suffix for p in FIXTURES}
    assert {".md", ".txt", ".json", ".html", ".docx"} <= suffixes
    assert len(FIXTURES) >= 12


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture_matches_its_gold(path: Path) -> None:
    resume = _load(path)
    gold_file = GOLD / f"{path.name}.json"
    assert gold_file.exists(), f"write {gold_file.relative_to(RESUMES.parents[1])} by hand"
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    assert project_resume(resume) == gold


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_span_points_at_what_was_found(path: Path) -> None:
    resume = _load(path)
    text = resume.document.text

    def at(span: object) -> str:
        assert span is not None
        return text[span.start : span.end]  # type: ignore[attr-defined]

    contact = resume.contact
    for value, span in (
        (contact.name, contact.name_span),
        (contact.email, contact.email_span),
        (contact.phone, contact.phone_span),
        (contact.location, contact.location_span),
    ):
        if value is not None:
            assert at(span) == value
    for link in contact.links:
        assert at(link.span) == link.url
    for role in resume.roles:
        if role.title_span is not None:
            assert at(role.title_span) == role.title
        if role.employer_span is not None:
            assert at(role.employer_span) == role.employer
        if role.dates is not None:
            assert at(role.dates.span) == role.dates.text
        for bullet in role.bullets:
            assert at(bullet.span) == bullet.text
            assert resume.document.line_at(bullet.span.start).number == bullet.span.line
        assert role.first_line <= role.last_line
    for project in resume.projects:
        for bullet in project.bullets:
            assert at(bullet.span) == bullet.text
    for entry in resume.skills:
        assert at(entry.span) == entry.name
        assert resume.document.line_at(entry.span.start).number == entry.span.line
    for cert in resume.certifications:
        assert at(cert.span) == cert.name


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_sections_are_in_order_and_do_not_overlap_headings(path: Path) -> None:
    resume = _load(path)
    lines = len(resume.document.lines)
    previous_end = 0
    for section in resume.sections:
        start = section.heading_line or section.first_line
        assert start >= previous_end
        assert 1 <= start <= lines
        assert section.last_line <= lines
        previous_end = max(section.last_line, start)


_TEXT_FIXTURES = [p for p in FIXTURES if p.suffix in (".md", ".txt")]
_MARKUP = str.maketrans("", "", "*_`[]()#|")


@pytest.mark.parametrize("path", _TEXT_FIXTURES, ids=lambda p: p.name)
def test_line_numbers_are_the_lines_of_the_file_issue_2(path: Path) -> None:
    """Regression (#2): blank lines were not counted, so "line 8" was line 13 in an editor.

    Whatever parse found in a plain-text or Markdown resume must stand on the line of the
    file its number names.
    """
    resume = _load(path)
    source = [line.translate(_MARKUP) for line in path.read_text(encoding="utf-8").split("\n")]

    def on_its_line(text: str | None, line: int) -> None:
        assert text is not None
        first_words = " ".join(text.translate(_MARKUP).split()[:2])
        assert first_words in " ".join(source[line - 1].split()), (line, text)

    checked = 0
    for role in resume.roles:
        if role.title_span is not None:
            on_its_line(role.title, role.title_span.line)
        if role.dates is not None:
            on_its_line(role.dates.text, role.dates.span.line)
        for bullet in role.bullets:
            on_its_line(bullet.text, bullet.span.line)
            checked += 1
    for section in resume.sections:
        if section.heading_line is not None:
            on_its_line(section.heading, section.heading_line)
    for entry in resume.skills:
        on_its_line(entry.name, entry.span.line)
    if resume.contact.name_span is not None:
        on_its_line(resume.contact.name, resume.contact.name_span.line)
    assert checked or not resume.roles


def _without_lines(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_lines(v) for k, v in value.items() if k != "lines"}
    if isinstance(value, list):
        return [_without_lines(v) for v in value]
    return value


@pytest.mark.parametrize("path", _TEXT_FIXTURES, ids=lambda p: p.name)
def test_blank_lines_are_no_content_issue_2(path: Path) -> None:
    """Empty document lines (#2) only move line numbers: the same file without its blank
    lines parses to the same structure."""
    text = path.read_text(encoding="utf-8")
    squeezed = "\n".join(line for line in text.split("\n") if line.strip())
    with_blanks = load_resume(text.encode(), filename=path.name, reference_date=REFERENCE)
    without = load_resume(squeezed.encode(), filename=path.name, reference_date=REFERENCE)
    assert len(with_blanks.document.lines) > len(without.document.lines)
    assert _without_lines(project_resume(with_blanks)) == _without_lines(project_resume(without))
