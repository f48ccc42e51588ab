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

A name glued into an identifier is no mention either: joined by an underscore to a word
("SWB-EBS_Support"), or an all-capitals name hyphenated to a code or a proper name
("HCL-Comnet", "SWB-EBS"); "Kafka-based" and "AWS-hosted" still count.

Where occurrences overlap, the leftmost wins and, among those, the longest ("Spring
Boot" over "Spring", "Ruby on Rails" over "Ruby" and "Rails").

Single-letter forms ("C", "R") would report every letter of the text. They enter the
automaton with the characters allowed around them instead ("c," " c " "(r)"), so only
letters standing alone are reported, and only capitals are kept: never "R&D", "Q&A", a
dotted initial ("J.R.R.") or "Objective-C".
"""

from __future__ import annotations

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


# length, form, skill ids, several tokens, a lone letter with the characters around it
_Payload = tuple[int, str, tuple[str, ...], bool, bool]
_new_candidate = tuple.__new__  # skips the named tuple's Python-level __new__: a hot path

# What may stand around a single-letter name ("C, C++", "(R)", "in C."): keys of three
# characters, so that the automaton only reports letters standing alone.
_LETTER_BEFORE = ' \t\n(/[,:;|"•·{<'
_LETTER_AFTER = ' \t\n)/],:;|."•·}>'
_LONGEST_AFTER_LETTER = 40  # no form that starts with a lone letter is longer


class SurfaceMatcher:
    """A multi-pattern matcher over lowercased surface forms, built once and reused."""

    __slots__ = ("_automaton",)

    def __init__(self, forms: Mapping[str, tuple[str, ...]]) -> None:
        automaton = ahocorasick.Automaton()
        add_word = automaton.add_word
        for form, skill_ids in forms.items():
            size = len(form)
            if size > 1:
                if not form.isspace():
                    add_word(form, (size, form, skill_ids, not form.isalnum(), False))
            elif size == 1 and not form.isspace():
                letter: _Payload = (3, form, skill_ids, False, True)
                for before in _LETTER_BEFORE:
                    for after in _LETTER_AFTER:
                        add_word(before + form + after, letter)
        automaton.make_automaton()
        self._automaton = automaton

    def find(self, text: str) -> list[Candidate]:
        """Occurrences at token boundaries, leftmost-longest, in text order.

        The automaton's own leftmost-longest scan does most of the work in C, over the
        lowercased text padded with a space at each end (so that the characters around
        a match always exist; offsets are shifted back). Two rare cases need a second
        look: a long form that starts inside a word may hide a valid one that starts
        within it ("forest API" holds "rest api"), so the scan restarts at the next
        word; and a long form that ends inside a word may hide a valid shorter one
        ("Spring Boots" still holds "Spring").
        """
        padded = " " + _lower_keep_length(text) + " "
        found: list[Candidate] = []
        position = 0
        reach = -1  # a form found past a letter's own match covers the text up to here
        while True:
            restart = -1
            for last, (length, form, skill_ids, several, letter) in self._automaton.iter_long(
                padded, position
            ):
                # In the text's own offsets the match is [start, end); padded[start] is
                # the character before it and padded[end + 1] the one after.
                start = last - length
                end = last
                if start < reach:
                    continue
                if letter:
                    start += 1
                    end -= 1
                    if not text[start].isupper() or (
                        padded[last] == "." and padded[last + 1].isalnum()
                    ):
                        continue
                    # "C programming", "R Shiny": a longer form may start at the letter.
                    longer = self._longer_at(padded, start + 1) if padded[last] == " " else None
                    if longer is not None:
                        found.append(longer)
                        reach = longer.end
                    else:
                        found.append(_new_candidate(Candidate, (start, end, form, skill_ids)))
                    continue
                before = padded[start]
                if before.isalnum() or (before == "-" and _after_short_prefix(padded, start + 1)):
                    if several:
                        restart = _next_word(padded, start + 1, end + 1)
                        if restart >= 0:
                            break
                    continue
                after = padded[last + 1]
                if (before in "-_" or after in "-_") and _in_identifier(text, padded, start, last):
                    continue
                if after.isalnum() or after in "+#":
                    if not _ends_cleanly(padded, last + 1, form):
                        if several:
                            found.extend(self._shorter(padded, start + 1, last + 1))
                        continue
                found.append(_new_candidate(Candidate, (start, end, form, skill_ids)))
            if restart < 0:
                break
            position = restart
        return found

    def _longer_at(self, padded: str, start: int) -> Candidate | None:
        """The longest form of several characters that starts at ``start`` (an offset into
        the padded text) and ends cleanly, if any."""
        best: Candidate | None = None
        for last, (length, form, skill_ids, _, letter) in self._automaton.iter(
            padded, start, start + _LONGEST_AFTER_LETTER
        ):
            if letter or length < 2 or last - length + 1 != start:
                continue
            if padded[last + 1].isalnum() and not _ends_cleanly(padded, last + 1, form):
                continue
            if best is None or length > best.end - best.start:
                best = Candidate(start - 1, last, form, skill_ids)
        return best

    def _shorter(self, padded: str, start: int, end: int) -> list[Candidate]:
        """The longest form that starts at ``start``, ends before ``end`` and ends cleanly
        (offsets into the padded text)."""
        best: Candidate | None = None
        for last, (length, form, skill_ids, _, letter) in self._automaton.iter(
            padded, start, end - 1
        ):
            if not letter and last - length + 1 == start and _ends_cleanly(padded, last + 1, form):
                if best is None or length > best.end - best.start:
                    best = Candidate(start - 1, last, form, skill_ids)
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


def _in_identifier(text: str, padded: str, start: int, end: int) -> bool:
    """Whether the match ``text[start:end]`` is glued into an identifier or a code name.

    ``padded`` is the lowercased text with one space at each end, so ``padded[start]`` is
    the character before the match and ``padded[end + 1]`` the one after.
    """
    before, after = padded[start], padded[end + 1]
    if (before == "_" and padded[start - 1].isalnum()) or (
        after == "_" and padded[end + 2].isalnum()
    ):
        return True
    if not text[start:end].isupper():  # "Kafka-based", "Spring-Boot" are prose
        return False
    if before == "-" and padded[start - 1].isalnum():  # "SWB-EBS"
        return True
    return after == "-" and text[end + 1 : end + 2].isupper()  # "HCL-Comnet"


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
