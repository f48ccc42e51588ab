"""Matching behaviour, end to end on the fixture postings and resumes (#5)."""

from __future__ import annotations

import pytest
from match_inputs import REFERENCE, RESUMES, evidence_of, resume_text

import standout
from standout.errors import EmptyPostingError, MatchInputError
from standout.match import formula, match_evidence
from standout.match.rank import rank_resumes
from standout.model.match import AdviceKind, Component, EvidenceLevel, Match
from standout.model.posting import Posting
from standout.parse import parse
from standout.posting import parse_posting
from standout.read import read


def _skill_points_per_weight(match: Match) -> float:
    """Score points one unit of requirement weight is worth, by the documented formula."""
    applicable = sum(
        weight
        for component, weight in (
            (Component.YEARS, formula.YEARS_WEIGHT),
            (Component.SENIORITY, formula.SENIORITY_WEIGHT),
        )
        if match.component(component).applicable
    )
    degree = match.component(Component.DEGREE)
    if degree.applicable:
        applicable += formula.DEGREE_WEIGHT
    total = formula.SKILLS_WEIGHT + applicable
    total_weight = sum(r.weight for r in match.requirements)
    return 100 * formula.SKILLS_WEIGHT / total / total_weight


def _requirement(match: Match, skill_id: str):  # type: ignore[no-untyped-def]
    return next(r for r in match.requirements if r.skill_id == skill_id)


def test_adding_a_missing_must_have_raises_the_score_by_the_formula(java_posting: Posting) -> None:
    text = resume_text("medium-java.md")
    before = match_evidence(evidence_of(text), java_posting)
    assert _requirement(before, "kubernetes").level is EvidenceLevel.MISSING
    bullet = "- Fixed production bugs and added tests\n"
    after_text = text.replace(bullet, bullet + "- Ran the order services on Kubernetes\n")
    after = match_evidence(evidence_of(after_text), java_posting)
    assert _requirement(after, "kubernetes").level is EvidenceLevel.APPLIED_DATED
    expected = _skill_points_per_weight(before) * formula.MUST_WEIGHT * 1.0
    assert after.raw_score - before.raw_score == pytest.approx(expected)
    advice = next(a for a in before.advice if a.skill_id == "kubernetes")
    assert advice.kind is AdviceKind.ADD_SKILL
    assert advice.gain == pytest.approx(expected, abs=0.01)


def test_a_listed_only_skill_shown_in_a_bullet_raises_the_score(java_posting: Posting) -> None:
    text = resume_text("medium-java.md")
    before = match_evidence(evidence_of(text), java_posting)
    docker = _requirement(before, "docker")
    assert docker.level is EvidenceLevel.LISTED
    assert "docker" in {s.skill_id for s in before.listed_only}
    bullet = "- Fixed production bugs and added tests\n"
    after_text = text.replace(bullet, bullet + "- Packaged the services as Docker images\n")
    after = match_evidence(evidence_of(after_text), java_posting)
    assert _requirement(after, "docker").level is EvidenceLevel.APPLIED_DATED
    full = formula.LEVEL_CREDIT[EvidenceLevel.APPLIED_DATED]
    listed = formula.LEVEL_CREDIT[EvidenceLevel.LISTED]
    expected = _skill_points_per_weight(before) * formula.MUST_WEIGHT * (full - listed)
    assert after.raw_score - before.raw_score == pytest.approx(expected)


def test_the_listed_only_advice_names_the_role_and_its_line(java_posting: Posting) -> None:
    result = match_evidence(evidence_of(resume_text("medium-java.md")), java_posting)
    docker = next(s for s in result.listed_only if s.skill_id == "docker")
    assert docker.role == "Backend Developer, Shopfront"
    assert docker.role_line == 7  # the editor's line numbers (#2)
    assert docker.listed_line == 19


def test_three_resumes_rank_in_the_expected_order(java_posting: Posting) -> None:
    ranking = rank_resumes(
        java_posting,
        [RESUMES / "weak-frontend.md", RESUMES / "strong-java.md", RESUMES / "medium-java.md"],
        reference_date=REFERENCE,
    )
    assert [row.source.rsplit("/", 1)[-1] for row in ranking.rows] == [
        "strong-java.md",
        "medium-java.md",
        "weak-frontend.md",
    ]
    assert [row.rank for row in ranking.rows] == [1, 2, 3]
    scores = [row.score for row in ranking.rows]
    assert scores[0] > 85 and scores[2] < 30, scores
    assert "Java" in ranking.rows[0].matched_must
    assert ranking.rows[2].missing_must


def test_a_bad_resume_becomes_a_row_with_its_code(java_posting: Posting, tmp_path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    ranking = rank_resumes(
        java_posting, [empty, RESUMES / "strong-java.md"], reference_date=REFERENCE
    )
    assert ranking.failed == 1
    assert ranking.rows[0].rank == 1
    assert ranking.rows[-1].error_code == "E001"
    assert ranking.rows[-1].score is None


def test_implied_skills_count_django_shows_python(django_posting: Posting) -> None:
    text = (
        "# Ana\n\n## Experience\n\n### Backend Developer, Learnly — Jan 2020 – Present\n\n"
        "- Built the grading API in Django REST Framework on PostgreSQL\n"
    )
    result = match_evidence(evidence_of(text), django_posting)
    python = _requirement(result, "python")
    assert python.implied and python.credit == pytest.approx(formula.IMPLIED_FACTOR)
    assert "Implied" in python.explanation or "implied" in python.explanation


def test_years_short_of_the_ask_get_partial_credit(java_posting: Posting) -> None:
    result = match_evidence(evidence_of(resume_text("medium-java.md")), java_posting)
    java = _requirement(result, "java")
    assert java.years_required == 4 and java.years_shown is not None and java.years_shown < 4
    assert java.years_factor == pytest.approx(formula.years_factor(4, java.years_shown))
    assert any(gap.skill_id == "java" for gap in result.years_gaps)
    assert any(gap.skill_id is None for gap in result.years_gaps)  # 4.5 of 5 years overall


def test_either_or_requirement_is_met_by_one_member(java_posting: Posting) -> None:
    result = match_evidence(evidence_of(resume_text("strong-java.md")), java_posting)
    group = next(r for r in result.requirements if "rabbitmq" in (r.skill_id, *r.alternatives))
    assert group.credit == 1.0
    assert len([r for r in result.requirements if r.skill_id in {"kafka", "rabbitmq"}]) == 1


def test_breakdown_explains_every_point(java_posting: Posting) -> None:
    result = match_evidence(evidence_of(resume_text("strong-java.md")), java_posting)
    assert sum(c.points for c in result.breakdown) == pytest.approx(result.raw_score)
    assert sum(c.max_points for c in result.breakdown) == pytest.approx(100)
    assert result.score == round(result.raw_score)
    assert all(c.explanation for c in result.breakdown)


def test_advice_is_ordered_by_gain(java_posting: Posting) -> None:
    result = match_evidence(evidence_of(resume_text("medium-java.md")), java_posting)
    gains = [a.gain for a in result.advice]
    assert gains == sorted(gains, reverse=True)
    assert [a.rank for a in result.advice] == list(range(1, len(gains) + 1))
    assert all(a.line is not None or a.section for a in result.advice)


def test_missing_terms_are_posting_words_the_resume_never_uses(java_posting: Posting) -> None:
    result = match_evidence(evidence_of(resume_text("medium-java.md")), java_posting)
    terms = {t.text for t in result.missing_terms}
    assert "p99 latency" in terms
    strong = match_evidence(evidence_of(resume_text("strong-java.md")), java_posting)
    assert "p99 latency" not in {t.text for t in strong.missing_terms}


def test_empty_posting_is_a_coded_error() -> None:
    with pytest.raises(EmptyPostingError) as caught:
        parse_posting(b"   \n ", filename="posting.txt")
    assert caught.value.code == "E200"
    assert "posting" in str(caught.value)


def test_posting_without_requirements_still_matches_with_a_warning() -> None:
    posting = parse_posting(b"We are a friendly team in Lisbon. Come say hello!", filename="p.txt")
    assert posting.requirements == ()
    assert posting.warnings
    result = match_evidence(evidence_of(resume_text("strong-java.md")), posting)
    assert result.warnings and 0 <= result.score <= 100


def test_library_entry_points(java_posting: Posting) -> None:
    report = standout.analyze(RESUMES / "strong-java.md", reference_date=REFERENCE)
    from_report = standout.match(report, java_posting)
    resume = parse(read(RESUMES / "strong-java.md"), reference_date=REFERENCE)
    from_resume = standout.match(resume, java_posting)
    assert from_report.raw_score == pytest.approx(from_resume.raw_score)
    with pytest.raises(MatchInputError):
        standout.match("cv.pdf", java_posting)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["strong-java.md", "medium-java.md", "weak-frontend.md"])
def test_score_only_gives_the_full_match_score(java_posting: Posting, name: str) -> None:
    from standout.match.core import score_only

    evidence = evidence_of(resume_text(name))
    full = match_evidence(evidence, java_posting)
    quick = score_only(evidence, java_posting)
    assert quick.raw_score == pytest.approx(full.raw_score)
    assert quick.missing_must == tuple(m.label for m in full.missing_must)
