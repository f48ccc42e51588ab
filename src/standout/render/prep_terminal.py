"""The prep pack for a terminal (Rich): talking points, posting gaps, questions by area with
the candidate's material, STAR outlines and the soft-skill checklist; readable at 80 columns.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from standout.model.prep import (
    CheckStatus,
    EvidenceRef,
    GapQuestion,
    PrepPack,
    SoftSkillCheck,
    StarOutline,
    TalkingPointsCard,
)
from standout.render.prep_view import (
    NO_STORY,
    NumberedQuestion,
    PrepView,
    build_prep_view,
    evidence_label,
    question_tags,
    star_areas,
    star_label,
    years_label,
)
from standout.render.terminal import DEFAULT_WIDTH, capture
from standout.render.text import truncate

STATUS_STYLES = {
    CheckStatus.SHOWN: "green",
    CheckStatus.PARTLY: "yellow",
    CheckStatus.MISSING: "red",
}


def render_prep_terminal(pack: PrepPack, *, width: int = DEFAULT_WIDTH, color: bool = False) -> str:
    return capture(prep_renderable(pack, width=width), width=width, color=color)


def prep_renderable(pack: PrepPack, *, width: int = DEFAULT_WIDTH) -> RenderableType:
    view = build_prep_view(pack)
    parts: list[RenderableType] = [_header(view, width)]
    parts += _section("Talking points for your top languages", _cards(pack.talking_points, width))
    if view.posting is not None:
        parts += _section("For this posting", _posting(view, pack.gaps, width))
    for group in view.groups:
        parts += _section(group.title, [_question(item, width) for item in group.questions])
    parts += _section("STAR outlines from your measured bullets", _stars(pack.star_outlines, width))
    parts += _section("Soft-skill checklist", _checklist(pack.soft_skills, width))
    return Group(*parts)


def _section(title: str, body: Iterable[RenderableType]) -> list[RenderableType]:
    items = list(body)
    if not items:
        return []
    return [Text(""), Text(title, style="bold underline"), *items]


def _header(view: PrepView, width: int) -> RenderableType:
    title = Text.assemble(
        ("Interview preparation: ", "bold"),
        (truncate(view.name, max(10, width - 40)), "bold"),
        ("  ·  target: ", "dim"),
        (f"{view.role} backend role", "bold"),
    )
    lines: list[RenderableType] = [title, Text(view.summary)]
    if view.posting is not None:
        lines.append(Text(truncate("Posting: " + view.posting, width)))
    lines.append(
        Text(truncate(f"{view.source} · reference date {view.reference_date}", width), style="dim")
    )
    return Group(*lines)


def _grid(first_width: int) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, width=first_width)
    grid.add_column(ratio=1)
    return grid


def _ref_text(ref: EvidenceRef, width: int) -> Text:
    text = Text(truncate(evidence_label(ref), width), style="dim")
    text.append(f"\n“{ref.text}”", style="italic")
    return text


def _cards(cards: tuple[TalkingPointsCard, ...], width: int) -> list[RenderableType]:
    rows: list[RenderableType] = []
    for card in cards:
        rows.append(
            Text.assemble(
                (card.name, "bold"),
                (f"  {years_label(card.years_of_use, card.declared_years)}", "dim"),
            )
        )
        grid = _grid(14)
        projects = Text(card.projects_note)
        for ref in card.projects:
            projects.append("\n")
            projects.append_text(_ref_text(ref, width - 16))
        grid.add_row(Text("Projects", style="bold"), projects)
        grid.add_row(Text("Features", style="bold"), Text(card.features))
        grid.add_row(Text("Years", style="bold"), Text(card.years_note))
        optimisations = Text(card.optimisations_note)
        for ref in card.optimisations:
            optimisations.append("\n")
            optimisations.append_text(_ref_text(ref, width - 16))
        grid.add_row(Text("Optimisations", style="bold"), optimisations)
        rows.append(grid)
    return rows


def _posting(view: PrepView, gaps: tuple[GapQuestion, ...], width: int) -> list[RenderableType]:
    rows: list[RenderableType] = []
    if view.must_have:
        numbers = ", ".join(f"Q{item.number}" for item in view.must_have)
        rows.append(Text(f"Questions on its must-haves: {numbers} (below, by area)."))
    for gap in gaps:
        rows.append(Text(""))
        rows.append(
            Text.assemble(
                (f"Gap: {gap.name}", "bold yellow"), (f"  posting line {gap.posting_line}", "dim")
            )
        )
        rows.append(Text(gap.question))
        if gap.related:
            closest = "; ".join(
                f"{r.name} ({r.relation}{f', line {r.line}' if r.line else ''})"
                for r in gap.related
            )
            rows.append(Text("Closest in your resume: " + closest, style="cyan"))
        grid = _grid(2)
        for number, step in enumerate(gap.answer_outline, start=1):
            grid.add_row(Text(f"{number}."), Text(step))
        rows.append(grid)
    return rows


def _question(item: NumberedQuestion, width: int) -> RenderableType:
    question = item.question
    grid = _grid(4)
    body = Text(question.text, style="bold")
    body.append("\n" + question_tags(question) + " · " + question.why, style="dim")
    if question.evidence:
        for ref in question.evidence:
            body.append("\n")
            body.append_text(_ref_text(ref, width - 6))
    else:
        body.append(f"\n{NO_STORY} {question.story_prompt or ''}", style="yellow")
    if question.star is not None:
        body.append(f"\nSTAR outline: {star_label(question.star)}", style="cyan")
    body.append("\nA strong answer: " + question.guidance)
    grid.add_row(Text(f"Q{item.number}", style="bold"), body)
    return Group(Text(""), grid)


def _stars(outlines: tuple[StarOutline, ...], width: int) -> list[RenderableType]:
    rows: list[RenderableType] = []
    for outline in outlines:
        rows.append(Text(""))
        rows.append(Text(truncate(star_label(outline), width), style="bold"))
        rows.append(Text(f"“{outline.bullet}”", style="italic"))
        rows.append(Text("For: " + star_areas(outline), style="dim"))
        grid = _grid(10)
        for label, value in (
            ("Situation", outline.situation),
            ("Task", outline.task),
            ("Action", outline.action),
            ("Result", outline.result),
        ):
            grid.add_row(Text(label, style="bold"), Text(value))
        rows.append(grid)
    return rows


def _checklist(checks: tuple[SoftSkillCheck, ...], width: int) -> list[RenderableType]:
    rows: list[RenderableType] = []
    for check in checks:
        rows.append(Text(""))
        rows.append(
            Text.assemble(
                (check.title, "bold"),
                ("  " + check.status.value, STATUS_STYLES[check.status]),
                (f"  {check.score}/100", "dim"),
            )
        )
        grid = _grid(1)
        for item in check.items:
            mark = Text("✓", style="green") if item.satisfied > 0 else Text("✗", style="red")
            body = Text(item.description)
            for evidence in item.evidence:
                body.append(
                    "\n" + truncate(f"line {evidence.line}: “{evidence.text}”", width - 4),
                    style="dim",
                )
            grid.add_row(mark, body)
        rows.append(grid)
        if check.status is not CheckStatus.SHOWN:
            rows.append(Text("To prepare: " + check.prompt, style="cyan"))
    return rows
