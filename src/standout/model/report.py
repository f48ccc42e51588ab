"""The output of ``assess``: the positioning report.

Every number in it can be explained: an area's score is the weighted share of its
criteria that the resume satisfies, and each criterion names the lines behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from standout.model.resume import Resume
from standout.model.roles import TargetRole as TargetRole  # re-exported for existing callers
from standout.model.skills import Area, SkillProfile

REPORT_SCHEMA_VERSION = "1.0"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ImpactKind(StrEnum):
    SPEED = "speed"
    COST = "cost"
    RELIABILITY = "reliability"
    SCALE = "scale"
    PRODUCTIVITY = "productivity"
    REVENUE = "revenue"
    QUALITY = "quality"


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """Something in the resume that supports a criterion, with the line it stands on."""

    text: str
    line: int
    skill_id: str | None = None


@dataclass(frozen=True, slots=True)
class Advice:
    text: str
    line: int | None = None  # the resume line the advice concerns, when there is one
    gain: float = 0.0  # readiness points it would add, as estimated by the formula


@dataclass(frozen=True, slots=True)
class CriterionResult:
    criterion_id: str
    description: str
    weight: float
    satisfied: float  # 0.0-1.0: the share of the criterion the resume shows
    evidence: tuple[EvidenceItem, ...]
    explanation: str  # why it got that share, in one sentence


@dataclass(frozen=True, slots=True)
class AreaScore:
    area: Area
    title: str
    score: int  # 0-100
    weight: float  # the area's weight in the readiness score for the target role
    criteria: tuple[CriterionResult, ...]
    evidence: tuple[EvidenceItem, ...]
    missing: tuple[str, ...]
    advice: tuple[Advice, ...]


@dataclass(frozen=True, slots=True)
class BulletCheck:
    """The achievement check of one bullet."""

    line: int
    text: str
    role_index: int | None
    project_index: int | None
    has_outcome: bool
    outcomes: tuple[str, ...]  # the measurable figures found ("40%", "from 3 h to 25 min")
    impacts: tuple[ImpactKind, ...]
    verb: str | None  # the leading action verb, when there is one
    strong_verb: bool
    weak_phrases: tuple[str, ...]
    buzzwords: tuple[str, ...]
    word_count: int
    length_ok: bool
    score: int  # 0-100
    suggestion: str | None  # a rewrite pattern when the bullet lacks an outcome


@dataclass(frozen=True, slots=True)
class DocumentCheck:
    check_id: str
    passed: bool
    severity: Severity
    message: str
    lines: tuple[int, ...] = ()
    advice: str = ""


@dataclass(frozen=True, slots=True)
class LanguageFocus:
    """One of the candidate's top 2-3 languages or frameworks, with what to prepare."""

    skill_id: str
    name: str
    years_of_use: float | None
    declared_years: float | None
    evidence: tuple[EvidenceItem, ...]
    talking_points: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Fix:
    rank: int
    text: str
    line: int | None
    area: Area | None
    gain: float  # readiness points


@dataclass(frozen=True, slots=True)
class Report:
    schema_version: str
    role: TargetRole
    resume: Resume
    skills: SkillProfile
    areas: tuple[AreaScore, ...]
    bullets: tuple[BulletCheck, ...]
    document_checks: tuple[DocumentCheck, ...]
    top_languages: tuple[LanguageFocus, ...]
    readiness: int  # 0-100
    top_fixes: tuple[Fix, ...]

    def area(self, area: Area) -> AreaScore:
        for score in self.areas:
            if score.area is area:
                return score
        raise KeyError(area)
