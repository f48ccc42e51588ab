"""``standout prep`` (the interview-preparation pack) and ``standout practice`` (rehearse it)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from standout.cli.app import app
from standout.cli.common import (
    REFERENCE_DATE_HELP,
    OutputFormat,
    console,
    emit,
    examples,
    parse_reference_date,
)
from standout.model.roles import TargetRole

if TYPE_CHECKING:
    from standout.model.prep import PrepPack

_RESUME_HELP = "The resume: PDF, DOCX, Markdown, plain text, HTML or JSON Resume."
_JOB_HELP = (
    "A job posting (text, Markdown, HTML, PDF or DOCX): adds a question on each must-have and "
    "an honest answer plan for each one your resume doesn't show."
)
_ROLE_HELP = (
    "The role you are aiming for: it decides which questions fit (a junior gets no "
    "staff-level design questions)."
)
_LIMIT_HELP = "At most this many questions (posting must-haves first, then every area in turn)."

ResumeArgument = Annotated[
    Path, typer.Argument(metavar="RESUME", help=_RESUME_HELP, show_default=False)
]
JobOption = Annotated[
    Path | None, typer.Option("--job", "-j", metavar="POSTING", help=_JOB_HELP, show_default=False)
]
RoleOption = Annotated[TargetRole, typer.Option("--role", "-r", help=_ROLE_HELP)]
LimitOption = Annotated[
    int | None, typer.Option("--limit", "-n", min=1, help=_LIMIT_HELP, show_default=False)
]
DateOption = Annotated[
    str | None,
    typer.Option(
        "--reference-date", metavar="YYYY-MM-DD", help=REFERENCE_DATE_HELP, show_default=False
    ),
]


def _pack(
    resume: Path, job: Path | None, role: TargetRole, limit: int | None, reference_date: str | None
) -> PrepPack:
    from standout.pipeline import analyze
    from standout.prep import prepare

    report = analyze(str(resume), role=role, reference_date=parse_reference_date(reference_date))
    posting = None
    if job is not None:
        from standout.posting import parse_posting

        posting = parse_posting(job)
    return prepare(report, posting=posting, limit=limit)


@app.command(
    "prep",
    epilog=examples(
        "standout prep examples/backend-resume.md",
        "standout prep examples/backend-resume.md --job job.md --format markdown --out prep.md",
    ),
)
def prep_command(
    resume: ResumeArgument,
    job: JobOption = None,
    role: RoleOption = TargetRole.MID,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="terminal (readable), json (versioned schema), markdown or html (one "
            "standalone file).",
        ),
    ] = OutputFormat.TERMINAL,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Write the pack to this file (atomically).", show_default=False
        ),
    ] = None,
    limit: LimitOption = None,
    reference_date: DateOption = None,
) -> None:
    """Build your interview-preparation pack: the questions likely to come up, each tied to
    your own bullets (or the story to prepare), STAR outlines from your measured results,
    talking points for your top languages and, with --job, the posting's must-haves."""
    pack = _pack(resume, job, role, limit, reference_date)
    if output_format is OutputFormat.TERMINAL and out is None:
        from standout.render.prep_terminal import prep_renderable
        from standout.render.terminal import report_width

        terminal = console()
        terminal.width = report_width(terminal.width)
        terminal.print(prep_renderable(pack, width=terminal.width))
        return
    from standout.render.prep_output import render_prep

    emit(render_prep(pack, output_format.value), out)


@app.command(
    "practice",
    epilog=examples(
        "standout practice examples/backend-resume.md",
        "standout practice examples/backend-resume.md --job job.md --answers answers.md",
    ),
)
def practice_command(
    resume: ResumeArgument,
    job: JobOption = None,
    role: RoleOption = TargetRole.MID,
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            "-a",
            metavar="FILE",
            help="The Markdown file your answers go to, and where a rerun picks up "
            "(default: <resume name>-practice.md in the current folder).",
            show_default=False,
        ),
    ] = None,
    plain: Annotated[
        bool,
        typer.Option(
            "--plain",
            help="Text only, for screen readers: no colour, no boxes, one prompt per line "
            "(automatic when not on a terminal, with NO_COLOR or TERM=dumb).",
        ),
    ] = False,
    limit: LimitOption = None,
    reference_date: DateOption = None,
) -> None:
    """Practise answering your pack's questions one at a time, with feedback on each answer's
    structure; answers are saved to a Markdown file after each one, and a rerun carries on
    where you stopped."""
    from standout.prep.answers import AnswersFile
    from standout.prep.practice import run_practice
    from standout.render.prep_practice import PlainPracticeIO, RichPracticeIO, wants_plain

    path = answers if answers is not None else Path.cwd() / f"{resume.stem}-practice.md"
    pack = _pack(resume, job, role, limit, reference_date)
    answers_file = AnswersFile(path, title=pack.candidate or resume.name)
    io = PlainPracticeIO() if plain or wants_plain() else RichPracticeIO()
    try:
        run_practice(pack, answers_file, io)
    except KeyboardInterrupt:  # between two reads: everything given is already saved
        io.show("Stopped. Your answers so far are saved in " + str(path) + ".")
