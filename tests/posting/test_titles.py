"""The posting's title from its first line: job boards' long, shouting titles (#5)."""

from __future__ import annotations

import pytest

from standout.posting import parse_posting

BODY = "\nRequirements:\n- 3+ years of Python\n- Experience with PostgreSQL\n"


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Web Developer - JavaScript expert!", "Web Developer - JavaScript expert!"),
        ("PeopleSoft ELM Developer:", "PeopleSoft ELM Developer"),
        (
            "Java Developer (mid level)- FT- GREAT culture, modern technologies, career growth",
            "Java Developer (mid level)- FT- GREAT culture, modern technologies, career growth",
        ),
        (
            "Director of IS, Infrastructure, Network, Best Practices, IT Policy and Procedures",
            "Director of IS, Infrastructure, Network, Best Practices, IT Policy and Procedures",
        ),
        (
            "Senior Full Stack Engineer - Rapidly Growing Creative Events Co.",
            "Senior Full Stack Engineer - Rapidly Growing Creative Events Co.",
        ),
        ("Senior Go Engineer", "Senior Go Engineer"),
    ],
)
def test_first_line_names_the_job(first_line: str, title: str) -> None:
    posting = parse_posting((first_line + BODY).encode(), filename="posting.txt")
    assert posting.title == title


@pytest.mark.parametrize(
    "first_line",
    [
        "We are hiring!",
        "Join our growing team of engineers and build the future of payments with us!",
        "Are you a Java developer?",
        "Our client builds freight software.",
        "Requirements:",
        "You will design, build and run the services that move money for our customers",
    ],
)
def test_a_sentence_or_a_heading_is_no_title(first_line: str) -> None:
    posting = parse_posting((first_line + BODY).encode(), filename="posting.txt")
    assert posting.title is None
