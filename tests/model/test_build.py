"""The positional constructors that reading, parsing, extraction and the assessment build
their frozen records with (#4)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from standout.model._build import constructor
from standout.model.report import BulletCheck, CriterionResult, EvidenceItem, Fix


def test_a_constructed_object_is_the_one_the_class_makes() -> None:
    evidence = (EvidenceItem("Built the API", 12, "python"),)
    values = ("api.style", "An API style", 1.0, 0.5, evidence, "Shown by REST (line 12).")
    made = constructor(CriterionResult)(*values)
    expected = CriterionResult(*values)
    assert type(made) is CriterionResult
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.weight = 2.0  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(made)) == expected


def test_every_field_is_required_in_order() -> None:
    make = constructor(Fix)
    assert make(1, "Add a figure", 7, None, 2.5) == Fix(1, "Add a figure", 7, None, 2.5)
    with pytest.raises(TypeError):
        make(1, "Add a figure", 7)
    names = [field.name for field in dataclasses.fields(BulletCheck)]
    assert constructor(BulletCheck).__code__.co_varnames[: len(names)] == tuple(names)


def test_only_slotted_dataclasses_are_accepted() -> None:
    @dataclasses.dataclass(frozen=True)
    class Plain:
        value: int

    with pytest.raises(TypeError):
        constructor(Plain)


def test_the_records_of_every_stage_are_built_by_the_same_constructor() -> None:
    """Lines and spans (read, parse), mentions, evidence and skills (extract) come out as
    the very objects their classes make."""
    from standout.model.document import Line, LineKind, _new_line
    from standout.model.resume import TextSpan, text_span
    from standout.skills._records import make_mention
    from standout.skills.taxonomy import Skill, _make_skill

    line = _new_line(3, "Built APIs", 40, 50, LineKind.BULLET, 0, 1)
    assert line == Line(3, "Built APIs", 40, 50, LineKind.BULLET, 0, 1)
    assert type(line) is Line and type(text_span(3, 40, 50)) is TextSpan
    assert make_mention("go", "Go", "language", "Go", 3, 5).end == 5
    skill = _make_skill("go", "Go", "language", "languages", ("golang",), (), frozenset())
    assert skill == Skill("go", "Go", "language", "languages", ("golang",), (), frozenset())
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.text = "changed"  # type: ignore[misc]
