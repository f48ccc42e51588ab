"""``standout extract``: every skill mention in a text, one JSON object per line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from standout.cli.app import app

_SOURCE_HELP = (
    "A resume, a job posting or any text file (PDF, DOCX, Markdown, plain text, HTML or "
    "JSON Resume); '-' reads plain text from standard input."
)


@app.command("extract")
def extract_command(
    source: Annotated[str, typer.Argument(metavar="FILE|-", help=_SOURCE_HELP, show_default=False)],
    skills_list: Annotated[
        bool,
        typer.Option(
            "--skills-list",
            help="Treat the whole text as a skills list: names that are also words "
            "('Go', 'C', 'Chef') are taken as skills.",
        ),
    ] = False,
) -> None:
    """Print every taxonomy skill mentioned in a text, one JSON object per line.

    Each line holds skill_id, name, category, the matched text and its start and end
    character offsets into the text (of the file as read, or of standard input).
    """
    from standout.skills import extract_mentions

    if source == "-":
        text = sys.stdin.read()
    else:
        from standout.read import read

        text = read(Path(source)).text
    out = sys.stdout
    for mention in extract_mentions(text, list_context=skills_list):
        record = {
            "skill_id": mention.skill_id,
            "name": mention.name,
            "category": mention.category,
            "text": mention.text,
            "start": mention.start,
            "end": mention.end,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
