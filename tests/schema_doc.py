"""Helpers for the tests that hold a JSON output to its schema document (#4, #5)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

# A documented field: a table row starting with the field's path in backticks.
DOC_ROW = re.compile(r"^\| `([^`]+)` \|", re.MULTILINE)


def key_paths(value: Any, prefix: str = "") -> Iterator[str]:
    """Every key path of a JSON value, lists written as ``name[]``, in document order."""
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            yield path
            yield from key_paths(item, path)
    elif isinstance(value, list):
        for item in value:
            yield from key_paths(item, prefix + "[]")


def siblings_by_parent(paths: Iterable[str]) -> dict[str, list[str]]:
    """Each parent path's children, each once, in the order they first appear."""
    order: dict[str, list[str]] = {}
    for path in paths:
        parent = path.rsplit(".", 1)[0] if "." in path else ""
        siblings = order.setdefault(parent, [])
        if path not in siblings:
            siblings.append(path)
    return order
