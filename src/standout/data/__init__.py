"""Lookup tables shipped with the package, loaded lazily through one cached loader.

See ``NOTES.md`` beside this file for where every table comes from.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from standout.errors import DataFileError


@cache
def load_json(name: str) -> Any:
    """Load ``standout/data/<name>`` once per process."""
    try:
        # A plain path, not importlib.resources: that costs milliseconds of imports on every
        # command, and standout is never run from a zip archive.
        raw = (Path(__file__).parent / name).read_bytes()
        return json.loads(raw)
    except (OSError, ValueError) as exc:
        raise DataFileError(
            f"The data file '{name}' shipped with standout is missing or malformed ({exc}).",
            hint="Reinstall the package; if it persists, report it as a bug.",
        ) from exc
