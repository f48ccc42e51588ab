"""The makers of the records that extraction builds by the hundred: a resume's hundred
mentions, two hundred pieces of evidence and hundred skills. Each is
``standout.model._build.constructor`` of its record, typed for its callers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from standout.model._build import constructor
from standout.model.skills import Evidence, Mention, Place, SkillEvidence

make_mention = cast(Callable[[str, str, str, str, int, int], Mention], constructor(Mention))
make_evidence = cast(
    Callable[[Mention, int, Place, int | None, int | None, str | None], Evidence],
    constructor(Evidence),
)
make_skill_evidence = cast(
    Callable[
        [str, str, str, str, tuple[Evidence, ...], bool, float | None, float | None],
        SkillEvidence,
    ],
    constructor(SkillEvidence),
)
