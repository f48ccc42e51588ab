"""``standout skills``: the skills a resume shows, with where each one appears and years."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from standout.cli.app import app
from standout.cli.common import (
    REFERENCE_DATE_HELP,
    DataFormat,
    console,
    emit,
    examples,
    parse_reference_date,
)

if TYPE_CHECKING:
    from rich.table import Table

    from standout.model.skills import SkillEvidence, SkillProfile

_PLACE_LABELS = {
    "role_bullet": "bullet",
    "role_title": "title",
    "project": "project",
    "skills_list": "skills",
    "summary": "summary",
    "education": "education",
    "certification": "cert",
    "other": "other",
}


@app.command(
    "skills",
    epilog=examples(
        "standout skills examples/backend-resume.md",
        "standout skills examples/backend-resume.md --format text",
    ),
)
def skills_command(
    resume: Annotated[
        Path,
        typer.Argument(
            metavar="RESUME",
            help="The resume whose skills to list (PDF, DOCX, Markdown, plain text, HTML or "
            "JSON Resume).",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        DataFormat,
        typer.Option("--format", "-f", help="text (a table) or json (a list of skills)."),
    ] = DataFormat.TEXT,
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
    """List the skills a resume shows: applied in a role or project, or only listed.

    Years are computed from the dated roles that mention (or imply) the skill, overlaps
    counted once; 'declared' is what the skills section claims. Places carry line
    numbers; a '*' marks evidence implied by another skill (Django for Python).
    """
    from standout.parse import load_resume
    from standout.skills import extract

    parsed = load_resume(resume, reference_date=parse_reference_date(reference_date))
    profile = extract(parsed)
    if output_format is DataFormat.JSON:
        import json

        from standout.render.serialize import to_jsonable

        emit(json.dumps(to_jsonable(profile.skills), indent=2, ensure_ascii=False), None)
        return
    terminal = console()
    if not profile.skills:
        terminal.print("No skills from the taxonomy found in this resume.")
        return
    terminal.print(_table(profile))


def _table(profile: SkillProfile) -> Table:
    from rich.table import Table

    table = Table(box=None, pad_edge=False, header_style="bold", expand=False)
    table.add_column("skill", overflow="fold", max_width=20)
    table.add_column("category", overflow="fold", max_width=14)
    table.add_column("use", no_wrap=True)
    table.add_column("years", justify="right", no_wrap=True)
    table.add_column("declared", justify="right", no_wrap=True)
    table.add_column("where", overflow="fold", min_width=18)
    for skill in profile.skills:
        table.add_row(
            skill.name,
            skill.category.replace("_", " "),
            "applied" if skill.applied else "listed",
            _years(skill.years_of_use),
            _years(skill.declared_years),
            where(skill),
        )
    return table


def _years(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def where(skill: SkillEvidence) -> str:
    """Places with line numbers: "bullet L14, L22; skills L40" ("*": implied evidence only)."""
    implied_only: dict[str, dict[int, bool]] = {}
    for evidence in skill.evidence:
        label = _PLACE_LABELS.get(evidence.place.value, evidence.place.value)
        lines = implied_only.setdefault(label, {})
        lines[evidence.line] = lines.get(evidence.line, True) and evidence.implied_by is not None
    return "; ".join(
        label + " " + ", ".join(f"L{n}" + ("*" if implied else "") for n, implied in lines.items())
        for label, lines in implied_only.items()
    )
