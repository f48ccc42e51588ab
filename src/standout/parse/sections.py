"""Split the segments into sections by their headings.

A heading is a line the format marks as one (Markdown ``#``, HTML ``h2``, a DOCX heading
style, an underlined line) or, in plain text, a short line that is a known section name:
"EXPERIENCE", "Work History:", "Education & Training". Scraped text also writes a heading
at the start of a line with its content after it ("Skills: Python, Go", "SKILLS C, IOT",
and, before any other heading, "Technical Skills Web Technologies: Angular JS"), which is
split off here. What comes before the first heading is the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from standout.model.document import LineKind
from standout.model.resume import Section, SectionKind
from standout.parse.lexicon import (
    FIRST_WORDS,
    SECTION_NAMES,
    WEAK_SECTION_NAMES,
    normalise_heading,
)
from standout.parse.segments import Segment, trim

_MAX_HEADING_WORDS = 6
_MAX_HEADING_CHARS = 60
_INLINE_NAME_CHARS = 45
# "Skills:" or "TECHNICAL SKILLS" at the start of a line with more text after it.
_INLINE_COLON = re.compile(r"^(?P<name>[^:]{2,40}?)\s*\**:\**\s+(?=\S)")
_NUMBERING = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+")
# Sections whose body holds free text where "Tools: Go, Kafka" is content, not a heading.
_PROSE_SECTIONS = frozenset(
    {
        SectionKind.EXPERIENCE,
        SectionKind.PROJECTS,
        SectionKind.OPEN_SOURCE,
        SectionKind.VOLUNTEERING,
    }
)
# First words of the skills section names that may open the header's lines in any case.
_SKILLS_FIRST_WORDS = frozenset(
    name.split()[0]
    for name, kind in SECTION_NAMES.items()
    if kind is SectionKind.SKILLS and name not in WEAK_SECTION_NAMES
)
_TITLE_LIKE = re.compile(r"^[^\d|—–@,]{2,40}$")
# Enum members as module globals: a look-up such as LineKind.HEADING costs ten times more.
_HEADING = LineKind.HEADING
_HEADER = SectionKind.HEADER
_SKILLS = SectionKind.SKILLS
_OTHER = SectionKind.OTHER


@dataclass(frozen=True, slots=True)
class Block:
    """A section and the segments of its body."""

    section: Section
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class _Heading:
    kind: SectionKind
    segment: Segment  # the heading's own text
    body: Segment | None  # text after an inline heading, on the same line


def split_sections(segments: list[Segment]) -> list[Block]:
    """Group ``segments`` into sections, the header first when there is one."""
    blocks: list[Block] = []
    current: _Heading | None = None
    heading_level = 0
    body: list[Segment] = []
    for segment in segments:
        if segment.bullet:  # a list item is never a heading: most segments, without a call
            body.append(segment)
            continue
        current_kind = _HEADER if current is None else current.kind
        heading = _heading_of(segment, current_kind, heading_level)
        if heading is None:
            body.append(segment)
            continue
        _close(blocks, current, body)
        current = heading
        heading_level = segment.level if segment.kind is _HEADING else 0
        body = [heading.body] if heading.body is not None else []
    _close(blocks, current, body)
    return blocks


def _close(blocks: list[Block], heading: _Heading | None, body: list[Segment]) -> None:
    if heading is None:
        if body:
            section = Section(_HEADER, "", None, body[0].line, body[-1].line)
            blocks.append(Block(section, tuple(body)))
        return
    line = heading.segment.line
    first = body[0].line if body else line + 1
    last = body[-1].line if body else line
    section = Section(heading.kind, heading.segment.text, line, first, last)
    blocks.append(Block(section, tuple(body)))


def _heading_of(segment: Segment, current: SectionKind, heading_level: int) -> _Heading | None:
    if segment.bullet:
        return None
    text = segment.text
    begin = 0
    if text[0] in "IVX" or text[0].isdigit():  # what _NUMBERING can start with
        numbering = _NUMBERING.match(text)
        if numbering is not None:
            begin = numbering.end()
    begin, finish = trim(text, begin, len(text), " \t*_#:=-|")
    if finish - begin <= _MAX_HEADING_CHARS and text.count(" ", begin, finish) < _MAX_HEADING_WORDS:
        kind = _whole_line_kind(segment, text[begin:finish], current, heading_level)
        if kind is not None:
            return _Heading(kind, segment.with_text(begin, finish), None)
    if current in _PROSE_SECTIONS or segment.kind is _HEADING:
        return None
    if ":" not in text[: _INLINE_NAME_CHARS + begin] and not text[begin : begin + 2].isupper():
        if current is _HEADER:
            return _skills_opening_the_header(segment, begin)
        return None  # an inline heading has a colon after it or is written in capitals
    return _inline_heading(segment, begin)


def _whole_line_kind(
    segment: Segment, text: str, current: SectionKind, heading_level: int
) -> SectionKind | None:
    words = text.split()
    if not words or len(words) > _MAX_HEADING_WORDS:
        return None
    styled = segment.kind is _HEADING
    first = words[0].lower().replace(".", "").strip(":&/-").split("-")[0]
    if not styled and first not in FIRST_WORDS:
        return None  # the cheap test that settles most lines
    key = normalise_heading(text)
    kind = _lookup(key)
    if kind is None and "(" in text:
        key = normalise_heading(text[: text.index("(")])  # "Experience (8 years)"
        kind = _lookup(key)
    if kind is not None:
        if key in WEAK_SECTION_NAMES and not styled:
            # "Languages" inside Skills is a group; "LANGUAGES" or "Languages:" is a heading.
            shouted = text.isupper() and len(text) > 3
            colon = segment.text.rstrip("*_ ").endswith(":") and current is not _SKILLS
            if not (shouted or colon) or current is kind:
                return None
        return kind
    if styled and current is not _HEADER and segment.level <= max(heading_level, 1):
        # An unknown heading at the level of the section headings: "Interests & Sport".
        if _TITLE_LIKE.match(text) and len(words) <= 4:
            return _OTHER
    return None


def _lookup(key: str) -> SectionKind | None:
    kind = SECTION_NAMES.get(key)
    if kind is None and key.endswith(" details"):
        kind = SECTION_NAMES.get(key[: -len(" details")])
    if kind is None and key.startswith("my "):
        kind = SECTION_NAMES.get(key[3:])
    return kind


def _inline_heading(segment: Segment, begin: int) -> _Heading | None:
    """A heading with its content after it on the same line."""
    text = segment.text
    # "^" never matches after ``begin`` > 0; most lines have no colon to try at all.
    colon = _INLINE_COLON.match(text) if begin == 0 and ":" in text else None
    if colon is not None and _inline_kind(colon.group("name")) is not None:
        return _split_inline(segment, begin, colon.end("name"), colon.end())
    # "TECHNICAL SKILLS Java, SQL": a shouted name of up to three words, then content.
    words = text[begin:].split(" ", 3)
    for count in (3, 2, 1):
        if len(words) <= count:
            continue
        name = " ".join(words[:count])
        if name.isupper() and len(name) > 3 and _inline_kind(name) is not None:
            name_end = begin + len(name)
            return _split_inline(segment, begin, name_end, name_end)
    return None


def _skills_opening_the_header(segment: Segment, begin: int) -> _Heading | None:
    """ "Skills Strong CS fundamentals, Golang, Node…": scraped text that lost the line
    break after the first heading, in any case and without a colon.

    Only in the header and only a skills name followed by a word that does not continue
    a sentence: a name line or a title ("Experience Designer") opens no section, and no
    name or title starts with "Skills" or "Technical Skills".
    """
    text = segment.text
    words = text[begin:].split(" ", 3)
    if words[0].lower() not in _SKILLS_FIRST_WORDS:
        return None  # most lines of a header: a name, a title, contact details
    for count in (3, 2, 1):
        if len(words) <= count:
            continue
        name_end = begin + len(" ".join(words[:count]))
        if _inline_kind(text[begin:name_end]) is _SKILLS:
            following = text[name_end:].lstrip(" -–—")[:1]
            if not following or following.islower():
                return None
            return _split_inline(segment, begin, name_end, name_end)
    return None


def _inline_kind(name: str) -> SectionKind | None:
    key = normalise_heading(name)
    kind = _lookup(key)
    if kind is None or kind in (_OTHER, _HEADER) or key in WEAK_SECTION_NAMES:
        return None
    return kind


def _split_inline(segment: Segment, begin: int, name_end: int, body_from: int) -> _Heading | None:
    text = segment.text
    body_start, body_end = trim(text, body_from, len(text), " \t:*_")
    kind = _inline_kind(text[begin:name_end])
    if kind is None or body_start >= body_end:
        return None
    heading = segment.with_text(begin, name_end)
    return _Heading(kind, heading, segment.with_text(body_start, body_end))
