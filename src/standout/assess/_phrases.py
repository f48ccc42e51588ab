"""Find many literal phrases in one pass over a text (Aho-Corasick).

Phrases come from the framework data and are written in lower case. A phrase ending
in ``*`` matches any word that starts with it ("automat*" finds "automated" and
"automation"); any other phrase must end on a word boundary. Every phrase must start on
a word boundary, so "api" does not match inside "rapid".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

import ahocorasick

T = TypeVar("T")


# (start, end (exclusive), phrase as declared, tags): plain tuples, because building
# thousands of objects per resume would cost more than the search itself.
PhraseHit = tuple[int, int, str, tuple[T, ...]]


def lower_same_length(text: str) -> str:
    """``text.lower()`` with offsets kept: characters whose lower case is longer stay as is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class PhraseMatcher(Generic[T]):
    """Every occurrence of any of many phrases, each phrase carrying one or more tags."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        grouped: dict[str, list[T]] = {}
        for phrase, tag in entries:
            key = phrase.strip().lower()
            if key:
                grouped.setdefault(key, []).append(tag)
        # one automaton key per literal; a literal may be declared both as a whole word
        # and as a prefix ("api" and "api*"), each with its own tags
        variants: dict[str, list[tuple[bool, str, tuple[T, ...]]]] = {}
        for phrase, tags in grouped.items():
            prefix = phrase.endswith("*")
            literal = phrase[:-1] if prefix else phrase
            variants.setdefault(literal, []).append((prefix, phrase, tuple(tags)))
        self._automaton = ahocorasick.Automaton()
        for literal, declared in variants.items():
            # whether the literal starts and ends on a word character never changes, so
            # the boundary tests below only look at the text around it when they matter
            # most literals are one whole word or phrase: their hit skips the loop below
            whole = declared[0][1:] if len(declared) == 1 and not declared[0][0] else None
            self._automaton.add_word(
                literal,
                (len(literal), literal[0].isalnum(), literal[-1].isalnum(), tuple(declared), whole),
            )
        self._empty = not variants
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, lowered: str) -> list[PhraseHit[T]]:
        """Hits in ``lowered`` (already lower case), in order of their end offset."""
        if self._empty:
            return []
        hits: list[PhraseHit[T]] = []
        append = hits.append
        length = len(lowered)
        for last, value in self._automaton.iter(lowered):
            literal_length, first_alnum, last_alnum, declared, whole = value
            start = last - literal_length + 1
            if first_alnum and start and lowered[start - 1].isalnum():
                continue
            after = last + 1
            inside_word = last_alnum and after < length and lowered[after].isalnum()
            if whole is not None:
                if not inside_word:
                    append((start, after, *whole))
                continue
            word_end = -1
            for prefix, phrase, tags in declared:
                if prefix:
                    if word_end < 0:
                        word_end = after
                        while word_end < length and lowered[word_end].isalnum():
                            word_end += 1
                    append((start, word_end, phrase, tags))
                elif not inside_word:
                    append((start, after, phrase, tags))
        return hits
