"""Lookup tables shipped with the package, loaded lazily through one cached loader.

See ``NOTES.md`` beside this file for where every table comes from.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from standout.errors import DataFileError


@cache
def load_json(name: str) -> Any:
    """Load ``standout/data/<name>`` once per process."""
    try:
        raw = resources.files(__name__).joinpath(name).read_bytes()
        return json.loads(raw)
    except (OSError, ValueError) as exc:
        raise DataFileError(
            f"The data file '{name}' shipped with standout is missing or malformed ({exc}).",
            hint="Reinstall the package; if it persists, report it as a bug.",
        ) from exc
