"""Match results as standalone HTML, on the shared base page (inline CSS, no scripts)."""

from __future__ import annotations

from typing import Any

from standout.model.match import Match, PostingRanking, ResumeRanking
from standout.render.html import render_page
from standout.render.svg import Bar, horizontal_bar_chart


def render_match_html(match: Match) -> str:
    applicable = [c for c in match.breakdown if c.applicable]
    chart = horizontal_bar_chart(
        [Bar(c.title, round(100 * c.credit)) for c in applicable],
        title="Credit per component, out of 100",
        description="; ".join(f"{c.title} {round(100 * c.credit)}" for c in applicable),
        chart_id="match-components",
    )
    return render_page("match.html.j2", match=match, chart=chart)


def render_posting_ranking_html(ranking: PostingRanking) -> str:
    rows: list[dict[str, Any]] = [
        {
            "rank": row.rank,
            "score": row.score,
            "label": row.title or "Untitled posting",
            "detail": row.source,
            "shown": None,
            "missing": ", ".join(row.missing_must) or "none",
            "error": None,
        }
        for row in ranking.rows
    ]
    return render_page(
        "match_ranking.html.j2",
        title="Postings ranked",
        meta=f"Resume: {ranking.resume_source}",
        headers=["#", "Score", "Posting", "Must-haves missing"],
        rows=rows,
    )


def render_resume_ranking_html(ranking: ResumeRanking) -> str:
    rows: list[dict[str, Any]] = []
    for row in ranking.rows:
        rows.append(
            {
                "rank": row.rank,
                "score": row.score if row.error_code is None else row.error_code,
                "label": row.name or row.source,
                "detail": row.source if row.name else "",
                "shown": ", ".join(row.matched_must) or "none",
                "missing": ", ".join(row.missing_must) or "none",
                "error": row.error,
            }
        )
    title = ranking.posting_title or ranking.posting_source
    return render_page(
        "match_ranking.html.j2",
        title=f"Resumes ranked for {title}",
        meta=f"Posting: {ranking.posting_source} · {len(ranking.rows) - ranking.failed} ranked, "
        f"{ranking.failed} could not be read",
        headers=["#", "Score", "Resume", "Must-haves shown", "Must-haves missing"],
        rows=rows,
    )
