"""Sections by heading: synonyms, letter cases, colons, underlines, inline headings (#2)."""

from __future__ import annotations

import pytest
from parse_helpers import B, H, make_document, parse_lines

from standout.model.resume import SectionKind
from standout.parse.sections import split_sections
from standout.parse.segments import segments_of

K = SectionKind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Work Experience", K.EXPERIENCE),
        ("EXPERIENCE", K.EXPERIENCE),
        ("Professional History", K.EXPERIENCE),
        ("Employment", K.EXPERIENCE),
        ("Career History", K.EXPERIENCE),
        ("Technical Skills", K.SKILLS),
        ("Core Competencies", K.SKILLS),
        ("Tech Stack", K.SKILLS),
        ("Education & Training", K.EDUCATION),
        ("Certifications", K.CERTIFICATIONS),
        ("Licenses", K.CERTIFICATIONS),
        ("Publications", K.PUBLICATIONS),
        ("Talks", K.PUBLICATIONS),
        ("Speaking", K.PUBLICATIONS),
        ("Open Source", K.OPEN_SOURCE),
        ("Open-source contributions", K.OPEN_SOURCE),
        ("Volunteering", K.VOLUNTEERING),
        ("Awards", K.AWARDS),
        ("Honors", K.AWARDS),
        ("Summary", K.SUMMARY),
        ("Profile", K.SUMMARY),
        ("About me", K.SUMMARY),
        ("Objective", K.SUMMARY),
        ("Projects", K.PROJECTS),
        ("Interests", K.OTHER),
        ("work experience:", K.EXPERIENCE),
        ("LICENSES & CERTIFICATIONS:", K.CERTIFICATIONS),
        ("**Experience**", K.EXPERIENCE),
        ("2. Education", K.EDUCATION),
        ("Skills / Tools", K.SKILLS),
        ("Experience (8 years)", K.EXPERIENCE),
    ],
)
def test_plain_text_heading_synonyms(heading: str, kind: SectionKind) -> None:
    resume = parse_lines("Dana Okafor", heading, "Some content here")
    assert [s.kind for s in resume.sections] == [K.HEADER, kind]
    section = resume.sections[1]
    assert (section.heading_line, section.first_line, section.last_line) == (2, 3, 3)


def test_text_before_the_first_heading_is_the_header() -> None:
    resume = parse_lines("Dana Okafor", "dana@example.com", ("Experience", H), "Engineer, Acme")
    header = resume.sections[0]
    assert (header.kind, header.heading, header.heading_line) == (K.HEADER, "", None)
    assert (header.first_line, header.last_line) == (1, 2)


def test_no_header_section_when_the_document_starts_with_a_heading() -> None:
    resume = parse_lines(("Skills", H), "Python, Go")
    assert [s.kind for s in resume.sections] == [K.SKILLS]


def test_underlined_heading() -> None:
    resume = parse_lines(
        "Dana Okafor", "Career History", "==============", "Engineer, Acme 2019-2021"
    )
    assert [(s.kind, s.heading, s.heading_line) for s in resume.sections][1] == (
        K.EXPERIENCE,
        "Career History",
        2,
    )


def test_markdown_hashes_in_plain_text() -> None:
    resume = parse_lines("Dana", "## Skills", "Python, Go")
    assert resume.sections[1].kind is K.SKILLS
    assert resume.sections[1].heading == "Skills"


def test_a_long_line_that_mentions_a_section_word_is_not_a_heading() -> None:
    resume = parse_lines(
        ("Summary", H), "Experience with Python and Go across many teams and many years"
    )
    assert [s.kind for s in resume.sections] == [K.SUMMARY]


def test_weak_names_are_groups_inside_skills_unless_styled() -> None:
    resume = parse_lines(
        ("Skills", H), "Languages", ("Python", B), ("Go", B), "LANGUAGES", "English"
    )
    assert [s.kind for s in resume.sections] == [K.SKILLS, K.OTHER]
    assert [(e.name, e.group) for e in resume.skills] == [
        ("Python", "Languages"),
        ("Go", "Languages"),
    ]


def test_inline_headings_of_scraped_resumes() -> None:
    resume = parse_lines(
        "SKILLS C, Python, MATLAB", "TECHNICAL SKILL: Oracle, Linux", "Summary: Builds APIs."
    )
    kinds = [(s.kind, s.heading, s.heading_line, s.first_line) for s in resume.sections]
    assert kinds == [
        (K.SKILLS, "SKILLS", 1, 1),
        (K.SKILLS, "TECHNICAL SKILL", 2, 2),
        (K.SUMMARY, "Summary", 3, 3),
    ]
    assert [e.name for e in resume.skills] == ["C", "Python", "MATLAB", "Oracle", "Linux"]


def test_a_label_inside_a_role_is_not_a_heading() -> None:
    resume = parse_lines(
        ("Experience", H),
        "Backend Engineer, Acme 2019 - 2021",
        ("Built the billing API", B),
        "Tech stack: Go, Kafka, PostgreSQL",
    )
    assert [s.kind for s in resume.sections] == [K.EXPERIENCE]
    assert resume.roles[0].description == "Tech stack: Go, Kafka, PostgreSQL"


def test_headings_glued_to_the_previous_line_are_split() -> None:
    document = make_document("Python, Go, SQL.Education Details", "BSc Computer Science, 2015")
    blocks = split_sections(segments_of(document))
    assert [(b.section.kind, b.section.heading) for b in blocks] == [
        (K.HEADER, ""),
        (K.EDUCATION, "Education Details"),
    ]
    assert blocks[1].section.heading_line == 1  # the heading sits at the end of line 1
    assert [s.text for s in blocks[0].segments] == ["Python, Go, SQL."]
    assert blocks[1].segments[0].line == 2


def test_a_skills_heading_glued_to_its_list_opens_a_scraped_resume_issue_2() -> None:
    """Regression (#2): a first line "Skills Strong CS fundamentals… Golang, Node…Education
    Details" (no line break, no colon, not in capitals) was the header; its skills were
    no skills entries."""
    line = "Skills Strong CS fundamentals, Golang, Node, Angular, React.Education Details"
    resume = parse_lines(line, "B.E Computer Science, Pune University")
    sections = [(s.kind, s.heading, s.heading_line, s.first_line) for s in resume.sections]
    assert sections == [
        (K.SKILLS, "Skills", 1, 1),
        (K.EDUCATION, "Education Details", 1, 2),
    ]
    assert [e.name for e in resume.skills] == [
        "Strong CS fundamentals",
        "Golang",
        "Node",
        "Angular",
        "React",
    ]
    golang = resume.skills[1].span
    assert resume.document.text[golang.start : golang.end] == "Golang"
    assert resume.section_of_line(1) is resume.sections[0]


@pytest.mark.parametrize(
    "first_line",
    [
        "Skills and experience in distributed systems",  # a sentence goes on after it
        "Experience Designer with ten years in fintech",  # a title, not a skills list
        "Dana Okafor",
    ],
)
def test_a_header_line_that_only_starts_like_a_heading_stays_in_the_header(
    first_line: str,
) -> None:
    resume = parse_lines(first_line, "dana@example.com", ("Experience", H))
    assert [s.kind for s in resume.sections] == [K.HEADER, K.EXPERIENCE]


def test_a_skills_name_opening_a_line_below_a_heading_is_content() -> None:
    resume = parse_lines(("Summary", H), "Skills Python and Go are what I use most")
    assert [s.kind for s in resume.sections] == [K.SUMMARY]


def test_unknown_heading_at_section_level_is_other_but_role_headings_are_not() -> None:
    resume = parse_lines(
        ("Dana Okafor", H, 1),
        ("Experience", H, 2),
        ("Backend Engineer — Acme", H, 3),
        "2019 – 2021",
        ("Built the API", B),
        ("Side Quests", H, 2),
        "Climbing",
    )
    assert [(s.kind, s.heading) for s in resume.sections] == [
        (K.HEADER, ""),
        (K.EXPERIENCE, "Experience"),
        (K.OTHER, "Side Quests"),
    ]
    assert resume.contact.name == "Dana Okafor"
    assert resume.roles[0].title == "Backend Engineer"


def test_section_of_line() -> None:
    resume = parse_lines("Dana", ("Skills", H), "Python", ("Education", H), "BSc, 2010")
    assert resume.section_of_line(3) == resume.sections[1]
    assert resume.section_of_line(4) == resume.sections[2]
    assert resume.sections_of(K.EDUCATION) == (resume.sections[2],)
