"""Test inputs built by hand: a small taxonomy and resumes, independent of the shipped data
and of the parser."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from standout.model.document import Document, InputFormat, LineKind
from standout.model.resume import (
    Bullet,
    Contact,
    DatePrecision,
    DateRange,
    PartialDate,
    Project,
    Resume,
    Role,
    Section,
    SectionKind,
    SkillEntry,
    TextSpan,
)
from standout.skills.taxonomy import Skill, Taxonomy

CS = "case_sensitive"
TC = "tech_context"
LO = "list_only"

# id, name, category, aliases, implies, context
_SKILLS: list[tuple[str, str, str, str, str, str]] = [
    ("python", "Python", "language", "python3|cpython", "", ""),
    ("java", "Java", "language", "java 17|j2ee", "", ""),
    ("javascript", "JavaScript", "language", "js", "", ""),
    ("go", "Go", "language", "Golang|golang", "", f"{CS}|{TC}"),
    ("rust", "Rust", "language", "rustlang", "", TC),
    ("swift", "Swift", "language", "", "", f"{CS}|{TC}"),
    ("c", "C", "language", "ANSI C", "", f"{CS}|{LO}"),
    ("r", "R", "language", "R language", "", f"{CS}|{LO}"),
    ("cpp", "C++", "language", "cpp", "", ""),
    ("csharp", "C#", "language", "csharp", "", ""),
    ("fsharp", "F#", "language", "", "", ""),
    ("objective-c", "Objective-C", "language", "objc", "", ""),
    ("julia", "Julia", "language", "", "", f"{CS}|{TC}"),
    ("ruby", "Ruby", "language", "", "", TC),
    ("dart", "Dart", "language", "", "", TC),
    ("elm", "Elm", "language", "", "", f"{CS}|{TC}"),
    ("crystal", "Crystal", "language", "", "", f"{CS}|{TC}"),
    ("hack", "Hack", "language", "", "", f"{CS}|{TC}"),
    ("scheme", "Scheme", "language", "", "", f"{CS}|{TC}"),
    ("dotnet", ".NET", "web_framework", "dotnet|.net core", "csharp", ""),
    ("aspnet", "ASP.NET", "web_framework", "asp.net core", "dotnet", ""),
    ("nodejs", "Node.js", "web_framework", "node|nodejs", "javascript", ""),
    ("express", "Express", "web_framework", "express.js", "nodejs", TC),
    ("spring", "Spring", "web_framework", "spring framework", "java", TC),
    ("spring-boot", "Spring Boot", "web_framework", "", "spring", ""),
    ("django", "Django", "web_framework", "", "python", ""),
    ("flask", "Flask", "web_framework", "", "python", TC),
    ("rails", "Ruby on Rails", "web_framework", "rails|ror", "ruby", TC),
    ("ember", "Ember.js", "frontend", "ember|emberjs", "javascript", TC),
    ("meteor", "Meteor", "web_framework", "", "javascript", f"{CS}|{TC}"),
    ("socketio", "Socket.IO", "library", "socket.io", "javascript", ""),
    ("postgresql", "PostgreSQL", "database_relational", "postgres|psql", "", ""),
    ("ms-access", "Microsoft Access", "database_relational", "Access|MS Access", "", f"{CS}|{TC}"),
    ("excel", "Microsoft Excel", "tool", "excel|ms excel", "", TC),
    ("kubernetes", "Kubernetes", "orchestration", "k8s", "", ""),
    ("docker", "Docker", "container", "", "", ""),
    ("aws", "AWS", "cloud_provider", "amazon web services", "", ""),
    ("aws-eks", "Amazon EKS", "cloud_service", "eks", "aws|kubernetes", ""),
    ("chef", "Chef", "config_mgmt", "", "", TC),
    ("puppet", "Puppet", "config_mgmt", "", "", TC),
    ("salt", "Salt", "config_mgmt", "saltstack", "", TC),
    ("ci-cd", "CI/CD", "practice", "ci cd", "", ""),
    ("kafka", "Apache Kafka", "messaging", "kafka", "", ""),
    ("ios", "iOS", "mobile", "", "", ""),
    ("flutter", "Flutter", "mobile", "", "dart", ""),
]


def make_taxonomy() -> Taxonomy:
    skills = {
        skill_id: Skill(
            id=skill_id,
            name=name,
            category=category,
            area="languages_frameworks",
            aliases=tuple(a for a in aliases.split("|") if a),
            implies=tuple(i for i in implies.split("|") if i),
            context=frozenset(c for c in context.split("|") if c),
        )
        for skill_id, name, category, aliases, implies, context in _SKILLS
    }
    return Taxonomy(
        version=1,
        skills=MappingProxyType(skills),
        categories=MappingProxyType({}),
        ambiguous_aliases=MappingProxyType({}),
    )


# ----------------------------------------------------------------- hand-built resumes
@dataclass(frozen=True)
class RoleSpec:
    """A role over lines ``first``..``last`` (1-based); line ``first`` holds title and dates."""

    first: int
    last: int
    start: tuple[int, int] | None
    end: tuple[int, int] | None = None
    current: bool = False
    title: str | None = None
    employer: str | None = None
    dates_text: str | None = None
    year_precision: bool = False


def _span(document: Document, line: int, needle: str) -> TextSpan:
    text = document.line(line).text
    offset = text.index(needle)
    start = document.line(line).start + offset
    return TextSpan(line, start, start + len(needle))


def _role(document: Document, spec: RoleSpec) -> Role:
    precision = DatePrecision.YEAR if spec.year_precision else DatePrecision.MONTH
    dates = None
    if spec.dates_text is not None:
        dates = DateRange(
            start=None if spec.start is None else PartialDate(*spec.start, precision),
            end=None if spec.end is None else PartialDate(*spec.end, precision),
            current=spec.current,
            text=spec.dates_text,
            span=_span(document, spec.first, spec.dates_text),
        )
    bullets = tuple(
        Bullet(document.line(n).text, TextSpan(n, document.line(n).start, document.line(n).end))
        for n in range(spec.first + 1, spec.last + 1)
    )
    return Role(
        title=spec.title,
        employer=spec.employer,
        location=None,
        dates=dates,
        bullets=bullets,
        first_line=spec.first,
        last_line=spec.last,
        title_span=None if spec.title is None else _span(document, spec.first, spec.title),
        employer_span=None if spec.employer is None else _span(document, spec.first, spec.employer),
    )


def build_resume(
    lines: list[str],
    *,
    sections: list[tuple[SectionKind, int, int, int]],
    roles: list[RoleSpec] = (),  # type: ignore[assignment]
    projects: list[tuple[str, int, int]] = (),  # type: ignore[assignment]
    skills: list[tuple[str, int, int | None]] = (),  # type: ignore[assignment]
    contact_name_line: int | None = None,
    reference: date = date(2024, 6, 1),
) -> Resume:
    """A resume over ``lines``; sections are (kind, heading line, first, last)."""
    document = Document.from_lines(
        "test.txt", InputFormat.TEXT, [(text, LineKind.TEXT, 0, 1) for text in lines]
    )
    contact = Contact()
    if contact_name_line is not None:
        line = document.line(contact_name_line)
        contact = Contact(name=line.text, name_span=TextSpan(line.number, line.start, line.end))
    return Resume(
        document=document,
        reference_date=reference,
        contact=contact,
        sections=tuple(
            Section(kind, document.line(h).text if h else "", h or None, first, last)
            for kind, h, first, last in sections
        ),
        roles=tuple(_role(document, spec) for spec in roles),
        projects=tuple(
            Project(name, "", (), (), None, first, last) for name, first, last in projects
        ),
        skills=tuple(
            SkillEntry(
                name,
                None,
                months,
                _span(document, line, name),
            )
            for name, line, months in skills
        ),
        education=(),
        certifications=(),
    )
