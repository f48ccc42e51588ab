"""The wording helpers every format shares (#4)."""

from __future__ import annotations

from standout.render.text import (
    ScoreLevel,
    format_gain,
    format_years,
    line_ref,
    lines_ref,
    score_bar,
    score_level,
    truncate,
)


def test_truncate() -> None:
    assert truncate("short", 10) == "short"
    assert truncate("a  b\nc", 10) == "a b c"
    assert truncate("abcdefghij", 5) == "abcd…"
    assert len(truncate("word " * 50, 33)) == 33
    assert truncate("anything", 0) == ""


def test_score_bar() -> None:
    assert score_bar(0, 10) == "░" * 10
    assert score_bar(100, 10) == "█" * 10
    assert score_bar(58, 10) == "██████░░░░"
    assert score_bar(140, 4) == "████"
    assert score_bar(-3, 4) == "░░░░"


def test_score_level_thresholds() -> None:
    assert score_level(75) is ScoreLevel.GOOD
    assert score_level(74) is ScoreLevel.FAIR
    assert score_level(50) is ScoreLevel.FAIR
    assert score_level(49) is ScoreLevel.POOR


def test_years_lines_and_gain() -> None:
    assert format_years(None) == "unknown"
    assert format_years(1) == "1 year"
    assert format_years(2.94) == "2.9 years"
    assert format_years(5.0) == "5 years"
    assert line_ref(12) == "line 12"
    assert line_ref(None) == "whole resume"
    assert lines_ref(()) == "whole resume"
    assert lines_ref((3,)) == "line 3"
    assert lines_ref((3, 9)) == "lines 3, 9"
    assert format_gain(4.25) == "+4.2"
