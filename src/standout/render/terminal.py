"""The report for a terminal (Rich): readable in a few seconds at 80 columns.

``report_renderable`` builds what to print, so that the CLI can print it on a live console
(colour and width detected there); ``render_terminal`` captures it as text for files and
tests. ``make_console``, ``capture``, ``report_width`` and ``score_text`` are the general
pieces the other results' terminal outputs reuse.
"""

from __future__ import annotations

import io
import os
import textwrap
from collections.abc import Iterable

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from standout.model.report import Report, Severity
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
from standout.render.view import ReportView, build_view

DEFAULT_WIDTH = 80
# Wider than this, lines get hard to follow; the layout stops growing.
MAX_WIDTH = 100
LEVEL_STYLES = {ScoreLevel.GOOD: "green", ScoreLevel.FAIR: "yellow", ScoreLevel.POOR: "red"}
SEVERITY_STYLES = {Severity.HIGH: "red", Severity.MEDIUM: "yellow", Severity.LOW: "dim"}
# The terminal shows the weakest bullets only; the other formats list them all.
TERMINAL_BULLETS = 5
AREA_COLUMN = 24
SCORE_COLUMN = 14


def report_width(available: int | None = None) -> int:
    """The width to lay a report out at: the terminal's, capped at ``MAX_WIDTH``."""
    if available is None:
        try:
            available = os.get_terminal_size().columns
        except OSError:  # not a terminal: lay out for a standard one
            available = DEFAULT_WIDTH
    return max(20, min(available, MAX_WIDTH))


def make_console(
    *, width: int = DEFAULT_WIDTH, color: bool = False, file: io.StringIO | None = None
) -> Console:
    """A console that writes to ``file`` (a new buffer by default) at a fixed width.

    Colour only when asked for, and never with ``NO_COLOR`` set.
    """
    color = color and not os.environ.get("NO_COLOR")
    return Console(
        file=file if file is not None else io.StringIO(),
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        emoji=False,
        soft_wrap=False,
        legacy_windows=False,
    )


def capture(renderable: RenderableType, *, width: int = DEFAULT_WIDTH, color: bool = False) -> str:
    """What ``renderable`` prints at ``width``, as text (ANSI colour codes only if ``color``)."""
    buffer = io.StringIO()
    make_console(width=width, color=color, file=buffer).print(renderable)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def score_text(score: int, *, bar_width: int = 10) -> Text:
    """``72 ███████░░░`` coloured by level."""
    style = LEVEL_STYLES[score_level(score)]
    return Text.assemble((f"{score:>3} ", "bold " + style), (score_bar(score, bar_width), style))


def render_terminal(report: Report, *, width: int = DEFAULT_WIDTH, color: bool = False) -> str:
    return capture(report_renderable(report, width=width), width=width, color=color)


def report_renderable(report: Report, *, width: int = DEFAULT_WIDTH) -> RenderableType:
    """The whole report as one Rich renderable, laid out for ``width`` columns."""
    view = build_view(report)
    parts: list[RenderableType] = [_header(view, width)]
    parts += _section("Area scores", [_areas_table(view, width)] if view.areas else [])
    parts += _section("Top fixes", _fixes(view, width))
    parts += _section("Bullets needing work", _bullets(view, width))
    parts += _section("Top languages and frameworks", _languages(view, width))
    parts += _section("Document checks that failed", _checks(view))
    return Group(*parts)


def _section(title: str, body: Iterable[RenderableType]) -> list[RenderableType]:
    items = list(body)
    if not items:
        return []
    return [Text(""), Text(title, style="bold underline"), *items]


def _header(view: ReportView, width: int) -> RenderableType:
    title = Text.assemble(
        (truncate(view.name, max(10, width - 30)), "bold"),
        ("  ·  target: ", "dim"),
        (f"{view.role} backend role", "bold"),
    )
    bar_width = max(10, min(30, width - 30))
    readiness = Text.assemble(
        ("Readiness ", "bold"),
        score_text(view.readiness, bar_width=bar_width),
        ("  / 100", "dim"),
    )
    meta = Text(
        truncate(f"{view.source} · reference date {view.reference_date.isoformat()}", width),
        style="dim",
    )
    return Group(title, readiness, meta)


def _areas_table(view: ReportView, width: int) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True, show_edge=False)
    table.add_column("Area", width=AREA_COLUMN)
    table.add_column("Score", no_wrap=True, width=SCORE_COLUMN)
    table.add_column("Why", ratio=1)
    # Each of the two inner borders takes three cells: padding, divider, padding.
    reason_width = max(10, width - AREA_COLUMN - SCORE_COLUMN - 6)
    for row in view.areas:
        table.add_row(row.title, score_text(row.score), wrap_lines(row.reason, reason_width, 2))
    return table


def wrap_lines(text: str, width: int, max_lines: int) -> str:
    """``text`` wrapped to ``width``, at most ``max_lines`` lines, the last cut with "…"."""
    lines = textwrap.wrap(text, width) or [""]
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], truncate(rest, width)]
    return "\n".join(lines)


def _grid(first_width: int) -> Table:
    """Two columns: a short label (rank, line, severity) and text that wraps beside it."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, width=first_width)
    grid.add_column(ratio=1)
    return grid


def _fixes(view: ReportView, width: int) -> list[RenderableType]:
    if not view.fixes:
        return []
    grid = _grid(2)
    text_width = width - 3
    for fix in view.fixes:
        area = f" · {fix.area_title}" if fix.area_title else ""
        body = Text.assemble(fix.text, (f"  {format_gain(fix.gain)}", "green"))
        body.append("\n" + truncate(line_ref(fix.line) + area, text_width), style="dim")
        if fix.line_text:
            body.append("\n" + truncate(f"“{fix.line_text}”", text_width), style="dim italic")
        grid.add_row(Text(f"{fix.rank}.", style="bold"), body)
    return [grid]


def _bullets(view: ReportView, width: int) -> list[RenderableType]:
    shown = view.bullets[:TERMINAL_BULLETS]
    grid = _grid(7)
    text_width = width - 8
    for bullet in shown:
        body = Text()
        body.append(truncate(bullet.text, text_width), style="italic")
        if bullet.issues:
            body.append("\n" + "; ".join(bullet.issues), style="yellow")
        if bullet.suggestion:
            body.append("\ntry: " + bullet.suggestion, style="cyan")
        grid.add_row(Text(line_ref(bullet.line), style="bold"), body)
    if not shown:
        return []
    rows: list[RenderableType] = [grid]
    hidden = len(view.bullets) - len(shown)
    if hidden:
        rows.append(Text(f"… and {hidden} more (see --format markdown or html)", style="dim"))
    return rows


def _languages(view: ReportView, width: int) -> list[RenderableType]:
    rows: list[RenderableType] = []
    for language in view.languages:
        years = f"{format_years(language.years_of_use)} in dated roles"
        if language.declared_years is not None:
            years += f", {format_years(language.declared_years)} declared"
        rows.append(Text.assemble((language.name, "bold"), (f"  {years}", "dim")))
        # One line per talking point: the other formats carry them in full.
        for point in language.talking_points:
            rows.append(Text("  • " + truncate(point, width - 4)))
    return rows


def _checks(view: ReportView) -> list[RenderableType]:
    if not view.failed_checks:
        return [Text(f"All {view.passed_check_count} document checks passed.", style="green")]
    grid = _grid(8)
    for check in view.failed_checks:
        body = Text(check.message)
        if check.lines:
            body.append(f" ({lines_ref(check.lines)})", style="dim")
        if check.advice:
            body.append("\n" + check.advice, style="dim")
        label = Text(f"✗ {check.severity.value}", style=SEVERITY_STYLES[check.severity])
        grid.add_row(label, body)
    return [grid]
