"""The report as Markdown: the terminal's content as headings and tables, plus area detail.

``markdown_table`` and ``escape_markdown`` are the general pieces other Markdown outputs
reuse. Every piece of resume text is escaped, so that a resume can't inject links, HTML or
table breaks into the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from standout.model.report import AreaScore, Report
from standout.render.text import (
    format_gain,
    format_years,
    line_ref,
    lines_ref,
    score_bar,
)
from standout.render.view import ReportView, build_view, unique_evidence

# CommonMark lets a backslash escape any ASCII punctuation; these are the ones that start
# markup inside a line (emphasis, code, links, HTML, tables, headings at a line start).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!~])")


def escape_markdown(text: str) -> str:
    """``text`` as literal Markdown on one line: markup characters backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def markdown_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    align: Sequence[str] | None = None,
) -> str:
    """A pipe table. Cells are used as given (escape resume text first); ``align`` holds
    "left", "right" or "center" per column."""
    marks = {"left": "---", "right": "--:", "center": ":-:"}
    rule = [marks[a] for a in align] if align else ["---"] * len(headers)
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(cell.replace("\n", " ") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(report: Report) -> str:
    view = build_view(report)
    blocks = [
        f"# Resume positioning: {escape_markdown(view.name)}",
        _summary(view),
        "## Area scores",
        markdown_table(
            ("Area", "Score", "", "Why"),
            (
                (
                    escape_markdown(a.title),
                    str(a.score),
                    score_bar(a.score, 10),
                    escape_markdown(a.reason),
                )
                for a in view.areas
            ),
            align=("left", "right", "left", "left"),
        ),
    ]
    blocks += _fixes(view)
    blocks += _bullets(view)
    blocks += _languages(view)
    blocks += _checks(view)
    blocks += ["## Areas in detail"] + [_area_detail(area) for area in view.details]
    return "\n\n".join(blocks) + "\n"


def _summary(view: ReportView) -> str:
    return "\n".join(
        (
            f"- **Readiness:** {view.readiness}/100 `{score_bar(view.readiness, 20)}`",
            f"- **Target role:** {view.role} backend role",
            f"- **Resume:** {escape_markdown(view.source)}",
            f"- **Reference date:** {view.reference_date.isoformat()}",
        )
    )


def _fixes(view: ReportView) -> list[str]:
    if not view.fixes:
        return []
    rows = []
    for fix in view.fixes:
        where = line_ref(fix.line)
        if fix.line_text:
            where += f": “{escape_markdown(fix.line_text)}”"
        rows.append(
            (
                str(fix.rank),
                escape_markdown(fix.text),
                where,
                escape_markdown(fix.area_title or ""),
                format_gain(fix.gain),
            )
        )
    return [
        "## Top fixes",
        markdown_table(
            ("#", "Fix", "Where", "Area", "Gain"),
            rows,
            align=("right", "left", "left", "left", "right"),
        ),
    ]


def _bullets(view: ReportView) -> list[str]:
    if not view.bullets:
        return []
    rows = (
        (
            str(b.line),
            escape_markdown(b.text),
            escape_markdown("; ".join(b.issues)),
            escape_markdown(b.suggestion or ""),
        )
        for b in view.bullets
    )
    return [
        "## Bullets needing work",
        f"{len(view.bullets)} of {view.bullet_count} bullets.",
        markdown_table(
            ("Line", "Bullet", "Issues", "Suggested pattern"),
            rows,
            align=("right", "left", "left", "left"),
        ),
    ]


def _languages(view: ReportView) -> list[str]:
    if not view.languages:
        return []
    blocks = ["## Top languages and frameworks"]
    for language in view.languages:
        facts = f"{format_years(language.years_of_use)} in dated roles"
        if language.declared_years is not None:
            facts += f", {format_years(language.declared_years)} declared"
        if language.evidence_lines:
            facts += f"; shown on {lines_ref(language.evidence_lines)}"
        points = "\n".join(f"- {escape_markdown(point)}" for point in language.talking_points)
        blocks.append(f"### {escape_markdown(language.name)}\n\n{facts}.\n\n{points}".rstrip())
    return blocks


def _checks(view: ReportView) -> list[str]:
    heading = "## Document checks that failed"
    if not view.failed_checks:
        return [heading, f"All {view.passed_check_count} document checks passed."]
    rows = (
        (
            c.severity.value,
            escape_markdown(c.message),
            lines_ref(c.lines),
            escape_markdown(c.advice),
        )
        for c in view.failed_checks
    )
    return [
        heading,
        markdown_table(("Severity", "Problem", "Where", "What to do"), rows),
    ]


def _area_detail(area: AreaScore) -> str:
    parts = [f"### {escape_markdown(area.title)}: {area.score}/100"]
    if area.evidence:
        items = (
            f"- {line_ref(e.line)}: {escape_markdown(e.text)}"
            for e in unique_evidence(area.evidence)
        )
        parts.append("Evidence:\n\n" + "\n".join(items))
    if area.missing:
        parts.append("Missing: " + "; ".join(escape_markdown(m) for m in area.missing) + ".")
    if area.advice:
        items = (
            f"- {escape_markdown(a.text)}" + (f" ({line_ref(a.line)})" if a.line else "")
            for a in area.advice
        )
        parts.append("Advice:\n\n" + "\n".join(items))
    criteria = (
        (
            escape_markdown(c.description),
            f"{c.weight:g}",
            f"{round(c.satisfied * 100)}%",
            escape_markdown(c.explanation),
        )
        for c in area.criteria
    )
    parts.append(
        markdown_table(
            ("Criterion", "Weight", "Shown", "Why"),
            criteria,
            align=("left", "right", "right", "left"),
        )
    )
    return "\n\n".join(parts)
