"""``standout parse``: print the structure standout understood in a resume."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from standout.cli.app import app
from standout.cli.common import DataFormat, emit
from standout.errors import InvalidOptionError

_FORMAT_HELP = "text (a readable summary with line numbers) or json (every field, with offsets)."


@app.command("parse")
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

    parsed = load_resume(resume, reference_date=_parse_date(reference_date))
    if output_format is DataFormat.JSON:
        emit(json.dumps(resume_to_json(parsed), ensure_ascii=False, indent=2), None)
    else:
        emit(summary_text(parsed), None)


def _parse_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidOptionError(
            f"--reference-date '{text}' is not a date.",
            hint="Write it as YYYY-MM-DD, such as 2026-06-01.",
        ) from None
