"""Roles: title, employer, location and dates in the layouts people use (#2)."""

from __future__ import annotations

import pytest
from parse_helpers import REFERENCE, B, H, parse_lines, project_date

from standout.model.resume import Role, SectionKind
from standout.parse import parse
from standout.read import read


def roles_of(*lines: str | tuple) -> tuple[Role, ...]:  # type: ignore[type-arg]
    return parse_lines(("Experience", H), *lines).roles


def summary(role: Role) -> tuple[str | None, str | None, str | None, str | None, str | None, bool]:
    dates = role.dates
    return (
        role.title,
        role.employer,
        role.location,
        project_date(dates.start) if dates else None,
        project_date(dates.end) if dates else None,
        dates.current if dates else False,
    )


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "Senior Engineer — Acme, Berlin  Jan 2020 – Present",
            ("Senior Engineer", "Acme", "Berlin", "2020-01", None, True),
        ),
        (
            "Senior Engineer at Acme (2019 - 2021)",
            ("Senior Engineer", "Acme", None, "2019", "2021", False),
        ),
        (
            "Acme | Senior Engineer | 2019-2021",
            ("Senior Engineer", "Acme", None, "2019", "2021", False),
        ),
        (
            "Acme, Senior Engineer, 03/2018 to date",
            ("Senior Engineer", "Acme", None, "2018-03", None, True),
        ),
        (
            "Senior Engineer @ Acme Corp, Austin, TX 2018 - now",
            ("Senior Engineer", "Acme Corp", "Austin, TX", "2018", None, True),
        ),
        (
            "Acme, Inc. - Staff Engineer - Spring 2019",
            ("Staff Engineer", "Acme, Inc.", None, "spring 2019", "spring 2019", False),
        ),
        (
            "Head of Platform, Finlo (Remote) 2020.03 - 2021.07",
            ("Head of Platform", "Finlo", "Remote", "2020-03", "2021-07", False),
        ),
        (
            "Software Craftsperson — Acme 2021",
            ("Software Craftsperson", "Acme", None, "2021", "2021", False),
        ),
        (
            "Backend Developer (Contract), Finlo, Lisbon, 2017",
            ("Backend Developer", "Finlo", "Lisbon", "2017", "2017", False),
        ),
    ],
)
def test_one_line_headers(header: str, expected: tuple) -> None:  # type: ignore[type-arg]
    roles = roles_of(header, ("Built the billing API", B))
    assert [summary(r) for r in roles] == [expected]
    assert roles[0].bullets[0].text == "Built the billing API"


@pytest.mark.parametrize(
    "lines",
    [
        ("Senior Engineer", "Acme, Berlin", "Jan 2020 – Present"),
        ("Acme, Berlin", "Senior Engineer", "Jan 2020 – Present"),
        ("Jan 2020 – Present", "Senior Engineer", "Acme, Berlin"),
        ("Senior Engineer   Jan 2020 – Present", "Acme, Berlin"),
        ("Acme, Berlin", "Senior Engineer  Jan 2020 – Present"),
    ],
)
def test_two_and_three_line_headers_in_either_order(lines: tuple[str, ...]) -> None:
    roles = roles_of(
        *lines,
        ("Built the billing API", B),
        *lines,
        ("Ran the on-call rotation", B),
    )
    assert [summary(r) for r in roles] == [
        ("Senior Engineer", "Acme", "Berlin", "2020-01", None, True)
    ] * 2
    assert [len(r.bullets) for r in roles] == [1, 1]


def test_raw_glyph_bullets_and_prose_in_plain_text() -> None:
    roles = roles_of(
        "Backend Engineer, Finlo   2018 - 2021",
        "Lending platform for small businesses.",
        "• Built REST APIs in Django",
        "* Added Redis caching",
        "- Wrote runbooks",
        "Platform Engineer, Acme   2021 - Present",
        "▪ Runs Kubernetes",
    )
    assert [(r.title, len(r.bullets)) for r in roles] == [
        ("Backend Engineer", 3),
        ("Platform Engineer", 1),
    ]
    assert roles[0].description == "Lending platform for small businesses."
    assert [b.text for b in roles[0].bullets] == [
        "Built REST APIs in Django",
        "Added Redis caching",
        "Wrote runbooks",
    ]


def test_roles_without_bullets_are_split_on_their_dates() -> None:
    roles = roles_of(
        "Engineer, Acme 2019 - 2021", "Developer, Finlo 2017 - 2019", "Intern, Datacraft 2016"
    )
    assert [(r.title, r.employer) for r in roles] == [
        ("Engineer", "Acme"),
        ("Developer", "Finlo"),
        ("Intern", "Datacraft"),
    ]


def test_line_numbers_and_spans() -> None:
    resume = parse_lines(
        ("Experience", H),
        "Senior Engineer — Acme, Berlin",
        "Jan 2020 – Present",
        ("Built the billing API", B),
        ("Cut costs by 20%", B),
    )
    role = resume.roles[0]
    assert (role.first_line, role.last_line) == (2, 5)
    text = resume.document.text
    assert role.title_span is not None and role.employer_span is not None and role.dates is not None
    assert text[role.title_span.start : role.title_span.end] == "Senior Engineer"
    assert text[role.employer_span.start : role.employer_span.end] == "Acme"
    assert (role.dates.text, role.dates.span.line) == ("Jan 2020 – Present", 3)
    assert [b.span.line for b in role.bullets] == [4, 5]


def test_promotions_under_one_employer_line_inherit_it() -> None:
    roles = roles_of(
        "Acme Corp, Berlin",
        "Senior Engineer 2021 - Present",
        ("Led the platform team", B),
        "Engineer 2019 - 2021",
        ("Built the billing API", B),
    )
    assert [(r.title, r.employer) for r in roles] == [
        ("Senior Engineer", "Acme Corp"),
        ("Engineer", "Acme Corp"),
    ]


def test_labelled_scraped_roles() -> None:
    resume = parse_lines(
        "Java Developer - Nimbus Softech Pvt Ltd",
        ("Company Details", H),
        "company - Nimbus Softech Pvt Ltd",
        "description - Pune From July 2018 till present",
        "Project: Claims platform.",
        "Responsibilities: • Developed REST services in Spring Boot for claim intake • Wrote Hibernate mappings for the adjudication module",
        "company - Orion Infosystems",
        "description - Aug 2016 to June 2018",
        "Senior Developer 2017 - 2018 did things",
        "company - ",
        "description - ",
    )
    assert [summary(r) for r in resume.roles] == [
        ("Java Developer", "Nimbus Softech Pvt Ltd", None, "2018-07", None, True),
        (None, "Orion Infosystems", None, "2016-08", "2018-06", False),
    ]
    assert [b.text for b in resume.roles[0].bullets] == [
        "Developed REST services in Spring Boot for claim intake",
        "Wrote Hibernate mappings for the adjudication module",
    ]


def test_volunteering_roles_are_marked() -> None:
    resume = parse_lines(
        ("Volunteering", H), "Mentor, Django Girls 2019 - 2023", ("Coached beginners", B)
    )
    assert [(r.title, r.section) for r in resume.roles] == [("Mentor", SectionKind.VOLUNTEERING)]


def test_markdown_role_headings() -> None:
    resume = parse_lines(
        ("Experience", H, 2),
        ("Backend Developer — Finlo, Lisbon", H, 3),
        "Jan 2018 – Feb 2021",
        ("Built REST APIs", B),
        ("Junior Engineer — Datacraft", H, 3),
        ("Maintained Java tools", B),
    )
    assert [summary(r) for r in resume.roles] == [
        ("Backend Developer", "Finlo", "Lisbon", "2018-01", "2021-02", False),
        ("Junior Engineer", "Datacraft", None, None, None, False),
    ]


def test_empty_experience_section_has_no_roles() -> None:
    assert roles_of() == ()
    assert roles_of("I have worked in many places over the years and enjoyed all of them.") == ()


def test_a_place_extends_the_header_but_a_short_description_does_not() -> None:
    roles = roles_of(
        "Senior Engineer — Acme",
        "Berlin, Germany",
        "Jan 2020 – Present",
        ("Built the billing API", B),
        "Staff Engineer — Finlo",
        "Jan 2018 – Dec 2019",
        "Fintech start-up, 40 people",
        ("Ran the platform team", B),
    )
    assert [summary(r) for r in roles] == [
        ("Senior Engineer", "Acme", "Berlin, Germany", "2020-01", None, True),
        ("Staff Engineer", "Finlo", None, "2018-01", "2019-12", False),
    ]
    assert roles[1].description == "Fintech start-up, 40 people"


def test_labelled_day_month_year_period_dates_the_open_role_issue_2() -> None:
    """Regression (#2): "Period: 7 Dec 2006 to 20 March 2007" gave the title "7", the
    employer "to 20 March 2007" and the dates Dec 2006 - Dec 2006."""
    resume = parse_lines(
        ("Company Details", H),
        "company - Govt. Public Works",
        "description - Upgrade of the city ring road",
        "Client: Govt. Public Works",
        "Period: 7 Dec 2006 to 20 March 2007",
        ("Prepared the material take-off from workshop drawings", B),
        "company - Orion Infra Ltd",
        "Dates: 2007-04-02 - 2009-01-15",
    )
    assert [summary(r) for r in resume.roles] == [
        (None, "Govt. Public Works", None, "2006-12", "2007-03", False),
        (None, "Orion Infra Ltd", None, "2007-04", "2009-01", False),
    ]
    assert resume.roles[0].bullets[0].text.startswith("Prepared the material")


def test_a_duration_is_neither_employer_nor_a_new_role_issue_2() -> None:
    """Regression (#2): "Duration: 2 yrs 2 months." became the employer of a new role."""
    resume = parse_lines(
        ("Company Details", H),
        "company - Patni Computer Systems Limited",
        "description - Project: CPI",
        "Type: Development, automation & Monitoring.",
        "Duration: 2 yrs 2 months.",
        "Role: Senior System Engineer",
        ("Maintained the imaging applications", B),
    )
    assert [summary(r) for r in resume.roles] == [
        ("Senior System Engineer", "Patni Computer Systems Limited", None, None, None, False)
    ]
    header = roles_of("Site Reliability Engineer, Acme · Jan 2019 - Present · 2 yrs 2 months")
    assert [summary(r) for r in header] == [
        ("Site Reliability Engineer", "Acme", None, "2019-01", None, True)
    ]


def test_a_labelled_type_is_not_part_of_the_title_issue_2() -> None:
    """Regression (#2): "description - Type: DevOps Engineer." gave that whole text as title."""
    resume = parse_lines(
        ("Company Details", H),
        "company - Skyline Cloud",
        "description - Type: DevOps Engineer.",
        "Platform: AWS Cloud, Azure Cloud.",
        "Role: I was running the build farm and the release pipeline.",
        "company - Tsys Limited",
        "Position: Business Analyst.",
    )
    assert [(r.title, r.employer) for r in resume.roles] == [
        ("DevOps Engineer", "Skyline Cloud"),
        ("Business Analyst", "Tsys Limited"),
    ]
    assert "running the build farm" in resume.roles[0].description


def test_dates_closing_a_numbered_project_line_date_the_role_issue_2() -> None:
    """Regression (#2): "1. Project name: …<tab><tab>December 2017 - Till Date" under a
    labelled employer left the role without dates, though the same range on a line of its
    own dated it."""
    text = (
        "Company Details\n"
        "company - Inouvelle Ventures Private Limited\n"
        "description - Nagpur.\n"
        "1.   Project name: Stock Management System\t\tDecember 2017 - Till Date\n"
        "Role: Java Developer\n"
    )
    resume = parse(read(text.encode(), filename="cv.txt"), reference_date=REFERENCE)
    assert [summary(r) for r in resume.roles] == [
        ("Java Developer", "Inouvelle Ventures Private Limited", None, "2017-12", None, True)
    ]
    dates = resume.roles[0].dates
    assert dates is not None and dates.text == "December 2017 - Till Date"
    assert resume.document.text[dates.span.start : dates.span.end] == dates.text


@pytest.mark.parametrize(
    "bullet",
    [
        "Cut hosting costs 2019 - 2020 by a third",
        "Worked on the billing platform from 2016 to 2017.",
    ],
)
def test_a_range_inside_an_achievement_dates_no_role(bullet: str) -> None:
    roles = roles_of("Backend Engineer, Acme", (bullet, B))
    assert [summary(r) for r in roles] == [("Backend Engineer", "Acme", None, None, None, False)]
