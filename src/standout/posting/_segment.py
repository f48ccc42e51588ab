"""Cutting a posting into parts (under headings) and units (bullets, sentences, clauses).

A unit is the smallest stretch that states one thing: a bullet, a sentence, or a clause
between semicolons. Postings copied from job boards are often one long paragraph with the
bullets, the headings and even the sentence breaks glued together ("...global
usersQualifications:Experience..."); the splitter finds those seams too, but never inside a
skill name ("JavaScript" has a seam-like capital).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from standout.model.document import Document, LineKind
from standout.model.posting import PartKind
from standout.posting import _headings

# A line longer than this is a paragraph that may hide glued sentences and headings.
_BLOB_CHARS = 300

_SPLIT = re.compile(
    r"\s*[•·●▪◦■►✓✔➢➤❖]\s*"  # bullet glyphs
    r"|(?:^|(?<=[\s:]))(?<!\d\s)[-–*]+\s*(?=[A-Z0-9(])"  # "- Item", ":-Item"
    r"|(?<=[A-Za-z)])[-–]\s+(?=[A-Z(])"  # "...relational Databases- Multithreading"
    r"|(?<=[.!?])[\"”)]?\s+(?=[A-Z0-9(\"“])"  # a sentence ends
    r"|\s*;\s*"  # clauses
    r"|\s+\|\s+"  # table cells
)
_GLUED = re.compile(
    r"(?<=[a-z]{3}[.!?)])(?=[A-Z][a-z])"  # "a plus.Knowledge"
    r"|(?<=[a-z]{3})(?=[A-Z][a-z]{2,}\b)"  # "applicationsQuickly"
    r"|(?<=[a-z]{3}[.!?])(?=\d)"  # "the lifecycle.10 years of experience"
    r"|(?<=[a-z]{3})(?=\d{1,2}\+?\s*(?:years?|yrs?)\b)"  # "will be considered3 years"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|vs|incl|approx|sr|jr|dr|mr|ms|no|inc|min|esp|b\.s|m\.s|b\.a|ph\.d|u\.s|"
    r"etc|st|co)\.|\b[A-Z]\.)\s*$",
    re.IGNORECASE,
)
_TRIM = " \t\u00a0-–—*:,.;•|"


@dataclass(frozen=True, slots=True)
class Unit:
    text: str
    start: int  # offsets into Document.text
    end: int
    line: int
    part: PartKind
    bullet: bool  # written as a list item


@dataclass(frozen=True, slots=True)
class Part:
    kind: PartKind
    heading: str
    start: int
    first_line: int


@dataclass(frozen=True, slots=True)
class Segmentation:
    parts: tuple[Part, ...]
    units: tuple[Unit, ...]
    headings_found: int


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < position < end for start, end in spans)


def _inline_headings(text: str) -> Iterator[tuple[int, int, PartKind, str]]:
    """Headings inside a paragraph: ``(start, end, kind, heading)`` in text order."""
    found: list[tuple[int, int, PartKind, str]] = []
    for stop in _headings.HEADING_END.finditer(text):
        window_start = max(0, stop.start() - 80)
        words = _headings.HEADING_WORDS_BEFORE.search(text, window_start, stop.start())
        if words is None:
            continue
        candidate = _trimmed_heading(text, words.start(), stop.start())
        if candidate is not None:
            start, kind = candidate
            found.append((start, stop.end(), kind, text[start : stop.start()]))
    for glued in _headings.GLUED_HEADING.finditer(text):
        heading = glued.group()
        found.append((glued.start(), glued.end(), _headings.classify(heading), heading))
    for match in _headings.CAPS_HEADING.finditer(text):
        run = match.group()
        if (
            re.search(r"[A-Z]{4}", run)
            and _headings.is_heading_words(run)
            and _headings.has_heading_keyword(run)
        ):
            found.append((match.start(), match.end(), _headings.classify(run), run))
    found.sort()
    last_end = -1
    for start, end, kind, heading in found:
        if start >= last_end:
            yield start, end, kind, heading
            last_end = end


def _glued_heading_start(word: str) -> int | None:
    """Where a heading glued to the word before it starts: "usersQualifications",
    "DOEResponsibilities", "401KSKILLS" (the longest heading that ends the word), or
    "facilityWhat's" of "facilityWhat's In It for You", whose keyword comes later: the
    caller checks the whole phrase."""
    for index in range(1, len(word)):
        if word[index].isupper() and word[index - 1].isalnum():
            suffix = word[index:]
            if _headings.is_heading_words(suffix):
                return index
    return None


def _trimmed_heading(text: str, start: int, end: int) -> tuple[int, PartKind] | None:
    """The longest run of heading words ending at ``end``, with its kind."""
    words = list(re.finditer(r"[^\s]+", text[start:end]))
    if not words:
        return None
    for word in words:
        offsets = [(start + word.start(), False)]
        # "EngineeringDesired Qualifications": a heading glued to the sentence before it.
        glued = _glued_heading_start(word.group())
        if glued is not None:
            offsets.append((start + word.start() + glued, True))
        for offset, is_glued in offsets:
            phrase = text[offset:end]
            if not (_headings.is_heading_words(phrase) and _headings.has_heading_keyword(phrase)):
                continue
            kind = _headings.classify(phrase)
            if kind is PartKind.OTHER:
                return None
            before = text[:offset].rstrip()
            # A dash heading must open a stretch; a colon is a strong enough sign anywhere.
            dash = text[end:].lstrip(" \t")[:1] in "-–—"
            if dash and before and before[-1] not in ".!?:•;)" and not is_glued:
                return None
            return offset, kind
    return None


def _split_points(text: str, blob: bool, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(cut_start, cut_end)`` of every separator in ``text``, skipping skill names."""
    cuts = [(m.start(), m.end()) for m in _SPLIT.finditer(text)]
    if blob:
        cuts.extend((m.start(), m.end()) for m in _GLUED.finditer(text))
    cuts.sort()
    return [(start, end) for start, end in cuts if not _inside(start, spans)]


@dataclass(frozen=True, slots=True)
class _LineFacts:
    number: int
    bullet: bool  # written as a list item
    blob: bool  # a whole paragraph on one line, where sentences may be glued
    spans: Sequence[tuple[int, int]]  # skill mentions, never cut


def _units_of(text: str, base: int, part: PartKind, facts: _LineFacts) -> Iterator[Unit]:
    """Split one stretch of a line (no headings inside) into units."""
    local_spans = [(s - base, e - base) for s, e in facts.spans if base <= s < base + len(text)]
    pieces: list[tuple[int, int]] = []
    cursor = 0
    for cut_start, cut_end in _split_points(text, facts.blob, local_spans):
        if cut_start < cursor:
            continue
        pieces.append((cursor, cut_start))
        cursor = cut_end
    pieces.append((cursor, len(text)))
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        # "e.g. Java" is one sentence: undo a cut made after an abbreviation.
        if merged and _ABBREVIATION.search(text[merged[-1][0] : merged[-1][1]]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    for start, end in merged:
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if end - start >= 2:
            yield Unit(text[start:end], base + start, base + end, facts.number, part, facts.bullet)


# Inline headings that are fields of a job board's form ("Salary: $90K", "Location: Austin"):
# they hold one value, and the text after it goes on with what came before.
_FIELD = re.compile(r"^(?:salary|location|pay\s+range|compensation|duration|rate)$", re.IGNORECASE)


def _add_units(
    units: list[Unit],
    parts: list[Part],
    stretch: Iterator[Unit],
    kind: PartKind,
    field_of: PartKind | None,
    line: int,
) -> PartKind:
    """Add a stretch's units; after a field heading only the first unit is the field's.
    Returns the kind the text after the stretch continues with."""
    if field_of is None:
        units.extend(stretch)
        return kind
    for index, unit in enumerate(stretch):
        if index == 1:
            kind = field_of
            parts.append(Part(kind, "", unit.start, line))
        units.append(unit if index == 0 else replace(unit, part=kind))
    return kind


def segment(document: Document, spans: Sequence[tuple[int, int]]) -> Segmentation:
    """Parts and units of a posting; ``spans`` are skill mentions that must not be cut."""
    parts: list[Part] = []
    units: list[Unit] = []
    kind = PartKind.INTRO
    headings = 0
    # Each line gets only its own mentions: filtering all of them on every line made a
    # long posting quadratic (8,000 lines: minutes).
    spans = sorted(spans)
    span_starts = [start for start, _ in spans]
    for line in document.lines:
        if not line.text.strip():
            continue
        heading_kind: PartKind | None = None
        if line.kind is LineKind.HEADING:
            heading_kind = _headings.classify(line.text)
            if heading_kind is PartKind.OTHER and not units:
                heading_kind = None  # the posting's title: still the intro
        elif line.kind is not LineKind.BULLET:
            heading_kind = _headings.line_heading(line.text)
        if heading_kind is not None:
            kind = heading_kind
            parts.append(Part(kind, line.text.strip(" #*_:"), line.start, line.number))
            headings += 1
            continue
        if not parts:
            parts.append(Part(kind, "", line.start, line.number))
        first = bisect_left(span_starts, line.start)
        last = bisect_left(span_starts, line.start + len(line.text), first)
        facts = _LineFacts(
            line.number,
            line.kind is LineKind.BULLET,
            len(line.text) > _BLOB_CHARS,
            spans[first:last],
        )
        cursor = 0
        field_of: PartKind | None = None  # the kind a one-unit field interrupted
        for start, end, inline_kind, heading in _inline_headings(line.text):
            stretch = _units_of(line.text[cursor:start], line.start + cursor, kind, facts)
            kind = _add_units(units, parts, stretch, kind, field_of, line.number)
            field_of = kind if _FIELD.search(heading) else None
            kind = inline_kind
            parts.append(Part(kind, heading, line.start + start, line.number))
            headings += 1
            cursor = end
        stretch = _units_of(line.text[cursor:], line.start + cursor, kind, facts)
        kind = _add_units(units, parts, stretch, kind, field_of, line.number)
    if not parts:
        parts.append(Part(PartKind.INTRO, "", 0, 1))
    return Segmentation(tuple(parts), tuple(units), headings)
