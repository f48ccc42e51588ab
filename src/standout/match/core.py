"""``match``: a resume against a posting, scored by the formula in ``formula.py``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from standout.errors import MatchInputError
from standout.match import formula
from standout.match.advice import build_advice, missing_terms
from standout.match.evidence import (
    ResumeEvidence,
    candidate_level,
    experience_years,
    resume_degree,
)
from standout.match.scoring import score_requirements, slot_credits
from standout.model.match import (
    MATCH_SCHEMA_VERSION,
    Component,
    DegreeFit,
    Match,
    ScoreComponent,
    SeniorityFit,
)
from standout.model.posting import Importance, Posting, Seniority
from standout.model.report import Report
from standout.model.resume import Resume
from standout.model.skills import SkillProfile

# Enum members read through their class cost ~0.3 us each on CPython 3.11: read them once.
_MUST = Importance.MUST
_NICE = Importance.NICE


@dataclass(frozen=True, slots=True)
class Weights:
    """The weight of each component that applies to this posting, and their total."""

    skills: float
    years: float
    seniority: float
    degree: float

    @property
    def total(self) -> float:
        return self.skills + self.years + self.seniority + self.degree

    def points(self, weight: float) -> float:
        return formula.points_per_unit(weight, self.total)


def _weights(posting: Posting) -> Weights:
    degree = 0.0
    if posting.degree is not None:
        must = posting.degree.importance is Importance.MUST
        degree = formula.DEGREE_WEIGHT if must else formula.DEGREE_PREFERRED_WEIGHT
    return Weights(
        skills=formula.SKILLS_WEIGHT if posting.requirements else 0.0,
        years=formula.YEARS_WEIGHT if posting.years and posting.years.minimum > 0 else 0.0,
        seniority=formula.SENIORITY_WEIGHT if posting.seniority is not None else 0.0,
        degree=degree,
    )


class Scored(Protocol):
    """What the skills components read of a requirement: a ``RequirementMatch`` or a
    ``SlotScore`` of the score-only path."""

    @property
    def importance(self) -> Importance: ...
    @property
    def weight(self) -> float: ...
    @property
    def credit(self) -> float: ...


class SlotScore(NamedTuple):
    importance: Importance
    weight: float
    credit: float
    label: str  # "AWS or GCP or Azure"
    shown_name: str  # the member the resume shows best


@dataclass(frozen=True, slots=True)
class ScoreOnly:
    """A match's score and its must-haves without the explanations: what ranking keeps."""

    raw_score: float
    score: int
    shown_must: tuple[str, ...]  # must-haves shown, strongest first
    missing_must: tuple[str, ...]


def _skills_components(
    matches: Sequence[Scored], weights: Weights
) -> tuple[ScoreComponent, ScoreComponent]:
    total_weight = sum(m.weight for m in matches)
    per_weight = weights.points(weights.skills) / total_weight if total_weight else 0.0
    components: list[ScoreComponent] = []
    for importance, component, title in (
        (Importance.MUST, Component.MUST_HAVES, "Must-have skills"),
        (Importance.NICE, Component.NICE_TO_HAVES, "Nice-to-have skills"),
    ):
        chosen = [m for m in matches if m.importance == importance]
        weight = sum(m.weight for m in chosen)
        earned = sum(m.weight * m.credit for m in chosen)
        max_points = per_weight * weight
        credit = earned / weight if weight else 0.0
        full = sum(1 for m in chosen if m.credit >= 0.999)
        missing = sum(1 for m in chosen if m.credit == 0)
        explanation = (
            f"{len(chosen)} asked, weight {formula.requirement_weight(importance):g} each: "
            f"{full} shown in full, {missing} missing, {len(chosen) - full - missing} partly "
            f"(listed only, undated, implied or short of years); mean credit {credit:.2f}."
            if chosen
            else "The posting names none."
        )
        components.append(
            ScoreComponent(
                component, title, max_points, credit, max_points * credit, bool(chosen), explanation
            )
        )
    return components[0], components[1]


def _years_component(
    posting: Posting, shown: float | None, weights: Weights
) -> tuple[ScoreComponent, float]:
    if not weights.years or posting.years is None:
        return (
            ScoreComponent(
                Component.YEARS,
                "Years of experience",
                0.0,
                0.0,
                0.0,
                False,
                "The posting asks for no overall years of experience.",
            ),
            1.0,
        )
    asked = posting.years.minimum
    credit = formula.experience_credit(asked, shown)
    max_points = weights.points(weights.years)
    shown_text = "no dated roles" if shown is None else f"{shown:g} years in dated roles"
    explanation = (
        f"{asked:g}+ years asked (posting line {posting.years.line}), {shown_text}: "
        f"credit {credit:.2f}."
    )
    return ScoreComponent(
        Component.YEARS,
        "Years of experience",
        max_points,
        credit,
        max_points * credit,
        True,
        explanation,
    ), credit


def _seniority(
    posting: Posting, resume: Resume, years: float | None, given: Seniority | None, weights: Weights
) -> tuple[ScoreComponent, SeniorityFit]:
    candidate = given if given is not None else candidate_level(resume, years)
    source = "given" if given is not None else ("years and titles" if candidate else "unknown")
    if posting.seniority is None:
        fit = SeniorityFit(None, candidate, years, source, 1.0, "The posting states no level.")
        return ScoreComponent(
            Component.SENIORITY, "Seniority", 0.0, 0.0, 0.0, False, fit.explanation
        ), fit
    credit = formula.seniority_credit(posting.seniority, candidate)
    candidate_text = candidate.value if candidate else "unknown"
    explanation = (
        f"The posting is {posting.seniority.value} (from its {posting.seniority_source.value}); "
        f"the resume reads as {candidate_text} ({source}): credit {credit:.2f}."
    )
    fit = SeniorityFit(posting.seniority, candidate, years, source, credit, explanation)
    max_points = weights.points(weights.seniority)
    return ScoreComponent(
        Component.SENIORITY, "Seniority", max_points, credit, max_points * credit, True, explanation
    ), fit


def _degree(posting: Posting, resume: Resume, weights: Weights) -> tuple[ScoreComponent, DegreeFit]:
    found, line = resume_degree(resume)
    wanted = posting.degree
    if wanted is None:
        fit = DegreeFit(None, found, line, 1.0, "The posting asks for no degree.")
        return ScoreComponent(
            Component.DEGREE, "Degree", 0.0, 0.0, 0.0, False, fit.explanation
        ), fit
    credit = formula.degree_credit(wanted.level, found, wanted.equivalent_experience)
    found_text = f"a {found.value} degree (resume line {line})" if found else "no degree"
    explanation = (
        f"The posting {'requires' if wanted.importance is Importance.MUST else 'prefers'} a "
        f"{wanted.level.value} degree"
        + (" or equivalent experience" if wanted.equivalent_experience else "")
        + f" (posting line {wanted.line}); the resume shows {found_text}: credit {credit:.2f}."
    )
    fit = DegreeFit(wanted.level, found, line, credit, explanation)
    max_points = weights.points(weights.degree)
    return ScoreComponent(
        Component.DEGREE, "Degree", max_points, credit, max_points * credit, True, explanation
    ), fit


def _breakdown(
    evidence: ResumeEvidence,
    posting: Posting,
    scored: Sequence[Scored],
    years: float | None,
    weights: Weights,
    candidate: Seniority | None,
) -> tuple[tuple[ScoreComponent, ...], SeniorityFit, DegreeFit]:
    resume = evidence.resume
    must, nice = _skills_components(scored, weights)
    years_component, _ = _years_component(posting, years, weights)
    seniority_component, seniority = _seniority(posting, resume, years, candidate, weights)
    degree_component, degree = _degree(posting, resume, weights)
    return (must, nice, years_component, seniority_component, degree_component), seniority, degree


def score_only(
    evidence: ResumeEvidence, posting: Posting, *, candidate: Seniority | None = None
) -> ScoreOnly:
    """The score ``match_evidence`` gives, by the same formula, without building the
    explained requirements and the advice: ranking thousands of resumes needs no more."""
    weights = _weights(posting)
    scored = [
        SlotScore(slot.importance, slot.weight, best.credit, slot.label, best.member.name)
        for slot, best in slot_credits(evidence, posting.requirements)
    ]
    years = experience_years(evidence.resume)
    breakdown, _, _ = _breakdown(evidence, posting, scored, years, weights, candidate)
    raw = sum(component.points for component in breakdown)
    musts = [s for s in scored if s.importance is _MUST]
    shown = sorted((s for s in musts if s.credit > 0), key=lambda s: -s.credit)
    return ScoreOnly(
        raw_score=raw,
        score=round(raw),
        shown_must=tuple(s.shown_name for s in shown),
        missing_must=tuple(s.label for s in musts if not s.credit),
    )


def match_evidence(
    evidence: ResumeEvidence,
    posting: Posting,
    *,
    candidate: Seniority | None = None,
    advice: bool = True,
) -> Match:
    """Match a resume already indexed (``ResumeEvidence``) against a posting.

    ``advice=False`` leaves out what only a reader of this one match needs (the advice,
    the listed-only placements, the years gaps and the missing terms): ranking a pile of
    resumes needs the score and the requirements alone.
    """
    resume = evidence.resume
    weights = _weights(posting)
    matches = score_requirements(evidence, posting.requirements)
    years = experience_years(resume)
    breakdown, seniority, degree = _breakdown(evidence, posting, matches, years, weights, candidate)
    raw = sum(component.points for component in breakdown)
    warnings = list(posting.warnings)
    if not weights.total:
        warnings.append("Nothing in the posting could be scored; the score is 0.")
    terms = missing_terms(evidence, posting) if advice else ()
    advice_items, listed_only, years_gaps = (
        build_advice(
            evidence, posting, matches, breakdown, weights.points(weights.skills), years, terms
        )
        if advice
        else ((), (), ())
    )
    return Match(
        schema_version=MATCH_SCHEMA_VERSION,
        score=round(raw),
        raw_score=raw,
        posting_title=posting.title,
        posting_source=posting.document.source,
        resume_source=resume.document.source,
        breakdown=breakdown,
        requirements=tuple(matches),
        missing_must=tuple(m for m in matches if m.importance is _MUST and not m.credit),
        missing_nice=tuple(m for m in matches if m.importance is _NICE and not m.credit),
        listed_only=listed_only,
        years_gaps=years_gaps,
        missing_terms=terms,
        seniority=seniority,
        degree=degree,
        advice=advice_items,
        warnings=tuple(warnings),
    )


def index_resume(resume: Resume, skills: SkillProfile | None = None) -> ResumeEvidence:
    """Index a resume's evidence once, to match it against many postings."""
    from standout.skills.taxonomy import load_taxonomy

    if skills is None:
        from standout.skills import extract

        skills = extract(resume)
    return ResumeEvidence(resume, skills, load_taxonomy())


def match(
    resume: Resume | Report,
    posting: Posting,
    *,
    skills: SkillProfile | None = None,
    candidate: Seniority | None = None,
) -> Match:
    """How well a resume fits a posting: a 0-100 score, its breakdown, and what to change.

    ``resume`` is a parsed ``Resume`` or a ``Report`` from ``analyze`` (its skills are
    reused). ``skills`` skips extraction when the profile is at hand. ``candidate`` is the
    candidate's own level; by default it is read from the resume's years and titles.
    """
    if isinstance(resume, Report):
        skills = skills if skills is not None else resume.skills
        resume = resume.resume
    if not isinstance(resume, Resume):
        raise MatchInputError(
            f"match() needs a Resume or a Report, not {type(resume).__name__}.",
            hint="Parse the resume first: standout.parse(standout.read(path)).",
        )
    if not isinstance(posting, Posting):
        raise MatchInputError(
            f"match() needs a Posting, not {type(posting).__name__}.",
            hint="Parse the posting first: standout.parse_posting(path).",
        )
    return match_evidence(index_resume(resume, skills), posting, candidate=candidate)
