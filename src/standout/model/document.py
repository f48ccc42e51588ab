"""The output of ``read``: lines of text in reading order, with layout hints."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from standout.model._build import constructor


class InputFormat(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    MARKDOWN = "markdown"
    TEXT = "text"
    HTML = "html"
    JSON_RESUME = "json_resume"


class LineKind(StrEnum):
    TEXT = "text"
    HEADING = "heading"  # the format says it is a heading (Markdown #, HTML h1-h6, DOCX style)
    BULLET = "bullet"  # a list item; the bullet glyph is not part of the text
    TABLE_ROW = "table_row"  # cells joined with " | "


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the document's text.

    ``start``/``end`` are character offsets into ``Document.text``; ``number`` is 1-based
    and, for plain text and Markdown, the line of the file (blank lines are kept as empty
    lines there, so consumers skip lines whose ``text`` is empty).
    ``level`` is the heading level (1-6) for headings and the nesting depth (0-based)
    for bullets; ``page`` is 1-based where the format has pages, else 1.
    """

    number: int
    text: str
    start: int
    end: int
    kind: LineKind = LineKind.TEXT
    level: int = 0
    page: int = 1


_new_line: Callable[[int, str, int, int, LineKind, int, int], Line] = constructor(Line)


@dataclass(frozen=True, slots=True)
class Document:
    source: str
    format: InputFormat
    text: str
    lines: tuple[Line, ...]
    pages: int = 1
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def from_lines(
        cls,
        source: str,
        format: InputFormat,
        entries: Iterable[tuple[str, LineKind, int, int]],
        *,
        pages: int = 1,
    ) -> Document:
        """Build a document from ``(text, kind, level, page)`` entries, computing offsets.

        Text is normalised: no newlines inside a line, trailing white space removed.
        """
        lines: list[Line] = []
        texts: list[str] = []
        starts: list[int] = []
        offset = 0
        for text, kind, level, page in entries:
            clean = (" ".join(text.split("\n")) if "\n" in text else text).rstrip()
            end = offset + len(clean)
            lines.append(_new_line(len(lines) + 1, clean, offset, end, kind, level, page))
            texts.append(clean)
            starts.append(offset)
            offset = end + 1
        return cls(source, format, "\n".join(texts), tuple(lines), pages, tuple(starts))

    def line_at(self, offset: int) -> Line:
        """The line that contains a character offset of ``text``."""
        starts = self._starts or tuple(ln.start for ln in self.lines)
        index = max(0, bisect_right(starts, offset) - 1)
        return self.lines[index]

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    @property
    def word_count(self) -> int:
        return len(self.text.split())
