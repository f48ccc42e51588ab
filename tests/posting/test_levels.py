"""Seniority from titles and years, and degree requirements (#5)."""

from __future__ import annotations

import pytest

from standout.model.posting import DegreeLevel, Seniority
from standout.posting._levels import find_degree, infer_seniority, seniority_from_title


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Backend Engineering Intern", Seniority.INTERN),
        ("Junior Python Developer", Seniority.JUNIOR),
        ("Software Engineer I", Seniority.JUNIOR),
        ("Software Engineer II", Seniority.MID),
        ("Sr. Java Developer", Seniority.SENIOR),
        ("Staff Engineer, Platform", Seniority.STAFF),
        ("Principal Engineer", Seniority.PRINCIPAL),
        ("Tech Lead, Payments", Seniority.LEAD),
        ("Senior Engineering Manager", Seniority.MANAGER),
        ("Engineering Manager, Backend", Seniority.MANAGER),
        ("Release Manager (Backend Platform)", None),
        ("Senior Build and Release Manager", Seniority.SENIOR),
        ("Configuration Manager - DevOps", None),
        ("Backend Developer", None),
    ],
)
def test_seniority_from_title(title: str, level: Seniority | None) -> None:
    assert seniority_from_title(title) is level


def test_years_decide_when_the_title_is_silent() -> None:
    assert infer_seniority("Backend Developer", "", 6)[0] is Seniority.SENIOR
    assert infer_seniority("Backend Developer", "", 3)[0] is Seniority.MID
    assert infer_seniority("Backend Developer", "", 1)[0] is Seniority.JUNIOR
    assert infer_seniority("Backend Developer", "an entry-level role", None)[0] is Seniority.JUNIOR
    assert infer_seniority(None, "", None)[0] is None


@pytest.mark.parametrize(
    ("text", "level", "fields", "equivalent"),
    [
        (
            "Bachelor's degree in Computer Science or equivalent experience",
            DegreeLevel.BACHELOR,
            ("computer science",),
            True,
        ),
        (
            "BS/MS in CS or a related field",
            DegreeLevel.BACHELOR,
            ("computer science", "related field"),
            False,
        ),
        ("MS or PhD in Computer Science", DegreeLevel.MASTER, ("computer science",), False),
        ("PhD in Physics", DegreeLevel.PHD, ("physics",), False),
    ],
)
def test_degree(text: str, level: DegreeLevel, fields: tuple[str, ...], equivalent: bool) -> None:
    found = find_degree(text)
    assert found is not None
    assert (found.level, found.fields, found.equivalent) == (level, fields, equivalent)


def test_ms_sql_is_not_a_masters_degree() -> None:
    assert find_degree("Experience with MS SQL Server") is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Master's degree in CS", DegreeLevel.MASTER),
        ("Masters degree in Computer Science", DegreeLevel.MASTER),
        ("M.S. degree in physics", DegreeLevel.MASTER),
        ("PhD degree in physics", DegreeLevel.PHD),
        ("Associate degree in IT", DegreeLevel.ASSOCIATE),
        # a "degree in" no level claims is still a bachelor's
        ("Degree in computer science or equivalent", DegreeLevel.BACHELOR),
        ("Master's degree in CS or a degree in math", DegreeLevel.BACHELOR),
        ("Bachelor's or Master's degree in CS", DegreeLevel.BACHELOR),
    ],
)
def test_a_degree_in_belongs_to_the_level_before_it_issue_5(text: str, level: DegreeLevel) -> None:
    found = find_degree(text)
    assert found is not None and found.level is level
