"""``standout parse``: print the structure standout understood in a resume."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Annotated

import typer

from standout.cli.app import app
from standout.cli.common import DataFormat, emit, examples, parse_reference_date

_FORMAT_HELP = "text (a readable summary with line numbers) or json (every field, with offsets)."


@app.command(
    "parse",
    epilog=examples(
        "standout parse examples/backend-resume.md",
        "standout parse examples/backend-resume.md --format json",
    ),
)
def parse_command(
    resume: Annotated[
        Path,
        typer.Argument(
            metavar="RESUME",
            help="The resume: PDF, DOCX, Markdown, plain text, HTML or JSON Resume.",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        DataFormat, typer.Option("--format", "-f", help=_FORMAT_HELP)
    ] = DataFormat.TEXT,
    reference_date: Annotated[
        str | None,
        typer.Option(
            "--reference-date",
            metavar="YYYY-MM-DD",
            help="The date 'present' means (default: today).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Print what standout understood in a resume: contact, sections, roles, skills, education.

    Use it to check that the resume reads as you intend before analysing it.
    """
    from standout.parse import load_resume
    from standout.parse.summary import resume_to_json, summary_text

    parsed = load_resume(resume, reference_date=parse_reference_date(reference_date))
    if output_format is DataFormat.JSON:
        emit(json.dumps(resume_to_json(parsed), ensure_ascii=False, indent=2), None)
    else:
        # COLUMNS when set, else the terminal's width, else (output not a terminal) 80.
        width = shutil.get_terminal_size((80, 24)).columns
        emit(summary_text(parsed, width=width), None)
