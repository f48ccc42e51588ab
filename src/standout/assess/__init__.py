"""Assess a parsed resume and its skills against the backend candidate framework.

``assess`` builds the positioning report: a 0-100 score per area of the guide with the
evidence and advice behind it, the achievement check of every bullet, whole-document
checks, the top languages with talking points, a readiness score and the five fixes that
would raise it most. ``check_bullet`` is the achievement check of one bullet.

How every number is computed is documented in ``docs/scoring.md`` and in the docstrings
of ``areas`` (criteria and areas), ``readiness`` (the overall score and fix gains),
``achievements`` (bullets) and ``document_checks``.
"""

from __future__ import annotations

from operator import attrgetter

from standout.assess.achievements import check_bullet
from standout.assess.areas import ScoredCriterion, score_area
from standout.assess.context import build_context
from standout.assess.document_checks import document_checks
from standout.assess.fixes import plan_fixes
from standout.assess.framework import load_framework
from standout.assess.languages import top_languages
from standout.assess.readiness import document_penalty, readiness_score
from standout.errors import UnknownTargetRoleError
from standout.model._build import constructor
from standout.model.report import REPORT_SCHEMA_VERSION, AreaScore, EvidenceItem, Report, TargetRole
from standout.model.resume import Resume
from standout.model.skills import SkillProfile

__all__ = ["assess", "check_bullet", "target_role"]

_AREA_EVIDENCE = 10
_line_of = attrgetter("line")  # a C-level sort key
_area_score = constructor(AreaScore)


def target_role(role: TargetRole | str) -> TargetRole:
    """``role`` as a ``TargetRole``; raises ``UnknownTargetRoleError`` for anything else."""
    if isinstance(role, TargetRole):
        return role
    try:
        return TargetRole(str(role).strip().lower())
    except ValueError:
        choices = ", ".join(r.value for r in TargetRole)
        raise UnknownTargetRoleError(
            f"'{role}' is not a target role.", hint=f"Use one of: {choices}."
        ) from None


def assess(
    resume: Resume, skills: SkillProfile, *, role: TargetRole | str = TargetRole.MID
) -> Report:
    """The positioning report of ``resume`` for the target ``role``."""
    chosen = target_role(role)
    framework = load_framework()
    context = build_context(resume, skills, chosen, framework)
    scored = [score_area(definition, context) for definition in framework.areas]
    checks = document_checks(resume, chosen, framework.document)
    penalty = document_penalty(checks, framework)
    plan = plan_fixes(scored, checks, context, penalty)
    weights = framework.area_weights[chosen]
    areas = tuple(
        [
            _area_score(  # AreaScore's fields, in order
                s.definition.area,
                s.definition.title,
                s.score,
                weights[s.definition.area],
                tuple([c.result for c in s.criteria]),
                _area_evidence(s.criteria),
                plan.missing[s.definition.area],
                plan.advice[s.definition.area],
            )
            for s in scored
        ]
    )
    readiness = readiness_score({a.area: a.score for a in areas}, penalty, framework, chosen)
    return Report(
        schema_version=REPORT_SCHEMA_VERSION,
        role=chosen,
        resume=resume,
        skills=skills,
        areas=areas,
        bullets=context.bullets,
        document_checks=checks,
        top_languages=top_languages(context, framework.top_languages),
        readiness=readiness,
        top_fixes=plan.fixes,
    )


def _area_evidence(criteria: tuple[ScoredCriterion, ...]) -> tuple[EvidenceItem, ...]:
    # first item of each (line, skill id); a dict keeps the order they come in
    first: dict[tuple[int, str | None], EvidenceItem] = {}
    for scored in criteria:
        for item in scored.result.evidence:
            first.setdefault((item.line, item.skill_id), item)
    items = sorted(first.values(), key=_line_of)
    return tuple(items[:_AREA_EVIDENCE])
