"""Figures a role's own text states for its skills: "2 years of experience in Python",
"Worked as a Java developer for 1 year".

A dated role names every skill it touched but not for how long. When its text states a
figure, the role counts that many months, its last ones, for the skills the figure
covers: those it names, and those whose every piece of evidence in the role stands in
the figure's sentence ("Python API developer having 2 years of experience in Python-
MongoDB" gives API design and the NoSQL that MongoDB implies 2 years too). A skill the
role also shows elsewhere keeps the role's span.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from standout.model.skills import Evidence, Mention

# "2 years of experience in Python", "1.1+ Years of experience in Asp.net MVC", "6 years
# professional experience with Kafka": a figure the resume states for the skills that
# follow. Found from the word "experience" (a plain find; a regex scan of the whole text
# costs a fifth of the extraction), the figure before it, the lead-in after it.
_EXPERIENCE = "experience"
_FIGURE_BEFORE = re.compile(
    r"\b(\d{1,2}(?:\.\d)?)\s*\+?\s*(years?|yrs?|months?)\.?\s+(?:of\s+)?"
    r"(?:(?:hands[- ]on|professional|working|industry|relevant|total)\s+)?\Z",
    re.IGNORECASE,
)
_LEAD_IN_AFTER = re.compile(r"\s+(?:in|with|on|using)\s", re.IGNORECASE)
_FIGURE_CHARS = 50  # "1.1+ Years of hands-on " and then some
# "... developer of Movex ERP for 1\nyear.": a figure for the skills before it in its
# sentence, which a line break may split.
_FOR = "for"
_FOR_FIGURE = re.compile(
    r"for\s+(?:(?:about|around|over|nearly|almost)\s+)?(\d{1,2}(?:\.\d)?)\s*\+?\s*"
    r"(years?|yrs?|months?)\b",
    re.IGNORECASE,
)
# Where the skills a stated figure covers end: the clause's end, or at most this far on.
_CLAUSE_END = re.compile(r"[.;](?:\s|$)|\n")
_CLAUSE_CHARS = 100
# Where a figure's sentence begins: after a line break or a sentence's end, at most this
# far back.
_SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)|\n")
_SENTENCE_CHARS = 150


@dataclass(frozen=True, slots=True)
class StatedFigure:
    """Months a role's text states, for the skills named in ``[clause_start, clause_end)``
    and for those shown only in ``[sentence_start, clause_end)``."""

    role: int
    months: int
    sentence_start: int
    clause_start: int
    clause_end: int


def stated_figures(text: str, role_at: Callable[[int], int | None]) -> list[StatedFigure]:
    """Every figure stated inside a role's text (``role_at`` maps an offset to its role)."""
    figures: list[StatedFigure] = []
    lowered = text.lower()
    word = lowered.find(_EXPERIENCE)
    while word >= 0:
        after = word + len(_EXPERIENCE)
        figure = _FIGURE_BEFORE.search(text, max(word - _FIGURE_CHARS, 0), word)
        lead_in = _LEAD_IN_AFTER.match(text, after) if figure else None
        word = lowered.find(_EXPERIENCE, after)
        if figure is None or lead_in is None:
            continue
        role = role_at(figure.start())
        if role is None:
            continue
        clause_start = lead_in.end()
        clause_end = _CLAUSE_END.search(text, clause_start, clause_start + _CLAUSE_CHARS)
        end = clause_end.start() if clause_end else clause_start + _CLAUSE_CHARS
        months = _months(figure.group(1), figure.group(2))
        sentence = _sentence_start(text, figure.start())
        figures.append(StatedFigure(role, months, sentence, clause_start, end))
    word = lowered.find(_FOR)
    while word >= 0:
        figure = _FOR_FIGURE.match(text, word)
        if figure is not None and (word == 0 or not text[word - 1].isalnum()):
            role = role_at(word)
            if role is not None:
                sentence = _sentence_start(text, word)
                months = _months(figure.group(1), figure.group(2))
                figures.append(StatedFigure(role, months, sentence, sentence, word))
        word = lowered.find(_FOR, word + len(_FOR))
    return figures


def stated_months(
    figures: Sequence[StatedFigure],
    mentions: Sequence[Mention],
    found: Mapping[str, Sequence[Evidence]],
) -> dict[str, dict[int, int]]:
    """Months per skill and role that the figures state; the largest when several do."""
    stated: dict[str, dict[int, int]] = {}
    if not figures:
        return stated
    starts = [mention.start for mention in mentions]
    for figure in figures:
        first = bisect_left(starts, figure.clause_start)
        for mention in mentions[first : bisect_left(starts, figure.clause_end, first)]:
            _bound(stated, mention.skill_id, figure)
    for skill_id, evidence in found.items():
        for figure in figures:
            if _shown_only_in_sentence(evidence, figure):
                _bound(stated, skill_id, figure)
    return stated


def _bound(stated: dict[str, dict[int, int]], skill_id: str, figure: StatedFigure) -> None:
    by_role = stated.setdefault(skill_id, {})
    by_role[figure.role] = max(by_role.get(figure.role, 0), figure.months)


def _shown_only_in_sentence(evidence: Sequence[Evidence], figure: StatedFigure) -> bool:
    """Whether the skill's evidence in the figure's role all stands in its sentence."""
    in_role = [item.mention.start for item in evidence if item.role_index == figure.role]
    return bool(in_role) and all(
        figure.sentence_start <= start < figure.clause_end for start in in_role
    )


def _months(number: str, unit: str) -> int:
    value = float(number)
    return round(value if unit[0] in "mM" else value * 12)


def _sentence_start(text: str, position: int) -> int:
    low = max(position - _SENTENCE_CHARS, 0)
    start = low
    for boundary in _SENTENCE_BREAK.finditer(text, low, position):
        start = boundary.end()
    return start
