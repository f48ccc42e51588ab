"""Years of experience a posting asks for, overall and per skill.

"5+ years of Python", "at least 3 years with AWS", "minimum of 2 years' experience in Go"
ask for years of a skill: the skills named right after the figure (through filler such as
"of professional experience with") or right before it ("Python (5+ years)"). A figure
followed by experience words and no skill ("3-5 years of backend experience", "7 years
building distributed systems") is the overall experience asked for.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from standout.model.skills import Mention

_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
_NUMBER = r"(?:\d{1,2}(?:\.\d)?|" + "|".join(_WORD_NUMBERS) + r")"
# Where a figure may start: at a word boundary, or glued to the word before it when a
# posting lost its line breaks ("will be considered3 years of experience",
# "lifecycle.10 years"), but never inside a number ("2023", "v1.5").
_FIGURE_START = r"(?:\b|(?<=[A-Za-z])(?=\d))(?<!\d)(?<!\d\.)"
YEARS = re.compile(
    r"(?P<lead>\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|min\.?|over|more\s+than)\s+)?"
    r"(?:\(\s*)?" + _FIGURE_START + r"(?P<low>" + _NUMBER + r")\s*(?:\)\s*)?(?P<plus>\+|\s*plus\b)?"
    r"(?:\s*(?:-|–|—|to)\s*(?P<high>" + _NUMBER + r")\s*\+?)?"
    r"\s*(?:or\s+more\s+)?(?:years?|yrs?)\b(?:['’]s?)?(?:\s+or\s+more)?",
    re.IGNORECASE,
)
# Figures that are not experience asked for.
_NOT_EXPERIENCE = re.compile(
    r"^\s*(?:old|of\s+age|ago|in\s+business|in\s+operation|running|of\s+(?:college|school|"
    r"university|study)|warranty)\b",
    re.IGNORECASE,
)
_PAST_WINDOW = re.compile(r"\b(?:past|last|next|first|within|every|for\s+the)\s*$", re.IGNORECASE)
# Words that may stand between a figure and the skills it is about.
_FILLER = frozenset(
    """
    of in with using on for the a an as and professional commercial industry production
    relevant practical proven solid strong direct progressive recent working demonstrable
    demonstrated related hands-on hands software backend back-end server-side development
    developing programming coding engineering technical experience experiences exp hands
    work expertise building developing writing designing with applied
    """.split()
)
_EXPERIENCE_WORDS = frozenset(
    "experience experiences exp development programming engineering industry work".split()
)
_LIST_GLUE = re.compile(r"^(?:[\s,/&()+]|\band/or\b|\band\b|\bor\b)*$", re.IGNORECASE)
_BACK_GLUE = re.compile(r"^[\s:(\-–,]*(?:with|for|of)?[\s:(\-–,]*$", re.IGNORECASE)


_MOST_YEARS_ASKED = 25
# How many words after a figure's first plain word may still say "experience".
_EXPERIENCE_REACH = 8
_CLAUSE_ENDS = frozenset(".;:!?(")


@dataclass(frozen=True, slots=True)
class YearsHit:
    minimum: float
    maximum: float | None
    start: int  # offsets relative to the unit's text
    end: int
    skills: tuple[int, ...]  # indexes of the unit's mentions the figure is about
    overall: bool  # the figure is about experience in general


def _number(token: str) -> float:
    return float(_WORD_NUMBERS.get(token.lower(), 0) or token)


def _attached_after(
    text: str, end: int, local: Sequence[tuple[int, int, int]]
) -> tuple[tuple[int, ...], bool]:
    """Skills named after a figure, and whether experience words stood before them."""
    words = list(re.finditer(r"[A-Za-z][\w'’+#.-]*|[^\s\w]", text[end:]))
    saw_experience = False
    cursor = end
    for position, word in enumerate(words):
        absolute = end + word.start()
        starting = [item for item in local if item[1] == absolute]
        if not starting:
            # a mention may start inside a token boundary ("Node.js")
            starting = [item for item in local if cursor <= item[1] < end + word.end()]
        if starting:
            return _list_from(text, starting[0], local), saw_experience
        token = word.group().lower().strip("'’.")
        if token in _EXPERIENCE_WORDS or (token in _FILLER and token.endswith("ing")):
            saw_experience = True
        if token not in _FILLER and token not in {"'", "’", "-", "(", ")"}:
            # "7 years building distributed systems": a gerund opens general experience,
            # and so does "5 years project management experience".
            # "3-6 years of database management/administration and performance tuning
            # experience": the experience word may come a few words on, in the same clause.
            ahead = [w.group().lower() for w in words[position : position + _EXPERIENCE_REACH]]
            clause = itertools.takewhile(lambda w: w not in _CLAUSE_ENDS, ahead)
            said = any(w.startswith(("experience", "exp.")) for w in clause)
            overall = saw_experience or token.endswith("ing") or said
            return (), overall
        cursor = end + word.end()
    return (), saw_experience


def _list_from(
    text: str, first: tuple[int, int, int], local: Sequence[tuple[int, int, int]]
) -> tuple[int, ...]:
    chosen = [first]
    for item in local:
        if item[1] <= chosen[-1][1]:
            continue
        glue = text[chosen[-1][2] : item[1]]
        if _LIST_GLUE.match(glue):
            chosen.append(item)
        else:
            break
    return tuple(index for index, _, _ in chosen)


def find_years(text: str, base: int, mentions: Sequence[Mention]) -> list[YearsHit]:
    """Every years figure of one unit, with the skills it is about."""
    local = [(i, m.start - base, m.end - base) for i, m in enumerate(mentions)]
    hits: list[YearsHit] = []
    for match in YEARS.finditer(text):
        if _NOT_EXPERIENCE.match(text[match.end() :]) or _PAST_WINDOW.search(text[: match.start()]):
            continue
        low = _number(match.group("low"))
        high = _number(match.group("high")) if match.group("high") else None
        if (high is not None and high < low) or low > _MOST_YEARS_ASKED:
            continue  # "with more than 50 years of experience, Acme...": the company's age
        skills, overall = _attached_after(text, match.end(), local)
        if not skills:
            before = [item for item in local if item[2] <= match.start()]
            if before and _BACK_GLUE.match(text[before[-1][2] : match.start()]):
                skills, overall = (before[-1][0],), False
        hits.append(YearsHit(low, high, match.start(), match.end(), skills, overall and not skills))
    return hits
