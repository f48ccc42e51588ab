"""The posting's own vocabulary: the domain phrases it uses that are not taxonomy skills.

What a reader needs from this list are the posting's domain terms ("payment processing",
"claims adjudication", "middle tier", "security clearance"), not its filler ("allocate
resources", "team members"). Plain counting, no language model: the text is cut into runs
of words at punctuation, function words and skill mentions; every 2-3 word phrase of a run
is a candidate when it looks like a noun phrase:

- no word of it is job-ad vocabulary ("please", "excellent", "members", "tasks"; the
  stop-list is data: ``standout/data/posting_terms.json``);
- at least one word is not generic ("trading systems" is a term, "software systems" not);
- it doesn't start with a verb in any form ("allocate resources", "building services"),
  nor end with one (a gerund is a noun there: "error handling"), an adverb or a describing
  word ("cross-team technical").

A unit that reads as small print (a legal notice, how to apply, the perks: markers in the
same data file) is skipped wherever it stands, and so are the benefits and "about us". A
phrase is kept when the posting uses it at least twice, or (two words only) once where it
asks for something: under requirements, nice-to-haves or responsibilities, or in a
sentence that asks for a skill. Longer phrases win over the phrases inside them; at most
``MAX_TERMS`` are kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from standout.model.posting import KeyTerm

MAX_TERMS = 20  # the match shows at most 10 of them, those the resume never uses
ASKING_WEIGHT = 2  # the weight of a unit where the posting asks for something

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]|[A-Za-z]")
# A dash with a space after it ends a list item, even glued to the word before ("a DVCS-
# Socket level messaging"): no phrase crosses it.
_BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”•|/&+]|\s[-–—]\s|[-–—]\s")
# Two words glued when the posting lost its line breaks ("functionsStrong"): they belong
# to different sentences, so no phrase spans the seam.
_SEAM = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2,})")


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    stop: frozenset[str]  # never part of a term
    generic: frozenset[str]  # part of a term only beside a word that is not
    verbs: frozenset[str]  # base forms; never at a term's edge in any form
    adjectives: frozenset[str]  # may open a term, never end one
    small_print: re.Pattern[str]  # a unit with one of these is a legal notice or the perks


@cache
def _vocabulary() -> _Vocabulary:
    from standout.data import load_json

    data = load_json("posting_terms.json")
    return _Vocabulary(
        frozenset(data["function_words"]) | frozenset(data["job_ad_words"]),
        frozenset(data["generic_words"]),
        frozenset(data["verbs"]),
        frozenset(data["adjectives"]),
        re.compile("|".join(map(re.escape, data["boilerplate_markers"])), re.IGNORECASE),
    )


def _is_verb(word: str, verbs: frozenset[str]) -> bool:
    """A verb in any regular form: "allocate", "allocates", "allocated", "allocating"."""
    if word in verbs:
        return True
    for suffix, stems in (
        ("ing", ("", "e")),
        ("ed", ("", "e")),
        ("es", ("",)),
        ("s", ("",)),
        ("d", ("",)),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            if any(base + stem in verbs for stem in stems):
                return True
            # "planning", "shipped": a doubled last consonant
            if len(base) > 3 and base[-1] == base[-2] and base[:-1] in verbs:
                return True
    return False


def _runs(
    text: str, blocked: Sequence[tuple[int, int]], stop: frozenset[str]
) -> Iterable[list[str]]:
    """Runs of content words between punctuation, stop words and skill mentions."""
    cursor = 0
    pieces: list[str] = []
    for start, end in sorted(blocked):
        if start >= cursor:
            pieces.append(text[cursor:start])
            cursor = end
    pieces.append(text[cursor:])
    for piece in pieces:
        for chunk in _BREAK.split(_SEAM.sub(" | ", piece)):
            run: list[str] = []
            for match in _WORD.finditer(chunk):
                written = match.group()
                word = written.lower().replace("’", "'")
                if word in stop or len(word) < 3 or word.endswith("'s"):
                    if run:
                        yield run
                    run = []
                else:
                    # An acronym keeps its capitals ("PCI compliance").
                    run.append(written if written.isupper() else word)
            if run:
                yield run


def _singular(phrase: str) -> str:
    """The phrase with its last word singular, naively ("user stories" -> "user story")."""
    if phrase.endswith("ies") and len(phrase) > 4:
        return phrase[:-3] + "y"
    if phrase.endswith("s") and not phrase.endswith(("ss", "us", "is")):
        return phrase[:-1]
    return phrase


def _is_term(written: Sequence[str], vocabulary: _Vocabulary) -> bool:
    if all(word.isupper() for word in written):
        return False  # "TAD PGS": a company's name in capitals, not a term
    words = [word.lower() for word in written]
    first, last = words[0], words[-1]
    # A gerund ends a term as a noun ("error handling", "payment processing") but opens a
    # verb phrase ("handling errors").
    last_is_gerund = last.endswith("ing")
    if _is_verb(first, vocabulary.verbs) or (
        not last_is_gerund and _is_verb(last, vocabulary.verbs)
    ):
        return False
    if last.endswith("ly") or first.endswith("ly") or last in vocabulary.adjectives:
        return False
    return not all(word in vocabulary.generic for word in words)


def key_terms(
    weighted_texts: Sequence[tuple[str, int, Sequence[tuple[int, int]]]],
) -> tuple[KeyTerm, ...]:
    """The posting's domain phrases from ``(text, weight, skill_spans)`` per unit.

    ``weight`` is ``ASKING_WEIGHT`` where the posting asks for something, 1 elsewhere and 0
    where its words don't count (benefits, about the company).
    """
    vocabulary = _vocabulary()
    counts: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    asked: set[str] = set()
    shown: dict[str, str] = {}  # as first written, acronyms in capitals
    for text, weight, blocked in weighted_texts:
        if weight <= 0 or vocabulary.small_print.search(text):
            continue
        for run in _runs(text, blocked, vocabulary.stop):
            for size in (2, 3):
                for index in range(len(run) - size + 1):
                    words = run[index : index + size]
                    if not _is_term(words, vocabulary):
                        continue
                    gram = " ".join(words)
                    key = _singular(gram.lower())  # "cloud solution(s)" is one term
                    shown.setdefault(key, gram)
                    gram = key
                    counts[gram] += weight
                    seen[gram] += 1
                    if weight >= ASKING_WEIGHT:
                        asked.add(gram)
    scored = sorted(
        (
            (score * (1 + 0.5 * gram.count(" ")), gram)
            for gram, score in counts.items()
            # Used twice, or once where the posting asks for something (two words only:
            # a longer phrase seen once is usually a piece of a sentence).
            if seen[gram] >= 2 or (gram in asked and gram.count(" ") == 1)
        ),
        key=lambda item: (-item[0], item[1]),
    )
    chosen: list[str] = []
    for _, gram in scored:
        padded = f" {gram} "
        # A phrase inside a kept one adds nothing; a longer phrase used as often hides it.
        if any(padded in f" {kept} " for kept in chosen):
            continue
        if any(f" {kept} " in padded and seen[gram] < seen[kept] for kept in chosen):
            continue
        chosen = [kept for kept in chosen if f" {kept} " not in padded]
        chosen.append(gram)
        if len(chosen) >= MAX_TERMS:
            break
    return tuple(KeyTerm(shown[gram], seen[gram]) for gram in chosen)
