"""What every human-readable format shows, decided once (#4)."""

from __future__ import annotations

from dataclasses import replace

from sample_report import sample_report

from standout.model.report import EvidenceItem
from standout.render.view import (
    area_reason,
    build_view,
    bullet_issues,
    bullets_needing_work,
    unique_evidence,
)


def test_unique_evidence_keeps_one_item_per_line_and_text_in_line_order() -> None:
    items = (
        EvidenceItem("Built X in Go", 12, "go"),
        EvidenceItem("Built X in Go", 12, "grpc"),
        EvidenceItem("Python", 3, "python"),
    )
    assert unique_evidence(items) == (items[2], items[0])


def test_area_reason_names_the_first_missing_item_and_counts_the_rest() -> None:
    report = sample_report()
    security = next(a for a in report.areas if a.title == "Security")
    assert area_reason(security) == "Missing: encryption (+2 more)"
    results = next(a for a in report.areas if a.title == "Productivity and results")
    assert area_reason(results) == "4 lines show it."
    assert area_reason(replace(results, criteria=())) == "Every criterion is shown."


def test_bullet_issues_say_short_or_long_and_name_weak_phrases() -> None:
    bullets = {b.line: b for b in sample_report().bullets}
    assert bullet_issues(bullets[10]) == ("no measurable outcome", 'weak phrase "responsible for"')
    assert bullet_issues(bullets[13]) == (
        "no measurable outcome",
        'weak verb "Leveraged"',
        "too long (24 words): keep it to two lines",
        "buzzwords: synergies, best-in-class",
    )
    short = replace(bullets[18], length_ok=False, word_count=4)
    assert "too short (4 words): say what changed" in bullet_issues(short)
    assert bullet_issues(bullets[9]) == ()


def test_bullets_needing_work_weakest_first_without_good_ones() -> None:
    rows = bullets_needing_work(sample_report().bullets)
    assert [row.line for row in rows] == [13, 18, 10, 12, 21]


def test_view_orders_areas_weakest_first_and_fixes_by_rank() -> None:
    view = build_view(sample_report())
    assert [a.score for a in view.areas] == sorted(a.score for a in view.areas)
    assert [f.rank for f in view.fixes] == [1, 2, 3, 4, 5]
    assert view.fixes[1].line_text is None and view.fixes[0].line_text is not None
    assert [c.severity.value for c in view.failed_checks] == ["high", "medium", "low"]
    assert view.passed_check_count == 2
