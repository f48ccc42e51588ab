"""The candidate's top two or three languages and frameworks, with what to prepare.

Ranking: applied skills first (a skill the resume never names, known only through
another such as Spring through Spring Boot, is left out); then by distinct role or
project lines that use the skill, plus two for each of those lines that states an
outcome, plus years of use from dated roles (half of the self-declared years when no
dated role mentions it). Each comes with the guide's four talking points made concrete:
the kinds of projects (from the resume), the features to prepare, the years, and the
optimisations already written down.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from standout.assess.context import ResumeContext
from standout.model._build import constructor
from standout.model.report import EvidenceItem, LanguageFocus
from standout.model.skills import APPLIED_PLACES, SkillEvidence

_MAX_EVIDENCE = 5
_QUOTE_LENGTH = 90
_evidence_item = constructor(EvidenceItem)


def top_languages(context: ResumeContext, rules: Mapping[str, Any]) -> tuple[LanguageFocus, ...]:
    categories = set(rules["categories"])
    excluded = set(rules["exclude"])
    ranked: list[tuple[tuple[bool, float], SkillEvidence, list[int], list[int]]] = []
    for skill in context.skills.skills:
        if skill.category not in categories or skill.skill_id in excluded:
            continue
        if all(e.implied_by is not None for e in skill.evidence):
            continue  # only known through another skill (Spring through Spring Boot)
        lines = sorted({e.line for e in skill.evidence if e.place in APPLIED_PLACES})
        outcome_lines = [n for n in lines if _has_outcome(context, n)]
        years = skill.years_of_use
        if years is None and skill.declared_years is not None:
            years = skill.declared_years / 2
        weight = len(lines) + 2 * len(outcome_lines) + (years or 0.0)
        if skill.applied or years:
            ranked.append(((skill.applied, weight), skill, lines, outcome_lines))
    # ties: languages before frameworks, then by name, so the order never depends on input order
    ranked.sort(key=lambda e: (not e[0][0], -e[0][1], e[1].category != "language", e[1].name))
    chosen = ranked[: int(rules["max"])]
    return tuple(_focus(context, skill, lines, outcomes) for _, skill, lines, outcomes in chosen)


def _has_outcome(context: ResumeContext, line: int) -> bool:
    check = context.bullet_by_line.get(line)
    return check is not None and check.has_outcome


def _focus(
    context: ResumeContext, skill: SkillEvidence, lines: list[int], outcome_lines: list[int]
) -> LanguageFocus:
    evidence = tuple(
        _evidence_item(context.line_text(n), n, skill.skill_id) for n in lines[:_MAX_EVIDENCE]
    )
    points = (
        _projects_point(context, skill),
        _features_point(context, skill),
        _years_point(skill),
        _optimisations_point(context, skill, outcome_lines),
    )
    return LanguageFocus(
        skill_id=skill.skill_id,
        name=skill.name,
        years_of_use=skill.years_of_use,
        declared_years=skill.declared_years,
        evidence=evidence,
        talking_points=points,
    )


def _projects_point(context: ResumeContext, skill: SkillEvidence) -> str:
    resume = context.resume
    places: list[str] = []
    for item in skill.evidence:
        if item.role_index is not None and item.role_index < len(resume.roles):
            role = resume.roles[item.role_index]
            name = " at ".join(part for part in (role.title, role.employer) if part)
            place = f"{name or 'a role'} (line {item.line})"
        elif item.project_index is not None and item.project_index < len(resume.projects):
            place = f"the {resume.projects[item.project_index].name} project (line {item.line})"
        else:
            continue
        if not any(p.split(" (line")[0] == place.split(" (line")[0] for p in places):
            places.append(place)
    if not places:
        return (
            f"Projects: no role or project shows what you built with {skill.name}; "
            "prepare one example and add it to the resume."
        )
    return f"Projects: be ready to describe what you built with {skill.name} in " + (
        ", ".join(places[:3]) + " — the problem, your part, and the result."
    )


def _features_point(context: ResumeContext, skill: SkillEvidence) -> str:
    features = context.framework.language_features
    hint = features.get(skill.skill_id) or features.get(skill.name.lower())
    if hint:
        return (
            f"Features: pick two features of {skill.name} you relied on — for example "
            f"{hint} — and say where each one helped."
        )
    return (
        f"Features: pick two features of {skill.name} you relied on (its concurrency model, "
        "type system, standard library or tooling) and say where each one helped."
    )


def _years_point(skill: SkillEvidence) -> str:
    declared = f" (you declare {skill.declared_years:g})" if skill.declared_years else ""
    if skill.years_of_use is not None:
        return (
            f"Years: {skill.years_of_use:.1f} from your dated roles{declared}; be ready to say "
            "how your use of it changed over that time."
        )
    if skill.declared_years is not None:
        return (
            f"Years: you declare {skill.declared_years:g}, but no dated role mentions "
            f"{skill.name}; name it in the bullets of the roles where you used it."
        )
    return (
        f"Years: no dated role mentions {skill.name}; work out how long you have used it "
        "and show it in a dated role."
    )


def _optimisations_point(
    context: ResumeContext, skill: SkillEvidence, outcome_lines: list[int]
) -> str:
    if not outcome_lines:
        return (
            f"Optimisations: no bullet shows an improvement you made with {skill.name}; "
            "prepare one with before-and-after figures and add it to the resume."
        )
    quoted = "; ".join(f"line {n}: “{_shorten(context.line_text(n))}”" for n in outcome_lines[:2])
    return f"Optimisations: walk through how you got these results — {quoted}."


def _shorten(text: str) -> str:
    if len(text) <= _QUOTE_LENGTH:
        return text
    return text[: _QUOTE_LENGTH - 1].rsplit(" ", 1)[0] + "…"
