"""STAR outlines drafted from the candidate's quantified bullets.

A bullet that states a measurable outcome already holds the action and the result of a
story; the outline adds prompts for the situation and the task, worded for the kind of
impact the bullet reports (speed, cost, reliability...). The bullet is split into its
action and its result when its shape makes that safe:

- "Did X; errors fell by 70%"            -> action "Did X", result "Errors fell by 70%"
- "Did X, cutting latency from 2 s to…"  -> action "Did X", result "Cutting latency from…"
- "Cut the run from 14 h to 50 min by partitioning tables" -> action "Partitioning
  tables", result "Cut the run from 14 h to 50 min"

A part is a result when it holds one of the figures the achievement check found;
otherwise the whole bullet is the action and the result names its figures.
"""

from __future__ import annotations

import re

from standout.model.prep import StarOutline
from standout.model.report import BulletCheck, Report
from standout.model.skills import Area
from standout.prep.bank import QuestionBank
from standout.prep.evidence import EvidenceIndex

BEHAVIOURAL_AREAS = (
    Area.RESULTS,
    Area.PROBLEM_SOLVING,
    Area.COMMUNICATION,
    Area.LEARNING,
    Area.CULTURE_FIT,
    Area.PASSION,
)
MAX_OUTLINES = 8
_ING_CLAUSE = re.compile(r",\s+(?=[a-z]+ing\b)")
_BY_MEANS = re.compile(r"\s+by\s+(?=[a-z]+ing\b)")


def star_outlines(
    report: Report, index: EvidenceIndex, bank: QuestionBank
) -> tuple[StarOutline, ...]:
    """One outline per quantified role or project bullet, the most versatile first."""
    areas_of_line: dict[int, list[Area]] = {}
    for area in BEHAVIOURAL_AREAS:
        lines = index.criteria_lines(c.criterion_id for c in report.area(area).criteria)
        for line in lines:
            areas = areas_of_line.setdefault(line, [])
            if area not in areas:
                areas.append(area)
    outlines: list[tuple[tuple[int, int, int], StarOutline]] = []
    for bullet in report.bullets:
        if not bullet.has_outcome:
            continue
        areas = [Area.RESULTS] + [
            a for a in areas_of_line.get(bullet.line, ()) if a is not Area.RESULTS
        ]
        outline = outline_from_bullet(bullet, index.ref(bullet.line).context, tuple(areas), bank)
        outlines.append(((-len(areas), -bullet.score, bullet.line), outline))
    outlines.sort(key=lambda entry: entry[0])
    return tuple(outline for _, outline in outlines[:MAX_OUTLINES])


def outline_from_bullet(
    bullet: BulletCheck, context: str | None, areas: tuple[Area, ...], bank: QuestionBank
) -> StarOutline:
    action, result = split_action_result(bullet.text, bullet.outcomes)
    prompts = bank.star_prompt(bullet.impacts[0] if bullet.impacts else None)
    where = f"Where: {context}. " if context else ""
    return StarOutline(
        line=bullet.line,
        bullet=bullet.text,
        context=context,
        areas=areas,
        impacts=bullet.impacts,
        situation=where + prompts.situation,
        task=prompts.task,
        action=action,
        result=result,
        figures=bullet.outcomes,
    )


def split_action_result(text: str, figures: tuple[str, ...]) -> tuple[str, str]:
    """The action and the result of a bullet (see the module docstring)."""
    clean = text.strip().rstrip(".")
    if not figures:
        return clean, "No figure yet: say what changed and how you measured it."

    def has_figure(part: str) -> bool:
        return any(figure in part for figure in figures)

    if "; " in clean:
        head, tail = clean.split("; ", 1)
        if has_figure(tail):
            return head, _sentence(tail)
    ing = _ING_CLAUSE.search(clean)
    if ing is not None and has_figure(clean[ing.end() :]):
        return clean[: ing.start()], _sentence(clean[ing.end() :])
    means = _BY_MEANS.search(clean)
    if means is not None and has_figure(clean[: means.start()]):
        if not has_figure(clean[means.end() :]):
            return _sentence(clean[means.end() :]), clean[: means.start()]
    return clean, (
        "What your bullet measured: " + ", ".join(figures) + ". Say what changed because of "
        "it and how you know."
    )


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text
