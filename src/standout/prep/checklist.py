"""The guide's soft-skill areas, each with the evidence the resume gives for it."""

from __future__ import annotations

from standout.model.prep import CheckStatus, SoftSkillCheck, SoftSkillItem
from standout.model.report import Report
from standout.model.skills import Area
from standout.prep.bank import QuestionBank
from standout.prep.evidence import EvidenceIndex

SOFT_SKILL_AREAS = (
    Area.COMMUNICATION,
    Area.PASSION,
    Area.PROBLEM_SOLVING,
    Area.RESULTS,
    Area.LEARNING,
    Area.CULTURE_FIT,
)
MAX_ITEMS_PER_CRITERION = 2


def soft_skill_checklist(
    report: Report, index: EvidenceIndex, bank: QuestionBank
) -> tuple[SoftSkillCheck, ...]:
    checks = []
    for area in SOFT_SKILL_AREAS:
        score = report.area(area)
        items = tuple(
            SoftSkillItem(
                criterion_id=criterion.criterion_id,
                description=criterion.description,
                satisfied=criterion.satisfied,
                evidence=index.story_items(criterion.evidence)[:MAX_ITEMS_PER_CRITERION],
            )
            for criterion in score.criteria
        )
        shown = sum(1 for item in items if item.satisfied > 0)
        status = (
            CheckStatus.SHOWN
            if shown == len(items)
            else CheckStatus.MISSING
            if shown == 0
            else CheckStatus.PARTLY
        )
        checks.append(
            SoftSkillCheck(area, score.title, score.score, status, items, bank.story_prompts[area])
        )
    return tuple(checks)
