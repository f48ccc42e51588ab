"""What the human-readable prep outputs show, decided once for terminal, Markdown and HTML.

The questions are grouped by area of the guide (in the guide's order) and numbered in pack
order, which is also the order ``standout practice`` asks them in.
"""

from __future__ import annotations

from dataclasses import dataclass

from standout.model.prep import (
    EvidenceRef,
    PickReason,
    PrepPack,
    PrepQuestion,
    QuestionKind,
    StarOutline,
)
from standout.model.skills import Area
from standout.prep.titles import area_title
from standout.render.text import format_years

KIND_LABELS = {
    QuestionKind.TECHNICAL: "technical",
    QuestionKind.BEHAVIOURAL: "behavioural",
    QuestionKind.SYSTEM_DESIGN: "system design",
}
REASON_LABELS = {
    PickReason.MUST_HAVE: "posting must-have",
    PickReason.TOP_LANGUAGE: "top language",
    PickReason.STACK: "your stack",
    PickReason.AREA: "common question",
}
NO_STORY = "No story yet."


@dataclass(frozen=True, slots=True)
class NumberedQuestion:
    number: int
    question: PrepQuestion


@dataclass(frozen=True, slots=True)
class AreaGroup:
    area: Area
    title: str
    questions: tuple[NumberedQuestion, ...]


@dataclass(frozen=True, slots=True)
class PrepView:
    name: str
    role: str
    summary: str  # "64 questions, 12 without a story yet"
    source: str
    reference_date: str
    posting: str | None  # "Staff Software Engineer (go-staff.txt), match 62/100"
    groups: tuple[AreaGroup, ...]
    must_have: tuple[NumberedQuestion, ...]


def build_prep_view(pack: PrepPack) -> PrepView:
    numbered = [NumberedQuestion(n, q) for n, q in enumerate(pack.questions, start=1)]
    groups: dict[Area, list[NumberedQuestion]] = {}
    for item in numbered:
        groups.setdefault(item.question.area, []).append(item)
    missing = len(pack.without_story)
    count = len(pack.questions)
    summary = f"{count} question{'s' if count != 1 else ''}"
    summary += f", {missing} without a story yet" if missing else ", each with a story to use"
    posting = None
    if pack.posting_source is not None:
        title = pack.posting_title or "Untitled posting"
        score = f", match {pack.match_score}/100" if pack.match_score is not None else ""
        posting = f"{title}{score} ({pack.posting_source})"  # the score before a long path
    return PrepView(
        name=pack.candidate or _source_name(pack.resume_source),
        role=pack.role.value,
        summary=summary,
        source=pack.resume_source,
        reference_date=pack.reference_date,
        posting=posting,
        groups=tuple(
            AreaGroup(area, area_title(area), tuple(groups[area]))
            for area in Area
            if area in groups
        ),
        must_have=tuple(n for n in numbered if n.question.reason is PickReason.MUST_HAVE),
    )


def question_tags(question: PrepQuestion) -> str:
    """ "technical · top language" """
    return f"{KIND_LABELS[question.kind]} · {REASON_LABELS[question.reason]}"


def evidence_label(ref: EvidenceRef) -> str:
    """ "line 12 · Staff Backend Engineer, Ledgerline (Feb 2022 – Present)" """
    return f"line {ref.line} · {ref.context}" if ref.context else f"line {ref.line}"


def star_label(outline: StarOutline) -> str:
    return f"line {outline.line} · {outline.context}" if outline.context else f"line {outline.line}"


def star_areas(outline: StarOutline) -> str:
    return ", ".join(area_title(area) for area in outline.areas)


def years_label(years: float | None, declared: float | None) -> str:
    text = f"{format_years(years)} in dated roles" if years is not None else "years unknown"
    if declared is not None:
        text += f", {format_years(declared)} declared"
    return text


def _source_name(source: str) -> str:
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return name or "Resume"
