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


def _twin_maker(record: type[Any]) -> Callable[..., Any]:
    """A function that builds a ``record`` as a slotted twin, then makes it the record.

    The function is written out field by field, as ``dataclasses`` writes its own
    ``__init__``: a loop over the fields would cost what the twin saves. A plain function,
    not the twin's ``__init__``: Python calls it without going through ``type.__call__``.
    """
    names = tuple(field.name for field in dataclasses.fields(record))
    twin = type(f"_{record.__name__}Twin", (), {"__slots__": names})
    stores = "".join(f"\n    made.{name} = {name}" for name in names)
    source = (
        f"def make_{record.__name__}({', '.join(names)}):\n    made = new(twin){stores}"
        "\n    made.__class__ = record\n    return made"
    )
    namespace: dict[str, Any] = {"new": object.__new__, "twin": twin, "record": record}
    exec(source, namespace)  # the source holds field names only
    maker: Callable[..., Any] = namespace[f"make_{record.__name__}"]
    return maker


def maker_for(record: type[Any]) -> Callable[..., Any]:
    """The record's twin maker when it builds exactly what the record builds, else the
    record itself."""
    if hasattr(record, "__post_init__"):
        return record
    make = _twin_maker(record)
    sample = tuple(range(len(dataclasses.fields(record))))
    try:
        made = make(*sample)
    except TypeError:  # the layouts differ: no slots, or other slots than the fields
        return record
    if type(made) is not record or made != record(*sample):
        return record
    return make


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
