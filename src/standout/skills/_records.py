"""Fast construction of the frozen records that extraction builds by the hundred.

A frozen dataclass's generated ``__init__`` sets every field through
``object.__setattr__``; for a resume's hundred mentions, two hundred pieces of evidence
and hundred skills that costs as much as the rest of extraction. Each maker here is a
mutable twin of its record with the very same slots: its ``__init__`` stores the fields
with plain attribute stores, then turns the object into the record by assigning its
``__class__`` (allowed because the two layouts are identical). The result is the very
same object the record's constructor builds, in about half the instructions. The twins
are written from the records' fields when this module is imported; should a record ever
gain a ``__post_init__`` or lose its slots, its maker falls back to its own constructor.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, cast

from standout.model.skills import Evidence, Mention, Place, SkillEvidence


def _twin(record: type[Any]) -> type[Any]:
    """A slotted class with ``record``'s fields whose ``__init__`` builds a ``record``.

    The ``__init__`` is written out field by field, as ``dataclasses`` writes its own:
    a loop over the fields would cost what the twin saves.
    """
    names = tuple(field.name for field in dataclasses.fields(record))
    stores = "".join(f"\n    self.{name} = {name}" for name in names)
    source = f"def __init__(self, {', '.join(names)}):{stores}\n    self.__class__ = record"
    namespace: dict[str, Any] = {"record": record}
    exec(source, namespace)  # the source holds field names only
    return type(f"_{record.__name__}Twin", (), {"__slots__": names, **namespace})


def maker_for(record: type[Any]) -> Callable[..., Any]:
    """The record's twin when it builds exactly what the record builds, else the record."""
    if hasattr(record, "__post_init__"):
        return record
    twin = _twin(record)
    sample = tuple(range(len(twin.__slots__)))
    try:
        made = twin(*sample)
    except TypeError:  # the layouts differ: no slots, or other slots than the fields
        return record
    if type(made) is not record or made != record(*sample):
        return record
    return twin


make_mention = cast(Callable[[str, str, str, str, int, int], Mention], maker_for(Mention))
make_evidence = cast(
    Callable[[Mention, int, Place, int | None, int | None, str | None], Evidence],
    maker_for(Evidence),
)
make_skill_evidence = cast(
    Callable[
        [str, str, str, str, tuple[Evidence, ...], bool, float | None, float | None],
        SkillEvidence,
    ],
    maker_for(SkillEvidence),
)
