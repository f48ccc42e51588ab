"""Small text helpers every output format shares: truncation, score bars, levels, years.

They are generic on purpose: the match and prep outputs use them as well as the report.
"""

from __future__ import annotations

from enum import StrEnum

ELLIPSIS = "…"
BAR_FULL = "█"
BAR_EMPTY = "░"


class ScoreLevel(StrEnum):
    """How a 0-100 score reads at a glance; the outputs colour by it."""

    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"


# A score of 75 shows most of what the guide asks for; under 50 it shows less than half.
GOOD_FROM = 75
FAIR_FROM = 50


def score_level(score: float) -> ScoreLevel:
    if score >= GOOD_FROM:
        return ScoreLevel.GOOD
    if score >= FAIR_FROM:
        return ScoreLevel.FAIR
    return ScoreLevel.POOR


def truncate(text: str, width: int) -> str:
    """``text`` on one line, cut to at most ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    if width <= 0:
        return ""
    if len(flat) <= width:
        return flat
    return flat[: width - 1].rstrip() + ELLIPSIS


def score_bar(score: float, width: int = 20, *, maximum: float = 100) -> str:
    """A bar of ``width`` cells, filled in proportion to ``score`` (rounded to a cell)."""
    share = min(max(score / maximum, 0.0), 1.0) if maximum > 0 else 0.0
    filled = round(share * width)
    return BAR_FULL * filled + BAR_EMPTY * (width - filled)


def format_years(years: float | None) -> str:
    """``5.5`` -> ``"5.5 years"``, ``1`` -> ``"1 year"``, None -> ``"unknown"``."""
    if years is None:
        return "unknown"
    rounded = round(years, 1)
    number = f"{rounded:g}"
    return f"{number} year" if rounded == 1 else f"{number} years"


def line_ref(line: int | None) -> str:
    """How outputs point at a resume line: ``"line 12"``, or ``"whole resume"``."""
    return f"line {line}" if line is not None else "whole resume"


def lines_ref(lines: tuple[int, ...]) -> str:
    if not lines:
        return "whole resume"
    if len(lines) == 1:
        return f"line {lines[0]}"
    return "lines " + ", ".join(str(n) for n in lines)


def format_gain(gain: float) -> str:
    """Readiness points a fix would add, signed: ``"+4.5"``."""
    return f"+{gain:.1f}"
