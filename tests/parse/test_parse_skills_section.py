"""Skills sections: groups, separators, tables and self-declared experience (#2)."""

from __future__ import annotations

import pytest
from parse_helpers import B, H, T, parse_lines

from standout.model.resume import SkillEntry


def skills_of(*lines: str | tuple) -> tuple[SkillEntry, ...]:  # type: ignore[type-arg]
    return parse_lines(("Skills", H), *lines).skills


def names(entries: tuple[SkillEntry, ...]) -> list[tuple[str, str | None, int | None]]:
    return [(e.name, e.group, e.declared_months) for e in entries]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Python (5 years)", ("Python", 60)),
        ("Python - 5 yrs", ("Python", 60)),
        ("Java - Experience - 24 months", ("Java", 24)),
        ("Go (3+ years)", ("Go", 36)),
        ("JAVA- Exprience - 24 months", ("JAVA", 24)),
        ("Kotlin: 2.5 years", ("Kotlin", 30)),
        ("Rust (1 year)", ("Rust", 12)),
        ("SQL 6 yrs", ("SQL", 72)),
        ("PostgreSQL - 2 years 6 months", ("PostgreSQL", 30)),
        ("C#, 4 years of experience", ("C#", None)),
        # "Less than a year" is a declaration below one year: half a year (#2).
        ("MS OFFICE- Exprience - Less than 1 year months", ("MS OFFICE", 6)),
        ("Python- Exprience - Less than 1 year", ("Python", 6)),
        ("Python- Experience - Less than 1 year", ("Python", 6)),
        # Three-digit month counts are read whole, not from their last two digits (#2).
        ("MICROSOFT SHAREPOINT- Exprience - 147 months", ("MICROSOFT SHAREPOINT", 147)),
        ("Java- Experience - 120 months", ("Java", 120)),
        ("Rust - 120 months", ("Rust", 120)),
        ("Go (100 months)", ("Go", 100)),
        ("Latin - 300 years", ("Latin", None)),
        ("Docker (basic)", ("Docker", None)),
    ],
)
def test_declared_experience(line: str, expected: tuple[str, int | None]) -> None:
    entries = skills_of(line)
    assert (entries[0].name, entries[0].declared_months) == expected


def test_groups_and_separators() -> None:
    entries = skills_of(
        "Languages: Python, Go; Java | Kotlin",
        "**Data:** PostgreSQL, Redis",
        ("Cloud & DevOps: AWS (EC2, S3), Docker, CI/CD, TCP/IP", B),
        "Kafka • RabbitMQ • NATS",
    )
    assert names(entries) == [
        ("Python", "Languages", None),
        ("Go", "Languages", None),
        ("Java", "Languages", None),
        ("Kotlin", "Languages", None),
        ("PostgreSQL", "Data", None),
        ("Redis", "Data", None),
        ("AWS", "Cloud & DevOps", None),
        ("EC2", "Cloud & DevOps", None),
        ("S3", "Cloud & DevOps", None),
        ("Docker", "Cloud & DevOps", None),
        ("CI/CD", "Cloud & DevOps", None),
        ("TCP/IP", "Cloud & DevOps", None),
        ("Kafka", None, None),
        ("RabbitMQ", None, None),
        ("NATS", None, None),
    ]


def test_label_lines_name_the_group_of_the_lines_below() -> None:
    entries = skills_of(
        "Languages:", ("Python", B), ("Go", B), "Databases", "PostgreSQL, MySQL,", "Redis"
    )
    assert names(entries) == [
        ("Python", "Languages", None),
        ("Go", "Languages", None),
        ("PostgreSQL", "Databases", None),
        ("MySQL", "Databases", None),
        ("Redis", "Databases", None),
    ]


def test_table_rows() -> None:
    entries = skills_of(
        ("Languages | Python, Go", T),
        ("Java | 8 years | Expert", T),
        ("Docker | Kubernetes | Helm", T),
    )
    assert names(entries) == [
        ("Python", "Languages", None),
        ("Go", "Languages", None),
        ("Java", None, 96),
        ("Docker", None, None),
        ("Kubernetes", None, None),
        ("Helm", None, None),
    ]


def test_each_entry_keeps_the_span_of_its_name() -> None:
    resume = parse_lines(("Skills", H), "Languages: Python (5 years), Go")
    text = resume.document.text
    assert [(text[e.span.start : e.span.end], e.span.line) for e in resume.skills] == [
        ("Python", 2),
        ("Go", 2),
    ]


def test_sentences_are_not_skills() -> None:
    entries = skills_of(
        "Strong experience designing distributed systems for high traffic web products"
    )
    assert entries == ()
