"""Postings copied from job boards with their sentences and fields glued together (#5).

Regression: a Java Architect posting whose text read "...the lifecycle.10 years of
experience in software development..." found no years, no level and one must-have, so a
mid-level Java developer scored 100 against it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from standout.model.posting import Importance, PartKind, Posting, Seniority, SenioritySource
from standout.posting import parse_posting
from standout.posting._levels import infer_seniority
from standout.posting._years import find_years

GLUED = Path(__file__).parent.parent / "fixtures" / "postings" / "java-architect-glued.txt"


@pytest.fixture(scope="module")
def architect() -> Posting:
    return parse_posting(GLUED)


@pytest.mark.parametrize(
    ("text", "minimum"),
    [
        ("Guide the team through the lifecycle.10 years of experience in development", 10),
        ("candidates from .NET will be considered3 years of experience as a team lead", 3),
        ("as an architectExperience with Java.4+ years of professional experience", 4),
    ],
)
def test_years_glued_to_the_sentence_before_are_found(text: str, minimum: float) -> None:
    hits = find_years(text, 0, [])
    assert [(hit.minimum, hit.overall) for hit in hits] == [(minimum, True)]


@pytest.mark.parametrize(
    ("text", "found"),
    [("a 2003 years-old tradition", []), ("over 12.5 years", [12.5]), ("we often years", [])],
)
def test_a_figure_never_starts_inside_another_number(text: str, found: list[float]) -> None:
    assert [hit.minimum for hit in find_years(text, 0, [])] == found


def test_the_glued_architect_posting_reads_its_years_level_and_title(architect: Posting) -> None:
    assert architect.title == "Java Architect"  # from the "Title:" field
    assert architect.seniority is Seniority.STAFF
    assert architect.years is not None
    assert (architect.years.minimum, architect.years.text) == (10, "10 years")
    musts = {r.skill_id for r in architect.must_haves}
    assert {"java", "oop", "hibernate"} <= musts


def test_a_heading_glued_to_a_field_value_is_found(architect: Posting) -> None:
    """ "Salary: DOEResponsibilities:" opens the responsibilities; the salary field holds
    one value and doesn't swallow the rest of the posting."""
    kinds = [(part.kind, part.heading) for part in architect.parts]
    assert (PartKind.BENEFITS, "Salary") in kinds
    assert (PartKind.RESPONSIBILITIES, "Responsibilities") in kinds
    assert all(r.statement.part is not PartKind.BENEFITS for r in architect.requirements)


def test_the_level_comes_from_the_hiring_phrase_when_there_is_no_title() -> None:
    text = GLUED.read_bytes().replace(b"Title: Java Architect", b"")
    posting = parse_posting(text, filename="untitled.txt")
    assert posting.title is None
    assert (posting.seniority, posting.seniority_source) == (Seniority.STAFF, SenioritySource.TEXT)


@pytest.mark.parametrize(
    ("body", "level"),
    [
        ("Our client is seeking a Senior Java Developer to join", Seniority.SENIOR),
        ("We are looking for a Lead Backend Engineer who", Seniority.LEAD),
        ("We're looking for an experienced engineer to join", None),
        ("I just spoke with the hiring manager and here is what", None),
    ],
)
def test_hiring_phrases(body: str, level: Seniority | None) -> None:
    assert infer_seniority(None, body, None)[0] is level


def test_job_overview_is_read_as_the_introduction() -> None:
    posting = parse_posting(
        b"Backend Engineer\n\nJob Overview:\nYou will run our Kafka and PostgreSQL services.\n"
        b"\nRequirements:\n- 3+ years of Python\n",
        filename="overview.txt",
    )
    kinds = {r.skill_id: r.importance for r in posting.requirements}
    assert kinds == {
        "kafka": Importance.NICE,
        "postgresql": Importance.NICE,
        "python": Importance.MUST,
    }


def test_headings_in_their_own_words() -> None:
    """ "What you bring to the table" asks, "Extra kudos for" softens (#5)."""
    posting = parse_posting(
        b"Senior .NET Engineer\n\nWe build content sites. What you bring to the table: "
        b"5+ years with C# and SQL Server. Extra kudos for: Sitecore and Drupal.",
        filename="kudos.txt",
    )
    assert [(part.kind, part.heading) for part in posting.parts[1:]] == [
        (PartKind.REQUIREMENTS, "What you bring to the table"),
        (PartKind.NICE_TO_HAVE, "Extra kudos for"),
    ]
    kinds = {r.skill_id: r.importance for r in posting.requirements}
    assert kinds["csharp"] is Importance.MUST and kinds["sql-server"] is Importance.MUST
    assert kinds["drupal"] is Importance.NICE
