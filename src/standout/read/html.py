"""HTML: headings, list items, table rows and block elements as lines (stdlib parser)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from standout.model.document import Document, InputFormat, LineKind
from standout.read.bullets import split_bullet
from standout.read.text import Entry, squeeze

# Not content: code, styling, metadata, and navigation menus (in-page links).
_SKIP = frozenset(
    {"script", "style", "head", "noscript", "template", "svg", "math", "iframe", "nav"}
)
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main",
        "nav", "ol", "p", "pre", "section", "summary", "ul", "table", "thead", "tbody",
        "tfoot", "caption", "body", "html",
    }
)  # fmt: skip
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base"})


@dataclass(slots=True)
class _Cell:
    entries: list[Entry] = field(default_factory=list)


@dataclass(slots=True)
class _Row:
    cells: list[_Cell] = field(default_factory=list)


class _PageParser(HTMLParser):
    """Streams text into entries; table cells collect their own entries until the row ends."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.entries: list[Entry] = []
        self._buffer: list[str] = []
        self._kind = LineKind.TEXT
        self._level = 0
        self._skip_depth = 0
        self._list_depth = 0
        self._pre_depth = 0
        self._rows: list[_Row] = []  # open table rows, innermost last
        self._links: list[str] = []  # hrefs of open <a> elements

    # ------------------------------------------------------------- output
    def _sink(self) -> list[Entry]:
        row = self._rows[-1] if self._rows else None
        if row is not None and row.cells:
            return row.cells[-1].entries
        return self.entries

    def _flush(self) -> None:
        text = squeeze("".join(self._buffer))
        self._buffer.clear()
        kind, level = self._kind, self._level
        self._kind, self._level = LineKind.TEXT, 0
        if not text:
            return
        if kind is LineKind.TEXT and (bullet := split_bullet(text)) is not None:
            text, kind, level = bullet[0], LineKind.BULLET, 0
        self._sink().append((text, kind, level, 1))

    # ------------------------------------------------------------- events
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag not in _VOID:
                self._skip_depth += 1
            return
        if self._skip_depth:
            return
        if tag == "br":
            self._flush()
        elif tag in _HEADINGS:
            self._flush()
            self._kind, self._level = LineKind.HEADING, _HEADINGS[tag]
        elif tag == "li":
            self._flush()
            self._kind, self._level = LineKind.BULLET, max(self._list_depth - 1, 0)
        elif tag in ("ul", "ol"):
            self._flush()
            self._list_depth += 1
        elif tag == "tr":
            self._flush()
            self._rows.append(_Row())
        elif tag in ("td", "th"):
            self._flush()
            if self._rows:
                self._rows[-1].cells.append(_Cell())
            else:
                self._buffer.append(" ")
        elif tag == "a":
            self._links.append(dict(attrs).get("href") or "")
        elif tag == "pre":
            self._flush()
            self._pre_depth += 1
        elif tag in _BLOCKS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr") and not self._skip_depth:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(self._skip_depth - 1, 0)
            return
        if self._skip_depth:
            return
        if tag == "a":
            href = self._links.pop() if self._links else ""
            self._append_link(href)
        elif tag in ("ul", "ol"):
            self._flush()
            self._list_depth = max(self._list_depth - 1, 0)
        elif tag in ("td", "th"):
            self._flush()
        elif tag == "tr":
            self._flush()
            if self._rows:  # a stray </tr> closes nothing
                self._close_row()
        elif tag == "pre":
            self._flush()
            self._pre_depth = max(self._pre_depth - 1, 0)
        elif tag in _HEADINGS or tag == "li" or tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._pre_depth:
            lines = data.split("\n")
            for line in lines[:-1]:
                self._buffer.append(line)
                self._flush()
            self._buffer.append(lines[-1])
        else:
            self._buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()
        while self._rows:
            self._close_row()

    # ------------------------------------------------------------- helpers
    def _append_link(self, href: str) -> None:
        """Show a link's target after its text, so contact parsing sees profile URLs."""
        target = href.strip().removeprefix("mailto:").removeprefix("tel:")
        if not target or target.startswith(("#", "javascript:")):
            return
        text = "".join(self._buffer)
        plain = target.removeprefix("https://").removeprefix("http://").removeprefix("www.")
        if target not in text and plain.rstrip("/") not in text:
            self._buffer.append(f" ({target})")

    def _close_row(self) -> None:
        """A row of one-line cells is a table row; a row of rich cells is page layout."""
        row = self._rows.pop()
        sink = self._sink()
        layout = any(
            len(cell.entries) > 1
            or any(kind is not LineKind.TEXT for _, kind, _, _ in cell.entries)
            for cell in row.cells
        )
        if layout:
            for cell in row.cells:
                sink.extend(cell.entries)
            return
        cells = [cell.entries[0][0] for cell in row.cells if cell.entries]
        if cells:
            sink.append((" | ".join(cells), LineKind.TABLE_ROW, 0, 1))


def read_html(text: str, source: str) -> Document:
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    return Document.from_lines(source, InputFormat.HTML, parser.entries)
