"""Match results as Markdown: headings and tables; every piece of input text is escaped."""

from __future__ import annotations

from standout.model.match import Match, PostingRanking, ResumeRanking
from standout.render.markdown import escape_markdown, markdown_table
from standout.render.text import format_gain, line_ref


def _list(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items) if items else "None."


def render_match_markdown(match: Match) -> str:
    title = escape_markdown(match.posting_title or "Untitled posting")
    blocks = [
        f"# Match: {title}",
        f"**Score: {match.score}/100** · resume `{match.resume_source}` · posting "
        f"`{match.posting_source}`",
        "## Score breakdown",
        markdown_table(
            ("Component", "Points", "Why"),
            (
                (c.title, f"{c.points:.1f} / {c.max_points:.1f}", escape_markdown(c.explanation))
                for c in match.breakdown
                if c.applicable
            ),
            align=("left", "right", "left"),
        ),
        "## Requirements",
        markdown_table(
            ("Skill", "Importance", "Evidence", "Credit", "Resume lines"),
            (
                (
                    escape_markdown(m.label),
                    m.importance.value,
                    m.level.value.replace("_", " "),
                    f"{m.credit:.2f}",
                    ", ".join(str(n) for n in m.resume_lines) or "-",
                )
                for m in match.requirements
            ),
            align=("left", "left", "left", "right", "left"),
        ),
        "## Must-haves missing",
        _list([escape_markdown(m.label) for m in match.missing_must]),
        "## Nice-to-haves missing",
        _list([escape_markdown(m.label) for m in match.missing_nice]),
        "## Only listed: show them in use",
        _list(
            [
                f"**{escape_markdown(s.name)}**: "
                + (
                    f"add a bullet under “{escape_markdown(s.role)}” ({line_ref(s.role_line)})"
                    if s.role
                    else "show it in a project"
                )
                + (f", beside {escape_markdown(', '.join(s.related))}" if s.related else "")
                + f" ({format_gain(s.gain)})"
                for s in match.listed_only
            ]
        ),
        "## Years short of the ask",
        _list(
            [
                f"{escape_markdown(g.name)}: {g.required:g}+ asked, "
                f"{'none' if g.shown is None else f'{g.shown:g}'} shown"
                for g in match.years_gaps
            ]
        ),
        "## Posting terms your resume never uses",
        _list([f"{escape_markdown(t.text)} ({t.count})" for t in match.missing_terms]),
        "## What to change, most points first",
        "\n".join(
            f"{a.rank}. {escape_markdown(a.text)}"
            + (f" **{format_gain(a.gain)}**" if a.gain > 0 else "")
            + f" ({line_ref(a.line) if a.line is not None else a.section or 'whole resume'})"
            for a in match.advice
        )
        or "Nothing to change.",
    ]
    if match.warnings:
        blocks += ["## Warnings", _list([escape_markdown(w) for w in match.warnings])]
    return "\n\n".join(blocks) + "\n"


def render_posting_ranking_markdown(ranking: PostingRanking) -> str:
    table = markdown_table(
        ("#", "Score", "Posting", "File", "Must-haves missing"),
        (
            (
                str(row.rank),
                str(row.score),
                escape_markdown(row.title or "Untitled posting"),
                f"`{row.source}`",
                escape_markdown(", ".join(row.missing_must)) or "none",
            )
            for row in ranking.rows
        ),
        align=("right", "right", "left", "left", "left"),
    )
    return f"# Postings ranked for `{ranking.resume_source}`\n\n{table}\n"


def render_resume_ranking_markdown(ranking: ResumeRanking) -> str:
    rows = []
    for row in ranking.rows:
        who = escape_markdown(row.name) + f" (`{row.source}`)" if row.name else f"`{row.source}`"
        if row.error_code is not None:
            rows.append(("-", row.error_code, who, "", escape_markdown(row.error or "")))
            continue
        rows.append(
            (
                str(row.rank),
                str(row.score),
                who,
                escape_markdown(", ".join(row.matched_must)) or "none",
                escape_markdown(", ".join(row.missing_must)) or "none",
            )
        )
    table = markdown_table(
        ("#", "Score", "Resume", "Must-haves shown", "Must-haves missing"),
        rows,
        align=("right", "right", "left", "left", "left"),
    )
    title = escape_markdown(ranking.posting_title or ranking.posting_source)
    summary = f"{len(ranking.rows) - ranking.failed} ranked, {ranking.failed} could not be read."
    return f"# Resumes ranked for {title}\n\n{summary}\n\n{table}\n"
