"""The formula's rules, one by one, as docs/matching.md states them (#5)."""

from __future__ import annotations

import pytest

from standout.match import formula
from standout.model.match import EvidenceLevel
from standout.model.posting import DegreeLevel, Importance, Seniority


def test_must_haves_weigh_three_times_nice_to_haves() -> None:
    assert formula.requirement_weight(Importance.MUST) == 3 * formula.requirement_weight(
        Importance.NICE
    )


def test_applied_in_a_dated_role_beats_a_project_beats_a_list() -> None:
    credits = [formula.LEVEL_CREDIT[level] for level in EvidenceLevel]
    assert credits == sorted(credits, reverse=True)
    assert formula.LEVEL_CREDIT[EvidenceLevel.MISSING] == 0


@pytest.mark.parametrize(
    ("required", "shown", "factor"),
    [(None, None, 1.0), (4, None, 0.5), (4, 2, 0.75), (4, 4, 1.0), (4, 9, 1.0), (5, 0, 0.5)],
)
def test_years_factor_gives_partial_credit(
    required: float | None, shown: float | None, factor: float
) -> None:
    assert formula.years_factor(required, shown) == pytest.approx(factor)


def test_implied_evidence_counts_a_little_less() -> None:
    direct = formula.requirement_credit(EvidenceLevel.APPLIED_DATED, False, 1.0)
    implied = formula.requirement_credit(EvidenceLevel.APPLIED_DATED, True, 1.0)
    assert implied == pytest.approx(direct * formula.IMPLIED_FACTOR)


@pytest.mark.parametrize(
    ("posting", "candidate", "credit"),
    [
        (Seniority.SENIOR, Seniority.STAFF, 1.0),
        (Seniority.SENIOR, Seniority.SENIOR, 1.0),
        (Seniority.SENIOR, Seniority.MID, 0.5),
        (Seniority.SENIOR, Seniority.JUNIOR, 0.0),
        (Seniority.JUNIOR, Seniority.INTERN, 0.5),
        (Seniority.MID, None, 0.5),
    ],
)
def test_seniority_fit(posting: Seniority, candidate: Seniority | None, credit: float) -> None:
    assert formula.seniority_credit(posting, candidate) == credit


def test_degree_fit() -> None:
    assert formula.degree_credit(DegreeLevel.BACHELOR, DegreeLevel.MASTER, False) == 1.0
    assert formula.degree_credit(DegreeLevel.MASTER, DegreeLevel.BACHELOR, True) == 0.75
    assert formula.degree_credit(DegreeLevel.BACHELOR, None, False) == 0.0


def test_experience_credit_is_linear_up_to_the_ask() -> None:
    assert formula.experience_credit(5, 2.5) == pytest.approx(0.5)
    assert formula.experience_credit(5, 8) == 1.0
    assert formula.experience_credit(5, None) == 0.0
