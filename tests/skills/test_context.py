"""Ambiguous names decided by context, with both sides of each case (#3)."""

from __future__ import annotations

import pytest

from standout.skills.context import looks_like_list
from standout.skills.extract import Extractor


def ids(extractor: Extractor, text: str, *, list_context: bool = False) -> list[str]:
    return [m.skill_id for m in extractor.mentions(text, list_context=list_context)]


CASES: list[tuple[str, str, bool]] = [
    # (text, skill, expected)
    ("Built payment services in Go and Python", "go", True),
    ("Wrote Go microservices", "go", True),
    ("Go, Kubernetes, Kafka", "go", True),
    ("Plan the go live for the Kubernetes cluster", "go", False),
    ("Go live with the new Kafka pipeline in May", "go", False),
    ("The go-to engineer for Kafka incidents", "go", False),
    ("Kept Kafka healthy on the go", "go", False),
    ("Let Go of legacy Kafka brokers", "go", False),
    ("Ran Go/No-Go reviews for Kafka releases", "go", False),
    ("Rewrote the parser in Rust for Python bindings", "rust", True),
    ("Rust services behind Kafka", "rust", True),
    ("Removed rust from the Kafka rack frames", "rust", False),
    ("Built iOS apps in Swift", "swift", True),
    ("Ensured swift delivery of Kafka changes", "swift", False),
    ("Ensured Swift delivery of Kafka changes", "swift", False),
    ("Spring and Kafka microservices", "spring", True),
    ("Built REST services in Java with Spring", "spring", True),
    ("Spring 2019: Java intern", "spring", False),
    ("Java teaching assistant, spring semester", "spring", False),
    ("Rails and Postgres monolith", "rails", True),
    ("Added guard rails to Kubernetes deploys", "rails", False),
    ("C, C++ and Python", "c", True),
    ("Wrote firmware in ANSI C", "c", True),
    ("Grade: C", "c", False),
    ("Section C of the Python course", "c", False),
    ("Statistics in R and Python", "r", True),
    ("Led the R&D team", "r", False),
    ("REST APIs with Node and Express", "express", True),
    ("Express.js APIs", "express", True),
    ("Arranged express delivery of servers", "express", False),
    ("Python Flask APIs", "flask", True),
    ("Calibrated the flask in the Python lab", "flask", False),
    ("Chef cookbooks for AWS hosts", "chef", True),
    ("Worked as head chef before moving to Python", "chef", False),
    ("Puppet manifests for 300 Kubernetes nodes", "puppet", True),
    ("Performed at a puppet show", "puppet", False),
    ("Configuration with SaltStack", "salt", True),
    ("Moved to Salt Lake City to join a Python team", "salt", False),
    ("Single-page apps with Ember and Node.js", "ember", True),
    ("Watched the ember of a Python campfire", "ember", False),
    ("Prototyped with Meteor and Node.js", "meteor", True),
    ("Shared a video of a meteor shower", "meteor", False),
    ("Front end in Elm with a Python API", "elm", True),
    ("Lived on Elm Street", "elm", False),
    ("Flutter apps in Dart", "dart", True),
    ("Won the office dart game", "dart", False),
    ("Numerical models in Julia and Python", "julia", True),
    ("Paired with Julia Chen on Python services", "julia", False),
    ("Compiled services in Crystal and Ruby", "crystal", True),
    ("The design was crystal clear for Python users", "crystal", False),
    ("Hack services at a PHP shop", "hack", True),
    ("Won the hackathon with a Python bot", "hack", False),
    ("Interpreters in Scheme and C++", "scheme", True),
    ("Designed a naming scheme for Kafka topics", "scheme", False),
    ("Reports in MS Access and Excel", "ms-access", True),
    ("Access control for Kubernetes with RBAC", "ms-access", False),
    ("Pivot tables in Excel for Python exports", "excel", True),
    ("I excel at Python", "excel", False),
    ("JavaScript front end", "java", False),
]


@pytest.mark.parametrize(("text", "skill", "expected"), CASES)
def test_ambiguous_names(tiny: Extractor, text: str, skill: str, expected: bool) -> None:
    assert (skill in ids(tiny, text)) is expected


def test_case_sensitive_names_keep_their_written_casing(tiny: Extractor) -> None:
    assert ids(tiny, "let's go") == []
    assert ids(tiny, "GO") == []  # not a spelling the taxonomy lists
    assert ids(tiny, "golang, Golang") == ["go", "go"]
    assert ids(tiny, "GOLANG") == ["go"]  # a distinctive spelling matches in any casing


def test_skills_list_takes_names_at_their_word(tiny: Extractor) -> None:
    assert ids(tiny, "Go, Rust, Chef", list_context=True) == ["go", "rust", "chef"]
    assert ids(tiny, "C", list_context=True) == ["c"]
    assert ids(tiny, "go", list_context=True) == []  # the casing rule still holds


def test_list_shaped_line_with_another_skill(tiny: Extractor) -> None:
    assert ids(tiny, "Tools: Chef, Terraform, Kafka") == ["chef", "kafka"]
    assert ids(tiny, "Section C, Row 4, Seat 12") == []


def test_ambiguous_names_vouch_for_each_other(tiny: Extractor) -> None:
    assert ids(tiny, "Languages I use: Go and Rust") == ["go", "rust"]


def test_lowercase_needs_more_than_a_neighbour(tiny: Extractor) -> None:
    assert "rust" in ids(tiny, "wrote rust services next to Kafka")
    assert "rust" not in ids(tiny, "the rust on Kafka racks")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Languages: Python, Go, Rust", True),
        ("Python | Go | Kafka | Docker", True),
        ("Built a Kafka pipeline, tuned it, and shipped it on time to our users", False),
        ("Grade: C", False),
    ],
)
def test_looks_like_list(line: str, expected: bool) -> None:
    assert looks_like_list(line) is expected
