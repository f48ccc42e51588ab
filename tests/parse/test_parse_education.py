"""Education entries and certifications (#2)."""

from __future__ import annotations

import pytest
from parse_helpers import B, H, parse_lines, project_date

from standout.model.posting import DegreeLevel
from standout.model.resume import Certification, Education
from standout.parse.education import degree_level


def education_of(*lines: str | tuple) -> list[tuple]:  # type: ignore[type-arg]
    entries = parse_lines(("Education", H), *lines).education
    return [_row(e) for e in entries]


def _row(entry: Education) -> tuple[str | None, ...]:
    dates = entry.dates
    return (
        entry.degree,
        entry.field,
        entry.institution,
        project_date(dates.start) if dates else None,
        project_date(dates.end) if dates else None,
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "BSc Computer Science — University of Porto, 2012 – 2016",
            ("BSc", "Computer Science", "University of Porto", "2012", "2016"),
        ),
        (
            "Bachelor of Science in Computer Science, Stanford University, 2010",
            ("Bachelor of Science", "Computer Science", "Stanford University", "2010", "2010"),
        ),
        (
            "M.Sc. in Distributed Systems | TU Munich | 2018 - 2020",
            ("M.Sc.", "Distributed Systems", "TU Munich", "2018", "2020"),
        ),
        (
            "BSc (Hons) Computer Science, University of Leeds",
            ("BSc (Hons)", "Computer Science", "University of Leeds", None, None),
        ),
        (
            "August 2014 to May 2018 B.Tech. Information Technology, Vishwakarma Institute of Technology",
            (
                "B.Tech.",
                "Information Technology",
                "Vishwakarma Institute of Technology",
                "2014-08",
                "2018-05",
            ),
        ),
        (
            "Backend Web Development Bootcamp — Northcoders, Manchester, 2020",
            ("Backend Web Development Bootcamp", None, "Northcoders", "2020", "2020"),
        ),
        (
            "PhD, Computer Science, ETH Zurich, 2015 - 2019",
            ("PhD", "Computer Science", "ETH Zurich", "2015", "2019"),
        ),
        (
            "January 2011 M.B.A. Amravati University",
            ("M.B.A.", None, "Amravati University", "2011-01", "2011-01"),
        ),
    ],
)
def test_one_line_entries(line: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert education_of(line) == [expected]


def test_multi_line_entries_split_when_a_second_degree_arrives() -> None:
    rows = education_of(
        "Politecnico di Torino",
        "MSc in Computer Engineering",
        "2013 – 2016",
        ("Thesis on consensus protocols", B),
        "Università degli Studi di Milano",
        "BSc in Computer Science",
        "2010 – 2013",
    )
    assert rows == [
        ("MSc", "Computer Engineering", "Politecnico di Torino", "2013", "2016"),
        ("BSc", "Computer Science", "Università degli Studi di Milano", "2010", "2013"),
    ]


def test_line_range_of_an_entry() -> None:
    resume = parse_lines(
        ("Education", H), "University of Porto", "BSc Computer Science", "2012 - 2016"
    )
    entry = resume.education[0]
    assert (entry.first_line, entry.last_line) == (2, 4)


BACHELOR, MASTER, PHD = DegreeLevel.BACHELOR, DegreeLevel.MASTER, DegreeLevel.PHD


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "B.E Computer Science and Engineering",
            ("B.E", "Computer Science and Engineering", BACHELOR),
        ),
        ("B.E. Computer Science", ("B.E.", "Computer Science", BACHELOR)),
        ("BE Computer Engineering", ("BE", "Computer Engineering", BACHELOR)),
        ("BCA", ("BCA", None, BACHELOR)),
        ("B.Com", ("B.Com", None, BACHELOR)),
        ("B. Tech", ("B. Tech", None, BACHELOR)),
        ("BSc (Hons) Physics", ("BSc (Hons)", "Physics", BACHELOR)),
        (
            "Bachelor’s Degree in Information Technology",
            ("Bachelor’s Degree", "Information Technology", BACHELOR),
        ),
        ("MCA", ("MCA", None, MASTER)),
        ("M.E.", ("M.E.", None, MASTER)),
        ("ME Computer Science", ("ME", "Computer Science", MASTER)),
        ("M.Sc", ("M.Sc", None, MASTER)),
        ("MBA", ("MBA", None, MASTER)),
        ("M.B.A.", ("M.B.A.", None, MASTER)),
        ("Master of Engineering", ("Master of Engineering", None, MASTER)),
        ("Ph.D", ("Ph.D", None, PHD)),
        ("Doctor of Philosophy in Physics", ("Doctor of Philosophy", "Physics", PHD)),
        ("Diploma in Computer Engineering", ("Diploma", "Computer Engineering", None)),
        ("HSC", ("HSC", None, None)),
        ("MCS", ("MCS", None, MASTER)),
        ("M.C.S. Computer Science", ("M.C.S.", "Computer Science", MASTER)),
        ("BCS", ("BCS", None, BACHELOR)),
        ("MS Computer Science", ("MS", "Computer Science", MASTER)),
        ("MTech", ("MTech", None, MASTER)),
        ("M.Tech in VLSI", ("M.Tech", "VLSI", MASTER)),
        ("PGDCA", ("PGDCA", None, None)),
        ("PG-DCA", ("PG-DCA", None, None)),
    ],
)
def test_degrees_and_their_level(
    line: str, expected: tuple[str, str | None, DegreeLevel | None]
) -> None:
    """Indian and abbreviated degrees are degrees with a level, as B.Tech and BSc are (#2)."""
    entries = parse_lines(("Education", H), line).education
    assert [(e.degree, e.field, degree_level(e.degree or "")) for e in entries] == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "January 2018 MCS Pune University",
            ("MCS", None, "Pune University", "2018-01", "2018-01"),
        ),
        ("BCS Pune University 2015", ("BCS", None, "Pune University", "2015", "2015")),
        ("MCA from Pune University", ("MCA", None, "Pune University", None, None)),
        (
            "PGDCA, Makhanlal University, 2012",
            ("PGDCA", None, "Makhanlal University", "2012", "2012"),
        ),
    ],
)
def test_indian_computing_degrees_before_the_university(line: str, expected: tuple) -> None:  # type: ignore[type-arg]
    """ "January 2018 MCS Pune University" is a master's at Pune, not a degree-less entry (#2)."""
    assert education_of(line) == [expected]


@pytest.mark.parametrize("line", ["Me and my team won the hackathon", "Be curious"])
def test_me_and_be_as_words_are_not_degrees(line: str) -> None:
    assert [e.degree for e in parse_lines(("Education", H), line).education] == []


def test_lines_without_degree_or_institution_are_not_entries() -> None:
    assert education_of("GPA 3.8 of 4", "© 2024 Dana Okafor") == []


def certifications_of(*lines: str | tuple) -> list[tuple[str, str | None, str | None]]:  # type: ignore[type-arg]
    certs: tuple[Certification, ...] = parse_lines(("Certifications", H), *lines).certifications
    return [(c.name, c.issuer, project_date(c.date)) for c in certs]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "AWS Certified Solutions Architect – Associate (2022)",
            ("AWS Certified Solutions Architect – Associate", None, "2022"),
        ),
        (
            "Certified Kubernetes Administrator (CKA) — Cloud Native Computing Foundation, 2023",
            (
                "Certified Kubernetes Administrator (CKA)",
                "Cloud Native Computing Foundation",
                "2023",
            ),
        ),
        (
            "Oracle Certified Professional, Java SE 8 Programmer — Oracle, Mar 2017",
            ("Oracle Certified Professional, Java SE 8 Programmer", "Oracle", "2017-03"),
        ),
        ("Terraform Associate issued by HashiCorp", ("Terraform Associate", "HashiCorp", None)),
        ("Professional Scrum Master I", ("Professional Scrum Master I", None, None)),
    ],
)
def test_certifications(line: str, expected: tuple[str, str | None, str | None]) -> None:
    assert certifications_of((line, B)) == [expected]


def test_certificate_with_its_date_and_address_on_lines_below() -> None:
    rows = certifications_of(
        "Google Cloud Professional Cloud Developer — Google Cloud",
        "Nov 2022",
        "https://www.credential.net/abc",
    )
    assert rows == [("Google Cloud Professional Cloud Developer", "Google Cloud", "2022-11")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "BSc, Pune University, from 2012 to 2016",
            ("BSc", None, "Pune University", "2012", "2016"),
        ),
        (
            "BSc, Pune University From 2012 To 2016",
            ("BSc", None, "Pune University", "2012", "2016"),
        ),
        # only the word that opens the range goes: a place spelled alike stays
        (
            "BSc Physics, Pune University, Frome, 2012",
            ("BSc", "Physics", "Pune University", "2012", "2012"),
        ),
    ],
)
def test_the_word_opening_the_dates_is_no_field_issue_2(line: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert education_of(line) == [expected]
