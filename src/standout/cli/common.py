"""What every command shares: output formats, writing results, one-line errors."""

from __future__ import annotations

import os
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from standout.errors import InvalidOptionError

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


def examples(*commands: str) -> str:
    """A command's help epilog: a few real command lines, kept as written ("\\b" stops
    Click from rewrapping them into one paragraph)."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {command}" for command in commands)


REFERENCE_DATE_HELP = "The date 'present' means, for years of use and date checks (default: today)."


def parse_reference_date(text: str | None) -> date | None:
    """The --reference-date option as a date, or a coded error that says how to write it."""
    if text is None:
        return None
    from datetime import timedelta

    from standout.parse.dates import EARLIEST_REFERENCE_DATE, REFERENCE_DAYS_AHEAD

    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise InvalidOptionError(
            f"--reference-date '{text}' is not a date.",
            hint="Write it as YYYY-MM-DD, such as 2024-05-01.",
        ) from None
    latest = date.today() + timedelta(days=REFERENCE_DAYS_AHEAD)
    if not EARLIEST_REFERENCE_DATE <= value <= latest:
        raise InvalidOptionError(
            f"--reference-date {text} is out of range.",
            hint=f"Give a date from {EARLIEST_REFERENCE_DATE} to {latest} (YYYY-MM-DD).",
        )
    return value
