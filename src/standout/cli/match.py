"""``standout match`` (a resume against postings) and ``standout rank`` (resumes against one)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from standout.cli.app import app
from standout.cli.common import OutputFormat, console, emit, examples, parse_reference_date
from standout.model.roles import TargetRole

if TYPE_CHECKING:
    from rich.console import RenderableType

_FORMAT_HELP = (
    "terminal (readable), json (versioned schema), markdown or html (one standalone file)."
)
_OUT_HELP = "Write the result to this file (atomically) instead of printing it."
_DATE_HELP = "The date 'present' means in the resume's date ranges (default: today)."
_ROLE_HELP = (
    "Your own level, for the seniority fit; by default it is read from the resume's dated "
    "roles and titles."
)

FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help=_FORMAT_HELP)]
OutOption = Annotated[Path | None, typer.Option("--out", "-o", help=_OUT_HELP, show_default=False)]
DateOption = Annotated[
    str | None,
    typer.Option("--reference-date", metavar="YYYY-MM-DD", help=_DATE_HELP, show_default=False),
]


def _show(renderable: RenderableType) -> None:
    from standout.render.terminal import report_width

    terminal = console()
    terminal.width = report_width(terminal.width)
    terminal.print(renderable)


@app.command(
    "match",
    epilog=examples(
        "standout match examples/backend-resume.md job.md",
        "standout match examples/backend-resume.md job-a.md job-b.html --format json",
    ),
)
def match_command(
    resume: Annotated[
        Path,
        typer.Argument(
            metavar="RESUME",
            help="The resume: PDF, DOCX, Markdown, plain text, HTML or JSON Resume.",
            show_default=False,
        ),
    ],
    postings: Annotated[
        list[Path],
        typer.Argument(
            metavar="POSTING...",
            help="One or more job postings (text, Markdown, HTML, PDF or DOCX).",
            show_default=False,
        ),
    ],
    role: Annotated[
        TargetRole | None, typer.Option("--role", "-r", help=_ROLE_HELP, show_default=False)
    ] = None,
    output_format: FormatOption = OutputFormat.TERMINAL,
    out: OutOption = None,
    reference_date: DateOption = None,
) -> None:
    """Score how well a resume fits a job posting, and what to change; with several
    postings, rank them by fit."""
    from standout.match import match_evidence
    from standout.match.rank import load_evidence, rank_postings
    from standout.model.posting import Seniority
    from standout.posting import parse_posting

    evidence = load_evidence(resume, reference_date=parse_reference_date(reference_date))
    candidate = Seniority(role.value) if role is not None else None
    parsed = [parse_posting(path) for path in postings]
    terminal = output_format is OutputFormat.TERMINAL and out is None
    if len(parsed) == 1:
        result = match_evidence(evidence, parsed[0], candidate=candidate)
        if terminal:
            from standout.render.match_terminal import match_renderable

            _show(match_renderable(result))
            return
        from standout.render.match import render_match

        emit(render_match(result, output_format.value), out)
        return
    ranking = rank_postings(evidence, parsed, candidate=candidate)
    if terminal:
        from standout.render.match_terminal import posting_ranking_renderable

        _show(posting_ranking_renderable(ranking))
        return
    from standout.render.match import render_posting_ranking

    emit(render_posting_ranking(ranking, output_format.value), out)


@app.command(
    "rank",
    epilog=examples(
        "standout rank job.md resumes/",
        "standout rank job.md resumes/ --top 5 --format json --out ranking.json",
    ),
)
def rank_command(
    posting: Annotated[
        Path,
        typer.Argument(
            metavar="POSTING",
            help="The job posting (text, Markdown, HTML, PDF or DOCX).",
            show_default=False,
        ),
    ],
    resume_dir: Annotated[
        Path,
        typer.Argument(
            metavar="RESUME_DIR",
            help="A folder of resumes, read recursively (PDF, DOCX, Markdown, text, HTML, "
            "JSON Resume).",
            show_default=False,
        ),
    ],
    output_format: FormatOption = OutputFormat.TERMINAL,
    out: OutOption = None,
    top: Annotated[
        int | None,
        typer.Option(
            "--top", "-n", min=1, help="Show only the N best resumes.", show_default=False
        ),
    ] = None,
    reference_date: DateOption = None,
) -> None:
    """Rank a folder of resumes against one posting, best fit first, with the reasons;
    a file that can't be read is listed with its error code."""
    from dataclasses import replace

    from standout.match.rank import rank_resumes, scan_resumes, skipped_note
    from standout.posting import parse_posting

    parsed = parse_posting(posting)
    folder = scan_resumes(resume_dir)
    ranking = rank_resumes(
        parsed, folder.resumes, reference_date=parse_reference_date(reference_date)
    )
    if top is not None:
        ranked = [row for row in ranking.rows if row.rank is not None][:top]
        failed = [row for row in ranking.rows if row.rank is None]
        ranking = replace(ranking, rows=(*ranked, *failed))
    note = skipped_note(resume_dir, folder.skipped) if folder.skipped else None
    if output_format is OutputFormat.JSON:
        from standout.render.match_json import resume_ranking_to_dict, to_json

        data = resume_ranking_to_dict(ranking)
        data["skipped"] = [str(path) for path in folder.skipped]
        emit(to_json(data), out)
        return
    if output_format is OutputFormat.TERMINAL and out is None:
        from rich.text import Text

        from standout.render.match_terminal import resume_ranking_renderable

        _show(resume_ranking_renderable(ranking))
        if note is not None:
            _show(Text(note, style="yellow"))
        return
    from standout.render.match import render_resume_ranking

    text = render_resume_ranking(ranking, output_format.value)
    if note is not None and output_format is OutputFormat.MARKDOWN:
        from standout.render.markdown import escape_markdown

        text = f"{text.rstrip()}\n\n{escape_markdown(note)}\n"
    elif note is not None:  # an HTML page or a terminal-format file: the note goes beside
        console(stderr=True).print(note, style="yellow", soft_wrap=True)
    emit(text, out)
