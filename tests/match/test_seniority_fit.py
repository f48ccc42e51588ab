"""A much less senior resume never scores 100 against an Architect, Lead or Senior posting (#5)."""

from __future__ import annotations

import pytest
from match_inputs import POSTINGS, evidence_of, resume_text

from standout.match import match_evidence
from standout.model.match import Component
from standout.model.posting import Seniority
from standout.posting import parse_posting

_MID_JAVA = resume_text("medium-java.md")  # about 4 years, "Backend Developer"


def test_a_mid_level_developer_does_not_score_100_against_the_glued_architect_posting() -> None:
    """Regression (#5): the posting's "10 years" and level were lost in glued text."""
    posting = parse_posting(POSTINGS / "java-architect-glued.txt")
    result = match_evidence(evidence_of(_MID_JAVA), posting)
    years = result.component(Component.YEARS)
    seniority = result.component(Component.SENIORITY)
    assert years.applicable and years.credit < 0.5
    assert seniority.applicable and seniority.credit == 0
    assert result.seniority.candidate is Seniority.MID
    assert result.score <= 75


@pytest.mark.parametrize(
    ("title", "credit"),
    [("Java Architect", 0.0), ("Lead Java Engineer", 0.0), ("Senior Java Developer", 0.5)],
)
def test_the_level_from_the_title_alone_counts(title: str, credit: float) -> None:
    """No years in the text: the title's level still makes the seniority component apply."""
    posting = parse_posting(
        f"{title}\n\nRequirements\n- Java and Spring Boot\n".encode(), filename="p.txt"
    )
    assert posting.years is None
    result = match_evidence(evidence_of(_MID_JAVA), posting)
    seniority = result.component(Component.SENIORITY)
    assert seniority.applicable
    assert seniority.credit == credit
    assert result.score < 100
