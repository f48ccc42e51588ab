"""Projects and open-source work: name, description, bullets, links, dates (#2)."""

from __future__ import annotations

from parse_helpers import B, H, parse_lines, project_date

from standout.model.resume import Project, SectionKind


def projects_of(*lines: str | tuple, heading: str = "Projects") -> tuple[Project, ...]:  # type: ignore[type-arg]
    return parse_lines((heading, H, 2), *lines).projects


def test_header_per_project_with_links_dates_and_bullets() -> None:
    projects = projects_of(
        ("queue-bench — github.com/dana/queue-bench", H, 3),
        ("Benchmarks Kafka, RabbitMQ and NATS; 300 stars", B),
        ("TrainTimes API", H, 3),
        "Python, FastAPI · Oct 2024 – Jan 2025",
        "A REST API that merges live departure boards.",
        ("Cached upstream calls in Redis", B),
        ("Wrote 140 pytest tests", B),
        "https://traintimes.example.dev",
    )
    assert [(p.name, p.links, len(p.bullets)) for p in projects] == [
        ("queue-bench", ("github.com/dana/queue-bench",), 1),
        ("TrainTimes API", ("https://traintimes.example.dev",), 2),
    ]
    dates = projects[1].dates
    assert dates is not None
    assert (project_date(dates.start), project_date(dates.end)) == ("2024-10", "2025-01")
    assert projects[1].description == "A REST API that merges live departure boards."
    assert (projects[1].first_line, projects[1].last_line) == (4, 9)


def test_one_bullet_per_project() -> None:
    projects = projects_of(
        ("queue-bench: benchmark comparing message brokers", B),
        ("tiny-kv — a log-structured key-value store in Python", B),
        ("Written with compaction and a write-ahead log", B, 1),
    )
    assert [(p.name, p.description, len(p.bullets)) for p in projects] == [
        ("queue-bench", "benchmark comparing message brokers", 0),
        ("tiny-kv", "a log-structured key-value store in Python", 1),
    ]


def test_open_source_section_gives_open_source_projects() -> None:
    projects = projects_of(
        "pg-partman-helper — github.com/dana/pg-partman-helper",
        ("Go CLI that plans PostgreSQL partition changes", B),
        heading="Open Source",
    )
    assert [(p.name, p.section) for p in projects] == [
        ("pg-partman-helper", SectionKind.OPEN_SOURCE)
    ]


def test_detail_labels_and_wrapped_lines_stay_in_their_project() -> None:
    projects = projects_of(
        "slotfinder",
        "May 2020 – Present",
        "Library that finds free time slots across calendars with interval",
        "trees and a small scheduler.",
        ("Published on Maven Central", B),
        "Technologies: Kotlin, Gradle",
        "Conference talk: Zero-downtime schema changes",
        "Presented at a regional JVM user group, 2023",
    )
    assert [p.name for p in projects] == [
        "slotfinder",
        "Conference talk: Zero-downtime schema changes",
    ]
    assert projects[0].description == (
        "Library that finds free time slots across calendars with interval "
        "trees and a small scheduler. Technologies: Kotlin, Gradle"
    )
    assert projects[0].dates is not None and projects[0].dates.current
    assert projects[1].dates is not None and projects[1].dates.text == "2023"


def test_link_text_is_dropped_from_descriptions() -> None:
    projects = projects_of(
        ("ShelfLife", H, 3),
        "Pantry-tracking REST API (source code (https://github.com/aiko/shelflife))",
    )
    assert projects[0].description == "Pantry-tracking REST API"
    assert projects[0].links == ("https://github.com/aiko/shelflife",)


def test_labelled_details_of_a_scraped_project_are_not_projects_issue_2() -> None:
    """Regression (#2): "Database Used: My SQL." and "Position: Software Developer" each
    opened a project of their own, tripling the count."""
    projects = projects_of(
        "Project-I: Pragat Bharat System",
        "Technologies Used: HTML, CSS, BOOTSTRAP, PHP, JQUERY, AJAX.",
        "Database Used: My SQL.",
        "Team size: 1",
        "Position: Software Developer",
        "Synopsis: This project collects information for different sectors.",
        "Project-II: Go Ayur System",
        "Technologies Used: HTML, CSS, PHP.",
        "Database Used: My SQL.",
        "Position: Software Developer",
        heading="Project Details",
    )
    assert [(p.name, p.first_line, p.last_line) for p in projects] == [
        ("Project-I: Pragat Bharat System", 2, 7),
        ("Project-II: Go Ayur System", 8, 11),
    ]
