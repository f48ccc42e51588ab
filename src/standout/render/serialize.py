"""Turn pipeline results (frozen dataclasses, enums, dates) into plain JSON values."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import Enum
from typing import Any

# Field names per dataclass type: dataclasses.fields() is slow enough to matter per call.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(cls) if not f.name.startswith("_"))
        _FIELD_NAMES[cls] = names
    return names


def to_jsonable(value: Any, *, skip: frozenset[str] = frozenset()) -> Any:
    """A JSON-ready copy of ``value``. Fields named in ``skip`` and private fields are left out."""
    if isinstance(value, Enum):  # before str: a StrEnum is a str but must leave as its value
        return value.value
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            name: to_jsonable(getattr(value, name), skip=skip)
            for name in _field_names(type(value))
            if name not in skip
        }
    if isinstance(value, dict):
        return {str(k): to_jsonable(v, skip=skip) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v, skip=skip) for v in value]
    raise TypeError(f"can't serialise {type(value).__name__}")
