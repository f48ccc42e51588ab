"""Must-haves the resume doesn't show, and an honest way to talk about each.

For every missing must-have the pack finds what the candidate has that comes closest:
skills the missing one builds on (the taxonomy says Django implies Python), then skills of
the same category (another relational database, another cloud), applied ones first. It
adds evidence that the candidate learns new technologies, from the report's learning
criteria, and an answer outline that never claims what the resume doesn't show.
"""

from __future__ import annotations

from standout.model.prep import GapQuestion, RelatedSkill
from standout.model.report import EvidenceItem, Report
from standout.model.skills import Area
from standout.prep.evidence import EvidenceIndex
from standout.prep.select import MustHave
from standout.render.text import truncate

MAX_RELATED = 3
MAX_LEARNING = 2
# Categories too broad for "you know another one of these" to mean anything.
_BROAD_CATEGORIES = frozenset({"practice", "architecture", "tool", "library", "build_tool"})
_LEARNING_CRITERIA = ("learning.new_technologies", "passion.continuous_learning")


def gap_questions(
    report: Report, index: EvidenceIndex, musts: tuple[MustHave, ...]
) -> tuple[GapQuestion, ...]:
    missing = [must for must in musts if must.missing]
    if not missing:
        return ()
    learning_area = report.area(Area.LEARNING).criteria + report.area(Area.PASSION).criteria
    learning = index.story_items(
        item
        for criterion in learning_area
        if criterion.criterion_id in _LEARNING_CRITERIA
        for item in criterion.evidence
    )[:MAX_LEARNING]
    return tuple(_gap(report, index, must, learning) for must in missing)


def _gap(
    report: Report, index: EvidenceIndex, must: MustHave, learning: tuple[EvidenceItem, ...]
) -> GapQuestion:
    related = related_skills(report, index, must)
    name = must.name
    steps = [f"Say plainly that you haven't worked with {name} yet; don't stretch a near miss."]
    if related:
        names = ", ".join(f"{r.name} ({r.relation})" for r in related)
        steps.append(f"Bridge from what you have: {names}. Say what carries over and what is new.")
    else:
        steps.append(f"Name the closest thing you have done and what of it carries over to {name}.")
    steps.append(
        f"Say what you are doing to learn {name} now (docs, a course, a small project), only "
        "if it is true, and how far you have got."
    )
    if learning:
        steps.append(
            f"Show you learn fast with line {learning[0].line} "
            f"(“{truncate(learning[0].text, 60)}”), then say how you would get productive "
            f"with {name} in your first weeks."
        )
    else:
        steps.append(
            "Show you learn fast with a technology you picked up quickly, then say how you "
            f"would get productive with {name} in your first weeks."
        )
    return GapQuestion(
        id=f"gap:{must.skill_id}",
        skill_id=must.skill_id,
        name=must.label,
        posting_line=must.posting_line,
        question=f"This role asks for {must.label}, which your resume doesn't show. How would "
        f"you get up to speed, and what have you done that comes closest?",
        related=related,
        learning=learning,
        answer_outline=tuple(steps),
    )


def related_skills(
    report: Report, index: EvidenceIndex, must: MustHave
) -> tuple[RelatedSkill, ...]:
    """The candidate's skills closest to a missing one: what it builds on, then its category."""
    from standout.skills.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    wanted = [taxonomy.skills[s] for s in sorted(must.skill_ids) if s in taxonomy.skills]
    shown = {skill.skill_id: skill for skill in report.skills.skills}
    found: list[tuple[tuple[bool, int, float], RelatedSkill]] = []
    seen: set[str] = set(must.skill_ids)
    for skill in wanted:
        builds_on = taxonomy.implied(skill.id)
        label = taxonomy.categories.get(skill.category, skill.category)
        for skill_id, evidence in shown.items():
            if skill_id in seen:
                continue
            if skill_id in builds_on:
                relation, rank = f"{skill.name} builds on it", 0
            elif evidence.category == skill.category and skill.category not in _BROAD_CATEGORIES:
                relation, rank = f"same category: {label}", 1
            else:
                continue
            seen.add(skill_id)
            lines = index.skill_lines(skill_id)
            line = lines[0] if lines else (evidence.evidence[0].line if evidence.evidence else None)
            key = (not evidence.applied, rank, -(evidence.years_of_use or 0.0))
            found.append((key, RelatedSkill(skill_id, evidence.name, relation, line)))
    found.sort(key=lambda entry: entry[0])
    return tuple(related for _, related in found[:MAX_RELATED])
