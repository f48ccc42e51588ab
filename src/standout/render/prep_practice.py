"""The terminal faces of ``standout practice``: a plain one and a coloured one.

``PlainPracticeIO`` writes text only: no colour, no boxes, no cursor movement, every prompt
on a line of its own, so that screen readers and pipes get exactly the words.
``RichPracticeIO`` adds colour and a rule above each question. ``wants_plain`` says when
plain mode is chosen without being asked for: input or output is not a terminal, NO_COLOR
is set, or TERM is "dumb".
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from standout.prep.practice import Style

_RICH_STYLES = {
    Style.TEXT: "",
    Style.TITLE: "bold",
    Style.QUESTION: "bold cyan",
    Style.NOTE: "dim",
    Style.GOOD: "green",
    Style.ADVICE: "yellow",
}


def wants_plain(stdin: TextIO | None = None, stdout: TextIO | None = None) -> bool:
    stdin = stdin if stdin is not None else sys.stdin
    stdout = stdout if stdout is not None else sys.stdout
    if os.environ.get("NO_COLOR") or os.environ.get("TERM", "") == "dumb":
        return True
    try:
        return not (stdin.isatty() and stdout.isatty())
    except (AttributeError, ValueError):  # a closed or unusual stream: be plain
        return True


class PlainPracticeIO:
    """Text in, text out, one line at a time."""

    def __init__(self, stdin: TextIO | None = None, stdout: TextIO | None = None) -> None:
        self._in = stdin if stdin is not None else sys.stdin
        self._out = stdout if stdout is not None else sys.stdout

    def show(self, text: str, style: Style = Style.TEXT) -> None:
        self._out.write(text + "\n")
        self._out.flush()

    def read_line(self, prompt: str) -> str:
        if prompt:
            self.show(prompt)
        line = self._in.readline()
        if not line:
            raise EOFError
        return line.rstrip("\r\n")


class RichPracticeIO:
    """Colour and a rule above each question; input through ``input()`` (line editing)."""

    def __init__(self) -> None:
        from rich.console import Console

        self._console = Console(highlight=False, emoji=False, soft_wrap=False)

    def show(self, text: str, style: Style = Style.TEXT) -> None:
        from rich.text import Text

        if style is Style.TITLE and text.startswith("Question "):
            self._console.rule(Text(text, style="bold"), align="left")
            return
        self._console.print(Text(text, style=_RICH_STYLES[style]))

    def read_line(self, prompt: str) -> str:
        from rich.text import Text

        if prompt:
            self._console.print(Text(prompt, style="bold"))
        return input("> ")
