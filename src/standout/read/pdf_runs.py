"""Positioned text runs of one PDF page, from pdfium in a few calls per line.

pdfium gives the page text with CR LF between the lines it found. Most lines are one
run of text: their position costs three calls (origin of the first character, box of
the last, font size). pdfium also joins into one "line" text that merely shares a
baseline, such as a sidebar line and a main-column line drawn one after the other, or
a title and its right-aligned dates. Its text rectangles (one per text object) show
such lines by a wide gap, a step back, or a change of baseline; only those lines are
cut, at the spaces pdfium generated for the gaps. No call is ever made per character.
"""

from __future__ import annotations

import ctypes
import re
from typing import Any

from standout.read.pdf_layout import Run

_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demi", re.I)
_LINE = re.compile(r"[^\r\n]+")
# pdfium marks soft hyphens with U+0002; fonts without a Unicode map yield other controls.
_CONTROLS: dict[int, str | None] = {**dict.fromkeys([*range(0, 32), 0x7F]), 9: " "}
# A gap wider than this many text heights between two text objects of one pdfium line
# may be a column gutter: the line is cut there and the layout step decides.
_WIDE_GAP = 1.5


class _Page:
    """One text page and the ctypes out-parameters reused for every call."""

    def __init__(self, textpage: Any, raw: Any) -> None:
        self.raw = raw
        self.handle = textpage.raw
        self.text: str = textpage.get_text_range()
        self._x, self._y = ctypes.c_double(), ctypes.c_double()
        self._box = tuple(ctypes.c_double() for _ in range(4))
        self._font_name = ctypes.create_string_buffer(128)
        self._flags = ctypes.c_int()

    def run(self, first: int, last: int) -> Run | None:
        """The run of characters ``first``..``last`` (one baseline, no big gap inside)."""
        piece = self.text[first : last + 1]
        stripped = piece.strip()
        if not stripped:
            return None
        first += len(piece) - len(piece.lstrip())
        last -= len(piece) - len(piece.rstrip())
        raw, handle = self.raw, self.handle
        left, right, bottom, top = self._box
        raw.FPDFText_GetCharOrigin(handle, first, self._x, self._y)
        raw.FPDFText_GetCharBox(handle, last, left, right, bottom, top)
        size = raw.FPDFText_GetFontSize(handle, first) or 10.0
        bold = False
        if stripped.isupper():  # boldness only matters for ALL-CAPS headings
            raw.FPDFText_GetFontInfo(handle, first, self._font_name, 128, self._flags)
            bold = bool(_BOLD_NAME.search(self._font_name.value))
        x, baseline = self._x.value, self._y.value
        text = stripped.translate(_CONTROLS)
        return Run(
            x, baseline - 0.2 * size, max(right.value, x), baseline + 0.75 * size, text, size, bold
        )

    def needs_cutting(self, start: int, length: int) -> bool:
        """Whether the text objects of a pdfium line leave a wide gap, step back or change
        baseline, i.e. the line holds text that was not written as one line."""
        count = self.raw.FPDFText_CountRects(self.handle, start, length)
        if count <= 1:
            return False
        left, top, right, bottom = self._box
        previous: tuple[float, float, float, float] | None = None
        for index in range(count):
            self.raw.FPDFText_GetRect(self.handle, index, left, top, right, bottom)
            box = (left.value, bottom.value, right.value, top.value)
            if previous is not None:
                height = max(box[3] - box[1], previous[3] - previous[1], 1.0)
                gap = box[0] - previous[2]
                middle_shift = abs((box[1] + box[3]) - (previous[1] + previous[3])) / 2
                if gap > _WIDE_GAP * height or gap < -height or middle_shift > 0.5 * height:
                    return True
            previous = box
        return False

    def cuts(self, start: int, end: int) -> list[int]:
        """Indexes of the spaces pdfium generated between ``start`` and ``end``."""
        is_generated, handle, text = self.raw.FPDFText_IsGenerated, self.handle, self.text
        found = []
        index = text.find(" ", start, end)
        while index >= 0:
            if is_generated(handle, index) == 1:
                found.append(index)
            index = text.find(" ", index + 1, end)
        return found


def page_runs(textpage: Any, raw: Any) -> list[Run]:
    """Positioned runs of a page's text, in pdfium's order."""
    page = _Page(textpage, raw)
    runs: list[Run] = []
    for line in _LINE.finditer(page.text):
        start, end = line.span()
        if not line.group().strip():
            continue
        pieces: list[tuple[int, int]] = []
        if page.needs_cutting(start, end - start):
            begin = start
            for cut in page.cuts(start, end):
                pieces.append((begin, cut - 1))
                begin = cut + 1
            pieces.append((begin, end - 1))
        else:
            pieces.append((start, end - 1))
        for first, last in pieces:
            run = page.run(first, last) if last >= first else None
            if run is not None:
                runs.append(run)
    return _merge_close(runs)


def _merge_close(runs: list[Run]) -> list[Run]:
    """Glue runs cut at an ordinary word gap back into phrases."""
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if (
            last is not None
            and abs(last.bottom - run.bottom) < 0.2 * run.size
            and 0 <= run.left - last.right <= 0.6 * max(run.size, last.size)
            and last.size == run.size
            and last.bold == run.bold
        ):
            merged[-1] = Run(
                last.left, last.bottom, run.right, max(last.top, run.top),
                f"{last.text} {run.text}", last.size, last.bold,
            )  # fmt: skip
        else:
            merged.append(run)
    return merged
