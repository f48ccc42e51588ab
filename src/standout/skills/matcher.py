"""Find every taxonomy name and alias in a text in one pass.

An Aho-Corasick automaton over the lowercased surface forms reports every occurrence;
each one is then checked against token boundaries, because the automaton alone would
find "java" inside "JavaScript" and "go" inside "algorithm":

- the character before a form must not be a letter or digit (so "ASP.NET" is not ".NET"
  unless the taxonomy names it, and "JavaScript" never yields "Java"), nor a hyphen after
  a one- or two-letter prefix ("X-Ray" is not "Ray");
- the character after must not be a letter or digit, nor "+" or "#" (so "C" is not found
  in "C++" or "C#"), except for a version number glued to a name of three letters or
  more ("Python3", "Vue3", "HTML5"), which is skipped as long as a boundary follows it.

Where occurrences overlap, the leftmost wins and, among those, the longest ("Spring
Boot" over "Spring", "Ruby on Rails" over "Ruby" and "Rails").

Single-letter forms ("C", "R") are kept out of the automaton: they would report every
letter of the text. A regular expression finds them instead, only as standalone capitals
that are not glued to "&" ("R&D", "Q&A") or a dot-separated initial ("J.R.R.").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from typing import NamedTuple

import ahocorasick

MIN_VERSIONED_FORM = 3  # "go1" is too ambiguous to read as a version suffix


class Candidate(NamedTuple):
    """A surface form found at token boundaries, before any context rule is applied."""

    start: int
    end: int
    form: str  # the lowercased surface form as stored in the taxonomy
    skill_ids: tuple[str, ...]


_Payload = tuple[int, str, tuple[str, ...], bool]  # length, form, skill ids, several tokens
_new_candidate = tuple.__new__  # skips the named tuple's Python-level __new__: a hot path


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
            payload: _Payload = (len(form), form, skill_ids, not form.isalnum())
            automaton.add_word(form, payload)
        automaton.make_automaton()
        self._automaton = automaton
        self._single = single
        self._letters = _single_letter_pattern(single)

    def find(self, text: str) -> list[Candidate]:
        """Occurrences at token boundaries, leftmost-longest, in text order.

        The automaton's own leftmost-longest scan does most of the work in C. Two rare
        cases need a second look: a long form that starts inside a word may hide a valid
        one that starts within it ("forest API" holds "rest api"), so the scan restarts
        at the next word; and a long form that ends inside a word may hide a valid
        shorter one ("Spring Boots" still holds "Spring").
        """
        lower = _lower_keep_length(text)
        size = len(lower)
        found: list[Candidate] = []
        position = 0
        while True:
            restart = -1
            for last, (length, form, skill_ids, several) in self._automaton.iter_long(
                lower, position
            ):
                start = last - length + 1
                end = last + 1
                before = lower[start - 1] if start else " "
                if before.isalnum() or (before == "-" and _after_short_prefix(lower, start)):
                    if several:
                        restart = _next_word(lower, start, end)
                        if restart >= 0:
                            break
                    continue
                if end < size and (lower[end].isalnum() or lower[end] in "+#"):
                    if not _ends_cleanly(lower, end, form):
                        if several:
                            found.extend(self._shorter(lower, start, end))
                        continue
                found.append(_new_candidate(Candidate, (start, end, form, skill_ids)))
            if restart < 0:
                break
            position = restart
        if self._letters is not None:
            for match in self._letters.finditer(text):
                form = match.group().lower()
                candidate = Candidate(match.start(), match.end(), form, self._single[form])
                _insert_free(found, candidate)
        return found

    def _shorter(self, lower: str, start: int, end: int) -> list[Candidate]:
        """The longest form that starts at ``start``, ends before ``end`` and ends cleanly."""
        best: Candidate | None = None
        for last, (length, form, skill_ids, _) in self._automaton.iter(lower, start, end - 1):
            if last - length + 1 == start and _ends_cleanly(lower, last + 1, form):
                if best is None or length > best.end - best.start:
                    best = Candidate(start, last + 1, form, skill_ids)
        return [] if best is None else [best]


def _next_word(lower: str, start: int, end: int) -> int:
    """Where the next word begins after ``start``, if before ``end``; else -1."""
    index = start + 1
    while index < end and lower[index].isalnum():
        index += 1
    while index < end and not lower[index].isalnum() and lower[index] not in ".#":
        index += 1
    return index if index < end else -1


def _lower_keep_length(text: str) -> str:
    """``text.lower()``, but never changing the length (offsets must stay valid)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _after_short_prefix(lower: str, start: int) -> bool:
    """A form glued by a hyphen to a one- or two-letter prefix: "X-Ray", "e-Commerce"."""
    index = start - 1
    while index > 0 and lower[index - 1].isalpha():
        index -= 1
    return 0 < start - 1 - index <= 2 and (index == 0 or not lower[index - 1].isalnum())


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
    letters = re.escape("".join(sorted(form.upper() for form in single)))
    # Capitals only: a lone lowercase "c" or "r" is never a language. Not after a letter,
    # digit, "&", ".", "-" or "'" ("R&D", "J.R.", "Objective-C" are other tokens); not
    # before a letter, digit, "+", "#", "&", "-" or a dotted initial. The letter comes
    # first in the pattern so that the scan for it runs in C.
    return re.compile(rf"[{letters}](?<![\w&.\-'][{letters}])(?![\w+#&'\-]|\.\w)")


def _insert_free(found: list[Candidate], candidate: Candidate) -> None:
    """Insert in start order unless it overlaps an occurrence already found."""
    index = bisect_left(found, candidate.start, key=lambda c: c.start)
    if index > 0 and found[index - 1].end > candidate.start:
        return
    if index < len(found) and found[index].start < candidate.end:
        return
    found.insert(index, candidate)
