"""Positional constructors for the report's frozen, slotted dataclasses.

A frozen dataclass's generated ``__init__`` sets every field through
``object.__setattr__``, looked up again for each field. One assessment builds a few hundred
report objects (a result per criterion, a check per bullet, advice), so the hot paths build
them here instead: each slot is set through its own descriptor. The object is the same one
the class would make (same type, fields, equality, hash and repr), in about half the time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")


def constructor(cls: type[T]) -> Callable[..., T]:
    """``cls(*values)`` for every field of ``cls``, in declaration order, none omitted."""
    if not (is_dataclass(cls) and "__slots__" in vars(cls)) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} is not a slotted dataclass without __post_init__")
    names = [field.name for field in fields(cls)]
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    namespace.update({f"_set_{name}": getattr(cls, name).__set__ for name in names})
    body = "".join(f"    _set_{name}(self, {name})\n" for name in names)
    source = f"def make({', '.join(names)}):\n    self = _new(_cls)\n{body}    return self\n"
    exec(source, namespace)  # the way dataclasses write their own __init__
    make: Callable[..., T] = namespace["make"]
    make.__qualname__ = f"constructor({cls.__name__})"
    return make
