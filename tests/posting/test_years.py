"""Years of experience asked for, overall and per skill (#5)."""

from __future__ import annotations

import pytest

from standout.model.skills import Mention
from standout.posting._years import find_years


def _mentions(text: str, *names: str) -> list[Mention]:
    found = []
    for name in names:
        start = text.index(name)
        found.append(Mention(name.lower(), name, "language", name, start, start + len(name)))
    return sorted(found, key=lambda m: m.start)


@pytest.mark.parametrize(
    ("text", "names", "minimum", "maximum", "skills", "overall"),
    [
        ("5+ years of Python", ("Python",), 5, None, ["python"], False),
        ("at least 3 years with AWS", ("AWS",), 3, None, ["aws"], False),
        ("3-5 years of experience", (), 3, 5, [], True),
        ("minimum of 2 years' experience in Go", ("Go",), 2, None, ["go"], False),
        ("Python (5+ years)", ("Python",), 5, None, ["python"], False),
        (
            "5+ years of Java, Kotlin or Scala",
            ("Java", "Kotlin", "Scala"),
            5,
            None,
            ["java", "kotlin", "scala"],
            False,
        ),
        ("seven years of professional software engineering experience", (), 7, None, [], True),
        ("7 years building distributed systems", (), 7, None, [], True),
        ("4+ yrs of hands-on experience with Kafka", ("Kafka",), 4, None, ["kafka"], False),
        ("3 to 5 years of backend development", (), 3, 5, [], True),
    ],
)
def test_years_phrasings(
    text: str,
    names: tuple[str, ...],
    minimum: float,
    maximum: float | None,
    skills: list[str],
    overall: bool,
) -> None:
    mentions = _mentions(text, *names)
    [hit] = find_years(text, 0, mentions)
    assert (hit.minimum, hit.maximum) == (minimum, maximum)
    assert [mentions[i].skill_id for i in hit.skills] == skills
    assert hit.overall is overall


@pytest.mark.parametrize(
    "text",
    [
        "Our company has been in business for 20 years",
        "Founded 15 years ago in Ohio",
        "Candidates must be 18 years old",
        "Work on projects shipped over the past 3 years",
    ],
)
def test_figures_that_are_not_experience(text: str) -> None:
    assert find_years(text, 0, []) == [] or not any(h.overall for h in find_years(text, 0, []))


def test_two_figures_in_one_sentence_each_keep_their_skill() -> None:
    text = "5+ years of Python and 2+ years of Go"
    mentions = _mentions(text, "Python", "Go")
    hits = find_years(text, 0, mentions)
    assert [(h.minimum, [mentions[i].name for i in h.skills]) for h in hits] == [
        (5, ["Python"]),
        (2, ["Go"]),
    ]
