"""Bullet markers written as characters (plain text, PDF, DOCX paragraphs typed by hand)."""

from __future__ import annotations

import re

# Glyphs that only ever mean "list item" may touch the text; ASCII markers and numbers
# need a space after them so that "-5%" or "3.5 years" stay text. The private-use range
# covers Symbol and Wingdings bullets that PDF and Word export as U+F0B7, U+F0A7, ...
_GLYPHS = "•●▪◦‣➢►▸▹■□○◆◇❖✓✔➤→·∙⁃"
_MARKERS = "-*+–—o"
_BULLET = re.compile(
    r"^(?P<indent>[ \t]*)"
    rf"(?:[{_GLYPHS}\ue000-\uf8ff]\s*"
    r"|(?:[-*+–—]|o|\d{1,2}[.)])\s+)"
    r"(?P<text>\S.*)$"
)


def may_open_bullet(char: str) -> bool:
    """Whether a line whose first character (after white space) is ``char`` may be a bullet.

    A cheap test before ``split_bullet``: most lines start with a letter.
    """
    return char in _GLYPHS or char in _MARKERS or char.isdigit() or "\ue000" <= char <= "\uf8ff"


def split_bullet(line: str) -> tuple[str, int] | None:
    """``(text without marker, indent width)`` when ``line`` starts with a bullet marker."""
    match = _BULLET.match(line)
    if match is None:
        return None
    indent = match.group("indent").expandtabs(4)
    return match.group("text"), len(indent)


class IndentLevels:
    """Turns indent widths of consecutive bullets into 0-based nesting levels."""

    __slots__ = ("_stack",)

    def __init__(self) -> None:
        self._stack: list[int] = []

    def reset(self) -> None:
        self._stack.clear()

    def level(self, indent: int) -> int:
        stack = self._stack
        while stack and indent < stack[-1]:
            stack.pop()
        if not stack or indent > stack[-1]:
            stack.append(indent)
        return len(stack) - 1
