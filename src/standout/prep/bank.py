"""The question bank: ``standout/data/questions.json``, loaded once, validated, indexed.

``load_bank()`` checks the structure of every entry (known area, kind and seniorities,
non-empty text and guidance, unique ids) and raises ``QuestionBankError`` on the first
problem; ``bank_problems()`` also checks every reference against the taxonomy and the
framework, for the integrity test.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from standout.data import load_json
from standout.errors import QuestionBankError
from standout.model.prep import BankQuestion, QuestionKind
from standout.model.report import ImpactKind, TargetRole
from standout.model.skills import Area

BANK_FILE = "questions.json"
TEMPLATE_SLOT = "{skill}"


@dataclass(frozen=True, slots=True)
class StarPrompts:
    situation: str
    task: str


@dataclass(frozen=True, slots=True)
class QuestionBank:
    version: int
    questions: tuple[BankQuestion, ...]
    story_prompts: Mapping[Area, str]  # what to prepare when an area has no story yet
    skill_story_prompt: str  # the same for a skill, with a {skill} slot
    star_prompts: Mapping[str, StarPrompts]  # by impact kind, and "default"
    by_skill: Mapping[str, tuple[BankQuestion, ...]]
    by_category: Mapping[str, tuple[BankQuestion, ...]]

    def __len__(self) -> int:
        return len(self.questions)

    def get(self, question_id: str) -> BankQuestion:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def star_prompt(self, impact: ImpactKind | None) -> StarPrompts:
        key = impact.value if impact is not None else "default"
        return self.star_prompts.get(key) or self.star_prompts["default"]


@cache
def load_bank() -> QuestionBank:
    """The bank shipped with the package, parsed and validated once per process."""
    return build_bank(load_json(BANK_FILE))


def build_bank(raw: Any) -> QuestionBank:
    """A bank from its JSON form; ``QuestionBankError`` names the first entry that is wrong."""
    try:
        questions = tuple(_question(entry) for entry in raw["questions"])
        story = {Area(area): str(text) for area, text in raw["story_prompts"].items()}
        star = {
            str(kind): StarPrompts(str(p["situation"]), str(p["task"]))
            for kind, p in raw["star_prompts"].items()
        }
        skill_story = str(raw["skill_story_prompt"])
        version = int(raw["version"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _malformed(f"{type(exc).__name__}: {exc}") from exc
    _check_unique(questions)
    missing = [area.value for area in Area if area not in story]
    if missing or "default" not in star or TEMPLATE_SLOT not in skill_story:
        raise _malformed(
            "story prompts missing for " + ", ".join(missing)
            if missing
            else "a default STAR prompt and a {skill} slot in the skill story prompt are required"
        )
    by_skill: dict[str, list[BankQuestion]] = {}
    by_category: dict[str, list[BankQuestion]] = {}
    for question in questions:
        for skill in question.skills:
            by_skill.setdefault(skill, []).append(question)
        for category in question.categories:
            by_category.setdefault(category, []).append(question)
    return QuestionBank(
        version=version,
        questions=questions,
        story_prompts=MappingProxyType(story),
        skill_story_prompt=skill_story,
        star_prompts=MappingProxyType(star),
        by_skill=MappingProxyType({k: tuple(v) for k, v in by_skill.items()}),
        by_category=MappingProxyType({k: tuple(v) for k, v in by_category.items()}),
    )


def _question(entry: Mapping[str, Any]) -> BankQuestion:
    question_id = str(entry["id"])
    try:
        text = str(entry["text"]).strip()
        guidance = str(entry["guidance"]).strip()
        template = bool(entry.get("template", False))
        seniorities = frozenset(TargetRole(s) for s in entry["seniorities"])
        question = BankQuestion(
            id=question_id,
            text=text,
            area=Area(entry["area"]),
            kind=QuestionKind(entry["kind"]),
            seniorities=seniorities,
            skills=tuple(str(s) for s in entry["skills"]),
            categories=tuple(str(c) for c in entry["categories"]),
            criteria=tuple(str(c) for c in entry.get("criteria", ())),
            guidance=guidance,
            template=template,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise _malformed(f"question '{question_id}': {type(exc).__name__}: {exc}") from exc
    if not text or not guidance or not seniorities:
        raise _malformed(f"question '{question_id}' needs text, guidance and seniorities")
    if template != (TEMPLATE_SLOT in text):
        raise _malformed(f"question '{question_id}': only template questions hold {TEMPLATE_SLOT}")
    return question


def _check_unique(questions: tuple[BankQuestion, ...]) -> None:
    ids: set[str] = set()
    texts: set[str] = set()
    for question in questions:
        text = " ".join(question.text.lower().split())
        if question.id in ids or text in texts:
            raise _malformed(f"question '{question.id}' repeats an id or a text")
        ids.add(question.id)
        texts.add(text)


def _malformed(detail: str) -> QuestionBankError:
    return QuestionBankError(
        f"The question bank '{BANK_FILE}' shipped with standout is malformed ({detail}).",
        hint="Reinstall the package; if it persists, report it as a bug.",
    )


def bank_problems(bank: QuestionBank) -> list[str]:
    """Every reference of the bank that the taxonomy or the framework doesn't know."""
    from standout.skills.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    framework = load_json("framework.json")
    criteria = {f"{a['id']}.{c['id']}" for a in framework["areas"] for c in a["criteria"]}
    problems: list[str] = []
    for question in bank.questions:
        problems += [
            f"{question.id}: unknown skill '{s}'"
            for s in question.skills
            if s not in taxonomy.skills
        ]
        problems += [
            f"{question.id}: unknown category '{c}'"
            for c in question.categories
            if c not in taxonomy.categories
        ]
        problems += [
            f"{question.id}: unknown criterion '{c}'"
            for c in question.criteria
            if c not in criteria
        ]
    unknown_impacts = set(bank.star_prompts) - {k.value for k in ImpactKind} - {"default"}
    problems += [f"star prompt for unknown impact '{k}'" for k in sorted(unknown_impacts)]
    return problems
