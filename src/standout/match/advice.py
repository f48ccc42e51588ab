"""What to change, ordered by how many points the formula says each change would add.

Each gain is the score difference the formula gives when that one thing changes: a missing
or listed-only skill shown in use in the role that fits it best, a skill's years reaching
the ask, the overall years, the level or the degree meeting the posting.
"""

from __future__ import annotations

from collections.abc import Sequence

from standout.match import formula
from standout.match.evidence import ResumeEvidence, role_years
from standout.match.placement import Placement, best_role, section_line
from standout.model.match import (
    AdviceKind,
    Component,
    EvidenceLevel,
    ListedOnlySkill,
    MatchAdvice,
    MissingTerm,
    RequirementMatch,
    ScoreComponent,
    YearsGap,
)
from standout.model.posting import Importance, Posting
from standout.model.resume import SectionKind

_MAX_TERMS = 10

# (gain, kind, text, line, section, skill_id) before ranking
_Draft = tuple[float, AdviceKind, str, int | None, str | None, str | None]


def _where(placement: Placement) -> str:
    if placement.role is None:
        return ""
    near = f", next to {', '.join(placement.related)}" if placement.related else ""
    return f' under "{placement.role}" (line {placement.line}){near}'


def _target_credit(
    evidence: ResumeEvidence, match: RequirementMatch, placement: Placement
) -> float:
    """The credit a skill would get if shown in use in the placement's role."""
    resume = evidence.resume
    if placement.role_index is None:
        return formula.requirement_credit(
            EvidenceLevel.LISTED,
            False,
            formula.years_factor(match.years_required, match.years_shown),
        )
    role = resume.roles[placement.role_index]
    dated = placement.role_index in evidence.dated_roles
    level = EvidenceLevel.APPLIED_DATED if dated else EvidenceLevel.APPLIED
    years = match.years_shown
    in_role = role_years(role, resume.reference_date) if dated else None
    if in_role is not None:
        years = max(years or 0.0, in_role)
    return formula.requirement_credit(
        level, False, formula.years_factor(match.years_required, years)
    )


def _skill_drafts(
    evidence: ResumeEvidence,
    matches: Sequence[RequirementMatch],
    per_weight: float,
) -> tuple[list[_Draft], list[ListedOnlySkill]]:
    drafts: list[_Draft] = []
    listed: list[ListedOnlySkill] = []
    skills_section, skills_line = section_line(evidence.resume, SectionKind.SKILLS)
    for match in matches:
        kind = "must-have" if match.importance is Importance.MUST else "nice-to-have"
        if match.level in (EvidenceLevel.MISSING, EvidenceLevel.LISTED):
            placement = best_role(evidence, match.skill_id)
            gain = (
                per_weight
                * match.weight
                * (_target_credit(evidence, match, placement) - match.credit)
            )
            if gain <= 0:
                continue
            if match.level is EvidenceLevel.MISSING:
                either = (
                    f" (or {', '.join(match.alternative_names)})" if match.alternative_names else ""
                )
                if placement.role is None:
                    text = (
                        f"{match.name}{either} is a {kind} the resume never mentions. If you have "
                        f"used it, add it to the skills section and show it in a project."
                    )
                    drafts.append(
                        (
                            gain,
                            AdviceKind.ADD_SKILL,
                            text,
                            skills_line,
                            skills_section or "Skills",
                            match.skill_id,
                        )
                    )
                else:
                    text = (
                        f"{match.name}{either} is a {kind} the resume never mentions. If you have "
                        f"used it, add a bullet that shows it in use{_where(placement)}."
                    )
                    drafts.append(
                        (gain, AdviceKind.ADD_SKILL, text, placement.line, None, match.skill_id)
                    )
                continue
            listed_line = evidence.listed_line(match.matched_skill_id or match.skill_id)
            listed.append(
                ListedOnlySkill(
                    match.skill_id,
                    match.name,
                    match.importance,
                    listed_line,
                    placement.role_index,
                    placement.role,
                    placement.line,
                    placement.related,
                    gain,
                )
            )
            at = f" (line {listed_line})" if listed_line else ""
            where = _where(placement) or " in a project"
            text = (
                f"{match.name} ({kind}) is only listed{at}. Show it in use: add a bullet{where} "
                f"that says what you built or ran with it and the result."
            )
            drafts.append(
                (
                    gain,
                    AdviceKind.SHOW_IN_USE,
                    text,
                    placement.line or listed_line,
                    None,
                    match.skill_id,
                )
            )
        elif match.level is EvidenceLevel.APPLIED:
            full = formula.requirement_credit(
                EvidenceLevel.APPLIED_DATED, match.implied, match.years_factor
            )
            gain = per_weight * match.weight * (full - match.credit)
            if gain > 0:
                line = match.resume_lines[0] if match.resume_lines else None
                text = (
                    f"{match.name} shows only in a project or a role without dates"
                    + (f" (line {line})" if line else "")
                    + ". Give that role its dates, or show the skill in a dated role, "
                    "to count in full."
                )
                drafts.append((gain, AdviceKind.ADD_DATES, text, line, None, match.skill_id))
    return drafts, listed


def _years_drafts(
    evidence: ResumeEvidence,
    posting: Posting,
    matches: Sequence[RequirementMatch],
    per_weight: float,
    breakdown: Sequence[ScoreComponent],
    experience: float | None,
) -> tuple[list[_Draft], list[YearsGap]]:
    drafts: list[_Draft] = []
    gaps: list[YearsGap] = []
    resume = evidence.resume
    experience_heading, experience_line = section_line(resume, SectionKind.EXPERIENCE)
    for match in matches:
        if (
            match.level is EvidenceLevel.MISSING
            or not match.years_required
            or match.years_factor >= 1
        ):
            continue
        full = formula.requirement_credit(match.level, match.implied, 1.0)
        gain = per_weight * match.weight * (full - match.credit)
        gaps.append(
            YearsGap(
                match.skill_id,
                match.name,
                match.years_required,
                match.years_shown,
                gain,
                match.posting_line,
            )
        )
        older = [
            i
            for i in sorted(evidence.dated_roles, reverse=True)
            if match.skill_id not in evidence.role_skills.get(i, set())
        ]
        line = resume.roles[older[0]].first_line if older else experience_line
        shown = f"{match.years_shown:g}" if match.years_shown else "no"
        text = (
            f"The posting asks for {match.years_required:g}+ years of {match.name}; the resume "
            f"shows {shown} years of it in dated roles. If you used it longer, say so in the "
            f"bullets of the earlier roles" + (f" (line {line})" if line else "") + "."
        )
        drafts.append(
            (
                gain,
                AdviceKind.YEARS,
                text,
                line,
                None if line else experience_heading,
                match.skill_id,
            )
        )
    years = next(c for c in breakdown if c.component is Component.YEARS)
    if years.applicable and years.credit < 1 and posting.years is not None:
        gain = years.max_points * (1 - years.credit)
        gaps.append(
            YearsGap(
                None, "experience", posting.years.minimum, experience, gain, posting.years.line
            )
        )
        shown = f"{experience:g} years" if experience else "no dated experience"
        # Where dates are missing is where to add them: the first role without any.
        undated = [i for i in range(len(resume.roles)) if i not in evidence.dated_roles]
        line = resume.roles[undated[0]].first_line if undated else experience_line
        text = (
            f"The posting asks for {posting.years.minimum:g}+ years of experience; your dated "
            f"roles cover {shown}. Give every role start and end dates and include earlier "
            f"relevant work."
        )
        drafts.append(
            (
                gain,
                AdviceKind.YEARS,
                text,
                line,
                experience_heading or "Experience",
                None,
            )
        )
    return drafts, gaps


def _level_drafts(
    evidence: ResumeEvidence, posting: Posting, breakdown: Sequence[ScoreComponent]
) -> list[_Draft]:
    drafts: list[_Draft] = []
    resume = evidence.resume
    seniority = next(c for c in breakdown if c.component is Component.SENIORITY)
    if seniority.applicable and seniority.credit < 1 and posting.seniority is not None:
        line = resume.roles[0].first_line if resume.roles else None
        text = (
            f"The posting hires at {posting.seniority.value} level and the resume reads lower. "
            f"Show the scope of that level in your latest role: what you led, designed, owned "
            f"and who you mentored."
        )
        drafts.append(
            (
                seniority.max_points * (1 - seniority.credit),
                AdviceKind.SENIORITY,
                text,
                line,
                None if line else "Experience",
                None,
            )
        )
    degree = next(c for c in breakdown if c.component is Component.DEGREE)
    if degree.applicable and degree.credit < 1 and posting.degree is not None:
        heading, line = section_line(resume, SectionKind.EDUCATION)
        fields = f" in {' or '.join(posting.degree.fields)}" if posting.degree.fields else ""
        text = (
            f"The posting asks for a {posting.degree.level.value} degree{fields}. If you hold "
            f"one, name it in the education section"
            + (
                ", or say how your experience stands in for it."
                if posting.degree.equivalent_experience
                else "."
            )
        )
        drafts.append(
            (
                degree.max_points * (1 - degree.credit),
                AdviceKind.DEGREE,
                text,
                line,
                heading or "Education",
                None,
            )
        )
    return drafts


def missing_terms(evidence: ResumeEvidence, posting: Posting) -> tuple[MissingTerm, ...]:
    """The posting's frequent non-skill terms that the resume never uses."""
    missing = [
        MissingTerm(t.text, t.count) for t in posting.terms if not evidence.uses_words(t.text)
    ]
    return tuple(missing[:_MAX_TERMS])


def build_advice(
    evidence: ResumeEvidence,
    posting: Posting,
    matches: Sequence[RequirementMatch],
    breakdown: Sequence[ScoreComponent],
    skills_points: float,
    experience: float | None,
    terms: Sequence[MissingTerm],
) -> tuple[tuple[MatchAdvice, ...], tuple[ListedOnlySkill, ...], tuple[YearsGap, ...]]:
    """The advice, most points first, with the listed-only skills and the years gaps;
    ``terms`` are the posting's terms the resume never uses (``missing_terms``)."""
    total_weight = sum(m.weight for m in matches)
    per_weight = skills_points / total_weight if total_weight else 0.0
    drafts, listed = _skill_drafts(evidence, matches, per_weight)
    years_drafts, gaps = _years_drafts(
        evidence, posting, matches, per_weight, breakdown, experience
    )
    drafts.extend(years_drafts)
    drafts.extend(_level_drafts(evidence, posting, breakdown))
    drafts.sort(key=lambda d: -d[0])
    if terms:
        heading, line = section_line(evidence.resume, SectionKind.SUMMARY, SectionKind.EXPERIENCE)
        words = ", ".join(f'"{t.text}"' for t in terms[:5])
        text = f"Use the posting's own words where they are true of you: {words}."
        drafts.append((0.0, AdviceKind.VOCABULARY, text, line, heading or "Summary", None))
    advice = tuple(
        MatchAdvice(rank, kind, text, round(gain, 2), line, section, skill_id)
        for rank, (gain, kind, text, line, section, skill_id) in enumerate(drafts, start=1)
    )
    return advice, tuple(sorted(listed, key=lambda s: -s.gain)), tuple(gaps)
