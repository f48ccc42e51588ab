"""Plain text: lines, bullets typed as characters, form feeds as page breaks.

Every line of the file stays a line of the document, blank ones as empty ``TEXT`` lines,
so that ``Line.number`` is the line number the user's editor shows. Lines that carry no
content of their own (a ``=====`` rule, the second half of a wrapped bullet) are empty
too; the wrapped text joins the line it continues.
"""

from __future__ import annotations

import re

from standout.model.document import Document, InputFormat, LineKind
from standout.read.bullets import IndentLevels, may_open_bullet, split_bullet

Entry = tuple[str, LineKind, int, int]

# A run of white space that is not already one plain space: replacing only those gives
# the same text as replacing every run, at half the cost (most runs are one space).
_SPACES = re.compile(
    r" [ \t\u00a0\u2000-\u200a\u3000]+|[\t\u00a0\u2000-\u200a\u3000][ \t\u00a0\u2000-\u200a\u3000]*"
)
# A line of one repeated character (====, ----, ____) under a title underlines it.
_RULE = re.compile(r"^\s*([=\-_~*#])\1{2,}\s*$")
_SENTENCE_END = (".", "!", "?", ":")
# Every match of _SPACES holds two spaces in a row or one of these.
_UNUSUAL_SPACE = re.compile(r"[\t\u00a0\u2000-\u200a\u3000]")
_RULE_CHARS = "=-_~*#"
_TEXT = LineKind.TEXT  # a module global: enum attribute look-ups are slow
_BULLET = LineKind.BULLET


def squeeze(text: str) -> str:
    """Collapse runs of white space to one space and trim the ends."""
    if "  " in text or _UNUSUAL_SPACE.search(text) is not None:
        text = _SPACES.sub(" ", text)  # most lines have no run to collapse
    return text.strip()


def empty_line(page: int = 1) -> Entry:
    """The entry that keeps the place of a source line without content."""
    return ("", _TEXT, 0, page)


def without_trailing_blanks(entries: list[Entry]) -> list[Entry]:
    """Blank lines at the end of a file hold no line anybody points at."""
    while entries and not entries[-1][0]:
        entries.pop()
    return entries


class _TextReader:
    """One pass over the lines; ``content`` is the index of the last line with text."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.levels = IndentLevels()
        self.content: int | None = None
        self.previous_blank = True
        self.bullet_indent = 0

    def line(self, raw: str, page: int) -> None:
        entries = self.entries
        stripped = raw.strip()
        if not stripped:
            self.previous_blank = True
            self.levels.reset()
            entries.append(("", _TEXT, 0, page))  # empty_line(page), without the call
            return
        if stripped[0] in _RULE_CHARS and _RULE.match(raw):
            self._underline_heading(page)
            self.previous_blank = True
            entries.append(empty_line(page))
            return
        bullet = split_bullet(raw) if may_open_bullet(stripped[0]) else None
        if bullet is not None:
            body, self.bullet_indent = bullet
            level = self.levels.level(self.bullet_indent)
            self._add((squeeze(body), _BULLET, level, page))
        elif self._continues_bullet(raw):
            assert self.content is not None
            body, kind, level, page_of = entries[self.content]
            entries[self.content] = (f"{body} {squeeze(raw)}", kind, level, page_of)
            entries.append(empty_line(page))
        else:
            self.levels.reset()
            self._add((squeeze(raw), _TEXT, 0, page))
        self.previous_blank = False

    def _add(self, entry: Entry) -> None:
        self.content = len(self.entries)
        self.entries.append(entry)

    def _underline_heading(self, page: int) -> None:
        """Turn the line above a ``=====`` rule into a heading (a rule alone is no heading)."""
        if self.previous_blank or self.content is None:
            return
        body, kind, _level, page_of = self.entries[self.content]
        if kind is LineKind.TEXT and page_of == page and len(body) <= 60:
            self.entries[self.content] = (body, LineKind.HEADING, 2, page_of)

    def _continues_bullet(self, raw: str) -> bool:
        """A wrapped bullet: indented past its marker, or lower case after an unfinished one."""
        if self.previous_blank or self.content is None:
            return False
        body, kind = self.entries[self.content][:2]
        if kind is not LineKind.BULLET:
            return False
        expanded = raw.expandtabs(4)
        stripped = expanded.lstrip()
        if len(expanded) - len(stripped) > self.bullet_indent:
            return True
        return stripped[:1].islower() and not body.endswith(_SENTENCE_END)


def text_entries(text: str) -> tuple[list[Entry], int]:
    """One entry per line of plain text, and the number of pages.

    A form feed starts a new page wherever it stands; it is not a line break, so a line
    that holds one keeps its number and belongs to the page its text starts on.
    """
    reader = _TextReader()
    page = 1
    for raw in text.split("\n"):
        if "\f" not in raw:
            reader.line(raw, page)
            continue
        pieces = raw.split("\f")
        line_page = page
        for piece in pieces:
            if piece.strip():
                break
            line_page += 1
        page += len(pieces) - 1
        reader.previous_blank = True  # nothing on a new page continues the last one
        reader.line(" ".join(piece for piece in pieces if piece), min(line_page, page))
    return without_trailing_blanks(reader.entries), page


def read_text(text: str, source: str) -> Document:
    entries, pages = text_entries(text)
    return Document.from_lines(source, InputFormat.TEXT, entries, pages=pages)
