"""Pick the questions of the bank that fit this candidate.

What is asked, in order of priority:

1. with a posting, one question on each must-have: from the bank when it has one on that
   skill (or an either-or alternative), else a question written from the requirement; a
   must-have the resume doesn't show gets a gap question instead (``gaps``);
2. the guide's four talking points for each of the top 2-3 languages and frameworks
   (template questions), and up to ``TOP_LANGUAGE_QUESTIONS`` bank questions on each;
3. questions on the rest of the stack, applied skills before listed ones, strongest first
   (one per skill, ``STACK_BUDGET`` in all);
4. per area of the guide, ``AREA_QUOTA`` general questions (questions on a category the
   candidate shows first, then those the resume has evidence for, then the rest) and
   ``DESIGN_QUOTA[role]`` system-design questions.

Only questions whose seniorities include the target role are eligible, so a junior never
gets a staff-level design question; a question tied to skills is only asked of a candidate
who shows one of them or of a posting that requires one, so a Go developer is not asked
about Django. ``limit`` keeps the must-haves first and then takes the best remaining
question of each area in turn, so a short pack still covers the areas.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from standout.model.match import EvidenceLevel, Match
from standout.model.posting import Importance
from standout.model.prep import BankQuestion, PickReason, QuestionKind
from standout.model.report import LanguageFocus, Report, TargetRole
from standout.model.skills import Area, SkillEvidence
from standout.prep.bank import TEMPLATE_SLOT, QuestionBank

TOP_LANGUAGE_QUESTIONS = 2
STACK_BUDGET = 12
AREA_QUOTA = 2
DESIGN_QUOTA = {TargetRole.JUNIOR: 1, TargetRole.MID: 1, TargetRole.SENIOR: 2, TargetRole.STAFF: 3}
# Base priorities; the strength of the candidate's skill (0-4) is added to them.
_PRIORITY = {
    PickReason.MUST_HAVE: 100.0,
    PickReason.TOP_LANGUAGE: 60.0,
    PickReason.STACK: 40.0,
    PickReason.AREA: 10.0,
}
_CATEGORY_BONUS = 10.0  # a general question on a category the candidate shows
_EVIDENCE_BONUS = 3.0  # the resume has a story for the question's criteria
_LEVEL_BONUS = 2.0  # a question meant for few levels, this one among them
_REASON_ORDER = {reason: rank for rank, reason in enumerate(PickReason)}
_AREA_ORDER = {area: rank for rank, area in enumerate(Area)}


@dataclass(frozen=True, slots=True)
class MustHave:
    """A must-have requirement of the posting, as the pack needs it."""

    skill_id: str
    name: str
    label: str  # with its either-or alternatives
    skill_ids: frozenset[str]
    posting_line: int
    missing: bool
    listed_only: bool  # the resume only lists it (skills section, summary)
    resume_lines: tuple[int, ...]


def must_haves(match: Match | None) -> tuple[MustHave, ...]:
    if match is None:
        return ()
    return tuple(
        MustHave(
            skill_id=req.skill_id,
            name=req.name,
            label=req.label,
            skill_ids=frozenset((req.skill_id, *req.alternatives)),
            posting_line=req.posting_line,
            missing=req.credit == 0,
            listed_only=req.level is EvidenceLevel.LISTED,
            resume_lines=req.resume_lines,
        )
        for req in match.requirements
        if req.importance is Importance.MUST
    )


@dataclass(slots=True)
class Candidate:
    """What the selection needs to know about the candidate."""

    role: TargetRole
    skills: dict[str, SkillEvidence]
    strength: dict[str, float]  # 1 for a listed skill, 2-4 for an applied one (more years)
    top: tuple[LanguageFocus, ...]
    by_category: dict[str, list[str]] = field(default_factory=dict)  # strongest first


def candidate_of(report: Report) -> Candidate:
    skills = {skill.skill_id: skill for skill in report.skills.skills}
    strength = {skill_id: _strength(skill) for skill_id, skill in skills.items()}
    by_category: dict[str, list[str]] = {}
    for skill_id in sorted(strength, key=lambda s: -strength[s]):
        by_category.setdefault(skills[skill_id].category, []).append(skill_id)
    return Candidate(report.role, skills, strength, report.top_languages, by_category)


def _strength(skill: SkillEvidence) -> float:
    if not skill.applied:
        return 1.0
    return 2.0 + min(skill.years_of_use or 0.0, 10.0) / 5.0


@dataclass(frozen=True, slots=True)
class Pick:
    question: BankQuestion
    reason: PickReason
    priority: float
    skills: tuple[str, ...]  # the skills it is asked about (the candidate's or the posting's)
    text: str  # template questions get their skill's name
    id: str
    must: MustHave | None = None


def pick_questions(
    bank: QuestionBank,
    candidate: Candidate,
    musts: tuple[MustHave, ...],
    *,
    has_evidence: Iterable[str] = (),
    limit: int | None = None,
) -> list[Pick]:
    """The questions for this candidate, in pack order (area, then priority).

    ``has_evidence`` are the criterion ids the resume has a story for.
    """
    role = candidate.role
    picked: dict[str, Pick] = {}
    for must in musts:
        _pick_must(bank, candidate, must, picked)
    for focus in candidate.top:
        for question in bank.questions:
            if question.template and role in question.seniorities:
                pick = _template_pick(question, focus, candidate)
                picked.setdefault(pick.id, pick)
        for question in _skill_questions(bank, focus.skill_id, role, picked)[
            :TOP_LANGUAGE_QUESTIONS
        ]:
            picked[question.id] = _skill_pick(question, focus.skill_id, candidate, top=True)
    _pick_stack(bank, candidate, picked)
    _pick_areas(bank, candidate, frozenset(has_evidence), picked)
    chosen = list(picked.values())
    if limit is not None and len(chosen) > limit:
        chosen = _trim(chosen, limit)
    chosen.sort(
        key=lambda p: (_AREA_ORDER[p.question.area], _REASON_ORDER[p.reason], -p.priority, p.id)
    )
    return chosen


def _eligible(question: BankQuestion, role: TargetRole, picked: dict[str, Pick]) -> bool:
    return role in question.seniorities and not question.template and question.id not in picked


def _skill_questions(
    bank: QuestionBank, skill_id: str, role: TargetRole, picked: dict[str, Pick]
) -> list[BankQuestion]:
    """Bank questions on a skill, those where it is the main topic first."""
    found = [q for q in bank.by_skill.get(skill_id, ()) if _eligible(q, role, picked)]
    found.sort(key=lambda q: (q.skills.index(skill_id), -_level_bonus(q, role)))
    return found


def _level_bonus(question: BankQuestion, role: TargetRole) -> float:
    return _LEVEL_BONUS if role in question.seniorities and len(question.seniorities) <= 2 else 0.0


def _pick_must(
    bank: QuestionBank, candidate: Candidate, must: MustHave, picked: dict[str, Pick]
) -> None:
    for skill_id in sorted(must.skill_ids, key=lambda s: (s != must.skill_id, s)):
        questions = _skill_questions(bank, skill_id, candidate.role, picked)
        if questions:
            question = questions[0]
            priority = _PRIORITY[PickReason.MUST_HAVE] + candidate.strength.get(skill_id, 0.0)
            picked[question.id] = Pick(
                question, PickReason.MUST_HAVE, priority, (skill_id,), question.text,
                question.id, must,
            )  # fmt: skip
            return
    if must.missing:
        return  # the gap question covers it
    question = _posting_question(must)
    priority = _PRIORITY[PickReason.MUST_HAVE] + candidate.strength.get(must.skill_id, 0.0)
    picked[question.id] = Pick(
        question, PickReason.MUST_HAVE, priority, (must.skill_id,), question.text, question.id,
        must,
    )  # fmt: skip


def _posting_question(must: MustHave) -> BankQuestion:
    """A question written from a must-have the bank has nothing specific on."""
    from standout.skills.taxonomy import load_taxonomy

    skill = load_taxonomy().skills.get(must.skill_id)
    try:
        area = Area(skill.area) if skill is not None else Area.TECHNICAL_EXPERTISE
    except ValueError:
        area = Area.TECHNICAL_EXPERTISE
    return BankQuestion(
        id=f"posting:{must.skill_id}",
        text=f"The role requires {must.label}. Tell us about the most substantial work you "
        f"have done with {must.name}.",
        area=area,
        kind=QuestionKind.TECHNICAL,
        seniorities=frozenset(TargetRole),
        skills=(must.skill_id,),
        categories=(),
        criteria=(),
        guidance=f"Pick your strongest example with {must.name}: what you built, a decision "
        "you made with it, a problem you hit and how you solved it, and the result in figures.",
    )


def _template_pick(question: BankQuestion, focus: LanguageFocus, candidate: Candidate) -> Pick:
    priority = _PRIORITY[PickReason.TOP_LANGUAGE] + candidate.strength.get(focus.skill_id, 0.0)
    return Pick(
        question,
        PickReason.TOP_LANGUAGE,
        priority,
        (focus.skill_id,),
        question.text.replace(TEMPLATE_SLOT, focus.name),
        f"{question.id}:{focus.skill_id}",
    )


def _skill_pick(
    question: BankQuestion, skill_id: str, candidate: Candidate, *, top: bool = False
) -> Pick:
    reason = PickReason.TOP_LANGUAGE if top else PickReason.STACK
    priority = _PRIORITY[reason] + candidate.strength.get(skill_id, 0.0)
    return Pick(question, reason, priority, (skill_id,), question.text, question.id)


def _pick_stack(bank: QuestionBank, candidate: Candidate, picked: dict[str, Pick]) -> None:
    top = {focus.skill_id for focus in candidate.top}
    budget = STACK_BUDGET
    ranked = sorted(
        (s for s in candidate.strength if s not in top and s in bank.by_skill),
        key=lambda s: (-candidate.strength[s], s),
    )
    for skill_id in ranked:
        if budget <= 0:
            return
        questions = _skill_questions(bank, skill_id, candidate.role, picked)
        if questions:
            picked[questions[0].id] = _skill_pick(questions[0], skill_id, candidate)
            budget -= 1


def _pick_areas(
    bank: QuestionBank,
    candidate: Candidate,
    has_evidence: frozenset[str],
    picked: dict[str, Pick],
) -> None:
    role = candidate.role
    general: dict[Area, list[Pick]] = {}
    designs: list[Pick] = []
    for question in bank.questions:
        if not _eligible(question, role, picked) or question.skills:
            continue
        shown = [s for c in question.categories for s in candidate.by_category.get(c, ())]
        if question.categories and not shown:
            continue
        priority = _PRIORITY[PickReason.AREA] + _level_bonus(question, role)
        priority += _CATEGORY_BONUS if shown else 0.0
        priority += _EVIDENCE_BONUS if has_evidence.intersection(question.criteria) else 0.0
        pick = Pick(
            question, PickReason.AREA, priority, tuple(shown[:3]), question.text, question.id
        )
        if question.kind is QuestionKind.SYSTEM_DESIGN:
            designs.append(pick)
        else:
            general.setdefault(question.area, []).append(pick)
    for picks in general.values():
        for pick in sorted(picks, key=lambda p: -p.priority)[:AREA_QUOTA]:
            picked[pick.id] = pick
    for pick in sorted(designs, key=lambda p: -p.priority)[: DESIGN_QUOTA[role]]:
        picked[pick.id] = pick


def _trim(chosen: list[Pick], limit: int) -> list[Pick]:
    """Must-haves first, then the best remaining question of each area in turn (areas the
    must-haves leave uncovered first)."""
    ordered = sorted(chosen, key=lambda p: (_REASON_ORDER[p.reason], -p.priority, p.id))
    kept = [p for p in ordered if p.reason is PickReason.MUST_HAVE][:limit]
    queues: dict[Area, list[Pick]] = {}
    for pick in ordered:
        if pick.reason is not PickReason.MUST_HAVE:
            queues.setdefault(pick.question.area, []).append(pick)
    covered = {pick.question.area for pick in kept}
    order = sorted(queues, key=lambda area: area in covered)  # stable: best priority first
    queues = {area: queues[area] for area in order}
    while len(kept) < limit and queues:
        for area in list(queues):
            if len(kept) >= limit:
                break
            kept.append(queues[area].pop(0))
            if not queues[area]:
                del queues[area]
    return kept
