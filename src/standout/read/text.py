"""Plain text: lines, bullets typed as characters, form feeds as page breaks."""

from __future__ import annotations

import re

from standout.model.document import Document, InputFormat, LineKind
from standout.read.bullets import IndentLevels, split_bullet

Entry = tuple[str, LineKind, int, int]

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")
# A line of one repeated character (====, ----, ____) under a title underlines it.
_RULE = re.compile(r"^\s*([=\-_~*#])\1{2,}\s*$")
_SENTENCE_END = (".", "!", "?", ":")


def squeeze(text: str) -> str:
    """Collapse runs of white space to one space and trim the ends."""
    return _SPACES.sub(" ", text).strip()


def text_entries(text: str) -> tuple[list[Entry], int]:
    """Lines of plain text as document entries and the number of pages."""
    entries: list[Entry] = []
    levels = IndentLevels()
    pages = text.split("\f")
    for page_number, page in enumerate(pages, start=1):
        previous_blank = True
        bullet_indent = 0
        for raw in page.split("\n"):
            if not raw.strip():
                previous_blank = True
                levels.reset()
                continue
            if _RULE.match(raw):
                _underline_heading(entries, page_number, previous_blank)
                previous_blank = True
                continue
            bullet = split_bullet(raw)
            if bullet is not None:
                body, bullet_indent = bullet
                level = levels.level(bullet_indent)
                entries.append((squeeze(body), LineKind.BULLET, level, page_number))
            elif _continues_bullet(entries, raw, previous_blank, bullet_indent):
                body, kind, level, page_of = entries[-1]
                entries[-1] = (f"{body} {squeeze(raw)}", kind, level, page_of)
            else:
                levels.reset()
                entries.append((squeeze(raw), LineKind.TEXT, 0, page_number))
            previous_blank = False
    return entries, len(pages)


def _underline_heading(entries: list[Entry], page: int, previous_blank: bool) -> None:
    """Turn the line above a ``=====`` rule into a heading (a rule alone is dropped)."""
    if previous_blank or not entries:
        return
    body, kind, _level, page_of = entries[-1]
    if kind is LineKind.TEXT and page_of == page and len(body) <= 60:
        entries[-1] = (body, LineKind.HEADING, 2, page_of)


def _continues_bullet(
    entries: list[Entry], raw: str, previous_blank: bool, bullet_indent: int
) -> bool:
    """A wrapped bullet: indented past its marker, or lower case after an unfinished one."""
    if previous_blank or not entries or entries[-1][1] is not LineKind.BULLET:
        return False
    expanded = raw.expandtabs(4)
    stripped = expanded.lstrip()
    if len(expanded) - len(stripped) > bullet_indent:
        return True
    first = stripped[:1]
    return first.islower() and not entries[-1][0].endswith(_SENTENCE_END)


def read_text(text: str, source: str) -> Document:
    entries, pages = text_entries(text)
    return Document.from_lines(source, InputFormat.TEXT, entries, pages=pages)
