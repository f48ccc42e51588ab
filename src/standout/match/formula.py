"""The match formula: every constant and every rule, in one place (see docs/matching.md).

    score = 100 x sum(W_c x credit_c) / sum(W_c)     over the components that apply

Components and their weights ``W_c``:

- skills (70): the weighted mean of the requirements' credits, a must-have weighing 3 and
  a nice-to-have 1; an either-or group ("AWS, GCP or Azure") is one requirement. The
  breakdown shows it as two lines, must-haves and nice-to-haves, whose points add up.
- years (15): overall experience from the resume's dated roles against the years the
  posting asks for, ``min(1, shown / asked)``. Applies when the posting states years.
- seniority (10): the candidate's level against the posting's, 1 at or above it, 0.5 one
  step below, 0 further down. Applies when the posting's level is known.
- degree (5 when required, 2 when preferred): 1 when the resume shows the degree level,
  0.75 when the posting accepts equivalent experience instead, else 0.

A requirement's credit is ``level x implication x years``:

- level: 1.0 applied in a dated role (a bullet or the title of a role with dates), 0.8
  applied in a project or an undated role, 0.5 only listed (skills section, summary,
  certification), 0 missing;
- implication: 0.9 when only a skill that implies it shows it (Django shows Python), else 1;
- years, when the posting asks for years of that skill: ``0.5 + 0.5 x min(1, shown /
  asked)``; years shown are the years of use from dated roles, else the years the skills
  section declares, else none (factor 0.5).
"""

from __future__ import annotations

from collections.abc import Sequence

from standout.model.match import EvidenceLevel
from standout.model.posting import DEGREE_RANK, SENIORITY_RANK, DegreeLevel, Importance, Seniority

SKILLS_WEIGHT = 70.0
YEARS_WEIGHT = 15.0
SENIORITY_WEIGHT = 10.0
DEGREE_WEIGHT = 5.0
DEGREE_PREFERRED_WEIGHT = 2.0

MUST_WEIGHT = 3.0
NICE_WEIGHT = 1.0

LEVEL_CREDIT: dict[EvidenceLevel, float] = {
    EvidenceLevel.APPLIED_DATED: 1.0,
    EvidenceLevel.APPLIED: 0.8,
    EvidenceLevel.LISTED: 0.5,
    EvidenceLevel.MISSING: 0.0,
}
IMPLIED_FACTOR = 0.9
YEARS_FLOOR = 0.5  # the years factor when none are shown

SENIORITY_ONE_BELOW = 0.5
DEGREE_EQUIVALENT = 0.75


# Enum members read through their class cost ~0.3 us each on CPython 3.11; the functions
# below run for every requirement of every resume ranked, so they use these names instead.
_MUST = Importance.MUST


def requirement_weight(importance: Importance) -> float:
    return MUST_WEIGHT if importance is _MUST else NICE_WEIGHT


def years_factor(required: float | None, shown: float | None) -> float:
    """Partial credit for years of a skill: 0.5 with none shown, 1 at or above the ask."""
    if not required:
        return 1.0
    if not shown or shown <= 0:
        return YEARS_FLOOR
    return YEARS_FLOOR + (1.0 - YEARS_FLOOR) * min(1.0, shown / required)


def requirement_credit(level: EvidenceLevel, implied: bool, factor: float) -> float:
    return LEVEL_CREDIT[level] * (IMPLIED_FACTOR if implied else 1.0) * factor


def experience_credit(required: float, shown: float | None) -> float:
    if required <= 0:
        return 1.0
    if not shown:
        return 0.0
    return min(1.0, shown / required)


def seniority_credit(posting: Seniority, candidate: Seniority | None) -> float:
    """1 at or above the posting's level, 0.5 one step below, 0 further; 0.5 when unknown."""
    if candidate is None:
        return SENIORITY_ONE_BELOW
    gap = SENIORITY_RANK[posting] - SENIORITY_RANK[candidate]
    if gap <= 0:
        return 1.0
    return SENIORITY_ONE_BELOW if gap == 1 else 0.0


def degree_credit(required: DegreeLevel, found: DegreeLevel | None, equivalent: bool) -> float:
    if found is not None and DEGREE_RANK[found] >= DEGREE_RANK[required]:
        return 1.0
    return DEGREE_EQUIVALENT if equivalent else 0.0


def skills_share(weights: Sequence[float], credits: Sequence[float]) -> float:
    """The skills component's credit: the weighted mean of the requirements' credits."""
    total = sum(weights)
    return sum(w * c for w, c in zip(weights, credits, strict=True)) / total if total else 0.0


def points_per_unit(component_weight: float, applicable_total: float) -> float:
    """Score points a component earns per unit of credit."""
    return 100.0 * component_weight / applicable_total if applicable_total else 0.0
