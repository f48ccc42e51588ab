"""Turn pipeline results (frozen dataclasses, enums, dates) into plain JSON values."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import Enum
from typing import Any

# Exact types only: a StrEnum is a str subclass and must leave as its plain value.
_PLAIN = frozenset({str, int, float, bool, type(None)})
# Field names per dataclass type: dataclasses.fields() is slow enough to matter per call.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def to_jsonable(value: Any, *, skip: frozenset[str] = frozenset()) -> Any:
    """A JSON-ready copy of ``value``. Fields named in ``skip`` and private fields are left out."""
    cls = type(value)
    if cls in _PLAIN:
        return value
    if cls is tuple or cls is list:
        return [to_jsonable(item, skip=skip) for item in value]
    names = _FIELD_NAMES.get(cls)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = tuple(f.name for f in dataclasses.fields(value) if not f.name.startswith("_"))
        _FIELD_NAMES[cls] = names
    if names is not None:
        return {
            name: to_jsonable(getattr(value, name), skip=skip) for name in names if name not in skip
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str | int | float | bool):  # subclasses of the plain types
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v, skip=skip) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(item, skip=skip) for item in value]
    raise TypeError(f"can't serialise {type(value).__name__}")
