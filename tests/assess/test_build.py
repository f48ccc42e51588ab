"""The positional constructors the assessment builds report objects with (#4)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from standout.assess._build import constructor
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
