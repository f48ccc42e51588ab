"""The document's lines as the parser sees them: segments with exact positions.

A segment is a line, or a piece of one, with its bullet glyph and wrapping decoration
removed and its absolute character offset kept, so that everything the parser finds can
point back at ``Document.text``. Readers mark bullets and headings where the format says
so; plain and messy text (extracted PDFs, scraped resumes) still carries raw glyphs, and
sometimes several bullets or a heading glued onto one line, so those are split here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from standout.model.document import Document, Line, LineKind
from standout.model.resume import TextSpan, text_span
from standout.parse.lexicon import SECTION_NAMES, WEAK_SECTION_NAMES, normalise_heading

# "â€¢" and "â¢" are the UTF-8 bullet read as Latin-1, common in scraped resumes.
_GLYPHS = "•●▪◦‣➢►▸▹■□○◆◇❖✓✔➤→·∙⁃\u2219\uf0b7\uf0a7\uf0d8\uf076"
_LEADING_BULLET = re.compile(
    rf"^(?:[{_GLYPHS}\ue000-\uf8ff]|â\x80¢|â¢|Ø|[-*+–—o](?=\s)|\d{{1,2}}[.)](?=\s))\s*"
)
_INLINE_BULLET = re.compile(r"\s+(?:[•●▪◦➢►➤\uf0b7]|â\x80¢|â¢|\*(?=\s+[A-Z]))\s+")
_INLINE_GLYPH = re.compile(r"[•●▪◦➢►➤\uf0b7â*]")  # a cheap test before _INLINE_BULLET
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+")
_RULE_CHARS = frozenset("=-_~*# \t")
_RULE = re.compile(r"^([=\-_~*#])\1{2,}$")
# Headings a scraper glued to the end of the previous line ("...24 monthsCompany Details").
_GLUED_HEADING = re.compile(r"(?<=\S)\s*(?=(?:Education|Skill|Company|Project)s? Details$)")
# A scraped employer label glued after the previous sentence by a reader that joined the
# lines ("Monitoring the Jobs through Oozie. company - Current Project description - AML"):
# the labels of that format are lower case, so prose ("Company-wide") never matches.
_GLUED_EMPLOYER = re.compile(r"(?<=[.!?])\s+(?=company - )")
_GLUED_DESCRIPTION = re.compile(r"\s+(?=description - )")
_WRAP = "*_`"
# Long lines only: "Senior Engineer • Acme • 2019" is one header, not three bullets.
_INLINE_SPLIT_MIN = 80
# Enum members as module globals: a look-up such as LineKind.HEADING costs ten times more.
_TEXT = LineKind.TEXT
_BULLET = LineKind.BULLET
_HEADING = LineKind.HEADING


# Not frozen, though nothing changes one: a frozen dataclass costs three times as much to
# create, and a parse creates hundreds of segments.
@dataclass(slots=True)
class Segment:
    line: int  # 1-based line number in the document
    text: str  # without bullet glyph, surrounding white space or wrapping ** / _
    start: int  # absolute offset of text[0] in Document.text
    kind: LineKind
    level: int
    bullet: bool

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def span(self, begin: int = 0, finish: int | None = None) -> TextSpan:
        """The span of ``text[begin:finish]``."""
        stop = len(self.text) if finish is None else finish
        return text_span(self.line, self.start + begin, self.start + stop)

    def with_text(
        self, begin: int, finish: int | None = None, *, bullet: bool | None = None
    ) -> Segment:
        stop = len(self.text) if finish is None else finish
        return Segment(
            self.line,
            self.text[begin:stop],
            self.start + begin,
            self.kind,
            self.level,
            self.bullet if bullet is None else bullet,
        )


def trim(text: str, begin: int, finish: int, chars: str = " \t*_`\"'|,;:·•–—-") -> tuple[int, int]:
    """Offsets of ``text[begin:finish]`` without surrounding punctuation and white space."""
    if begin < finish and (text[begin] in chars or text[finish - 1] in chars):
        piece = text[begin:finish]  # the string methods strip faster than a loop
        left = piece.lstrip(chars)
        begin += len(piece) - len(left)
        finish = begin + len(left.rstrip(chars))
    return begin, finish


def segments_of(document: Document) -> list[Segment]:
    """Every non-blank line of ``document`` as one or more segments, in order."""
    result: list[Segment] = []
    for line in document.lines:
        text = line.text
        if not text:
            continue  # blank lines are a third of a plain-text resume
        if text[0] in _RULE_CHARS and _RULE.match(text.strip()):
            _underline(result)
            continue
        _split_line(line, result)
    return result


def as_list_item(segment: Segment) -> Segment | None:
    """``segment`` as a bullet without its glyph when its text opens with one, else None.

    For a value inside a line ("description - • Fixed complex bugs"): the line does not
    start with the glyph, so neither the reader nor ``segments_of`` marked the item.
    """
    text = segment.text
    if not text or not _may_open_bullet(text[0]):
        return None
    glyph = _LEADING_BULLET.match(text)
    if glyph is None or glyph.end() >= len(text) or _numbered_heading(text, glyph):
        return None
    return segment.with_text(glyph.end(), None, bullet=True)


def _may_open_bullet(char: str) -> bool:
    """A cheap filter before the bullet regex: letters other than "o" never start one."""
    return not char.isalpha() or char in "oØâ"


def _numbered_heading(text: str, glyph: re.Match[str]) -> bool:
    """ "2. Education" is a numbered heading, not a list item."""
    if not text[glyph.start()].isdigit():
        return False
    key = normalise_heading(text[glyph.end() :])
    return key in SECTION_NAMES and key not in WEAK_SECTION_NAMES


def _underline(result: list[Segment]) -> None:
    """A ``=====`` rule makes the short line above it a heading."""
    if result and not result[-1].bullet and len(result[-1].text) <= 60:
        last = result[-1]
        result[-1] = Segment(last.line, last.text, last.start, _HEADING, 2, False)


def _split_line(line: Line, out: list[Segment]) -> None:
    """Append the segments of ``line`` to ``out`` (a list, not a generator: this is hot)."""
    text = line.text
    # trim(text, 0, len(text), " \t") with the string methods: most lines need no trimming.
    finish = len(text) if text[-1] not in " \t" else len(text.rstrip(" \t"))
    begin = 0 if text[0] not in " \t" else finish - len(text[:finish].lstrip(" \t"))
    if begin >= finish:
        return
    kind = line.kind
    level = line.level
    bullet = kind is _BULLET
    # The patterns are anchored with "^", which never matches after leading white space.
    if begin == 0 and kind is _TEXT and _may_open_bullet(text[0]):
        heading = _MARKDOWN_HEADING.match(text) if text[0] == "#" else None
        if heading is not None:
            kind, level = _HEADING, len(heading.group(1))
            begin = heading.end()
        else:
            glyph = _LEADING_BULLET.match(text)
            if glyph is not None and glyph.end() < finish and not _numbered_heading(text, glyph):
                bullet, begin = True, glyph.end()
    if begin < finish and text[begin] in _WRAP:
        begin, finish = _unwrap(text, begin, finish)
    if begin >= finish:
        return
    piece = text[begin:finish]
    segment = Segment(line.number, piece, line.start + begin, kind, level, bullet)
    glued = _GLUED_HEADING.search(piece) if text.endswith("Details") else None
    if glued is None:
        if " company - " in piece and (label := _GLUED_EMPLOYER.search(piece)) is not None:
            _split_glued_employer(segment, label.start(), label.end(), out)
            return
        if (finish - begin < _INLINE_SPLIT_MIN and not bullet) or not _has_inline_glyph(piece):
            out.append(segment)  # the common case, without a call
        else:
            _split_inline_bullets(segment, out)
        return
    if glued.start() > 0:
        _split_inline_bullets(segment.with_text(0, glued.start()), out)
    tail = segment.with_text(glued.end(), None, bullet=False)
    out.append(Segment(tail.line, tail.text, tail.start, _TEXT, 0, False))


def _split_glued_employer(segment: Segment, before: int, at: int, out: list[Segment]) -> None:
    """The end of a bullet or sentence, then the next role's labelled lines on their own."""
    _split_inline_bullets(segment.with_text(0, before), out)
    tail = segment.with_text(at, None, bullet=False)
    cut = _GLUED_DESCRIPTION.search(tail.text)
    labels = [tail] if cut is None else [tail.with_text(0, cut.start()), tail.with_text(cut.end())]
    out.extend(Segment(s.line, s.text, s.start, _TEXT, 0, False) for s in labels)


def _has_inline_glyph(text: str) -> bool:
    # "*" is the only ASCII glyph, and isascii() costs nothing: no regex for most lines.
    return "*" in text if text.isascii() else _INLINE_GLYPH.search(text) is not None


def _unwrap(text: str, begin: int, finish: int) -> tuple[int, int]:
    """Drop emphasis that wraps the whole line: ``**Experience**``, ``*Mar 2021 – Present*``."""
    while finish - begin > 2 and text[begin] in _WRAP and text[finish - 1] == text[begin]:
        begin, finish = trim(text, begin + 1, finish - 1, " \t")
    return begin, finish


def _split_inline_bullets(segment: Segment, out: list[Segment]) -> None:
    """Several bullets on one line ("Duties: • Ran backups • Tuned queries") become several."""
    text = segment.text
    if (len(text) < _INLINE_SPLIT_MIN and not segment.bullet) or not _has_inline_glyph(text):
        out.append(segment)
        return
    position = 0
    first = True
    for glyph in _INLINE_BULLET.finditer(text):
        if glyph.start() > position:
            out.append(segment.with_text(position, glyph.start(), bullet=None if first else True))
        first = False
        position = glyph.end()
    if position < len(text):
        out.append(segment.with_text(position, None, bullet=None if first else True))
