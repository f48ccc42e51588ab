"""What every command shares: output formats, writing results, one-line errors."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


class OutputFormat(StrEnum):
    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


class DataFormat(StrEnum):
    JSON = "json"
    TEXT = "text"


def console(*, stderr: bool = False) -> Console:
    """A Rich console: colour only on a terminal, and never with NO_COLOR set."""
    from rich.console import Console

    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(stderr=stderr, no_color=no_color, highlight=False, soft_wrap=False)


def emit(text: str, out: Path | None) -> None:
    """Print a rendered result, or write it atomically to ``out``."""
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    from standout._io import write_atomic

    write_atomic(out, text)
    console(stderr=True).print(f"Wrote {out}")
