"""The output of ``extract``: skills with the evidence behind them and years of use."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Area(StrEnum):
    """The areas of the backend candidate guide that standout assesses."""

    TECHNICAL_EXPERTISE = "technical_expertise"
    LANGUAGES_FRAMEWORKS = "languages_frameworks"
    DATABASES_CACHING = "databases_caching"
    API_DESIGN = "api_design"
    CLOUD = "cloud"
    DEVOPS_SRE = "devops_sre"
    SECURITY = "security"
    CODE_QUALITY = "code_quality"
    TROUBLESHOOTING = "troubleshooting"
    COMMUNICATION = "communication"
    PASSION = "passion"
    PROBLEM_SOLVING = "problem_solving"
    RESULTS = "results"
    LEARNING = "learning"
    CULTURE_FIT = "culture_fit"


class Place(StrEnum):
    """Where in the resume a mention stands."""

    SKILLS_LIST = "skills_list"
    ROLE_BULLET = "role_bullet"
    ROLE_TITLE = "role_title"
    PROJECT = "project"
    SUMMARY = "summary"
    EDUCATION = "education"
    CERTIFICATION = "certification"
    OTHER = "other"


APPLIED_PLACES = frozenset({Place.ROLE_BULLET, Place.ROLE_TITLE, Place.PROJECT})


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a taxonomy skill in a text."""

    skill_id: str
    name: str
    category: str
    text: str  # as matched in the text
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Evidence:
    mention: Mention
    line: int
    place: Place
    role_index: int | None = None  # index into Resume.roles
    project_index: int | None = None  # index into Resume.projects
    implied_by: str | None = None  # skill id whose mention implies this skill


@dataclass(frozen=True, slots=True)
class SkillEvidence:
    skill_id: str
    name: str
    category: str
    area: str
    evidence: tuple[Evidence, ...]
    applied: bool  # used in a role or project, not only listed
    years_of_use: float | None  # from dated roles that mention or imply it
    declared_years: float | None  # what the skills section says, never mixed with the above

    @property
    def listed_only(self) -> bool:
        return not self.applied


@dataclass(frozen=True, slots=True)
class SkillProfile:
    skills: tuple[SkillEvidence, ...]

    def get(self, skill_id: str) -> SkillEvidence | None:
        for skill in self.skills:
            if skill.skill_id == skill_id:
                return skill
        return None

    def ids(self) -> frozenset[str]:
        return frozenset(s.skill_id for s in self.skills)

    def in_category(self, *categories: str) -> tuple[SkillEvidence, ...]:
        return tuple(s for s in self.skills if s.category in categories)
