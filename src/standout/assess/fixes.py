"""Advice for every criterion not yet shown, and the five fixes that add most readiness.

Each unmet criterion (weight above zero, satisfied below 1) becomes one piece of advice;
its gain is the readiness it would add if fully shown (see ``readiness``). Each failed
document check with a penalty is a fix worth that penalty. The top fixes are the five
largest gains, each pointing at the line it concerns: the skill's line in the skills
list when the skill only needs applying, a bullet without a figure when a figure is what
is missing (a bullet on the criterion's own topic when there is one), else the most
recent role.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter

from standout.assess.areas import ScoredArea, ScoredCriterion
from standout.assess.context import ResumeContext
from standout.model._build import constructor
from standout.model.report import Advice, DocumentCheck, Fix
from standout.model.resume import SectionKind
from standout.model.skills import APPLIED_PLACES, Area

TOP_FIXES = 5
_by_gain = itemgetter(0)  # a C-level sort key
_advice = constructor(Advice)
_fix = constructor(Fix)


@dataclass(frozen=True, slots=True)
class Plan:
    advice: dict[Area, tuple[Advice, ...]]
    missing: dict[Area, tuple[str, ...]]
    fixes: tuple[Fix, ...]


def plan_fixes(
    areas: list[ScoredArea],
    checks: tuple[DocumentCheck, ...],
    context: ResumeContext,
    penalty: float,
) -> Plan:
    framework = context.framework
    weights = framework.area_weights[context.role]
    exact = {scored.definition.area: scored.exact for scored in areas}
    total_weight = sum(weights[area] for area in exact)
    unmet: list[tuple[float, int, Area, ScoredCriterion]] = []
    for scored in areas:
        area = scored.definition.area
        active = sum(c.weight for c in scored.criteria if c.weight > 0)
        for criterion in scored.criteria:
            if criterion.weight <= 0 or criterion.result.satisfied >= 1.0:
                continue
            # the area rises by 100·w(1−s)/Σw, and readiness by the area's share of that
            area_rise = 100.0 * criterion.weight * (1.0 - criterion.result.satisfied) / active
            gain = round(weights[area] * area_rise / total_weight, 1)
            unmet.append((gain, len(unmet), area, criterion))
    # the largest gains pick their lines first, so they get the most fitting bullets
    unmet.sort(key=_by_gain, reverse=True)  # stable: equal gains keep their order
    targets = _LineTargets(context)
    advice_lists: dict[Area, list[Advice]] = {scored.definition.area: [] for scored in areas}
    missing_lists: dict[Area, list[str]] = {scored.definition.area: [] for scored in areas}
    candidates: list[tuple[float, int, Fix]] = []
    for gain, _, area, criterion in unmet:
        text = _advice_text(criterion)
        line = targets.line_for(criterion)
        advice_lists[area].append(_advice(text, line, gain))
        missing_lists[area].append(criterion.result.description)
        candidates.append((gain, len(candidates), _fix(0, text, line, area, gain)))
    advice = {area: tuple(items) for area, items in advice_lists.items()}
    missing = {area: tuple(items) for area, items in missing_lists.items()}
    failed_total = sum(framework.penalties.get(c.severity, 0.0) for c in checks if not c.passed)
    for check in checks:
        cost = framework.penalties.get(check.severity, 0.0)
        if check.passed or cost <= 0:
            continue
        saved = min(framework.max_penalty, failed_total) - min(
            framework.max_penalty, failed_total - cost
        )
        line = check.lines[0] if check.lines else None
        fix = Fix(0, check.advice, line, None, round(saved, 1))
        candidates.append((round(saved, 1), len(candidates), fix))
    candidates = [c for c in candidates if c[0] > 0]
    candidates.sort(key=_by_gain, reverse=True)
    fixes = tuple(
        Fix(rank, fix.text, fix.line, fix.area, fix.gain)
        for rank, (_, _, fix) in enumerate(candidates[:TOP_FIXES], start=1)
    )
    return Plan(advice, missing, fixes)


def _advice_text(scored: ScoredCriterion) -> str:
    criterion = scored.criterion
    partial = criterion.advice_partial
    if scored.result.satisfied > 0 and partial:
        if "{skill}" not in partial:
            return partial
        if scored.listed_skill is not None:
            return partial.replace("{skill}", scored.listed_skill.name)
    return criterion.advice


class _LineTargets:
    """Which line a piece of advice concerns; weak bullets are handed out one per criterion."""

    def __init__(self, context: ResumeContext) -> None:
        self._context = context
        resume = context.resume
        recent = context.recent_role
        self._recent_line: int | None = recent.first_line if recent else None
        if self._recent_line is None and resume.projects:
            self._recent_line = resume.projects[0].first_line
        recent_index = next((i for i, r in enumerate(resume.roles) if r is recent), None)
        # bullets that say something (a verb, four words or more: not "Code: github.com/…"),
        # the most recent role's first, weakest first within each group
        without = [b for b in context.bullets if not b.has_outcome and b.word_count >= 4]
        without.sort(key=lambda b: (b.role_index != recent_index, b.verb is None, b.score, b.line))
        self._weak = [b.line for b in without]
        # Advice on no bullet in particular goes to one that is an achievement (it starts
        # with a verb), never to "Confidence and positive attitude." in a list of traits.
        self._weak_achievements = [b.line for b in without if b.verb is not None]
        self._used: set[int] = set()

    def line_for(self, scored: ScoredCriterion) -> int | None:
        target = scored.criterion.target
        context = self._context
        if target == "listed_skill" and scored.listed_skill is not None:
            listed = [e.line for e in scored.listed_skill.evidence if e.place not in APPLIED_PLACES]
            return listed[0] if listed else scored.listed_skill.evidence[0].line
        if target == "weak_bullet":
            return self._weak_bullet(scored) or self._recent_line
        if target == "skills_section":
            section = context.sections.get(SectionKind.SKILLS)
            return section.heading_line if section else self._recent_line
        if target == "projects":
            section = context.sections.get(SectionKind.PROJECTS)
            return section.heading_line if section else None
        if target == "header":
            span = context.resume.contact.name_span
            return span.line if span else (1 if context.resume.document.lines else None)
        return self._recent_line

    def _weak_bullet(self, scored: ScoredCriterion) -> int | None:
        context = self._context
        topical = {f.line for f in context.phrase_finds.get(scored.criterion.key, ())}
        for category in scored.criterion.skill_categories:
            for skill in context.skills_by_category.get(category, ()):
                topical.update(e.line for e in skill.evidence if e.place in APPLIED_PLACES)
        for line in self._weak:
            if line in topical and line not in self._used:
                self._used.add(line)
                return line
        for line in self._weak_achievements:
            if line not in self._used:
                self._used.add(line)
                return line
        return self._weak_achievements[0] if self._weak_achievements else None
