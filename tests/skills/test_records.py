"""The fast record makers build exactly what the dataclass constructors build (#3)."""

from __future__ import annotations

import dataclasses

import pytest

from standout.model.skills import Evidence, Mention, Place, SkillEvidence
from standout.skills._records import make_evidence, make_mention, make_skill_evidence


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


def test_make_skill_evidence_equals_the_constructor() -> None:
    mention = Mention("go", "Go", "language", "Go", 3, 5)
    evidence = (Evidence(mention, 2, Place.SKILLS_LIST),)
    made = make_skill_evidence("go", "Go", "language", "languages", evidence, False, None, 2.5)
    built = SkillEvidence("go", "Go", "language", "languages", evidence, False, None, 2.5)
    assert made == built
    assert type(made) is SkillEvidence
    assert hash(made) == hash(built)
    assert made.listed_only


def test_made_records_stay_frozen() -> None:
    made = make_mention("go", "Go", "language", "Go", 3, 5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 4  # type: ignore[misc]
