"""Must-have and nice-to-have phrasing, either-or groups and headings (#5)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from standout.model.posting import Importance, PartKind
from standout.model.skills import Mention
from standout.posting import _cues, _headings


def _mentions(text: str, *names: str) -> list[Mention]:
    found = []
    for name in names:
        start = text.index(name)
        found.append(Mention(name.lower(), name, "tool", name, start, start + len(name)))
    return sorted(found, key=lambda m: m.start)


def _covered(text: str, *names: str) -> list[str]:
    mentions = _mentions(text, *names)
    return sorted(mentions[i].name for i in _cues.nice_covered(text, 0, mentions))


@pytest.mark.parametrize(
    ("text", "names", "nice"),
    [
        ("Knowledge of Docker is a plus", ("Docker",), ["Docker"]),
        ("Java and Spring required, Kafka a plus", ("Java", "Spring", "Kafka"), ["Kafka"]),
        ("Strong Java skills, Kafka is a plus", ("Java", "Kafka"), ["Kafka"]),
        (
            "Working knowledge of VPN, TCP/IP, and SSL a plus",
            ("VPN", "TCP/IP", "SSL"),
            ["SSL", "TCP/IP", "VPN"],
        ),
        ("Ideally experience with Go and gRPC", ("Go", "gRPC"), ["Go", "gRPC"]),
        ("PostgreSQL (preferred) or MySQL", ("PostgreSQL", "MySQL"), ["PostgreSQL"]),
        ("Experience with Airflow; Spark is a plus", ("Airflow", "Spark"), ["Spark"]),
        ("Terraform experience would be great", ("Terraform",), ["Terraform"]),
        ("CISSP desired, not required", ("CISSP",), ["CISSP"]),
        ("Solid SQL skills with PostgreSQL", ("SQL", "PostgreSQL"), []),
        # issue #5: what a must-have phrase asks for first stays a must-have
        ("Must have Python, Kafka preferred.", ("Python", "Kafka"), ["Kafka"]),
        ("Must have Python, Go, Kafka preferred.", ("Python", "Go", "Kafka"), ["Go", "Kafka"]),
        ("Must have Linux experience preferred.", ("Linux",), ["Linux"]),
        ("Python, Kafka preferred.", ("Python", "Kafka"), ["Kafka", "Python"]),
    ],
)
def test_nice_cues_cover_only_what_they_speak_about(
    text: str, names: tuple[str, ...], nice: list[str]
) -> None:
    assert _covered(text, *names) == nice


@pytest.mark.parametrize(
    ("part", "text", "structured", "expected"),
    [
        (PartKind.REQUIREMENTS, "Docker", True, Importance.MUST),
        (PartKind.NICE_TO_HAVE, "Docker", True, Importance.NICE),
        (PartKind.RESPONSIBILITIES, "Deploy services with Docker", True, None),
        (PartKind.RESPONSIBILITIES, "You must know Docker", True, Importance.MUST),
        (PartKind.INTRO, "Experience with Docker is needed", False, Importance.MUST),
        (PartKind.INTRO, "We are looking for someone to run Docker", False, Importance.MUST),
        (PartKind.INTRO, "We are looking for someone to run Docker", True, None),
        (PartKind.BENEFITS, "You must love Docker", True, None),
    ],
)
def test_default_importance_by_part_and_phrasing(
    part: PartKind, text: str, structured: bool, expected: Importance | None
) -> None:
    assert _cues.default_importance(part, text, structured=structured) is expected


@pytest.mark.parametrize(
    ("text", "names", "groups"),
    [
        ("Experience with AWS, GCP or Azure", ("AWS", "GCP", "Azure"), [["AWS", "GCP", "Azure"]]),
        ("Java/Kotlin", ("Java", "Kotlin"), [["Java", "Kotlin"]]),
        ("Experience with Java and Spring", ("Java", "Spring"), []),
        ("a cloud such as AWS and GCP", ("AWS", "GCP"), [["AWS", "GCP"]]),
        (
            "a database such as PostgreSQL or MySQL",
            ("PostgreSQL", "MySQL"),
            [["PostgreSQL", "MySQL"]],
        ),
        (
            "RDBMS such as PostgreSQL or MySQL",
            ("RDBMS", "PostgreSQL", "MySQL"),
            [["RDBMS", "PostgreSQL", "MySQL"]],
        ),
    ],
)
def test_either_or_groups(text: str, names: tuple[str, ...], groups: list[list[str]]) -> None:
    mentions = _mentions(text, *names)
    found = [[mentions[i].name for i in group] for group in _cues.either_groups(text, 0, mentions)]
    assert found == groups


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Requirements", PartKind.REQUIREMENTS),
        ("What you'll need", PartKind.REQUIREMENTS),
        ("Must have:", PartKind.REQUIREMENTS),
        ("Qualifications", PartKind.REQUIREMENTS),
        ("You have", PartKind.REQUIREMENTS),
        ("Bonus points", PartKind.NICE_TO_HAVE),
        ("Nice to have", PartKind.NICE_TO_HAVE),
        ("Preferred Qualifications", PartKind.NICE_TO_HAVE),
        ("Plus", PartKind.NICE_TO_HAVE),
        ("Would be great", PartKind.NICE_TO_HAVE),
        ("What you'll do", PartKind.RESPONSIBILITIES),
        ("Responsibilities", PartKind.RESPONSIBILITIES),
        ("Benefits", PartKind.BENEFITS),
        ("Why you'll love working here", PartKind.BENEFITS),
        ("About us", PartKind.ABOUT),
    ],
)
def test_heading_vocabulary(heading: str, kind: PartKind) -> None:
    assert _headings.line_heading(heading) is kind


@pytest.mark.parametrize(
    "line",
    [
        "Experience with Kafka",
        "5+ years of Python",
        "We ship every day.",
        "Senior Backend Engineer",
    ],
)
def test_content_lines_are_not_headings(line: str) -> None:
    assert _headings.line_heading(line) is None


_IMPLIED = {
    "oracle": ("rdbms",),
    "mysql": ("rdbms",),
    "jdbc": ("java",),
    "perl": ("scripting language",),
    "express": ("nodejs",),
    "django": ("python",),
}


@pytest.mark.parametrize(
    ("text", "names", "groups"),
    [
        (
            "work on a Linux, AIX, or a Unix derived OS",
            ("Linux", "AIX", "Unix"),
            [["Linux", "AIX", "Unix"]],
        ),
        (
            "a relational database (Oracle, MySQL) via JDBC",
            ("relational database", "Oracle", "MySQL"),
            [["relational database", "Oracle", "MySQL"]],
        ),
        ("Java/JDBC development", ("Java", "JDBC"), []),
        ("the stack (Python, Kafka, Redis)", ("Python", "Kafka", "Redis"), []),
        (
            "Java, Spring and Kafka or Redis",
            ("Java", "Spring", "Kafka", "Redis"),
            [["Kafka", "Redis"]],
        ),
        ("Docker & Kubernetes", ("Docker", "Kubernetes"), []),
        (
            "a scripting language such as Perl",
            ("scripting language", "Perl"),
            [["scripting language", "Perl"]],
        ),
        (
            "frameworks: NodeJS/Express, Python/Django",
            ("NodeJS", "Express", "Python", "Django"),
            [["NodeJS", "Express", "Python", "Django"]],
        ),
    ],
)
def test_either_or_groups_with_implications(
    text: str, names: tuple[str, ...], groups: list[list[str]]
) -> None:
    mentions = _mentions(text, *names)
    # The test's mentions take their lower-cased name as id: the umbrella's is "rdbms".
    mentions = [
        replace(m, skill_id="rdbms") if m.name == "relational database" else m for m in mentions
    ]
    found = [
        [mentions[i].name for i in group]
        for group in _cues.either_groups(text, 0, mentions, lambda s: _IMPLIED.get(s, ()))
    ]
    assert found == groups
