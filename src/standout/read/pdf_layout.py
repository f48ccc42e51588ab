"""Reading order for one PDF page from positioned text runs (pure Python, no pdfium).

Runs are grouped into rows by their vertical position. If the page has a column gutter
(a vertical strip of white space that only a few banner rows cross), each stretch of
rows between banners is emitted as its left column, then its right column. Bullets are
recognised by their glyph and wrapped bullet lines are joined back to their bullet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from standout.model.document import LineKind
from standout.read.bullets import split_bullet

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|\bpresent\b|\bcurrent\b|\bnow\b", re.I)
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$", re.I
)


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text drawn at one place: PDF user space, y grows upwards."""

    left: float
    bottom: float
    right: float
    top: float
    text: str
    size: float = 0.0  # font size in points, 0 when unknown
    bold: bool = False

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass(slots=True)
class PageLine:
    """A line of one column of a page, before it becomes a document line."""

    text: str
    kind: LineKind
    left: float  # where the text (after any bullet glyph) starts
    bottom: float
    top: float
    size: float
    bold: bool
    glyph_left: float | None = None  # where the bullet glyph sits, for nesting levels
    text_left: float | None = None  # where a bullet's text starts, when drawn apart
    level: int = 0


@dataclass(frozen=True, slots=True)
class _Row:
    runs: list[Run]  # left to right


def _left(run: Run) -> float:
    return run.left


def _top_down(run: Run) -> float:
    return -(run.top + run.bottom)


def _rows(runs: list[Run]) -> list[_Row]:
    """Group runs whose vertical middles agree into rows, top of the page first."""
    rows: list[_Row] = []
    current: list[Run] = []
    middle = height = 0.0
    for run in sorted(runs, key=_top_down):
        run_middle = (run.top + run.bottom) / 2
        run_height = run.top - run.bottom
        if current and abs(middle - run_middle) <= 0.4 * max(height, run_height):
            current.append(run)
            middle += (run_middle - middle) / len(current)
            height = max(height, run_height)
        else:
            if current:
                rows.append(_Row(sorted(current, key=_left)))
            current, middle, height = [run], run_middle, run_height
    if current:
        rows.append(_Row(sorted(current, key=_left)))
    return rows


def find_gutter(runs: list[Run], width: float, rows: list[_Row] | None = None) -> float | None:
    """The x of a column gutter, or None for a single-column page."""
    if len(runs) < 8 or width <= 0:
        return None
    events = sorted([(r.left, 1) for r in runs] + [(r.right, -1) for r in runs])
    low, high = 0.15 * width, 0.85 * width
    spans: list[tuple[float, float, int]] = []  # (from, to, how many runs cover it)
    coverage, previous = 0, 0.0
    for x, delta in events:
        if x > previous and x > low and previous < high:
            spans.append((max(previous, low), min(x, high), coverage))
        coverage += delta
        previous = max(previous, x)
    rows = rows if rows is not None else _rows(runs)
    tried: set[tuple[float, float]] = set()
    for allowed in range(0, 7):
        best: tuple[float, float] | None = None
        start: float | None = None
        for left, right, covered in spans:
            if covered > allowed:
                start = None
                continue
            start = left if start is None else start
            if best is None or right - start > best[1] - best[0]:
                best = (start, right)
        if best is None or best[1] - best[0] < 8.0 or best in tried:
            continue
        tried.add(best)
        gutter = (best[0] + best[1]) / 2
        if _is_column_gutter(rows, gutter):
            return gutter
    return None


def _crosses(run: Run, gutter: float) -> bool:
    return run.left < gutter - 1.0 and run.right > gutter + 1.0


def _is_column_gutter(rows: list[_Row], gutter: float) -> bool:
    """Columns, not right-aligned dates: few banner stretches, real text on both sides."""
    crossing = [any(_crosses(run, gutter) for run in row.runs) for row in rows]
    bands = sum(1 for i, c in enumerate(crossing) if c and (i == 0 or not crossing[i - 1]))
    if bands > 3 or sum(crossing) > 0.4 * len(rows):
        return False
    left_texts: list[str] = []
    right_texts: list[str] = []
    for row, crossed in zip(rows, crossing, strict=True):
        if crossed:
            continue
        left = " ".join(r.text for r in row.runs if r.left + r.right < 2 * gutter)
        right = " ".join(r.text for r in row.runs if r.left + r.right >= 2 * gutter)
        if left.strip():
            left_texts.append(left)
        if right.strip():
            right_texts.append(right)
    if len(left_texts) < 3 or len(right_texts) < 3:
        return False
    for texts in (left_texts, right_texts):
        dated = sum(1 for text in texts if _YEAR.search(text) and len(text.split()) <= 5)
        if dated > 0.5 * len(texts):
            return False
    return max(len(left_texts), len(right_texts)) >= 6


def _join(runs: list[Run]) -> str:
    """Runs of one line (in x order), with a space where there is a visible gap."""
    pieces: list[str] = []
    previous: Run | None = None
    for run in runs:
        if previous is not None:
            gap = run.left - previous.right
            size = max(previous.height, run.height, 1.0)
            if gap > 0.15 * size and not pieces[-1].endswith(" ") and not run.text.startswith(" "):
                pieces.append(" ")
        pieces.append(run.text)
        previous = run
    return "".join(pieces)


def _line(ordered: list[Run]) -> PageLine | None:
    first = ordered[0]
    if len(ordered) == 1:  # most rows: no joining, no min/max
        text = first.text if "  " not in first.text else " ".join(first.text.split())
        size, bold, bottom, top = first.size, first.bold, first.bottom, first.top
    else:
        text = " ".join(_join(ordered).split())
        size = max(r.size for r in ordered)
        bold = all(r.bold for r in ordered)
        bottom = min(r.bottom for r in ordered)
        top = max(r.top for r in ordered)
    if not text:
        return None
    # Bullet markers start with a symbol, a digit or "o"; skip the regex for the rest.
    lead = text[0]
    bullet = split_bullet(text) if not lead.isalpha() or lead == "o" else None
    if bullet is None:
        return PageLine(text, LineKind.TEXT, first.left, bottom, top, size, bold)
    text_left = ordered[1].left if len(ordered) > 1 and len(first.text) <= 2 else None
    return PageLine(
        bullet[0], LineKind.BULLET, first.left, bottom, top, size, bold, first.left, text_left
    )


def _wraps(bullet: PageLine, line: PageLine) -> bool:
    """``line`` is the wrapped rest of ``bullet``: indented past the glyph, right below."""
    if bullet.glyph_left is None or bullet.bottom - line.top > 0.8 * (bullet.top - bullet.bottom):
        return False
    if bullet.text_left is not None:
        return abs(line.left - bullet.text_left) <= 3.0
    return bullet.glyph_left + 2.0 < line.left <= bullet.glyph_left + 2.5 * max(bullet.size, 4.0)


def _column(lines: list[PageLine]) -> list[PageLine]:
    """Join wrapped bullet lines to their bullet and give bullets nesting levels."""
    merged: list[PageLine] = []
    for line in lines:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.kind is LineKind.BULLET
            and line.kind is LineKind.TEXT
            and _wraps(last, line)
        ):
            last.text = f"{last.text} {line.text}"
            last.bottom = line.bottom
            continue
        merged.append(line)
    glyphs = sorted({round(line.glyph_left) for line in merged if line.glyph_left is not None})
    levels: list[float] = []
    for x in glyphs:
        if not levels or x - levels[-1] > 4.0:
            levels.append(x)
    for line in merged:
        if line.glyph_left is not None:
            line.level = sum(1 for x in levels if x < line.glyph_left - 4.0)
    return merged


def page_lines(runs: list[Run], width: float) -> list[PageLine]:
    """The page's lines in reading order."""
    runs = [run for run in runs if run.text.strip()]
    if not runs:
        return []
    rows = _rows(runs)
    gutter = find_gutter(runs, width, rows)
    out: list[PageLine] = []
    left: list[PageLine] = []
    right: list[PageLine] = []

    def flush() -> None:
        out.extend(_column(left))
        out.extend(_column(right))
        left.clear()
        right.clear()

    for index, row in enumerate(rows):
        if index in (0, len(rows) - 1) and _PAGE_NUMBER.match(_join(row.runs).strip()):
            continue
        if gutter is None or any(_crosses(run, gutter) for run in row.runs):
            if right:  # a banner row ends a stretch of columns
                flush()
            whole = _line(row.runs)
            if whole is not None:
                left.append(whole)
            continue
        for side, part in (
            (left, [r for r in row.runs if r.left + r.right < 2 * gutter]),
            (right, [r for r in row.runs if r.left + r.right >= 2 * gutter]),
        ):
            line = _line(part) if part else None
            if line is not None:
                side.append(line)
    flush()
    return out
