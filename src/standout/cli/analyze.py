"""``standout analyze``: the positioning report of one resume."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from standout.cli.app import app
from standout.cli.common import OutputFormat, console, emit
from standout.errors import InvalidOptionError
from standout.model.report import TargetRole

_ROLE_HELP = (
    "The role you are aiming for; what is expected differs "
    "(a junior needs no on-call story, a senior shows leadership and mentoring)."
)
_FORMAT_HELP = (
    "terminal (readable report), json (documented schema), markdown or html (one standalone file)."
)


@app.command("analyze")
def analyze_command(
    resume: Annotated[
        Path,
        typer.Argument(
            metavar="RESUME",
            help="The resume: PDF, DOCX, Markdown, plain text, HTML or JSON Resume.",
            show_default=False,
        ),
    ],
    role: Annotated[TargetRole, typer.Option("--role", "-r", help=_ROLE_HELP)] = TargetRole.MID,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help=_FORMAT_HELP)
    ] = OutputFormat.TERMINAL,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Write the report to this file (atomically) instead of printing it.",
            show_default=False,
        ),
    ] = None,
    fail_under: Annotated[
        int | None,
        typer.Option(
            "--fail-under",
            min=0,
            max=100,
            help="Exit with status 1 when readiness is below this score (0-100): for CI checks.",
            show_default=False,
        ),
    ] = None,
    reference_date: Annotated[
        str | None,
        typer.Option(
            "--reference-date",
            metavar="YYYY-MM-DD",
            help="The date 'present' means, for years of use and date checks (default: today).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Score how well a resume positions you for a backend role, with the fixes to make first."""
    from standout.pipeline import analyze

    report = analyze(str(resume), role=role, reference_date=_parse_date(reference_date))
    if output_format is OutputFormat.TERMINAL and out is None:
        from standout.render.terminal import report_renderable, report_width

        terminal = console()
        terminal.width = report_width(terminal.width)
        terminal.print(report_renderable(report, width=terminal.width))
    else:
        from standout.render import render_report

        emit(render_report(report, output_format.value), out)
    if fail_under is not None and report.readiness < fail_under:
        sys.stderr.write(
            f"Readiness {report.readiness} is under --fail-under {fail_under}: failing.\n"
        )
        raise typer.Exit(1)


def _parse_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidOptionError(
            f"--reference-date '{text}' is not a date.",
            hint="Write it as YYYY-MM-DD, such as 2024-05-01.",
        ) from None
