"""Match results for a terminal (Rich), readable at 80 columns.

``*_renderable`` build what to print on a live console; ``render_*_terminal`` capture it as
plain text for files and tests.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from standout.model.match import Match, PostingRanking, ResumeRanking
from standout.render.terminal import DEFAULT_WIDTH, capture, score_text
from standout.render.text import ELLIPSIS, format_gain, line_ref, truncate

# The terminal shows the changes worth most; the other formats list them all.
TERMINAL_ADVICE = 10
# The narrowest a file name is shown: an ellipsis with a few characters either side.
_NARROWEST_NAME = 12


def middle_truncate(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters by an ellipsis in the middle, keeping its start
    and its end: a file name's folder and extension both stay readable."""
    if len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    tail = (width - 1) // 2
    head = width - 1 - tail
    return text[:head] + ELLIPSIS + text[len(text) - tail :]


class FileName:
    """A file name on one line of whatever width its table column gets: never wrapped
    (a name broken mid-word reads as two names), cut in the middle when too long."""

    def __init__(self, name: str, style: str = "") -> None:
        self.name = name
        self.style = style

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = len(self.name)
        return Measurement(min(widest, _NARROWEST_NAME), widest).clamp(max_width=options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        shown = middle_truncate(self.name, options.max_width)
        yield Text(shown, style=self.style, no_wrap=True, overflow="crop", end="")


def _section(title: str, body: Iterable[RenderableType]) -> list[RenderableType]:
    items = list(body)
    if not items:
        return []
    return [Text(""), Text(title, style="bold underline"), *items]


def _grid(first_width: int) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, width=first_width)
    grid.add_column(ratio=1)
    return grid


def _header(match: Match, width: int) -> RenderableType:
    title = match.posting_title or "Untitled posting"
    bar_width = max(10, min(30, width - 30))
    return Group(
        Text(truncate(f"Match: {title}", width), style="bold"),
        Text.assemble(
            ("Score ", "bold"), score_text(match.score, bar_width=bar_width), ("  / 100", "dim")
        ),
        Text(truncate(f"{match.resume_source} against {match.posting_source}", width), style="dim"),
    )


def _breakdown(match: Match) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True, show_edge=False)
    table.add_column("Component", max_width=22)
    table.add_column("Points", no_wrap=True, justify="right", width=11)
    table.add_column("Why", ratio=1)
    for component in match.breakdown:
        if component.applicable:
            points = f"{component.points:.1f}/{component.max_points:.1f}"
            table.add_row(component.title, points, component.explanation)
    return table


def _names(items: Iterable[str]) -> list[RenderableType]:
    text = ", ".join(items)
    return [Text(text)] if text else []


def _listed(match: Match) -> list[RenderableType]:
    grid = _grid(18)
    for skill in match.listed_only:
        where = (
            f'add a bullet under "{skill.role}" ({line_ref(skill.role_line)})'
            if skill.role
            else "show it in a project"
        )
        if skill.related:
            where += f", beside {', '.join(skill.related)}"
        grid.add_row(
            Text(skill.name, style="bold"),
            Text.assemble(where, (f"  {format_gain(skill.gain)}", "green")),
        )
    return [grid] if match.listed_only else []


def _years(match: Match) -> list[RenderableType]:
    rows: list[RenderableType] = []
    for gap in match.years_gaps:
        shown = "none" if gap.shown is None else f"{gap.shown:g}"
        rows.append(Text(f"{gap.name}: {gap.required:g}+ years asked, {shown} shown"))
    return rows


def _advice(match: Match, width: int) -> list[RenderableType]:
    if not match.advice:
        return []
    grid = _grid(3)
    for item in match.advice[:TERMINAL_ADVICE]:
        body = Text(item.text)
        if item.gain > 0:
            body.append(f"  {format_gain(item.gain)}", style="green")
        where = line_ref(item.line) if item.line is not None else (item.section or "whole resume")
        body.append("\n" + truncate(where, width - 4), style="dim")
        grid.add_row(Text(f"{item.rank}.", style="bold"), body)
    hidden = len(match.advice) - TERMINAL_ADVICE
    if hidden > 0:
        return [grid, Text(f"… and {hidden} more (see --format markdown or html)", style="dim")]
    return [grid]


def match_renderable(match: Match, *, width: int = DEFAULT_WIDTH) -> RenderableType:
    parts: list[RenderableType] = [_header(match, width)]
    parts += _section("Score breakdown", [_breakdown(match)])
    parts += _section("Must-haves missing", _names(m.label for m in match.missing_must))
    parts += _section("Nice-to-haves missing", _names(m.label for m in match.missing_nice))
    parts += _section("Only listed: show them in use", _listed(match))
    parts += _section("Years short of the ask", _years(match))
    parts += _section(
        "Posting terms your resume never uses",
        _names(f"{t.text} ({t.count})" for t in match.missing_terms),
    )
    parts += _section("What to change, most points first", _advice(match, width))
    parts += _section("Warnings", [Text(w, style="yellow") for w in match.warnings])
    return Group(*parts)


def posting_ranking_renderable(
    ranking: PostingRanking, *, width: int = DEFAULT_WIDTH
) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True, show_edge=False)
    table.add_column("#", no_wrap=True, justify="right", width=3)
    table.add_column("Score", no_wrap=True, width=14)
    table.add_column("Posting", ratio=2)
    table.add_column("Must-haves missing", ratio=2)
    for row in ranking.rows:
        posting = Group(
            Text(row.title or "Untitled posting", style="bold"), FileName(row.source, "dim")
        )
        table.add_row(
            str(row.rank), score_text(row.score), posting, ", ".join(row.missing_must) or "none"
        )
    title = Text(truncate(f"Postings ranked for {ranking.resume_source}", width), style="bold")
    return Group(title, table)


def resume_ranking_renderable(
    ranking: ResumeRanking, *, width: int = DEFAULT_WIDTH
) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True, show_edge=False)
    table.add_column("#", no_wrap=True, justify="right", width=4)
    table.add_column("Score", no_wrap=True, width=14)
    # The file names get as much room as the reasons: a name cut short is less readable
    # than reasons on one more line.
    table.add_column("Resume", ratio=1)
    table.add_column("Reasons", ratio=1)
    for row in ranking.rows:
        resume: RenderableType = (
            Group(Text(row.name, style="bold"), FileName(row.source, "dim"))
            if row.name
            else FileName(row.source, "bold")
        )
        if row.error_code is not None:
            table.add_row(
                "-", Text(row.error_code, style="red"), resume, Text(row.error or "", style="red")
            )
            continue
        assert row.score is not None
        reasons = Text()
        reasons.append("shows: " + (", ".join(row.matched_must) or "no must-have"), style="green")
        if row.missing_must:
            reasons.append("\nmissing: " + ", ".join(row.missing_must), style="yellow")
        table.add_row(str(row.rank), score_text(row.score), resume, reasons)
    title = ranking.posting_title or ranking.posting_source
    header = Text(truncate(f"Resumes ranked for {title}", width), style="bold")
    footer = Text(
        f"{len(ranking.rows) - ranking.failed} ranked, {ranking.failed} could not be read",
        style="dim",
    )
    return Group(header, table, footer)


def render_match_terminal(match: Match, *, width: int = DEFAULT_WIDTH) -> str:
    return capture(match_renderable(match, width=width), width=width)


def render_posting_ranking_terminal(ranking: PostingRanking, *, width: int = DEFAULT_WIDTH) -> str:
    return capture(posting_ranking_renderable(ranking, width=width), width=width)


def render_resume_ranking_terminal(ranking: ResumeRanking, *, width: int = DEFAULT_WIDTH) -> str:
    return capture(resume_ranking_renderable(ranking, width=width), width=width)
