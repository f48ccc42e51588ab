"""Match advice cites the line to change (#5, second QA pass): the undated role's line for a
skill used there, not the skills list above it; the first undated role for missing dates."""

from __future__ import annotations

from match_inputs import evidence_of

from standout.match import match_evidence
from standout.model.match import AdviceKind
from standout.posting import parse_posting

RESUME = """# Dana Field

## Skills

Java, Spring, Hibernate, PostgreSQL

## Experience

### Java Developer, Harbour Freight Systems

- Built the booking services in Java and Spring, with PostgreSQL storage
- Cut the nightly batch from four hours to forty minutes
"""

POSTING = b"""Senior Java Engineer

Requirements
- 6+ years of experience in software development
- Strong Java and Spring
- Build releases while co-ordinating with QA
"""


def _advice(kind: AdviceKind, skill_id: str | None):  # type: ignore[no-untyped-def]
    result = match_evidence(evidence_of(RESUME), parse_posting(POSTING))
    return next(a for a in result.advice if a.kind is kind and a.skill_id == skill_id)


def _line_of(fragment: str) -> int:
    return next(n for n, line in enumerate(RESUME.splitlines(), 1) if fragment in line)


def test_add_dates_cites_the_line_the_skill_is_used_on() -> None:
    advice = _advice(AdviceKind.ADD_DATES, "spring")
    used = _line_of("Built the booking services")
    assert advice.line == used != _line_of("Java, Spring")
    assert f"(line {used})" in advice.text
    # Java stands in the role's title too: that line is the role's as well.
    assert _advice(AdviceKind.ADD_DATES, "java").line == _line_of("### Java Developer")


def test_missing_dates_advice_cites_the_undated_role() -> None:
    advice = _advice(AdviceKind.YEARS, None)
    assert advice.line == _line_of("### Java Developer")


def test_a_team_the_job_works_with_is_not_a_must_have() -> None:
    posting = parse_posting(POSTING)
    qa = next(r for r in posting.requirements if r.skill_id == "qa")
    assert qa.from_context
    assert qa not in posting.must_haves
