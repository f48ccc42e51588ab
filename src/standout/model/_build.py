"""Positional constructors for the model's frozen, slotted dataclasses.

A frozen dataclass's generated ``__init__`` sets every field through
``object.__setattr__``, looked up again for each field. One analysis builds thousands of
such objects (lines, spans and bullets when reading and parsing; mentions, evidence and
skills when extracting; results, checks and advice when assessing), so the hot paths build
them with ``constructor(cls)`` instead: the fields are stored on an instance of a mutable twin
class with the very same slots (plain, specialised attribute stores), and the instance then
becomes the frozen class. Python allows that switch only between classes of the same memory
layout, and the result is the object the class itself would make: same type, fields,
equality, hash and repr, and frozen from then on. It costs about a quarter of the
generated ``__init__``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")


def constructor(cls: type[T]) -> Callable[..., T]:
    """``cls(*values)`` for every field of ``cls``, in declaration order, none omitted."""
    names = [field.name for field in fields(cls)] if is_dataclass(cls) else []
    if (
        not names
        or tuple(vars(cls).get("__slots__", ())) != tuple(names)
        or cls.__bases__ != (object,)
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a slotted dataclass of its own fields")
    twin = type(f"_{cls.__name__}Draft", (), {"__slots__": tuple(names)})
    probe: Any = object.__new__(twin)
    probe.__class__ = cls  # raises TypeError now, not mid-analysis, if the layouts differ
    namespace: dict[str, Any] = {"_new": object.__new__, "_twin": twin, "_cls": cls}
    stores = "".join(f"    self.{name} = {name}\n" for name in names)
    source = (
        f"def make({', '.join(names)}):\n"
        f"    self = _new(_twin)\n{stores}    self.__class__ = _cls\n    return self\n"
    )
    exec(source, namespace)  # the way dataclasses write their own __init__
    make: Callable[..., T] = namespace["make"]
    make.__qualname__ = f"constructor({cls.__name__})"
    return make
