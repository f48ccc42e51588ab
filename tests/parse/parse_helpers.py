"""Helpers for the parse tests: documents built from lines, and a readable projection of a
parsed ``Resume`` (what the gold files under ``tests/fixtures/resumes/gold/`` spell out by
hand and the tests compare exactly)."""

from __future__ import annotations

from datetime import date
from typing import Any

from standout.model.document import Document, InputFormat, LineKind
from standout.model.resume import DatePrecision, DateRange, PartialDate, Resume
from standout.parse import parse

SEASONS = {3: "spring", 6: "summer", 9: "fall", 12: "winter"}


def project_date(value: PartialDate | None) -> str | None:
    """``2020-03`` for a month, ``2020`` for a bare year, ``spring 2019`` for a season."""
    if value is None:
        return None
    if value.precision is DatePrecision.YEAR:
        return str(value.year)
    if value.precision is DatePrecision.SEASON:
        return f"{SEASONS[value.month]} {value.year}"
    return f"{value.year}-{value.month:02d}"


def project_dates(dates: DateRange | None) -> dict[str, Any]:
    if dates is None:
        return {"start": None, "end": None, "current": False}
    return {
        "start": project_date(dates.start),
        "end": project_date(dates.end),
        "current": dates.current,
    }


def project_resume(resume: Resume) -> dict[str, Any]:
    contact = resume.contact
    skills: dict[str, list[str]] = {}
    for entry in resume.skills:
        months = f" ({entry.declared_months} months)" if entry.declared_months is not None else ""
        skills.setdefault(entry.group or "", []).append(entry.name + months)
    return {
        "contact": {
            "name": contact.name,
            "email": contact.email,
            "phone": contact.phone,
            "location": contact.location,
            "links": [f"{link.kind.value} {link.url}" for link in contact.links],
        },
        "sections": [f"{s.kind.value}: {s.heading}" for s in resume.sections],
        "roles": [
            {
                "title": role.title,
                "employer": role.employer,
                "location": role.location,
                **project_dates(role.dates),
                "section": role.section.value,
                "lines": f"{role.first_line}-{role.last_line}",
                "bullets": len(role.bullets),
                "first_bullet": role.bullets[0].text if role.bullets else None,
            }
            for role in resume.roles
        ],
        "projects": [
            {
                "name": project.name,
                "section": project.section.value,
                "description": project.description,
                "links": list(project.links),
                **project_dates(project.dates),
                "lines": f"{project.first_line}-{project.last_line}",
                "bullets": len(project.bullets),
                "first_bullet": project.bullets[0].text if project.bullets else None,
            }
            for project in resume.projects
        ],
        "skills": skills,
        "education": [
            {
                "institution": entry.institution,
                "degree": entry.degree,
                "field": entry.field,
                **{k: v for k, v in project_dates(entry.dates).items() if k != "current"},
            }
            for entry in resume.education
        ],
        "certifications": [
            {"name": c.name, "issuer": c.issuer, "date": project_date(c.date)}
            for c in resume.certifications
        ],
    }


REFERENCE = date(2026, 6, 1)

LineSpec = str | tuple[str, LineKind] | tuple[str, LineKind, int]


def make_document(*lines: LineSpec, fmt: InputFormat = InputFormat.TEXT) -> Document:
    """A document from lines: plain strings are TEXT lines, tuples give a kind (and level)."""
    entries: list[tuple[str, LineKind, int, int]] = []
    for spec in lines:
        if isinstance(spec, str):
            entries.append((spec, LineKind.TEXT, 0, 1))
        elif len(spec) == 2:
            entries.append((spec[0], spec[1], 2 if spec[1] is LineKind.HEADING else 0, 1))
        else:
            entries.append((spec[0], spec[1], spec[2], 1))
    return Document.from_lines("test.txt", fmt, entries)


def parse_lines(*lines: LineSpec, fmt: InputFormat = InputFormat.TEXT) -> Resume:
    return parse(make_document(*lines, fmt=fmt), reference_date=REFERENCE)


H = LineKind.HEADING
B = LineKind.BULLET
T = LineKind.TABLE_ROW
