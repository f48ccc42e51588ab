"""Integrity of the question bank shipped in standout/data/questions.json (#6)."""

from __future__ import annotations

import copy
from collections import Counter
from typing import Any

import pytest

from standout.data import load_json
from standout.errors import QuestionBankError
from standout.model.prep import QuestionKind
from standout.model.report import TargetRole
from standout.model.skills import Area
from standout.prep.bank import bank_problems, build_bank, load_bank

# The stacks the issue names: each needs several questions of its own.
REQUIRED_STACKS = (
    "python", "java", "go", "nodejs", "csharp", "ruby", "postgresql", "mysql", "mongodb",
    "redis", "kafka", "docker", "kubernetes", "aws", "azure", "gcp",
)  # fmt: skip
BEHAVIOURAL_AREAS = {
    Area.COMMUNICATION, Area.PASSION, Area.PROBLEM_SOLVING, Area.RESULTS, Area.LEARNING,
    Area.CULTURE_FIT,
}  # fmt: skip


def _raw() -> dict[str, Any]:
    return copy.deepcopy(load_json("questions.json"))


def test_bank_has_at_least_200_questions() -> None:
    assert len(load_bank()) >= 200


def test_every_area_is_covered_with_several_questions() -> None:
    per_area = Counter(q.area for q in load_bank().questions)
    assert set(per_area) == set(Area)
    assert min(per_area.values()) >= 8


def test_behavioural_areas_ask_behavioural_questions() -> None:
    kinds = {(q.area, q.kind) for q in load_bank().questions}
    for area in BEHAVIOURAL_AREAS:
        assert (area, QuestionKind.BEHAVIOURAL) in kinds


def test_every_tag_is_known_to_the_taxonomy_and_framework() -> None:
    assert bank_problems(load_bank()) == []


def test_seniorities_are_valid_and_never_empty() -> None:
    for question in load_bank().questions:
        assert question.seniorities
        assert question.seniorities <= set(TargetRole)


def test_no_duplicate_ids_or_texts() -> None:
    questions = load_bank().questions
    assert len({q.id for q in questions}) == len(questions)
    assert len({" ".join(q.text.lower().split()) for q in questions}) == len(questions)


def test_every_question_has_guidance_in_a_sentence() -> None:
    for question in load_bank().questions:
        assert len(question.guidance.split()) >= 8, question.id
        assert question.text.endswith(("?", ".")), question.id


@pytest.mark.parametrize("skill", REQUIRED_STACKS)
def test_each_common_stack_has_several_questions(skill: str) -> None:
    assert len(load_bank().by_skill.get(skill, ())) >= 3


def test_staff_level_system_design_is_for_senior_and_staff_only() -> None:
    designs = [q for q in load_bank().questions if q.kind is QuestionKind.SYSTEM_DESIGN]
    staff_level = [q for q in designs if q.seniorities <= {TargetRole.SENIOR, TargetRole.STAFF}]
    assert len(staff_level) >= 6
    for question in designs:
        assert not {TargetRole.JUNIOR, TargetRole.STAFF} <= question.seniorities, question.id
    assert any(TargetRole.JUNIOR in q.seniorities for q in designs)


def test_the_guides_four_language_talking_points_are_templates() -> None:
    templates = {q.id for q in load_bank().questions if q.template}
    assert templates == {"lang.projects", "lang.features", "lang.years", "lang.optimisations"}


def test_collaboration_covers_every_team_the_guide_names() -> None:
    ids = {q.id for q in load_bank().questions if q.area is Area.COMMUNICATION}
    teams = ("frontend", "product", "devops", "dba", "security", "leadership")
    assert {f"collab.{team}" for team in teams} <= ids


def test_database_topics_of_the_guide_are_asked() -> None:
    ids = {q.id for q in load_bank().questions}
    assert {
        "db.relational-vs-nosql",
        "db.modelling-relational",
        "db.modelling-document",
        "db.indexing",
        "db.sharding",
        "cache.strategy",
        "db.administration",
    } <= ids


def test_a_duplicate_id_is_refused() -> None:
    raw = _raw()
    raw["questions"].append(dict(raw["questions"][0], text="A different text?"))
    with pytest.raises(QuestionBankError) as error:
        build_bank(raw)
    assert error.value.code == "E250"


def test_an_unknown_area_is_refused_with_the_question_named() -> None:
    raw = _raw()
    raw["questions"][3]["area"] = "astrology"
    with pytest.raises(QuestionBankError, match=raw["questions"][3]["id"]):
        build_bank(raw)


def test_a_template_slot_outside_a_template_is_refused() -> None:
    raw = _raw()
    raw["questions"][10]["text"] = "What about {skill}?"
    with pytest.raises(QuestionBankError, match="template"):
        build_bank(raw)


def test_bank_problems_names_unknown_tags() -> None:
    raw = _raw()
    raw["questions"][10]["skills"] = ["not-a-skill"]
    raw["questions"][11]["categories"] = ["not_a_category"]
    raw["questions"][12]["criteria"] = ["results.not_a_criterion"]
    problems = bank_problems(build_bank(raw))
    assert len(problems) == 3
    assert any("not-a-skill" in p for p in problems)
