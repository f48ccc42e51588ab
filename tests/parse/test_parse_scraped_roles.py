"""Roles of scraped resumes ("company - Acme", "description - ..."), from the second QA
pass on issue #2."""

from __future__ import annotations

from parse_helpers import H, parse_lines


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
