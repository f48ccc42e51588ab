"""The overall readiness score and what a fix would add to it.

    readiness = clamp(round(Σₐ Wₐ·scoreₐ / Σₐ Wₐ − penalty), 0, 100)

where Wₐ is area a's weight for the target role (``role_area_weights`` in the framework
data), scoreₐ the area's 0-100 score, and penalty the sum over failed document checks of
3 points per high-severity and 1 per medium-severity failure (low: 0), capped at 15.

A fix's *gain* is how much readiness would rise if it were made: the criterion re-scored
as fully satisfied (or the failed check passed) and the formula applied again. Gains use
the unrounded area scores, so a small criterion still shows its share of a point.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from standout.assess.framework import Framework
from standout.model.report import DocumentCheck, TargetRole
from standout.model.skills import Area


def document_penalty(checks: Iterable[DocumentCheck], framework: Framework) -> float:
    total = sum(framework.penalties.get(c.severity, 0.0) for c in checks if not c.passed)
    return min(framework.max_penalty, total)


def weighted_mean(scores: Mapping[Area, float], weights: Mapping[Area, float]) -> float:
    total = sum(weights[area] for area in scores)
    if total <= 0:
        return 0.0
    return sum(weights[area] * score for area, score in scores.items()) / total


def readiness_score(
    area_scores: Mapping[Area, int], penalty: float, framework: Framework, role: TargetRole
) -> int:
    mean = weighted_mean(
        {a: float(s) for a, s in area_scores.items()}, framework.area_weights[role]
    )
    return max(0, min(100, round(mean - penalty)))
