"""The output of ``parse_posting``: what a job posting asks for, every part keeping its offsets."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from standout.model.document import Document
from standout.model.skills import Mention


class Seniority(StrEnum):
    INTERN = "intern"
    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"
    STAFF = "staff"
    PRINCIPAL = "principal"
    LEAD = "lead"
    MANAGER = "manager"


# How far up the ladder each level sits, for comparing a candidate with a posting. Lead and
# manager are different tracks from staff but expect about the same experience.
SENIORITY_RANK: dict[Seniority, int] = {
    Seniority.INTERN: 0,
    Seniority.JUNIOR: 1,
    Seniority.MID: 2,
    Seniority.SENIOR: 3,
    Seniority.LEAD: 4,
    Seniority.STAFF: 4,
    Seniority.MANAGER: 4,
    Seniority.PRINCIPAL: 5,
}


class Importance(StrEnum):
    MUST = "must"
    NICE = "nice"


class PartKind(StrEnum):
    """What a part of the posting is about, from its heading or its phrasing."""

    INTRO = "intro"  # what comes before the first heading
    REQUIREMENTS = "requirements"
    NICE_TO_HAVE = "nice_to_have"
    RESPONSIBILITIES = "responsibilities"
    ABOUT = "about"  # the company, the team
    BENEFITS = "benefits"  # pay, perks, how to apply, legal notices
    OTHER = "other"


class SenioritySource(StrEnum):
    TITLE = "title"
    YEARS = "years"
    TEXT = "text"  # a phrase in the body such as "senior engineer" or "entry level"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class PostingPart:
    """A stretch of the posting under one heading, with every taxonomy skill in it."""

    kind: PartKind
    heading: str  # as written ("" when the part has no heading)
    start: int  # character offsets into Document.text
    end: int
    first_line: int
    last_line: int
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Statement:
    """One requirement or responsibility as written: a line, a bullet or a sentence."""

    text: str
    line: int
    start: int
    end: int
    part: PartKind
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Requirement:
    """A skill the posting asks for.

    ``alternatives`` are the other skills of an either-or group ("AWS, GCP or Azure"): any
    one of the group satisfies it. ``years`` is the minimum the posting states for this skill.
    """

    skill_id: str
    name: str
    category: str
    importance: Importance
    years: float | None
    statement: Statement  # the first statement that asks for it at this importance
    alternatives: tuple[str, ...] = ()
    from_context: bool = False  # only mentioned in responsibilities or the intro


@dataclass(frozen=True, slots=True)
class YearsRequirement:
    minimum: float
    maximum: float | None
    text: str  # as written ("3-5 years of experience")
    line: int
    start: int
    end: int


class DegreeLevel(StrEnum):
    ASSOCIATE = "associate"
    BACHELOR = "bachelor"
    MASTER = "master"
    PHD = "phd"


DEGREE_RANK: dict[DegreeLevel, int] = {
    DegreeLevel.ASSOCIATE: 0,
    DegreeLevel.BACHELOR: 1,
    DegreeLevel.MASTER: 2,
    DegreeLevel.PHD: 3,
}


@dataclass(frozen=True, slots=True)
class DegreeRequirement:
    level: DegreeLevel  # the lowest level the posting accepts
    fields: tuple[str, ...]  # "computer science", "engineering"...
    equivalent_experience: bool  # "or equivalent experience" accepted
    importance: Importance
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class KeyTerm:
    """A frequent word or phrase of the posting that is not a taxonomy skill."""

    text: str
    count: int


@dataclass(frozen=True, slots=True)
class Posting:
    document: Document
    title: str | None
    seniority: Seniority | None
    seniority_source: SenioritySource
    years: YearsRequirement | None  # overall experience asked for
    requirements: tuple[Requirement, ...]
    degree: DegreeRequirement | None
    responsibilities: tuple[Statement, ...]
    parts: tuple[PostingPart, ...]
    terms: tuple[KeyTerm, ...]
    warnings: tuple[str, ...] = ()

    @property
    def must_haves(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.importance is Importance.MUST)

    @property
    def nice_to_haves(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.importance is Importance.NICE)

    def requirement(self, skill_id: str) -> Requirement | None:
        for requirement in self.requirements:
            if requirement.skill_id == skill_id:
                return requirement
        return None
