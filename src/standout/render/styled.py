"""Styled plain-text layout for terminals, without Rich: fast to import, fast to render.

A text is a list of lines; a line is a tuple of ``Segment(text, style)``. ``paint`` turns
the lines into text, with ANSI colour codes only when asked. Layout helpers wrap and cut
text so that no line is wider than the width given: ``wrap``, ``labelled`` (a label
column with wrapped text beside it) and ``columns`` (fixed-width table rows).

Widths count characters, which is right for the Latin, Greek and Cyrillic text of
resumes; a wide (East Asian) character counts as one column here and takes two on screen.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from standout.render.text import truncate

# SGR codes of the styles the outputs use; a style string names several ("bold red").
_SGR = {
    "bold": "1",
    "dim": "2",
    "italic": "3",
    "underline": "4",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "cyan": "36",
}


class Segment(NamedTuple):  # a NamedTuple: cheap to define and to create
    text: str
    style: str = ""


StyledLine = tuple[Segment, ...]


def line(*parts: str | tuple[str, str] | Segment) -> StyledLine:
    """A line from plain strings, ``(text, style)`` pairs or segments."""
    segments = []
    for part in parts:
        if isinstance(part, Segment):
            segments.append(part)
        elif isinstance(part, tuple):
            segments.append(Segment(part[0], part[1]))
        elif part:
            segments.append(Segment(part))
    return tuple(segments)


def line_length(styled: StyledLine) -> int:
    return sum(len(segment.text) for segment in styled)


def wrap(
    text: str, width: int, *, style: str = "", max_lines: int | None = None
) -> list[StyledLine]:
    """``text`` wrapped at ``width``; past ``max_lines`` the last line ends with "…"."""
    lines = textwrap.wrap(text, max(1, width), break_on_hyphens=False) or [""]
    if max_lines is not None and len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], truncate(rest, width)]
    return [(Segment(text_line, style),) for text_line in lines]


def labelled(label: StyledLine, label_width: int, body: Sequence[StyledLine]) -> list[StyledLine]:
    """A label (rank, line number, severity) in a column of ``label_width`` and the body
    lines beside it, later lines indented under the first."""
    gap = Segment(" ")
    blank = Segment(" " * (label_width + 1))
    padded = (*label, Segment(" " * max(0, label_width - line_length(label))))
    out: list[StyledLine] = []
    for index, body_line in enumerate(body or [()]):
        prefix = (*padded, gap) if index == 0 else (blank,)
        out.append((*prefix, *body_line))
    return out


def columns(cells: Sequence[Sequence[StyledLine]], widths: Sequence[int]) -> list[StyledLine]:
    """One table row: each cell's lines in its column, padded; the last column unpadded."""
    height = max((len(cell) for cell in cells), default=0)
    out: list[StyledLine] = []
    for row in range(height):
        parts: list[Segment] = []
        for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            content = cell[row] if row < len(cell) else ()
            parts.extend(content)
            if index < len(cells) - 1:
                parts.append(Segment(" " * (width - line_length(content) + 2)))
        out.append(tuple(parts))
    return out


def paint(lines: Iterable[StyledLine], *, color: bool) -> str:
    """The lines as text: styles become ANSI codes when ``color``, else are dropped.
    Trailing spaces are removed, so piped output carries no padding."""
    rendered = []
    for styled in lines:
        if color:
            text = "".join(_sgr(segment) for segment in styled)
        else:
            text = "".join(segment.text for segment in styled)
        # Padding is always an unstyled segment, so trailing spaces are safe to drop.
        rendered.append(text.rstrip(" "))
    return "\n".join(rendered) + "\n"


def _sgr(segment: Segment) -> str:
    codes = [_SGR[name] for name in segment.style.split() if name in _SGR]
    if not codes or not segment.text:
        return segment.text
    return f"\x1b[{';'.join(codes)}m{segment.text}\x1b[0m"
