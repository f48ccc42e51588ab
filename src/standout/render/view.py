"""What the human-readable outputs show, decided once so that every format says the same.

The terminal, Markdown and HTML renderers only lay this view out; the choices of which
bullets need work, what an area's one-line reason is and which checks to list live here.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from standout.model.report import (
    AreaScore,
    BulletCheck,
    DocumentCheck,
    EvidenceItem,
    Report,
    Severity,
)
from standout.model.resume import Link

# The records below are NamedTuples, not dataclasses: as immutable and typed, and defining
# them costs a fraction of a frozen dataclass's, which counts in ``standout analyze``'s start.

# Below this a bullet is listed under "bullets needing work" even with no named issue.
BULLET_NEEDS_WORK_BELOW = 60
SHORT_BULLET_WORDS = 20
_SEVERITY_ORDER = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}


class AreaRow(NamedTuple):
    area_id: str
    title: str
    score: int
    reason: str


class FixRow(NamedTuple):
    rank: int
    text: str
    line: int | None
    line_text: str | None  # the resume line the fix concerns, as written
    area_title: str | None
    gain: float


class BulletRow(NamedTuple):
    line: int
    text: str
    score: int
    issues: tuple[str, ...]
    suggestion: str | None


class LanguageRow(NamedTuple):
    name: str
    years_of_use: float | None
    declared_years: float | None
    evidence_lines: tuple[int, ...]
    talking_points: tuple[str, ...]


class ReportView(NamedTuple):
    name: str
    role: str
    readiness: int
    source: str
    reference_date: date
    links: tuple[Link, ...]
    email: str | None
    areas: tuple[AreaRow, ...]  # weakest first
    fixes: tuple[FixRow, ...]
    bullets: tuple[BulletRow, ...]
    bullet_count: int
    languages: tuple[LanguageRow, ...]
    failed_checks: tuple[DocumentCheck, ...]
    passed_check_count: int
    details: tuple[AreaScore, ...]  # the full areas, for the outputs that show criteria


def build_view(report: Report) -> ReportView:
    resume = report.resume
    titles = {area.area: area.title for area in report.areas}
    document = resume.document
    fixes = tuple(
        FixRow(
            rank=fix.rank,
            text=fix.text,
            line=fix.line,
            line_text=_line_text(report, fix.line),
            area_title=titles.get(fix.area) if fix.area is not None else None,
            gain=fix.gain,
        )
        for fix in sorted(report.top_fixes, key=lambda f: f.rank)
    )
    failed = tuple(
        sorted(
            (check for check in report.document_checks if not check.passed),
            key=lambda c: (_SEVERITY_ORDER[c.severity], c.lines[:1] or (0,), c.check_id),
        )
    )
    return ReportView(
        name=resume.contact.name or _source_name(document.source),
        role=report.role.value,
        readiness=report.readiness,
        source=document.source,
        reference_date=resume.reference_date,
        links=resume.contact.links,
        email=resume.contact.email,
        areas=tuple(sorted((_area_row(a) for a in report.areas), key=lambda r: (r.score, r.title))),
        fixes=fixes,
        bullets=bullets_needing_work(report.bullets),
        bullet_count=len(report.bullets),
        languages=tuple(
            LanguageRow(
                name=language.name,
                years_of_use=language.years_of_use,
                declared_years=language.declared_years,
                evidence_lines=tuple(sorted({item.line for item in language.evidence})),
                talking_points=language.talking_points,
            )
            for language in report.top_languages
        ),
        failed_checks=failed,
        passed_check_count=len(report.document_checks) - len(failed),
        details=report.areas,
    )


def area_reason(area: AreaScore) -> str:
    """One line on why an area scored what it did: what is missing, or what holds it back.

    Only the first missing item is named (the area's detail lists them all), so that the
    reason stays one line in a table.
    """
    if area.missing:
        more = len(area.missing) - 1
        return f"Missing: {area.missing[0]}" + (f" (+{more} more)" if more else "")
    unmet = [c for c in area.criteria if c.satisfied < 1.0]
    if unmet:
        weakest = min(unmet, key=lambda c: (c.satisfied, -c.weight))
        return weakest.explanation
    return "Every criterion is shown."


def unique_evidence(items: tuple[EvidenceItem, ...]) -> tuple[EvidenceItem, ...]:
    """Evidence once per line and text, in line order: several skills often stand on the
    same bullet, and a reader needs the bullet once."""
    seen: dict[tuple[int, str], EvidenceItem] = {}
    for item in items:
        seen.setdefault((item.line, item.text), item)
    return tuple(sorted(seen.values(), key=lambda item: item.line))


def bullet_issues(bullet: BulletCheck) -> tuple[str, ...]:
    """The achievement-check findings of a bullet, as short phrases."""
    issues: list[str] = []
    if not bullet.has_outcome:
        issues.append("no measurable outcome")
    issues.extend(f'weak phrase "{phrase}"' for phrase in bullet.weak_phrases)
    if bullet.verb is not None and not bullet.strong_verb and not bullet.weak_phrases:
        issues.append(f'weak verb "{bullet.verb}"')
    if bullet.verb is None and not bullet.weak_phrases:
        issues.append("no leading action verb")
    if not bullet.length_ok:
        # The bounds are assess's; any sane pair has the short limit well under 20 words.
        if bullet.word_count < SHORT_BULLET_WORDS:
            words = "word" if bullet.word_count == 1 else "words"
            issues.append(f"too short ({bullet.word_count} {words}): say what changed")
        else:
            issues.append(f"too long ({bullet.word_count} words): keep it to two lines")
    if bullet.buzzwords:
        issues.append("buzzwords: " + ", ".join(bullet.buzzwords))
    return tuple(issues)


def bullets_needing_work(bullets: tuple[BulletCheck, ...]) -> tuple[BulletRow, ...]:
    """Bullets with a finding or a low score, weakest first, then in resume order."""
    rows = []
    for bullet in bullets:
        issues = bullet_issues(bullet)
        if issues or bullet.score < BULLET_NEEDS_WORK_BELOW:
            rows.append(
                BulletRow(bullet.line, bullet.text, bullet.score, issues, bullet.suggestion)
            )
    return tuple(sorted(rows, key=lambda row: (row.score, row.line)))


def _area_row(area: AreaScore) -> AreaRow:
    return AreaRow(area.area.value, area.title, area.score, area_reason(area))


def _line_text(report: Report, line: int | None) -> str | None:
    lines = report.resume.document.lines
    if line is None or not 1 <= line <= len(lines):
        return None
    return lines[line - 1].text


def _source_name(source: str) -> str:
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return name or "Resume"
