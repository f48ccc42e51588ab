"""The output of ``parse``: the resume's structure, every part keeping its position."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from standout.model._build import constructor
from standout.model.document import Document


@dataclass(frozen=True, slots=True)
class TextSpan:
    """Where something sits: its 1-based line and character offsets into Document.text."""

    line: int
    start: int
    end: int


# Parsing builds a span for every bullet, entry and field it finds (see standout.model._build).
text_span: Callable[[int, int, int], TextSpan] = constructor(TextSpan)


class LinkKind(StrEnum):
    GITHUB = "github"
    GITLAB = "gitlab"
    LINKEDIN = "linkedin"
    STACKOVERFLOW = "stackoverflow"
    PERSONAL = "personal"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Link:
    kind: LinkKind
    url: str
    span: TextSpan


@dataclass(frozen=True, slots=True)
class Contact:
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: tuple[Link, ...] = ()
    name_span: TextSpan | None = None
    email_span: TextSpan | None = None
    phone_span: TextSpan | None = None
    location_span: TextSpan | None = None


class SectionKind(StrEnum):
    HEADER = "header"  # what comes before the first heading: name, contact
    SUMMARY = "summary"
    EXPERIENCE = "experience"
    PROJECTS = "projects"
    SKILLS = "skills"
    EDUCATION = "education"
    CERTIFICATIONS = "certifications"
    PUBLICATIONS = "publications"  # publications and talks
    OPEN_SOURCE = "open_source"
    VOLUNTEERING = "volunteering"
    AWARDS = "awards"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Section:
    kind: SectionKind
    heading: str  # as written ("" for the header)
    heading_line: int | None
    first_line: int  # first body line (1-based, inclusive)
    last_line: int  # last body line (inclusive); first_line > last_line when empty


class DatePrecision(StrEnum):
    YEAR = "year"
    SEASON = "season"
    MONTH = "month"


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date as precise as the resume wrote it. ``month`` is 1-12 (1 for a bare year)."""

    year: int
    month: int = 1
    precision: DatePrecision = DatePrecision.MONTH

    def index(self) -> int:
        """Months since year 0: easy arithmetic on dates."""
        return self.year * 12 + (self.month - 1)


@dataclass(frozen=True, slots=True)
class DateRange:
    start: PartialDate | None
    end: PartialDate | None  # None with current=True means "present"
    current: bool
    text: str  # as written
    span: TextSpan

    def resolved_end(self, reference: date) -> PartialDate | None:
        if self.current:
            return PartialDate(reference.year, reference.month)
        return self.end

    def months(self, reference: date) -> int | None:
        """Length in whole months, both ends inclusive; None when an end is unknown."""
        end = self.resolved_end(reference)
        if self.start is None or end is None:
            return None
        end_index = end.index()
        if end.precision is DatePrecision.YEAR and not self.current:
            end_index = end.year * 12 + 11  # "2019-2021" runs to the end of 2021
        return max(0, end_index - self.start.index() + 1)


@dataclass(frozen=True, slots=True)
class Bullet:
    text: str
    span: TextSpan


new_bullet: Callable[[str, TextSpan], Bullet] = constructor(Bullet)


@dataclass(frozen=True, slots=True)
class Role:
    title: str | None
    employer: str | None
    location: str | None
    dates: DateRange | None
    bullets: tuple[Bullet, ...]
    first_line: int
    last_line: int
    section: SectionKind = SectionKind.EXPERIENCE
    title_span: TextSpan | None = None
    employer_span: TextSpan | None = None
    description: str = ""  # prose lines of the role that are not bullets


@dataclass(frozen=True, slots=True)
class SkillEntry:
    """One item of a skills section, as written."""

    name: str
    group: str | None  # "Languages" in "Languages: Python, Go"
    declared_months: int | None  # "Python (5 years)" -> 60
    span: TextSpan


new_skill_entry: Callable[[str, str | None, int | None, TextSpan], SkillEntry] = constructor(
    SkillEntry
)


@dataclass(frozen=True, slots=True)
class Education:
    institution: str | None
    degree: str | None
    field: str | None
    dates: DateRange | None
    first_line: int
    last_line: int


@dataclass(frozen=True, slots=True)
class Certification:
    name: str
    issuer: str | None
    date: PartialDate | None
    span: TextSpan


@dataclass(frozen=True, slots=True)
class Project:
    name: str
    description: str
    bullets: tuple[Bullet, ...]
    links: tuple[str, ...]
    dates: DateRange | None
    first_line: int
    last_line: int
    section: SectionKind = SectionKind.PROJECTS


@dataclass(frozen=True, slots=True)
class Resume:
    document: Document
    reference_date: date
    contact: Contact
    sections: tuple[Section, ...]
    roles: tuple[Role, ...]
    projects: tuple[Project, ...]
    skills: tuple[SkillEntry, ...]
    education: tuple[Education, ...]
    certifications: tuple[Certification, ...]

    def section_of_line(self, number: int) -> Section | None:
        for section in self.sections:
            if section.heading_line == number or section.first_line <= number <= section.last_line:
                return section
        return None

    def sections_of(self, kind: SectionKind) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.kind is kind)
