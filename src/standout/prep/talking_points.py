"""Talking-points cards for the top 2-3 languages and frameworks.

The guide's four points, made concrete from the resume: the projects (one line per role or
project that uses the skill, most recent first), the years (computed from the dated roles
that mention it, overlaps merged, beside what the candidate declares), the features to
prepare, and the optimisations already written down (its quantified bullets).
"""

from __future__ import annotations

from standout.assess.framework import load_framework
from standout.model.prep import EvidenceRef, TalkingPointsCard
from standout.model.report import LanguageFocus, Report
from standout.prep.evidence import EvidenceIndex
from standout.render.text import format_years

MAX_PROJECTS = 3
MAX_OPTIMISATIONS = 2


def talking_points(report: Report, index: EvidenceIndex) -> tuple[TalkingPointsCard, ...]:
    return tuple(_card(report, index, focus) for focus in report.top_languages)


def _card(report: Report, index: EvidenceIndex, focus: LanguageFocus) -> TalkingPointsCard:
    lines = index.skill_lines(focus.skill_id)
    projects: list[EvidenceRef] = []
    seen_places: set[str | None] = set()
    for line in lines:
        ref = index.ref(line)
        if ref.context in seen_places:
            continue
        seen_places.add(ref.context)
        projects.append(ref)
    optimisations = [index.ref(n) for n in lines if index.ref(n).has_outcome]
    name = focus.name
    return TalkingPointsCard(
        skill_id=focus.skill_id,
        name=name,
        years_of_use=focus.years_of_use,
        declared_years=focus.declared_years,
        years_note=_years_note(focus),
        projects=tuple(projects[:MAX_PROJECTS]),
        projects_note=(
            f"For each, say what it did, how big it was and which part you built with {name}."
            if projects
            else f"No role or project in your resume names {name}: prepare one and add it."
        ),
        features=_features(focus),
        optimisations=tuple(optimisations[:MAX_OPTIMISATIONS]),
        optimisations_note=(
            "Explain how you found the problem, what you changed, and how you measured it."
            if optimisations
            else f"No bullet shows an improvement made with {name}: prepare one with "
            "before-and-after figures, and add it to your resume."
        ),
    )


def _years_note(focus: LanguageFocus) -> str:
    computed = focus.years_of_use
    declared = focus.declared_years
    if computed is None and declared is None:
        return (
            f"No dated role mentions {focus.name}: work out how long you have used it and "
            "name it in the roles where you did."
        )
    if computed is None:
        return (
            f"You declare {format_years(declared)}, but no dated role mentions {focus.name}; "
            "be ready to say where those years were spent."
        )
    note = f"{format_years(computed)} from your dated roles"
    if declared is not None and abs(declared - computed) >= 1:
        note += (
            f"; you declare {format_years(declared)}, so be ready to explain the difference "
            "(side projects, roles that don't name it)"
        )
    return note + "."


def _features(focus: LanguageFocus) -> str:
    features = load_framework().language_features
    hint = features.get(focus.skill_id) or features.get(focus.name.lower())
    if hint:
        return f"Prepare two features you relied on and where each helped, such as {hint}."
    return (
        "Prepare two features you relied on (its concurrency model, type system, standard "
        "library or tooling) and where each helped."
    )
