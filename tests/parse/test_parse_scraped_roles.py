"""Roles of scraped resumes ("company - Acme", "description - ..."), from the second QA
pass on issue #2."""

from __future__ import annotations

import pytest
from parse_helpers import B, H, make_document, parse_lines

from standout.parse import parse
from standout.parse.segments import segments_of


def test_an_unnamed_company_with_a_description_is_still_a_role_issue_2() -> None:
    """Regression (#2): "company - " with nothing after it left the section without roles,
    so the analysis said there was no work experience."""
    resume = parse_lines(
        ("Company Details", H),
        "company - ",
        "description - Job Description: Managing the mining firm,",
        "Creating the smart contract on Waves and Ethereum both",
        "Platform",
    )
    assert [(r.title, r.employer, r.first_line, r.last_line) for r in resume.roles] == [
        (None, None, 3, 5)
    ]
    assert resume.roles[0].description.startswith("Job Description: Managing the mining firm")


def test_an_unnamed_company_keeps_its_labelled_title_issue_2() -> None:
    resume = parse_lines(
        ("Company Details", H),
        "company - ",
        "designation - Software Developer",
        "description - Built the billing API",
        "company - Acme Ltd",
        "description - Ran the data team",
    )
    assert [(r.title, r.employer) for r in resume.roles] == [
        ("Software Developer", None),
        (None, "Acme Ltd"),
    ]


def test_a_company_label_glued_after_a_bullet_starts_a_role_issue_2() -> None:
    """Regression (#2): a reader that joined the lines left "company - Current Project"
    inside the previous role's last bullet, and the role it opened was lost."""
    glued = "Monitoring the Jobs through Oozie. company - Current Project description - Anti-Money Laundering"
    document = make_document(
        ("Company Details", H),
        "company - Alcatel Lucent",
        ("Working with Hadoop Distributed File System.", B),
        (glued, B),
        "Environment: Hadoop 2.x, HDFS, Yarn, Hive, Oozie",
    )
    resume = parse(document)
    assert [(r.employer, [b.text for b in r.bullets]) for r in resume.roles] == [
        (
            "Alcatel Lucent",
            ["Working with Hadoop Distributed File System.", "Monitoring the Jobs through Oozie."],
        ),
        ("Current Project", []),
    ]
    assert "Anti-Money Laundering" in resume.roles[1].description
    pieces = [s for s in segments_of(document) if s.line == 4]
    assert [(s.text, s.bullet) for s in pieces] == [
        ("Monitoring the Jobs through Oozie.", True),
        ("company - Current Project", False),
        ("description - Anti-Money Laundering", False),
    ]
    assert all(document.text[s.start : s.end] == s.text for s in pieces)
    span = resume.roles[1].employer_span
    assert span is not None and document.text[span.start : span.end] == "Current Project"


def test_company_written_inside_a_sentence_splits_nothing_issue_2() -> None:
    document = make_document(
        ("Experience", H),
        ("Led the Company - wide migration. company-owned laptops were imaged", B),
    )
    assert [s.text for s in segments_of(document) if s.line == 2] == [
        "Led the Company - wide migration. company-owned laptops were imaged"
    ]


def test_a_list_item_opening_a_description_is_a_bullet_issue_2() -> None:
    """Regression (#2): "description - • Identifying complex bugs…" became prose, so the
    first item of the list skipped the bullet checks while the items below it did not."""
    document = make_document(
        ("Company Details", H),
        "company - Corpcloud Global Services Pvt. Ltd.",
        "description - • Identifying complex bugs in the system and resolving them.",
        ("Implemented and updated application modules.", B),
        "company - Knoxed Infotech Pvt. Ltd.",
        "description - \uf0b7 Client interaction",
        "\uf0b7 Maintain work processes",
    )
    resume = parse(document)
    bullets = [[(b.text, b.span.line) for b in r.bullets] for r in resume.roles]
    assert bullets == [
        [
            ("Identifying complex bugs in the system and resolving them.", 3),
            ("Implemented and updated application modules.", 4),
        ],
        [("Client interaction", 6), ("Maintain work processes", 7)],
    ]
    first = resume.roles[0].bullets[0].span
    assert document.text[first.start : first.end].startswith("Identifying complex bugs")
    assert [r.description for r in resume.roles] == ["", ""]


def test_a_description_that_opens_with_a_number_stays_prose_issue_2() -> None:
    resume = parse_lines(
        ("Company Details", H),
        "company - Acme Ltd",
        "description - 3 years in the payments team",
    )
    assert [(r.description, len(r.bullets)) for r in resume.roles] == [
        ("3 years in the payments team", 0)
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "Software Developer — SepSoft ERP Solutions — From 1-Jan 2016 To 24th Dec 2016",
            ("Software Developer", "SepSoft ERP Solutions", None),
        ),
        (
            "Software Developer at Acme From Jan 2016 To Dec 2016",
            ("Software Developer", "Acme", None),
        ),
        ("Data Analyst, Acme, between 2016 and 2018", ("Data Analyst", "Acme", None)),
    ],
)
def test_the_word_opening_a_range_is_no_employer_or_place_issue_2(
    header: str, expected: tuple[str | None, ...]
) -> None:
    """Regression (#2): "From" before the dates became the location or part of the employer."""
    roles = parse_lines(("Experience", H), header, ("Built the billing API", B)).roles
    assert [(r.title, r.employer, r.location) for r in roles] == [expected]


def test_one_employer_written_twice_is_one_role_issue_2() -> None:
    """Regression (#2): the same "company -" line, once with the skills used there and once
    with the dates ("Augest 2017 to till date"), gave an undated role and a dated one."""
    resume = parse_lines(
        ("Company Details", H),
        "company - Exposys Pvt. Ltd",
        "description - Technical Skills",
        "Web Development: HTML5, CSS3, Bootstrap, PHP.",
        "company - Exposys Pvt. Ltd",
        "description - Pune.\tAugest 2017 to till date",
        "company - Exposys Pvt. Ltd",
        "description - 2015 - 2016",
    )
    rows = [(r.employer, r.first_line, r.last_line, r.dates) for r in resume.roles]
    assert [(employer, first, last) for employer, first, last, _ in rows] == [
        ("Exposys Pvt. Ltd", 2, 6),
        ("Exposys Pvt. Ltd", 7, 8),  # dated twice: a second spell, not the same entry
    ]
    dates = rows[0][3]
    assert dates is not None and dates.current
    assert (dates.start.year, dates.start.month) == (2017, 8)  # type: ignore[union-attr]
    assert "Web Development" in resume.roles[0].description
