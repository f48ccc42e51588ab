"""``standout analyze``: the positioning report of one resume."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from standout.cli.app import app
from standout.cli.common import (
    REFERENCE_DATE_HELP,
    OutputFormat,
    emit,
    examples,
    parse_reference_date,
)
from standout.model.roles import TargetRole

_ROLE_HELP = (
    "The role you are aiming for; what is expected differs "
    "(a junior needs no on-call story, a senior shows leadership and mentoring)."
)
_FORMAT_HELP = (
    "terminal (readable report), json (documented schema), markdown or html (one standalone file)."
)


@app.command(
    "analyze",
    epilog=examples(
        "standout analyze examples/backend-resume.md",
        "standout analyze examples/backend-resume.md --role senior --format html --out report.html",
        "standout analyze cv.pdf --fail-under 70",
    ),
)
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
            help=REFERENCE_DATE_HELP,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Score how well a resume positions you for a backend role, with the fixes to make first."""
    from standout.pipeline import analyze

    report = analyze(str(resume), role=role, reference_date=parse_reference_date(reference_date))
    if output_format is OutputFormat.TERMINAL and out is None:
        # Laid out without Rich, which keeps the command fast to start.
        from standout.render.terminal import render_terminal, report_width, wants_color

        sys.stdout.write(render_terminal(report, width=report_width(), color=wants_color()))
    else:
        from standout.render import render_report

        emit(render_report(report, output_format.value), out)
    if fail_under is not None and report.readiness < fail_under:
        sys.stderr.write(
            f"Readiness {report.readiness} is under --fail-under {fail_under}: failing.\n"
        )
        raise typer.Exit(1)
