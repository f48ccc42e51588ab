"""Markdown: ATX and setext headings, nested lists, pipe tables, inline markup removed.

Like plain text, every source line stays a document line so that line numbers are the
editor's: lines the markup spends on syntax (setext underlines, fences, table rules,
thematic breaks, comments, front matter delimiters) and wrapped list items' second lines
are kept as empty lines.
"""

from __future__ import annotations

import re

from standout.model.document import Document, InputFormat, LineKind
from standout.read.bullets import IndentLevels
from standout.read.text import Entry, empty_line, squeeze, without_trailing_blanks

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_THEMATIC = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST_ITEM = re.compile(r"^([ \t]*)(?:[-*+•]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?(.*)|$)")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_COMMENT = re.compile(r"<!--.*?-->", re.S)

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+|[^>\s@]+@[^>\s@]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_CODE = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\*)|(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?!\w)"
)
_STRIKE = re.compile(r"~~(.+?)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def _link(match: re.Match[str]) -> str:
    """Keep a link's text and, unless the text already says it, its target."""
    label, target = match.group(1), match.group(2)
    bare = target.removeprefix("mailto:").removeprefix("tel:")
    plain = bare.removeprefix("https://").removeprefix("http://").removeprefix("www.")
    if bare in label or plain.rstrip("/") in label:
        return label
    return f"{label} ({bare})"


def inline(text: str) -> str:
    """Markdown inline markup to plain text; URLs stay visible for contact parsing."""
    if "`" in text:
        text = _CODE.sub(lambda m: m.group(2).strip(), text)
    if "](" in text:
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(_link, text)
    if "<" in text:
        text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
        text = _HTML_TAG.sub(" ", text)
    if "*" in text or "_" in text:
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    if "~~" in text:
        text = _STRIKE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return squeeze(text)


def _table_row(line: str) -> str:
    cells = [inline(cell) for cell in line.strip().strip("|").split("|")]
    return " | ".join(cell for cell in cells if cell)


class _Reader:
    """One pass over the lines; state is what the previous lines opened.

    Each call of ``add``, ``empty`` or ``line`` appends exactly one entry; ``content`` is
    the index of the last entry with text, the one a setext underline or a wrapped list
    item changes.
    """

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.levels = IndentLevels()
        self.previous_blank = True
        self.in_item_indent: int | None = None  # indent of the open list item's marker
        self.content: int | None = None

    def add(self, text: str, kind: LineKind, level: int = 0) -> None:
        if not text:
            self.empty()
            return
        self.content = len(self.entries)
        self.entries.append((text, kind, level, 1))

    def empty(self) -> None:
        self.entries.append(empty_line())

    def blank(self) -> None:
        self.previous_blank = True
        self.empty()

    def line(self, raw: str) -> None:
        was_blank, self.previous_blank = self.previous_blank, False
        atx = _ATX.match(raw)
        if atx:
            self._close_list()
            self.add(inline(atx.group(2) or ""), LineKind.HEADING, len(atx.group(1)))
            return
        setext = _SETEXT.match(raw)
        if setext and not was_blank and self._last_is(LineKind.TEXT):
            assert self.content is not None
            text = self.entries[self.content][0]
            level = 1 if setext.group(1)[0] == "=" else 2
            self.entries[self.content] = (text, LineKind.HEADING, level, 1)
            self.empty()
            return
        if _THEMATIC.match(raw):
            self._close_list()
            self.previous_blank = True
            self.empty()
            return
        item = _LIST_ITEM.match(raw)
        if item:
            indent = len(item.group(1).expandtabs(4))
            self.in_item_indent = indent
            self.add(inline(item.group(2) or ""), LineKind.BULLET, self.levels.level(indent))
            return
        if _TABLE_RULE.match(raw) and "-" in raw and self._last_is(LineKind.TABLE_ROW):
            self.empty()
            return
        stripped = raw.strip()
        in_table = stripped.count("|") >= 2 and self._last_is(LineKind.TABLE_ROW)
        if stripped.startswith("|") or in_table:
            self._close_list()
            self.add(_table_row(stripped), LineKind.TABLE_ROW)
            return
        if self._continues_item(raw, was_blank):
            assert self.content is not None
            text, kind, level, page = self.entries[self.content]
            self.entries[self.content] = (f"{text} {inline(raw)}".strip(), kind, level, page)
            self.empty()
            return
        self._close_list()
        self.add(inline(_QUOTE.sub("", raw)), LineKind.TEXT)

    def _continues_item(self, raw: str, was_blank: bool) -> bool:
        if self.in_item_indent is None or not self._last_is(LineKind.BULLET):
            return False
        expanded = raw.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip())
        if indent > self.in_item_indent:
            return True
        return not was_blank and expanded.lstrip()[:1].islower()

    def _close_list(self) -> None:
        self.in_item_indent = None
        self.levels.reset()

    def _last_is(self, kind: LineKind) -> bool:
        return self.content is not None and self.entries[self.content][1] is kind


def _blank_comment(match: re.Match[str]) -> str:
    """A comment goes, its line breaks stay: the lines after it keep their numbers."""
    return "\n" * match.group().count("\n")


def markdown_entries(text: str) -> list[Entry]:
    if "<!--" in text:
        text = _COMMENT.sub(_blank_comment, text)
    # A form feed is no line break in an editor; Markdown has no pages to give it.
    lines = text.replace("\f", " ").split("\n")
    reader = _Reader()
    start = _front_matter_end(lines)
    if start:
        reader.empty()
        for raw in lines[1 : start - 1]:
            reader.add(squeeze(raw), LineKind.TEXT)
        reader.empty()
    fence: str | None = None
    for raw in lines[start:]:
        if fence is not None:
            if raw.strip().startswith(fence):
                fence = None
                reader.empty()
            else:
                reader.add(squeeze(raw), LineKind.TEXT)
            continue
        opened = _FENCE.match(raw)
        if opened:
            fence = opened.group(1)
            reader.empty()
            continue
        if raw.strip():
            reader.line(raw)
        else:
            reader.blank()
    return without_trailing_blanks(reader.entries)


def _front_matter_end(lines: list[str]) -> int:
    """Index after a leading ``---`` ... ``---`` YAML block, or 0 when there is none."""
    if not lines or lines[0].strip() != "---":
        return 0
    for index, line in enumerate(lines[1:40], start=1):
        if line.strip() in ("---", "..."):
            return index + 1
    return 0


def read_markdown(text: str, source: str) -> Document:
    return Document.from_lines(source, InputFormat.MARKDOWN, markdown_entries(text))
