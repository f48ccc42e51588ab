"""Must-haves the resume doesn't show, and an honest way to talk about each.

For every missing must-have the pack finds what the candidate has that comes closest:
skills the missing one builds on (the taxonomy says Django implies Python), then skills of
the same category (another relational database, another cloud), applied ones first. It
adds evidence that the candidate learns new technologies, from the report's learning
criteria, and an answer outline that never claims what the resume doesn't show.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from standout.model.prep import GapQuestion, RelatedSkill
from standout.model.report import EvidenceItem, Report
from standout.model.skills import Area
from standout.prep.evidence import EvidenceIndex
from standout.prep.select import MustHave
from standout.render.text import truncate

if TYPE_CHECKING:
    from standout.skills.taxonomy import Skill

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
    )
    gaps: list[GapQuestion] = []
    general_cited_for: str | None = None  # the gap that cites the general learning line
    for must in missing:
        related = related_skills(report, index, must)
        cited = _relevant_learning(report, must, related, learning)
        if not cited and learning and general_cited_for is None:
            # No line speaks to this gap: the candidate's general example of learning fast
            # goes to the first such gap only, so that the plans don't all repeat it.
            cited = learning[:MAX_LEARNING]
            general_cited_for = must.label
        gaps.append(_gap(index, must, related, cited, general_cited_for))
    return tuple(gaps)


def _relevant_learning(
    report: Report,
    must: MustHave,
    related: tuple[RelatedSkill, ...],
    learning: tuple[EvidenceItem, ...],
) -> tuple[EvidenceItem, ...]:
    """The learning evidence about this gap's neighbourhood: lines that show one of its
    related skills, or a skill of its category."""
    from standout.skills.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    categories = {
        taxonomy.skills[s].category for s in must.skill_ids if s in taxonomy.skills
    } - _BROAD_CATEGORIES
    related_ids = {r.skill_id for r in related}
    related_lines = {r.line for r in related if r.line is not None}
    shown = {skill.skill_id: skill.category for skill in report.skills.skills}
    return tuple(
        item
        for item in learning
        if item.line in related_lines
        or (item.skill_id is not None and item.skill_id in related_ids)
        or (item.skill_id is not None and shown.get(item.skill_id) in categories)
    )[:MAX_LEARNING]


# Words of a skill's name too common to tie a resume line to it ("System design").
_COMMON_NAME_WORDS = frozenset(
    "system systems data and algorithms development software management tools tool "
    "languages language control testing skills services service level".split()
)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def closest_line(index: EvidenceIndex, must: MustHave) -> int | None:
    """A story bullet that uses a word of the missing skill's name ("Designed a Go service"
    for "System design"): the nearest thing the resume itself shows, or ``None``."""
    wanted = {
        _stem(word)
        for word in re.findall(r"[a-z]+", must.name.lower())
        if len(word) >= 5 and word not in _COMMON_NAME_WORDS
    }
    if not wanted:
        return None
    for line in sorted(index.bullets):
        words = {_stem(word) for word in re.findall(r"[a-z]+", index.ref(line).text.lower())}
        if index.is_story(line) and not wanted.isdisjoint(words):
            return line
    return None


def _gap(
    index: EvidenceIndex,
    must: MustHave,
    related: tuple[RelatedSkill, ...],
    learning: tuple[EvidenceItem, ...],
    general_cited_for: str | None,
) -> GapQuestion:
    name = must.label
    steps = [f"Say plainly that you haven't worked with {name} yet; don't stretch a near miss."]
    closest = None if related else closest_line(index, must)
    if related:
        names = ", ".join(f"{r.name} ({r.relation})" for r in related)
        steps.append(f"Bridge from what you have: {names}. Say what carries over and what is new.")
    elif closest is not None:
        steps.append(
            f"Start from line {closest} (“{truncate(index.ref(closest).text, 60)}”), the "
            f"nearest your resume comes to {name}: say what of it carries over and what is new."
        )
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
    elif general_cited_for is not None:
        steps.append(
            f"Show you learn fast with the example you chose for {general_cited_for}, then "
            f"say how you would get productive with {name} in your first weeks."
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
            elif _same_kind(taxonomy.skills.get(skill_id), skill):
                of = f" as {skill.name}" if len(wanted) > 1 else ""
                relation, rank = f"same category{of}: {label}", 1
            else:
                continue
            seen.add(skill_id)
            lines = index.skill_lines(skill_id)
            line = lines[0] if lines else (evidence.evidence[0].line if evidence.evidence else None)
            key = (not evidence.applied, rank, -(evidence.years_of_use or 0.0))
            found.append((key, RelatedSkill(skill_id, evidence.name, relation, line)))
    found.sort(key=lambda entry: entry[0])
    return tuple(related for _, related in found[:MAX_RELATED])


def _same_kind(have: Skill | None, want: Skill) -> bool:
    """Whether a skill the candidate has is of the missing one's kind, close enough to bridge.

    The taxonomy files data formats (JSON, YAML) under languages too; their area tells them
    apart, so only a programming language bridges to a programming language.
    """
    if have is None or have.category != want.category or want.category in _BROAD_CATEGORIES:
        return False
    return want.category != "language" or have.area == want.area
