"""The resume's degree as the match reads it: from the parsed education first (#5).

Regression: "B.E Computer Science and Engineering", "MCA" and "BCA" were read as "the
resume shows no degree".
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from match_inputs import REFERENCE

import standout
from standout.match.evidence import resume_degree
from standout.model.posting import DegreeLevel
from standout.model.resume import Education, Resume
from standout.parse import parse
from standout.read import read

_RESUME = """# Priya Nair

## Experience

### Java Developer, Loomwise \u2014 Jan 2019 \u2013 Present

- Built the order services in Java and Spring Boot

## Education

Anna University, 2014 - 2018
"""

_POSTING = b"""Java Developer

Requirements
- Bachelor's degree in Computer Science
- Experience with Java
"""


def _with_degree(degree: str) -> Resume:
    """The resume with an education entry the parser has already given ``degree``."""
    resume = parse(read(_RESUME.encode(), filename="resume.md"), reference_date=REFERENCE)
    line = next(n for n, row in enumerate(resume.document.lines, 1) if "Anna" in row.text)
    entry = Education("Anna University", degree, "Computer Science", None, line, line)
    return replace(resume, education=(entry,))


@pytest.mark.parametrize(
    ("degree", "level"),
    [("B.E", DegreeLevel.BACHELOR), ("BCA", DegreeLevel.BACHELOR), ("MCA", DegreeLevel.MASTER)],
)
def test_the_parsed_degree_gives_the_level(degree: str, level: DegreeLevel) -> None:
    found, line = resume_degree(_with_degree(degree))
    assert found is level
    assert line is not None


def test_a_parsed_bachelor_abbreviation_meets_the_posting() -> None:
    posting = standout.parse_posting(_POSTING, filename="posting.txt")
    result = standout.match(_with_degree("B.E"), posting)
    assert result.degree.found is DegreeLevel.BACHELOR
    assert result.degree.credit == 1.0
    assert "no degree" not in result.degree.explanation
