"""The fast record makers build exactly what the dataclass constructors build (#3)."""

from __future__ import annotations

import dataclasses

from standout.model.skills import Evidence, Mention, Place
from standout.skills._records import make_evidence, make_mention


def test_make_mention_equals_the_constructor() -> None:
    made = make_mention("go", "Go", "language", "Go", 3, 5)
    assert made == Mention("go", "Go", "language", "Go", 3, 5)
    assert type(made) is Mention
    assert dataclasses.asdict(made)["end"] == 5


def test_make_evidence_equals_the_constructor() -> None:
    mention = Mention("django", "Django", "web_framework", "Django", 0, 6)
    made = make_evidence(mention, 4, Place.ROLE_BULLET, 1, None, "django")
    assert made == Evidence(mention, 4, Place.ROLE_BULLET, 1, None, implied_by="django")
    assert hash(made) == hash(Evidence(mention, 4, Place.ROLE_BULLET, 1, None, "django"))
