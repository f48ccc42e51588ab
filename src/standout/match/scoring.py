"""Scoring a posting's requirements against the resume's evidence (the formula applied)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from standout.match import formula
from standout.match.evidence import ResumeEvidence, Shown
from standout.model.match import EvidenceLevel, RequirementMatch
from standout.model.posting import Importance, Requirement

_LEVEL_WORDS = {
    EvidenceLevel.APPLIED_DATED: "applied in a dated role",
    EvidenceLevel.APPLIED: "applied in a project or an undated role",
    EvidenceLevel.LISTED: "only listed",
    EvidenceLevel.MISSING: "missing",
}


_MUST = Importance.MUST


@dataclass(frozen=True, slots=True)
class Slot:
    """One requirement to score: a skill, or an either-or group of skills. Built once per
    posting, so it carries what every match would otherwise recompute."""

    members: tuple[Requirement, ...]
    lead: Requirement
    importance: Importance
    weight: float
    label: str  # "AWS or GCP or Azure"

    @classmethod
    def of(cls, members: Sequence[Requirement]) -> Slot:
        lead = members[0]
        return cls(
            tuple(members),
            lead,
            lead.importance,
            formula.requirement_weight(lead.importance),
            " or ".join(member.name for member in members),
        )


def slots_of(requirements: Sequence[Requirement]) -> list[Slot]:
    """Requirements grouped: an either-or group of one importance is a single slot."""
    by_id = {r.skill_id: r for r in requirements}
    taken: set[str] = set()
    slots: list[Slot] = []
    for requirement in requirements:
        if requirement.skill_id in taken:
            continue
        members = [requirement]
        for other_id in requirement.alternatives:
            other = by_id.get(other_id)
            if (
                other is not None
                and other_id not in taken
                and other.importance is requirement.importance
                and other is not requirement
            ):
                members.append(other)
        taken.update(m.skill_id for m in members)
        slots.append(Slot.of(members))
    # Must-haves first, each kind in the posting's order.
    return sorted(slots, key=lambda slot: slot.importance is not _MUST)


def _fmt_years(years: float) -> str:
    return f"{years:g}"


def _explain(
    requirement: Requirement,
    shown: Shown | None,
    via_name: str | None,
    level: EvidenceLevel,
    factor: float,
    credit: float,
    alternatives: Sequence[str],
) -> str:
    kind = "Must-have" if requirement.importance is _MUST else "Nice-to-have"
    either = f" (or {', '.join(alternatives)})" if alternatives else ""
    if shown is None:
        return f"{kind} {requirement.name}{either}: missing from the resume, credit 0."
    via = ""
    if shown.implied:
        source = f" by {via_name}" if via_name else " by a related skill"
        via = f", implied{source} (x{formula.IMPLIED_FACTOR:g})"
    text = (
        f"{kind} {requirement.name}{either}: {_LEVEL_WORDS[level]}{via}, "
        f"level credit {formula.LEVEL_CREDIT[level]:g}"
    )
    if requirement.years:
        shown_years = "none shown" if not shown.years else f"{_fmt_years(shown.years)} shown"
        text += (
            f"; {_fmt_years(requirement.years)}+ years asked, {shown_years}, "
            f"years factor {factor:.2f}"
        )
    return f"{text}; credit {credit:.2f}."


_MISSING = EvidenceLevel.MISSING  # read once: class attribute access of a member is slow


def _member_score(
    evidence: ResumeEvidence, requirement: Requirement
) -> tuple[float, Shown | None, EvidenceLevel, float]:
    shown = evidence.shown(requirement.skill_id)
    if shown is None:
        return 0.0, None, _MISSING, formula.years_factor(requirement.years, None)
    factor = formula.years_factor(requirement.years, shown.years)
    credit = formula.requirement_credit(shown.level, shown.implied, factor)
    return credit, shown, shown.level, factor


class Best(NamedTuple):
    """The member of a slot the resume shows best, and how."""

    credit: float
    member: Requirement
    shown: Shown | None
    level: EvidenceLevel
    factor: float


def best_member(evidence: ResumeEvidence, slot: Slot) -> Best:
    best: Best | None = None
    for member in slot.members:
        credit, shown, level, factor = _member_score(evidence, member)
        if best is None or credit > best.credit:
            best = Best(credit, member, shown, level, factor)
    assert best is not None
    return best


def score_slot(evidence: ResumeEvidence, slot: Slot) -> RequirementMatch:
    """The best member of a slot against the resume, with its explanation."""
    credit, member, shown, level, factor = best_member(evidence, slot)
    lead = slot.lead
    others = [m for m in slot.members if m is not lead]
    via_name = None
    if shown is not None and shown.skill_id != member.skill_id:
        source = evidence.by_id.get(shown.skill_id)
        via_name = source.name if source is not None else shown.skill_id
    alternative_names = tuple(m.name for m in others)
    return RequirementMatch(
        skill_id=lead.skill_id,
        name=lead.name,
        importance=lead.importance,
        weight=formula.requirement_weight(lead.importance),
        level=level,
        matched_skill_id=shown.skill_id if shown else None,
        implied=bool(shown and shown.implied),
        credit=credit,
        years_required=member.years,
        years_shown=shown.years if shown else None,
        years_factor=factor,
        resume_lines=shown.lines if shown else (),
        posting_line=lead.statement.line,
        alternatives=tuple(m.skill_id for m in others),
        alternative_names=alternative_names,
        explanation=_explain(member, shown, via_name, level, factor, credit, alternative_names),
    )


# The slots of the postings matched lately, keyed by the requirements tuple's identity (the
# tuple is kept alive beside them, so that the id can't be reused while cached).
_SLOTS: dict[int, tuple[Sequence[Requirement], list[Slot]]] = {}


def _cached_slots(requirements: Sequence[Requirement]) -> list[Slot]:
    cached = _SLOTS.get(id(requirements))
    if cached is not None and cached[0] is requirements:
        return cached[1]
    if len(_SLOTS) >= 32:
        _SLOTS.clear()
    slots = slots_of(requirements)
    _SLOTS[id(requirements)] = (requirements, slots)
    return slots


def slot_credits(
    evidence: ResumeEvidence, requirements: Sequence[Requirement]
) -> list[tuple[Slot, Best]]:
    """Each slot's best member alone: what ranking needs, without building explanations."""
    return [(slot, best_member(evidence, slot)) for slot in _cached_slots(requirements)]


def score_requirements(
    evidence: ResumeEvidence, requirements: Sequence[Requirement]
) -> list[RequirementMatch]:
    return [score_slot(evidence, slot) for slot in _cached_slots(requirements)]
