"""Find every taxonomy name and alias in a text in one pass.

An Aho-Corasick automaton over the lowercased surface forms reports every occurrence;
each one is then checked against token boundaries, because the automaton alone would
find "java" inside "JavaScript" and "go" inside "algorithm":

- the character before a form must not be a letter or digit (so "ASP.NET" is not ".NET"
  unless the taxonomy names it, and "JavaScript" never yields "Java");
- the character after must not be a letter or digit, nor "+" or "#" (so "C" is not found
  in "C++" or "C#"), except for a version number glued to a name of three letters or
  more ("Python3", "Vue3", "HTML5"), which is skipped as long as a boundary follows it.

Where accepted occurrences overlap, the leftmost wins and, among those, the longest
("Spring Boot" over "Spring", "Ruby on Rails" over "Ruby" and "Rails").

Single-letter forms ("C", "R") are kept out of the automaton: they would report every
letter of the text. A regular expression finds them instead, only as standalone letters
that are not glued to "&" ("R&D", "Q&A") or a dot-separated initial ("J.R.R.").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import ahocorasick

MIN_VERSIONED_FORM = 3  # "go1" is too ambiguous to read as a version suffix


@dataclass(frozen=True, slots=True)
class Candidate:
    """A surface form found at token boundaries, before any context rule is applied."""

    start: int
    end: int
    form: str  # the lowercased surface form as stored in the taxonomy
    skill_ids: tuple[str, ...]


class SurfaceMatcher:
    """A multi-pattern matcher over lowercased surface forms, built once and reused."""

    __slots__ = ("_automaton", "_letters", "_single")

    def __init__(self, forms: Mapping[str, tuple[str, ...]]) -> None:
        automaton = ahocorasick.Automaton()
        single: dict[str, tuple[str, ...]] = {}
        for form, skill_ids in forms.items():
            if not form.strip():
                continue
            if len(form) == 1:
                single[form] = skill_ids
                continue
            automaton.add_word(form, (len(form), form, skill_ids))
        automaton.make_automaton()
        self._automaton = automaton
        self._single = single
        self._letters = _single_letter_pattern(single)

    def find(self, text: str) -> list[Candidate]:
        """Occurrences at token boundaries, leftmost-longest, in text order."""
        lower = _lower_keep_length(text)
        size = len(lower)
        found: list[tuple[int, int, str, tuple[str, ...]]] = []
        for last, (length, form, skill_ids) in self._automaton.iter(lower):
            start = last - length + 1
            end = last + 1
            if start > 0 and lower[start - 1].isalnum():
                continue
            if end < size and not _ends_cleanly(lower, end, form):
                continue
            found.append((start, end, form, skill_ids))
        if self._letters is not None:
            for match in self._letters.finditer(text):
                form = match.group().lower()
                found.append((match.start(), match.end(), form, self._single[form]))
        return _leftmost_longest(found)


def _lower_keep_length(text: str) -> str:
    """``text.lower()``, but never changing the length (offsets must stay valid)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _ends_cleanly(lower: str, end: int, form: str) -> bool:
    following = lower[end]
    if following in "+#":
        return False
    if not following.isalnum():
        return True
    if not following.isdigit() or len(form) < MIN_VERSIONED_FORM or not form[-1].isalpha():
        return False
    # A version glued to the name: digits, optionally dotted ("python3", "java1.8").
    index = end
    size = len(lower)
    while index < size and (lower[index].isdigit() or lower[index] == "."):
        index += 1
    while lower[index - 1] == ".":  # a trailing full stop ends the sentence, not the version
        index -= 1
    return index >= size or not lower[index].isalnum()


def _single_letter_pattern(single: Mapping[str, tuple[str, ...]]) -> re.Pattern[str] | None:
    if not single:
        return None
    letters = "".join(sorted({form.lower() for form in single} | {f.upper() for f in single}))
    # Not after a letter, digit, "&", ".", "-" or "'" ("R&D", "J.R.", "Objective-C" are
    # other tokens); not before a letter, digit, "+", "#", "&", "-" or a dotted initial.
    return re.compile(rf"(?<![\w&.\-'])[{re.escape(letters)}](?![\w+#&'\-]|\.\w)")


def _leftmost_longest(
    found: list[tuple[int, int, str, tuple[str, ...]]],
) -> list[Candidate]:
    found.sort(key=lambda item: (item[0], -item[1]))
    kept: list[Candidate] = []
    reach = -1
    for start, end, form, skill_ids in found:
        if start < reach:
            continue
        kept.append(Candidate(start, end, form, skill_ids))
        reach = end
    return kept
