"""The output of ``prepare``: an interview-preparation pack built from the candidate's resume.

Every question in the pack says why it was picked and what in the resume answers it (the
bullets, with their role, dates and line), or that there is no story yet and what kind of
story to prepare. Behavioural questions carry a STAR outline drafted from a quantified
bullet when one fits.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from standout.model.report import EvidenceItem, ImpactKind, TargetRole
from standout.model.skills import Area

PREP_SCHEMA_VERSION = "1.0"


class QuestionKind(StrEnum):
    TECHNICAL = "technical"
    BEHAVIOURAL = "behavioural"
    SYSTEM_DESIGN = "system_design"


class PickReason(StrEnum):
    """Why a question is in the pack, strongest first."""

    MUST_HAVE = "must_have"  # the posting requires a skill the question is about
    TOP_LANGUAGE = "top_language"  # one of the candidate's top 2-3 languages or frameworks
    STACK = "stack"  # a skill the candidate shows (applied first, then listed)
    AREA = "area"  # a general question of an area of the guide


@dataclass(frozen=True, slots=True)
class BankQuestion:
    """One question of the bank shipped in ``standout/data/questions.json``.

    ``skills`` (taxonomy ids) and ``categories`` (taxonomy categories) say which stacks the
    question is about; a question with neither suits everyone. ``criteria`` are framework
    criterion ids ("databases_caching.caching") whose evidence answers it. A ``template``
    question holds ``{skill}`` and is asked once per top language or framework.
    """

    id: str
    text: str
    area: Area
    kind: QuestionKind
    seniorities: frozenset[TargetRole]
    skills: tuple[str, ...]
    categories: tuple[str, ...]
    criteria: tuple[str, ...]
    guidance: str
    template: bool = False

    @property
    def is_general(self) -> bool:
        return not self.skills and not self.categories


@dataclass(frozen=True, slots=True)
class EvidenceRef:
    """A line of the resume a candidate can build an answer on."""

    line: int
    text: str
    context: str | None  # "Staff Backend Engineer, Ledgerline (Feb 2022 – Present)"
    has_outcome: bool
    figures: tuple[str, ...]  # the measurable figures the bullet states


@dataclass(frozen=True, slots=True)
class StarOutline:
    """A STAR story drafted from one quantified bullet; the candidate fills in the prompts."""

    line: int
    bullet: str
    context: str | None  # the role or project, with dates
    areas: tuple[Area, ...]  # behavioural areas the story can answer
    impacts: tuple[ImpactKind, ...]
    situation: str  # a prompt: what to say about the starting point
    task: str  # a prompt: what the candidate had to achieve
    action: str  # what they did, from the bullet
    result: str  # the result with its figure, from the bullet
    figures: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PrepQuestion:
    id: str  # stable: the bank id, "<bank id>:<skill id>" for templates, "posting:<skill>"
    text: str
    area: Area
    kind: QuestionKind
    guidance: str  # what a strong answer covers
    reason: PickReason
    why: str  # one sentence: why this question is in the pack
    skills: tuple[str, ...]  # the candidate's or the posting's skills it is asked about
    evidence: tuple[EvidenceRef, ...]
    story_prompt: str | None  # when there is no evidence: what kind of story to prepare
    star: StarOutline | None = None
    posting_line: int | None = None  # the posting line of the must-have it covers

    @property
    def has_story(self) -> bool:
        return bool(self.evidence)


@dataclass(frozen=True, slots=True)
class TalkingPointsCard:
    """The guide's four talking points for one of the top languages or frameworks."""

    skill_id: str
    name: str
    years_of_use: float | None  # from dated roles, overlaps merged
    declared_years: float | None
    years_note: str
    projects: tuple[EvidenceRef, ...]  # where the resume shows it in use
    projects_note: str
    features: str  # features to prepare
    optimisations: tuple[EvidenceRef, ...]  # quantified bullets that use it
    optimisations_note: str


@dataclass(frozen=True, slots=True)
class RelatedSkill:
    """Something the candidate has that bridges to a skill they lack."""

    skill_id: str
    name: str
    relation: str  # "same category (Relational database)", "builds on it", "an alternative"
    line: int | None  # where the resume shows it


@dataclass(frozen=True, slots=True)
class GapQuestion:
    """A posting must-have the resume doesn't show, and an honest way to talk about it."""

    id: str  # "gap:<skill id>"
    skill_id: str
    name: str  # with its either-or alternatives ("AWS or GCP")
    posting_line: int
    question: str
    related: tuple[RelatedSkill, ...]
    learning: tuple[EvidenceItem, ...]  # evidence that the candidate picks things up
    answer_outline: tuple[str, ...]  # the steps of an honest answer


class CheckStatus(StrEnum):
    SHOWN = "shown"  # every criterion has evidence
    PARTLY = "partly"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class SoftSkillItem:
    criterion_id: str
    description: str
    satisfied: float  # 0-1, from the report
    evidence: tuple[EvidenceItem, ...]


@dataclass(frozen=True, slots=True)
class SoftSkillCheck:
    """One soft-skill area of the guide with the evidence the resume gives for it."""

    area: Area
    title: str
    score: int
    status: CheckStatus
    items: tuple[SoftSkillItem, ...]
    prompt: str  # what to prepare for this area


@dataclass(frozen=True, slots=True)
class PrepPack:
    schema_version: str
    role: TargetRole
    resume_source: str
    candidate: str | None
    reference_date: str  # ISO date "present" meant
    posting_title: str | None
    posting_source: str | None
    match_score: int | None
    questions: tuple[PrepQuestion, ...]
    talking_points: tuple[TalkingPointsCard, ...]
    star_outlines: tuple[StarOutline, ...]
    gaps: tuple[GapQuestion, ...]
    soft_skills: tuple[SoftSkillCheck, ...]
    bank_size: int

    def question(self, question_id: str) -> PrepQuestion:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    @property
    def without_story(self) -> tuple[PrepQuestion, ...]:
        return tuple(q for q in self.questions if not q.evidence)
