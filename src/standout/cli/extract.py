"""``standout extract``: every skill mention in a text, one JSON object per line."""

from __future__ import annotations

import json
import sys
from bisect import bisect_left
from pathlib import Path
from typing import Annotated

import typer

from standout.cli.app import app
from standout.cli.common import examples

_SOURCE_HELP = (
    "A resume, a job posting or any text file (PDF, DOCX, Markdown, plain text, HTML or "
    "JSON Resume); '-' reads plain text from standard input."
)


@app.command(
    "extract",
    epilog=examples(
        "standout extract examples/backend-resume.md",
        "standout extract - < job.txt",
        "standout extract skills.txt --skills-list",
    ),
)
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

    Each line holds skill_id, name, category, the matched text, its start and end
    character offsets and its line (1-based). For plain text files and standard input
    the offsets index the text as given (decoded, line endings as newlines). For PDF,
    DOCX, HTML, Markdown and JSON Resume they index the text extracted from the file;
    the line number is that text's line, close to the file's own.
    """
    from standout.skills import extract_mentions

    text = _stdin_text() if source == "-" else _file_text(Path(source))
    newlines = [index for index, char in enumerate(text) if char == "\n"]
    out = sys.stdout
    for mention in extract_mentions(text, list_context=skills_list):
        record = {
            "skill_id": mention.skill_id,
            "name": mention.name,
            "category": mention.category,
            "text": mention.text,
            "start": mention.start,
            "end": mention.end,
            "line": bisect_left(newlines, mention.start) + 1,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _stdin_text() -> str:
    """Standard input's text; nothing but blank lines is E001, as an empty file is."""
    from standout.errors import EmptyInputError

    text = sys.stdin.read()
    if not text.strip():
        raise EmptyInputError(
            "Standard input is empty: no text was given to extract skills from.",
            hint="Pipe the text in (standout extract - < job.txt) or give a file's path.",
        )
    return text


def _file_text(path: Path) -> str:
    """The text to extract from: a plain text file's own decoded text (so offsets are
    the file's, #3); for other formats the reader's extracted text."""
    from standout._io import read_input_bytes
    from standout.model.document import InputFormat
    from standout.read import read
    from standout.read.decode import decode_text
    from standout.read.detect import extension_format, sniff_binary, sniff_text

    data = read_input_bytes(path)
    name = str(path)
    if data.strip() and sniff_binary(data, name, name) is None:
        text = decode_text(data, name)
        # A ".txt" file is plain text even when its bullets look like Markdown.
        hinted = extension_format(name)
        if hinted is InputFormat.TEXT or (
            hinted is None and sniff_text(text, name) is InputFormat.TEXT
        ):
            return text
    return read(data, filename=name).text
