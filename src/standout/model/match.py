"""The output of ``match``: how well a resume fits a posting, why, and what to change.

The score is the sum of the ``breakdown`` components' points; ``docs/matching.md`` gives
the formula, and every advice item carries the points the formula says it would add.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from standout.model.posting import DegreeLevel, Importance, Seniority

MATCH_SCHEMA_VERSION = "1.0"


class EvidenceLevel(StrEnum):
    """How strongly the resume shows a skill, strongest first."""

    APPLIED_DATED = "applied_dated"  # in a bullet or title of a role with dates
    APPLIED = "applied"  # in a project, or in a role without dates
    LISTED = "listed"  # only in the skills list, summary, education or certifications
    MISSING = "missing"


class Component(StrEnum):
    MUST_HAVES = "must_haves"
    NICE_TO_HAVES = "nice_to_haves"
    YEARS = "years"
    SENIORITY = "seniority"
    DEGREE = "degree"


class AdviceKind(StrEnum):
    ADD_SKILL = "add_skill"  # a skill the posting asks for is missing
    SHOW_IN_USE = "show_in_use"  # a skill only listed: show it applied in a role
    ADD_DATES = "add_dates"  # a skill applied where there are no dates
    YEARS = "years"  # years shown fall short of years asked
    SENIORITY = "seniority"
    DEGREE = "degree"
    VOCABULARY = "vocabulary"  # the posting's own words


@dataclass(frozen=True, slots=True)
class RequirementMatch:
    """One requirement (or either-or group) of the posting against the resume's evidence.

    ``credit`` (0-1) is ``level credit x implication factor x years factor``; ``weight``
    is 3 for a must-have and 1 for a nice-to-have.
    """

    skill_id: str
    name: str
    importance: Importance
    weight: float
    level: EvidenceLevel
    matched_skill_id: str | None  # the resume skill that satisfies it (itself, an alternative
    # of its group, or a skill that implies it); None when missing
    implied: bool  # satisfied through a skill that implies it (Django shows Python)
    credit: float
    years_required: float | None
    years_shown: float | None
    years_factor: float
    resume_lines: tuple[int, ...]  # where the resume shows it
    posting_line: int
    alternatives: tuple[str, ...]  # skill ids of the either-or group's other members
    alternative_names: tuple[str, ...]
    explanation: str

    @property
    def label(self) -> str:
        """The name with its either-or alternatives: "AWS or GCP or Azure"."""
        return " or ".join((self.name, *self.alternative_names))


@dataclass(frozen=True, slots=True)
class ScoreComponent:
    component: Component
    title: str
    max_points: float  # its share of the 100 points for this posting (0 when not applicable)
    credit: float  # 0-1
    points: float  # max_points x credit
    applicable: bool
    explanation: str


@dataclass(frozen=True, slots=True)
class ListedOnlySkill:
    """A skill the posting cares about that the resume only lists, and where to show it."""

    skill_id: str
    name: str
    importance: Importance
    listed_line: int | None  # where the resume lists it
    role_index: int | None  # the role to add a bullet to (index into Resume.roles)
    role: str | None  # "Backend Engineer, Acme"
    role_line: int | None
    related: tuple[str, ...]  # skills that role already shows, which make it the right place
    gain: float  # points the score would rise by


@dataclass(frozen=True, slots=True)
class YearsGap:
    skill_id: str | None  # None: overall experience
    name: str
    required: float
    shown: float | None
    gain: float
    posting_line: int


@dataclass(frozen=True, slots=True)
class MissingTerm:
    """A frequent posting term (not a taxonomy skill) the resume never uses."""

    text: str
    count: int


@dataclass(frozen=True, slots=True)
class SeniorityFit:
    posting: Seniority | None
    candidate: Seniority | None
    candidate_years: float | None  # experience from dated roles, overlaps merged
    candidate_source: str  # "given", "years and titles", "unknown"
    credit: float
    explanation: str


@dataclass(frozen=True, slots=True)
class DegreeFit:
    required: DegreeLevel | None
    found: DegreeLevel | None
    found_line: int | None
    credit: float
    explanation: str


@dataclass(frozen=True, slots=True)
class MatchAdvice:
    rank: int
    kind: AdviceKind
    text: str
    gain: float  # points the score would rise by, from the formula
    line: int | None  # the resume line to change
    section: str | None  # the resume section to change, when there is no single line
    skill_id: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    schema_version: str
    score: int  # 0-100, ``raw_score`` rounded
    raw_score: float
    posting_title: str | None
    posting_source: str
    resume_source: str
    breakdown: tuple[ScoreComponent, ...]
    requirements: tuple[RequirementMatch, ...]
    missing_must: tuple[RequirementMatch, ...]
    missing_nice: tuple[RequirementMatch, ...]
    listed_only: tuple[ListedOnlySkill, ...]
    years_gaps: tuple[YearsGap, ...]
    missing_terms: tuple[MissingTerm, ...]
    seniority: SeniorityFit
    degree: DegreeFit
    advice: tuple[MatchAdvice, ...]
    warnings: tuple[str, ...]

    def component(self, component: Component) -> ScoreComponent:
        for item in self.breakdown:
            if item.component is component:
                return item
        raise KeyError(component)


@dataclass(frozen=True, slots=True)
class PostingRow:
    """One posting in a ranking of several postings against one resume."""

    rank: int
    source: str
    title: str | None
    score: int
    missing_must: tuple[str, ...]
    match: Match


@dataclass(frozen=True, slots=True)
class PostingRanking:
    resume_source: str
    rows: tuple[PostingRow, ...]


@dataclass(frozen=True, slots=True)
class ResumeRow:
    """One resume in a ranking against a posting; a file that failed keeps its error."""

    rank: int | None  # None for a resume that could not be read
    source: str
    score: int | None
    matched_must: tuple[str, ...]  # the strongest must-haves it shows
    missing_must: tuple[str, ...]
    name: str | None = None  # the candidate's name when the resume gives it
    error_code: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ResumeRanking:
    posting_source: str
    posting_title: str | None
    rows: tuple[ResumeRow, ...]
    failed: int
