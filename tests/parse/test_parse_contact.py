"""Contact details: name, email, phone, location and classified links (#2)."""

from __future__ import annotations

import pytest
from parse_helpers import B, H, parse_lines

from standout.model.resume import LinkKind
from standout.parse.contact import link_kind


def test_contact_block_with_separators() -> None:
    resume = parse_lines(
        "Dana Okafor",
        "Berlin, Germany · dana.okafor@example.com · +49 30 1234 5678",
        "github.com/danaokafor | https://www.linkedin.com/in/dana-okafor/ | dana.dev",
        ("Experience", H),
    )
    contact = resume.contact
    assert contact.name == "Dana Okafor"
    assert contact.email == "dana.okafor@example.com"
    assert contact.phone == "+49 30 1234 5678"
    assert contact.location == "Berlin, Germany"
    assert [(link.kind, link.url) for link in contact.links] == [
        (LinkKind.GITHUB, "github.com/danaokafor"),
        (LinkKind.LINKEDIN, "https://www.linkedin.com/in/dana-okafor/"),
        (LinkKind.PERSONAL, "dana.dev"),
    ]
    text = resume.document.text
    assert contact.email_span is not None
    assert text[contact.email_span.start : contact.email_span.end] == contact.email
    assert contact.email_span.line == 2


@pytest.mark.parametrize(
    "phone",
    [
        "+49 30 1234 5678",
        "(415) 555-0134",
        "+1 (415) 555-0134",
        "+44 20 7946 0958",
        "0044-20-7946-0958",
        "+91 98400 12345",
        "030/1234567",
        "+33 6 12 34 56 78",
    ],
)
def test_phone_formats(phone: str) -> None:
    resume = parse_lines("Dana Okafor", f"dana@example.com | {phone}")
    assert resume.contact.phone == phone


def test_date_ranges_and_years_are_not_phones() -> None:
    resume = parse_lines("Dana Okafor", "Backend engineer 2019-2021, 2012 - 2016")
    assert resume.contact.phone is None


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://github.com/dana", LinkKind.GITHUB),
        ("github.com/dana", LinkKind.GITHUB),
        ("www.github.com/dana", LinkKind.GITHUB),
        ("gitlab.com/dana", LinkKind.GITLAB),
        ("linkedin.com/in/dana", LinkKind.LINKEDIN),
        ("https://de.linkedin.com/in/dana", LinkKind.LINKEDIN),
        ("stackoverflow.com/users/123/dana", LinkKind.STACKOVERFLOW),
        ("https://dana.dev", LinkKind.PERSONAL),
        ("dana.github.io", LinkKind.PERSONAL),
        ("medium.com/@dana", LinkKind.OTHER),
        ("twitter.com/dana", LinkKind.OTHER),
    ],
)
def test_link_kinds(url: str, kind: LinkKind) -> None:
    assert link_kind(url) is kind
    resume = parse_lines("Dana Okafor", url)
    assert [(link.kind, link.url) for link in resume.contact.links] == [(kind, url)]


def test_email_domain_is_not_a_personal_site() -> None:
    resume = parse_lines("Dana Okafor", "dana@okafor.dev")
    assert resume.contact.links == ()


def test_profile_links_outside_the_header_are_found_but_project_links_are_not() -> None:
    resume = parse_lines(
        "Dana Okafor",
        ("Projects", H),
        "queue-bench — github.com/danaokafor/queue-bench",
        ("Links", H),
        "GitHub: github.com/danaokafor, email dana@example.com, phone +49 30 1234 5678",
    )
    assert [link.url for link in resume.contact.links] == ["github.com/danaokafor"]
    assert resume.contact.email == "dana@example.com"
    assert resume.contact.phone == "+49 30 1234 5678"


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (("DANA OKAFOR", "dana@example.com"), "DANA OKAFOR"),
        (("Curriculum Vitae", "Dana Okafor"), "Dana Okafor"),
        (("dana@example.com | +49 30 1234 5678", "Dana Okafor", "Backend Engineer"), "Dana Okafor"),
        (("Dana Okafor | Backend Engineer",), "Dana Okafor"),
        (("Name: Dana Okafor",), "Dana Okafor"),
        (("Senior Backend Engineer", "dana@example.com"), None),
        (("Lucía Fernández Ortega",), "Lucía Fernández Ortega"),
        (("Jan van der Berg",), "Jan van der Berg"),
    ],
)
def test_name(lines: tuple[str, ...], name: str | None) -> None:
    assert parse_lines(*lines).contact.name == name


@pytest.mark.parametrize(
    ("line", "location"),
    [
        ("San Francisco, CA | dana@example.com", "San Francisco, CA"),
        ("Location: Berlin", "Berlin"),
        ("Singapore | dana@example.com", "Singapore"),
        ("Staff Engineer · Kraków, Poland", "Kraków, Poland"),
        ("Backend Engineer, Go", None),
    ],
)
def test_location(line: str, location: str | None) -> None:
    assert parse_lines("Dana Okafor", line).contact.location == location


@pytest.mark.parametrize(
    "lines",
    [
        # Regression (#2): scraped resumes without a name gave a skill phrase as the name.
        ("Operating Systems Windows XP, 7, 10", ("Software Development", B), ("Programming", B)),
        ("Software Development", "dana@example.com"),
        ("COMPUTER PROFICIENCY", "Basic: MS-Office"),
        ("Manual and Automation Testing",),
        ("ITIL Management", "Process Improvements"),
        ("Ability to Learn From Mistakes.",),
        ("Technical Skills", "Python, Go"),
    ],
)
def test_headings_titles_and_skill_phrases_are_not_names_issue_2(lines: tuple) -> None:  # type: ignore[type-arg]
    assert parse_lines(*lines).contact.name is None


def test_the_line_that_looks_like_a_name_wins_over_a_skill_phrase_issue_2() -> None:
    resume = parse_lines("Cloud Computing", "Ana de la Cruz", "ana@example.com")
    assert resume.contact.name == "Ana de la Cruz"
    assert parse_lines("Martin Luther King Jr.").contact.name == "Martin Luther King Jr."


def test_no_contact_at_all() -> None:
    resume = parse_lines(("Skills", H), "Python, Go")
    assert resume.contact.name is None
    assert resume.contact.links == ()
