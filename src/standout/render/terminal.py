"""The report for a terminal: readable in a few seconds at 80 columns.

The report is laid out with ``standout.render.styled`` (plain lines with styles), so that
``standout analyze`` never pays for importing Rich. The Rich helpers other outputs use
(``make_console``, ``capture``, ``score_text``) import Rich only when called;
``report_width`` and ``DEFAULT_WIDTH`` are shared by every terminal output.
"""

from __future__ import annotations

import io
import os
import sys
from typing import TYPE_CHECKING, TextIO

from standout.model.report import Report, Severity
from standout.render.styled import (
    Segment,
    StyledLine,
    columns,
    labelled,
    line,
    line_length,
    paint,
    wrap,
)
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

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

DEFAULT_WIDTH = 80
# Wider than this, lines get hard to follow; the layout stops growing.
MAX_WIDTH = 100
LEVEL_STYLES = {ScoreLevel.GOOD: "green", ScoreLevel.FAIR: "yellow", ScoreLevel.POOR: "red"}
SEVERITY_STYLES = {Severity.HIGH: "red", Severity.MEDIUM: "yellow", Severity.LOW: "dim"}
# The terminal shows the weakest bullets only; the other formats list them all.
TERMINAL_BULLETS = 5
AREA_COLUMN = 24
SCORE_COLUMN = 14  # "100 " and a bar of ten cells
_GAP = 2  # spaces between table columns


def report_width(available: int | None = None, *, stream: TextIO | None = None) -> int:
    """The width to lay a report out at, capped at ``MAX_WIDTH``: ``available`` when given,
    else ``COLUMNS``, else the terminal's when ``stream`` (stdout by default) is one, else 80."""
    if available is None:
        available = _detected_width(stream if stream is not None else sys.stdout)
    return max(40, min(available, MAX_WIDTH))


def _detected_width(stream: TextIO) -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit():
        return int(columns)
    try:
        if stream.isatty():
            return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):  # a stream without a real file
        pass
    return DEFAULT_WIDTH


def wants_color(stream: TextIO | None = None) -> bool:
    """Colour for ``stream`` (stdout by default): only a terminal, never with ``NO_COLOR``
    set or ``TERM=dumb``."""
    stream = stream if stream is not None else sys.stdout
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def make_console(
    *, width: int = DEFAULT_WIDTH, color: bool = False, file: io.StringIO | None = None
) -> Console:
    """A Rich console that writes to ``file`` (a new buffer by default) at a fixed width.

    Colour only when asked for, and never with ``NO_COLOR`` set.
    """
    from rich.console import Console

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
    """What a Rich ``renderable`` prints at ``width``, as text (colour codes only if
    ``color``)."""
    buffer = io.StringIO()
    make_console(width=width, color=color, file=buffer).print(renderable)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def score_text(score: int, *, bar_width: int = 10) -> Text:
    """A Rich ``72 ███████░░░`` coloured by level."""
    from rich.text import Text

    style = LEVEL_STYLES[score_level(score)]
    return Text.assemble((f"{score:>3} ", "bold " + style), (score_bar(score, bar_width), style))


def score_segments(score: int, *, bar_width: int = 10) -> StyledLine:
    """``72 ███████░░░`` as styled segments, coloured by level."""
    style = LEVEL_STYLES[score_level(score)]
    return line((f"{score:>3} ", "bold " + style), (score_bar(score, bar_width), style))


def render_terminal(report: Report, *, width: int = DEFAULT_WIDTH, color: bool = False) -> str:
    """The report as terminal text, no line wider than ``width``; ANSI colour only when
    ``color`` is asked for and ``NO_COLOR`` is not set."""
    color = color and not os.environ.get("NO_COLOR")
    return paint(report_lines(report, width=width), color=color)


def report_lines(report: Report, *, width: int = DEFAULT_WIDTH) -> list[StyledLine]:
    view = build_view(report)
    lines = _header(view, width)
    lines += _section("Area scores", _areas(view, width))
    lines += _section("Top fixes", _fixes(view, width))
    lines += _section("Bullets needing work", _bullets(view, width))
    lines += _section("Top languages and frameworks", _languages(view, width))
    lines += _section("Document checks that failed", _checks(view, width))
    return lines


def _section(title: str, body: list[StyledLine]) -> list[StyledLine]:
    if not body:
        return []
    return [(), line((title, "bold underline")), *body]


def _header(view: ReportView, width: int) -> list[StyledLine]:
    bar_width = max(10, min(30, width - 30))
    target = f"target: {view.role} backend role"
    if width - len(target) - 5 < 10:  # too narrow for the long form
        target = view.role
    return [
        line(
            (truncate(view.name, width - len(target) - 5), "bold"),
            ("  ·  ", "dim"),
            (target, "bold"),
        ),
        line(
            ("Readiness ", "bold"),
            *score_segments(view.readiness, bar_width=bar_width),
            ("  / 100", "dim"),
        ),
        line((truncate(f"{view.source} · reference date {view.reference_date}", width), "dim")),
    ]


def _areas(view: ReportView, width: int) -> list[StyledLine]:
    if not view.areas:
        return []
    # Narrow terminals share what is left after the score between title and reason.
    area_width = min(AREA_COLUMN, (width - SCORE_COLUMN - 2 * _GAP) // 2)
    widths = (area_width, SCORE_COLUMN, width - area_width - SCORE_COLUMN - 2 * _GAP)
    header = [[line(("Area", "bold"))], [line(("Score", "bold"))], [line(("Why", "bold"))]]
    lines = columns(header, widths)
    lines.append(line(("─" * width, "dim")))
    for row in view.areas:
        cells = [
            wrap(row.title, area_width, max_lines=2),
            [score_segments(row.score)],
            wrap(row.reason, widths[2], max_lines=2),
        ]
        lines += columns(cells, widths)
    return lines


def _fixes(view: ReportView, width: int) -> list[StyledLine]:
    lines: list[StyledLine] = []
    body_width = width - 3
    for fix in view.fixes:
        body = wrap(fix.text, body_width)
        body[-1] = (*body[-1], Segment(f"  {format_gain(fix.gain)}", "green"))
        if line_length(body[-1]) > body_width:  # the gain goes on its own line
            body[-1] = body[-1][:-1]
            body.append(line((format_gain(fix.gain), "green")))
        area = f" · {fix.area_title}" if fix.area_title else ""
        body.append(line((truncate(line_ref(fix.line) + area, body_width), "dim")))
        if fix.line_text:
            body.append(line((truncate(f"“{fix.line_text}”", body_width), "dim italic")))
        lines += labelled(line((f"{fix.rank}.", "bold")), 2, body)
    return lines


def _bullets(view: ReportView, width: int) -> list[StyledLine]:
    shown = view.bullets[:TERMINAL_BULLETS]
    body_width = width - 8
    lines: list[StyledLine] = []
    for bullet in shown:
        body = [line((truncate(bullet.text, body_width), "italic"))]
        if bullet.issues:
            body += wrap("; ".join(bullet.issues), body_width, style="yellow")
        if bullet.suggestion:
            body += wrap("try: " + bullet.suggestion, body_width, style="cyan")
        lines += labelled(line((line_ref(bullet.line), "bold")), 7, body)
    hidden = len(view.bullets) - len(shown)
    if hidden:
        lines.append(line((f"… and {hidden} more (see --format markdown or html)", "dim")))
    return lines


def _languages(view: ReportView, width: int) -> list[StyledLine]:
    lines: list[StyledLine] = []
    for language in view.languages:
        years = f"{format_years(language.years_of_use)} in dated roles"
        if language.declared_years is not None:
            years += f", {format_years(language.declared_years)} declared"
        name = truncate(language.name, width // 2)
        lines.append(line((name, "bold"), "  ", (truncate(years, width - len(name) - 2), "dim")))
        # One line per talking point: the other formats carry them in full.
        lines += [line("  • " + truncate(point, width - 4)) for point in language.talking_points]
    return lines


def _checks(view: ReportView, width: int) -> list[StyledLine]:
    if not view.failed_checks:
        return [line((f"All {view.passed_check_count} document checks passed.", "green"))]
    body_width = width - 9
    lines: list[StyledLine] = []
    for check in view.failed_checks:
        message = check.message + (f" ({lines_ref(check.lines)})" if check.lines else "")
        body = wrap(message, body_width)
        if check.advice:
            body += wrap(check.advice, body_width, style="dim")
        label = line((f"✗ {check.severity.value}", SEVERITY_STYLES[check.severity]))
        lines += labelled(label, 8, body)
    return lines
