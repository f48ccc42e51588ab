"""What ``standout parse`` prints: the parsed structure as JSON or as a readable summary."""

from __future__ import annotations

from typing import Any

from standout.model.resume import (
    DatePrecision,
    DateRange,
    PartialDate,
    Resume,
    SectionKind,
    SkillEntry,
)

_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASON_NAMES = {3: "Spring", 6: "Summer", 9: "Fall", 12: "Winter"}
_BULLET_WIDTH = 100


def resume_to_json(resume: Resume) -> dict[str, Any]:
    """The resume as JSON values; the document is summarised, not repeated line by line."""
    from standout.render.serialize import to_jsonable

    document = resume.document
    data: dict[str, Any] = {
        "document": {
            "source": document.source,
            "format": document.format.value,
            "pages": document.pages,
            "line_count": len(document.lines),
        }
    }
    body = to_jsonable(resume, skip=frozenset({"document"}))
    assert isinstance(body, dict)
    data.update(body)
    return data


def format_date(value: PartialDate | None) -> str:
    if value is None:
        return "?"
    if value.precision is DatePrecision.YEAR:
        return str(value.year)
    if value.precision is DatePrecision.SEASON:
        return f"{_SEASON_NAMES.get(value.month, 'Season')} {value.year}"
    return f"{_MONTH_NAMES[value.month - 1]} {value.year}"


def format_range(dates: DateRange | None) -> str:
    if dates is None:
        return "no dates"
    start = format_date(dates.start)
    if dates.current:
        return f"{start} – present"
    if dates.end is None or dates.end == dates.start:
        return start
    return f"{start} – {format_date(dates.end)}"


def _lines(first: int, last: int) -> str:
    return f"line {first}" if first >= last else f"lines {first}-{last}"


def _shorten(text: str, width: int = _BULLET_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _declared(entry: SkillEntry) -> str:
    months = entry.declared_months
    if months is None:
        return entry.name
    if months % 12 == 0:
        years = months // 12
        return f"{entry.name} ({years} year{'s' if years != 1 else ''})"
    return f"{entry.name} ({months} months)"


def summary_text(resume: Resume) -> str:
    """A readable summary: contact, sections with their lines, roles with bullets, skills."""
    out: list[str] = []
    document = resume.document
    contact = resume.contact
    out.append(contact.name or "(no name found)")
    out.append(
        f"  {document.source} · {document.format.value} · {len(document.lines)} lines"
        + (f" · {document.pages} pages" if document.pages > 1 else "")
    )
    for label, value in (
        ("email", contact.email),
        ("phone", contact.phone),
        ("location", contact.location),
    ):
        if value:
            out.append(f"  {label:<14}{value}")
    for link in contact.links:
        out.append(f"  {link.kind.value:<14}{link.url}")
    out.append("")
    out.append("Sections")
    for section in resume.sections:
        heading = f'"{section.heading}"' if section.heading else ""
        where = _lines(section.first_line, section.last_line)
        if section.first_line > section.last_line:
            where = "empty"
        out.append(f"  {section.kind.value:<15}{heading:<34} {where}")
    _roles(resume, out)
    _projects(resume, out)
    _skills(resume, out)
    if resume.education:
        out.append("")
        out.append("Education")
        for entry in resume.education:
            what = " ".join(p for p in (entry.degree, entry.field) if p) or "(degree not found)"
            where = entry.institution or "(institution not found)"
            out.append(f"  {what} — {where} ({format_range(entry.dates)})")
    if resume.certifications:
        out.append("")
        out.append("Certifications")
        for cert in resume.certifications:
            issuer = f" — {cert.issuer}" if cert.issuer else ""
            when = f" ({format_date(cert.date)})" if cert.date else ""
            out.append(f"  {cert.name}{issuer}{when}")
    return "\n".join(out) + "\n"


def _roles(resume: Resume, out: list[str]) -> None:
    if not resume.roles:
        return
    out.append("")
    out.append(f"Roles ({len(resume.roles)})")
    for role in resume.roles:
        title = role.title or "(title not found)"
        employer = role.employer or "(employer not found)"
        place = f", {role.location}" if role.location else ""
        kind = " [volunteering]" if role.section is SectionKind.VOLUNTEERING else ""
        out.append(
            f"  {title} — {employer}{place} ({format_range(role.dates)}){kind}"
            f"  {_lines(role.first_line, role.last_line)}"
        )
        for bullet in role.bullets:
            out.append(f"    {bullet.span.line:>4}  {_shorten(bullet.text)}")


def _projects(resume: Resume, out: list[str]) -> None:
    if not resume.projects:
        return
    out.append("")
    out.append(f"Projects ({len(resume.projects)})")
    for project in resume.projects:
        links = f"  {' '.join(project.links)}" if project.links else ""
        kind = " [open source]" if project.section is SectionKind.OPEN_SOURCE else ""
        when = f" ({format_range(project.dates)})" if project.dates else ""
        where = _lines(project.first_line, project.last_line)
        out.append(f"  {project.name}{when}{kind}{links}  {where}")
        if project.description:
            out.append(f"          {_shorten(project.description)}")
        for bullet in project.bullets:
            out.append(f"    {bullet.span.line:>4}  {_shorten(bullet.text)}")


def _skills(resume: Resume, out: list[str]) -> None:
    if not resume.skills:
        return
    out.append("")
    out.append(f"Skills ({len(resume.skills)})")
    groups: dict[str | None, list[SkillEntry]] = {}
    for entry in resume.skills:
        groups.setdefault(entry.group, []).append(entry)
    for group, entries in groups.items():
        label = f"{group}: " if group else ""
        out.append(f"  {label}{', '.join(_declared(e) for e in entries)}")
