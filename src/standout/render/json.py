"""The report as JSON: a stable, versioned schema, documented in docs/report-schema.md.

The resume travels as structure with line numbers, never as its full text. Keys keep the
order written here; a change of shape means a new ``schema_version`` and a doc update (a
test compares every key with the doc).
"""

from __future__ import annotations

import json
from typing import Any

from standout.model.report import (
    Advice,
    AreaScore,
    BulletCheck,
    CriterionResult,
    DocumentCheck,
    EvidenceItem,
    Fix,
    LanguageFocus,
    Report,
)
from standout.model.resume import (
    Bullet,
    DateRange,
    PartialDate,
    Project,
    Resume,
    Role,
    Section,
)
from standout.model.skills import SkillEvidence


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON values, ``schema_version`` first.

    Every part is written out here rather than walked generically (``to_jsonable``): the
    report has thousands of values, and the generic walk took as long as half an analysis.
    The keys are the dataclasses' fields in their order, as the generic walk made them.
    """
    resume = report.resume
    document = resume.document
    return {
        "schema_version": report.schema_version,
        "role": report.role.value,
        "readiness": report.readiness,
        "reference_date": resume.reference_date.isoformat(),
        "document": {
            "source": document.source,
            "format": document.format.value,
            "pages": document.pages,
            "lines": len(document.lines),
            "words": document.word_count,
        },
        "resume": _resume(resume),
        "skills": [_skill(skill) for skill in report.skills.skills],
        "areas": [_area(area) for area in report.areas],
        "bullets": [_bullet_check(check) for check in report.bullets],
        "document_checks": [_document_check(check) for check in report.document_checks],
        "top_languages": [_language(focus) for focus in report.top_languages],
        "top_fixes": [_fix(fix) for fix in report.top_fixes],
    }


def report_to_json(report: Report, *, indent: int | None = 2) -> str:
    """The report as a JSON document (UTF-8 text, keys in schema order)."""
    return json.dumps(report_to_dict(report), indent=indent, ensure_ascii=False) + "\n"


def _resume(resume: Resume) -> dict[str, Any]:
    contact = resume.contact
    return {
        "contact": {
            "name": contact.name,
            "email": contact.email,
            "phone": contact.phone,
            "location": contact.location,
            "links": [
                {"kind": link.kind.value, "url": link.url, "line": link.span.line}
                for link in contact.links
            ],
        },
        "sections": [_section(section) for section in resume.sections],
        "roles": [_role(role, resume) for role in resume.roles],
        "projects": [_project(project, resume) for project in resume.projects],
        "skills": [
            {
                "name": entry.name,
                "group": entry.group,
                "declared_months": entry.declared_months,
                "line": entry.span.line,
            }
            for entry in resume.skills
        ],
        "education": [
            {
                "institution": item.institution,
                "degree": item.degree,
                "field": item.field,
                "dates": _dates(item.dates, resume),
                "first_line": item.first_line,
                "last_line": item.last_line,
            }
            for item in resume.education
        ],
        "certifications": [
            {
                "name": item.name,
                "issuer": item.issuer,
                "date": _date(item.date),
                "line": item.span.line,
            }
            for item in resume.certifications
        ],
    }


def _role(role: Role, resume: Resume) -> dict[str, Any]:
    return {
        "title": role.title,
        "employer": role.employer,
        "location": role.location,
        "section": role.section.value,
        "dates": _dates(role.dates, resume),
        "first_line": role.first_line,
        "last_line": role.last_line,
        "description": role.description,
        "bullets": _bullets(role.bullets),
    }


def _project(project: Project, resume: Resume) -> dict[str, Any]:
    return {
        "name": project.name,
        "section": project.section.value,
        "description": project.description,
        "links": list(project.links),
        "dates": _dates(project.dates, resume),
        "first_line": project.first_line,
        "last_line": project.last_line,
        "bullets": _bullets(project.bullets),
    }


def _bullets(bullets: tuple[Bullet, ...]) -> list[dict[str, Any]]:
    return [{"text": bullet.text, "line": bullet.span.line} for bullet in bullets]


def _dates(dates: DateRange | None, resume: Resume) -> dict[str, Any] | None:
    if dates is None:
        return None
    return {
        "text": dates.text,
        "start": _date(dates.start),
        "end": _date(dates.end),
        "current": dates.current,
        "months": dates.months(resume.reference_date),
        "line": dates.span.line,
    }


def _date(value: PartialDate | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"year": value.year, "month": value.month, "precision": value.precision.value}


def _skill(skill: SkillEvidence) -> dict[str, Any]:
    return {
        "skill_id": skill.skill_id,
        "name": skill.name,
        "category": skill.category,
        "area": skill.area,
        "applied": skill.applied,
        "years_of_use": skill.years_of_use,
        "declared_years": skill.declared_years,
        "evidence": [
            {
                "line": item.line,
                "place": item.place.value,
                "text": item.mention.text,
                "role_index": item.role_index,
                "project_index": item.project_index,
                "implied_by": item.implied_by,
            }
            for item in skill.evidence
        ],
    }


def _section(section: Section) -> dict[str, Any]:
    return {
        "kind": section.kind.value,
        "heading": section.heading,
        "heading_line": section.heading_line,
        "first_line": section.first_line,
        "last_line": section.last_line,
    }


def _evidence(items: tuple[EvidenceItem, ...]) -> list[dict[str, Any]]:
    return [{"text": item.text, "line": item.line, "skill_id": item.skill_id} for item in items]


def _criterion(result: CriterionResult) -> dict[str, Any]:
    return {
        "criterion_id": result.criterion_id,
        "description": result.description,
        "weight": result.weight,
        "satisfied": result.satisfied,
        "evidence": _evidence(result.evidence),
        "explanation": result.explanation,
    }


def _advice(advice: Advice) -> dict[str, Any]:
    return {"text": advice.text, "line": advice.line, "gain": advice.gain}


def _area(area: AreaScore) -> dict[str, Any]:
    return {
        "area": area.area.value,
        "title": area.title,
        "score": area.score,
        "weight": area.weight,
        "criteria": [_criterion(result) for result in area.criteria],
        "evidence": _evidence(area.evidence),
        "missing": list(area.missing),
        "advice": [_advice(advice) for advice in area.advice],
    }


def _bullet_check(check: BulletCheck) -> dict[str, Any]:
    return {
        "line": check.line,
        "text": check.text,
        "role_index": check.role_index,
        "project_index": check.project_index,
        "has_outcome": check.has_outcome,
        "outcomes": list(check.outcomes),
        "impacts": [impact.value for impact in check.impacts],
        "verb": check.verb,
        "strong_verb": check.strong_verb,
        "weak_phrases": list(check.weak_phrases),
        "buzzwords": list(check.buzzwords),
        "word_count": check.word_count,
        "length_ok": check.length_ok,
        "score": check.score,
        "suggestion": check.suggestion,
    }


def _document_check(check: DocumentCheck) -> dict[str, Any]:
    return {
        "check_id": check.check_id,
        "passed": check.passed,
        "severity": check.severity.value,
        "message": check.message,
        "lines": list(check.lines),
        "advice": check.advice,
    }


def _language(focus: LanguageFocus) -> dict[str, Any]:
    return {
        "skill_id": focus.skill_id,
        "name": focus.name,
        "years_of_use": focus.years_of_use,
        "declared_years": focus.declared_years,
        "evidence": _evidence(focus.evidence),
        "talking_points": list(focus.talking_points),
    }


def _fix(fix: Fix) -> dict[str, Any]:
    return {
        "rank": fix.rank,
        "text": fix.text,
        "line": fix.line,
        "area": None if fix.area is None else fix.area.value,
        "gain": fix.gain,
    }
