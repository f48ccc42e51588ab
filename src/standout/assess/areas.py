"""Score one criterion, and one area, from the evidence in a ``ResumeContext``.

A criterion collects *pieces of evidence*, each worth a credit:

* a skill of the criterion's categories (or ids): 1.0 when applied in a role or project,
  ``listed_credit`` (0.5) when only listed; with a ``years`` target, times
  min(1, years of use / target) (0.5 when no dated role mentions it);
* a phrase of the criterion on a line: 1.0 in a role, project or other body section,
  ``claimed_credit`` (0.5) in the header, summary or skills list;
* a section or a link the criterion names: 1.0;
* a bullet with a measured outcome (of the named impact kinds): 1.0.

With ``require_outcome`` only bullets that state an outcome count. Pieces are distinct by
skill, line (or phrase group, for ``count_by: group``), section or link; the best credit of
each counts once. Then

    satisfied = min(1, Σ credits / need)

except for ``bullet_share``, where satisfied = min(1, share of bullets with an outcome /
target share). An area's score is round(100 × Σ wᵢ·satisfiedᵢ / Σ wᵢ) over the criteria
whose weight for the target role is above zero.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple, cast

from standout.assess.context import ResumeContext
from standout.assess.framework import AreaDefinition, Criterion
from standout.model._build import constructor
from standout.model.report import BulletCheck, CriterionResult, EvidenceItem
from standout.model.skills import SkillEvidence

MAX_EVIDENCE = 5  # per criterion in the report; the explanation counts them all
_LABELLED = 3  # pieces named in an explanation
_NOTHING = "Nothing in the resume shows this yet."


class _Piece(NamedTuple):
    """One piece of evidence; the report's EvidenceItem is built only for those shown."""

    credit: float
    line: int
    label: str  # "PostgreSQL", "“schema”", "the Talks section"
    note: str = ""  # ", listed only", ", 5.3 years in dated roles (4 expected)"
    skill_id: str | None = None
    text: str | None = None  # evidence text when it is not the line's text (a link's URL)
    quoted: bool = False  # a phrase or figure as written: shown in quotes


class ScoredCriterion(NamedTuple):
    criterion: Criterion
    result: CriterionResult
    weight: float
    listed_skill: SkillEvidence | None  # a skill that would earn full credit once applied


# C-level sort keys (no Python call per piece); see _strongest_first for the order
_by_credit = itemgetter(0)
_by_line = itemgetter(1)
_by_line_and_label = itemgetter(1, 2)
_evidence_key = itemgetter(1, 4, 5)  # (line, skill id, text): see ResumeContext.evidence_of
_new_tuple = tuple.__new__  # a named tuple without the Python-level __new__ in between
_criterion_result = constructor(CriterionResult)


def _strongest_first(pieces: Iterable[_Piece]) -> list[_Piece]:
    """Highest credit first, then by line and label: two stable sorts (a reversed sort
    keeps equal items in order), the same order as a key of (-credit, line, label)."""
    ordered = sorted(pieces, key=_by_line_and_label)
    ordered.sort(key=_by_credit, reverse=True)
    return ordered


@dataclass(frozen=True, slots=True)
class ScoredArea:
    definition: AreaDefinition
    criteria: tuple[ScoredCriterion, ...]
    exact: float  # the unrounded score, 0-100

    @property
    def score(self) -> int:
        return round(self.exact)


_scored_area = constructor(ScoredArea)


def score_area(definition: AreaDefinition, context: ResumeContext) -> ScoredArea:
    scored = tuple([score_criterion(c, context) for c in definition.criteria])
    total = weighted = 0.0
    for criterion in scored:  # 100 × Σ w·s / Σ w over the criteria with w > 0
        if criterion.weight > 0:
            total += criterion.weight
            weighted += criterion.weight * criterion.result.satisfied
    return _scored_area(definition, scored, 100.0 * weighted / total if total > 0 else 0.0)


def score_criterion(criterion: Criterion, context: ResumeContext) -> ScoredCriterion:
    role = context.role
    weight = criterion.weights[role]
    listed_skill: SkillEvidence | None = None
    pieces: dict[object, _Piece] = {}
    if criterion.bullet_share is not None:
        satisfied, explanation = _bullet_share(criterion, context, pieces)
        ordered = list(pieces.values())
    else:
        if criterion.skill_categories or criterion.skill_ids or criterion.skill_prefixes:
            listed_skill = _skill_pieces(criterion, context, pieces)
        if criterion.has_phrases:
            _phrase_pieces(criterion, context, pieces)
        if criterion.sections or criterion.links:
            _section_and_link_pieces(criterion, context, pieces)
        if criterion.bullet_outcome or criterion.bullet_impacts:
            _bullet_pieces(criterion, context, pieces)
        if pieces:
            need = criterion.needs[role]
            total = sum(map(_by_credit, pieces.values()))
            satisfied = min(1.0, total / need) if need > 0 else 1.0
            ordered = _strongest_first(pieces.values()) if len(pieces) > 1 else [*pieces.values()]
            explanation = _explain(total, need, ordered)
        else:
            satisfied, ordered, explanation = 0.0, [], _NOTHING
    if weight <= 0:
        explanation = (
            f"Not expected for a {role.value} role, so it does not count here. {explanation}"
        )
    evidence: tuple[EvidenceItem, ...] = ()
    if ordered:
        shown = ordered[:MAX_EVIDENCE]
        if len(shown) > 1:
            shown.sort(key=_by_line)
        evidence = context.evidence_of(map(_evidence_key, shown))
    if 0.0 < satisfied < 1.0:  # round() is slow, and most criteria are fully met or not at all
        satisfied = round(satisfied, 3)
    result = _criterion_result(
        criterion.key, criterion.description, weight, satisfied, evidence, explanation
    )
    return _new_tuple(ScoredCriterion, (criterion, result, weight, listed_skill))


def _keep_best(pieces: dict[object, _Piece], key: object, piece: _Piece) -> None:
    current = pieces.get(key)
    if current is None or piece.credit > current.credit:
        pieces[key] = piece


def _candidates(criterion: Criterion, context: ResumeContext) -> list[SkillEvidence]:
    candidates: list[SkillEvidence] = []
    for category in criterion.skill_categories:
        candidates.extend(context.skills_by_category.get(category, ()))
    if criterion.skill_ids:
        known = {s.skill_id for s in candidates}
        for skill_id in criterion.skill_ids:
            skill = context.skills.get(skill_id) if skill_id not in known else None
            if skill is not None:
                candidates.append(skill)
    if criterion.skill_prefixes:
        known = {s.skill_id for s in candidates}
        candidates.extend(
            s
            for s in _skills_with_prefix(context, criterion.skill_prefixes)
            if s.skill_id not in known
        )
    return candidates


def _skills_with_prefix(
    context: ResumeContext, prefixes: tuple[str, ...]
) -> tuple[SkillEvidence, ...]:
    """The resume's skills whose id starts with one of ``prefixes`` ("aws-"): several
    criteria ask, so the scan over every skill is made once per resume."""
    key = ("prefixes", prefixes)
    found = context.memo.get(key)
    if found is None:
        found = context.memo[key] = tuple(
            s for s in context.skills.skills if s.skill_id.startswith(prefixes)
        )
    return cast(tuple[SkillEvidence, ...], found)


def _skill_pieces_made(context: ResumeContext, listed_credit: float) -> dict[str, _Piece]:
    """Skill id -> the skill's piece before any years factor, for one listed credit: the
    same for every criterion, so each is made once per resume (see _skill_piece)."""
    key = ("skill pieces", listed_credit)
    made = context.memo.get(key)
    if made is None:
        made = context.memo[key] = {}
    return cast(dict[str, _Piece], made)


def _skill_piece(context: ResumeContext, skill: SkillEvidence, listed_credit: float) -> _Piece:
    applied_lines = context.applied_lines.get(skill.skill_id, ())
    line = applied_lines[0] if applied_lines else skill.evidence[0].line
    if skill.applied:
        return _Piece(1.0, line, skill.name, "", skill.skill_id)
    return _Piece(listed_credit, line, skill.name, ", listed only", skill.skill_id)


def _skill_pieces(
    criterion: Criterion, context: ResumeContext, pieces: dict[object, _Piece]
) -> SkillEvidence | None:
    listed_skill: SkillEvidence | None = None
    listed_line = 0
    excluded = criterion.skill_exclude
    listed_credit = criterion.listed_credit
    made = _skill_pieces_made(context, listed_credit)
    years = criterion.years
    for skill in _candidates(criterion, context):
        skill_id = skill.skill_id
        if skill_id in excluded or skill_id in pieces:
            continue
        if criterion.require_outcome:
            for line in context.applied_lines.get(skill_id, ()):
                if _has_outcome(context, line):
                    pieces[skill_id] = _Piece(1.0, line, skill.name, "", skill_id)
                    break
            continue
        piece = made.get(skill_id)
        if piece is None:
            piece = made[skill_id] = _skill_piece(context, skill, listed_credit)
        if years is not None:
            factor, years_note = _years_factor(skill, years[context.role])
            piece = _Piece(  # not _replace: that is a slow Python-level method
                piece.credit * factor,
                piece.line,
                piece.label,
                f"{piece.note}, {years_note}",
                piece.skill_id,
                piece.text,
                piece.quoted,
            )
        if not skill.applied and (listed_skill is None or piece.line < listed_line):
            listed_skill, listed_line = skill, piece.line
        pieces[skill_id] = piece
    return listed_skill


def _years_factor(skill: SkillEvidence, target: float) -> tuple[float, str]:
    if skill.years_of_use is not None:
        years, source = skill.years_of_use, "in dated roles"
    elif skill.declared_years is not None:
        years, source = skill.declared_years, "declared"
    else:
        return 0.5, f"no dated role (half credit; {target:g} years expected)"
    factor = min(1.0, years / target) if target > 0 else 1.0
    return factor, f"{years:.1f} years {source} ({target:g} expected)"


def _has_outcome(context: ResumeContext, line: int) -> bool:
    check = context.bullet_by_line.get(line)
    return check is not None and check.has_outcome


def _phrase_pieces(
    criterion: Criterion, context: ResumeContext, pieces: dict[object, _Piece]
) -> None:
    by_group = criterion.count_by_group
    require_outcome = criterion.require_outcome
    line_credit = context.line_credit  # context.credit, inlined: this loop is hot
    lines = len(line_credit)
    for line, group, matched in context.phrase_finds.get(criterion.key, ()):
        if require_outcome:
            if not _has_outcome(context, line):
                continue
            credit = 1.0
        else:
            credit = line_credit[line] if 0 < line < lines else 0.0
        key = ("group", group) if by_group else line
        current = pieces.get(key)
        if current is None or credit > current.credit:
            note = "" if credit >= 1.0 else ", claimed only"
            pieces[key] = _new_tuple(_Piece, (credit, line, matched, note, None, None, True))


def _section_and_link_pieces(
    criterion: Criterion, context: ResumeContext, pieces: dict[object, _Piece]
) -> None:
    for kind in criterion.sections:
        section = context.sections.get(kind)
        if section is not None:
            line = section.heading_line or section.first_line
            name = section.heading or kind.value
            piece = _Piece(1.0, line, f"the {name} section", text=context.line_text(line) or name)
            _keep_best(pieces, ("section", kind), piece)
    for link_kind in criterion.links:
        link = context.links.get(link_kind)
        if link is not None:
            piece = _Piece(1.0, link.span.line, link.url, text=link.url)
            _keep_best(pieces, ("link", link_kind), piece)


def _bullet_pieces(
    criterion: Criterion, context: ResumeContext, pieces: dict[object, _Piece]
) -> None:
    impacts = criterion.bullet_impacts
    for check, piece in _outcome_pieces(context):
        if (not impacts or not impacts.isdisjoint(check.impacts)) and check.line not in pieces:
            pieces[check.line] = piece


def _outcome_pieces(context: ResumeContext) -> list[tuple[BulletCheck, _Piece]]:
    """Bullets with an outcome and their pieces, made once per resume."""
    found = context.memo.get("outcome_pieces")
    if found is None:
        found = context.memo["outcome_pieces"] = [
            (check, _Piece(1.0, check.line, check.outcomes[0], quoted=True))
            for check in context.bullets
            if check.has_outcome
        ]
    return cast(list[tuple[BulletCheck, _Piece]], found)


def _bullet_share(
    criterion: Criterion, context: ResumeContext, pieces: dict[object, _Piece]
) -> tuple[float, str]:
    assert criterion.bullet_share is not None
    target = criterion.bullet_share[context.role]
    bullets = context.bullets
    with_outcome = _outcome_pieces(context)
    for check, piece in with_outcome:
        pieces[check.line] = piece
    if not bullets:
        return 0.0, "The resume has no role or project bullets to check."
    share = len(with_outcome) / len(bullets)
    satisfied = min(1.0, share / target) if target > 0 else 1.0
    explanation = (
        f"{len(with_outcome)} of {len(bullets)} bullets ({share:.0%}) state a measurable "
        f"outcome; {target:.0%} earns full credit."
    )
    return satisfied, explanation


def _explain(total: float, need: float, ordered: list[_Piece]) -> str:
    labels = [
        f"“{p.label}” (line {p.line}{p.note})" if p.quoted else f"{p.label} (line {p.line}{p.note})"
        for p in ordered[:_LABELLED]
    ]
    shown = "; ".join(labels)
    if len(ordered) > _LABELLED:
        shown = f"{shown}; and {len(ordered) - _LABELLED} more"
    if total >= need and need <= 1:  # the common case: no amounts to format
        return f"Shown by {shown}."
    amount = f"{total:.2g}" if total != int(total) else f"{int(total)}"
    if total >= need:
        return f"Shown by {shown} ({amount} of the {need:g} needed)."
    return f"Partly shown by {shown}: {amount} of the {need:g} needed."
