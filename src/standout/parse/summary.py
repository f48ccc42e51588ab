"""What ``standout parse`` prints: the parsed structure as JSON or as a readable summary."""

from __future__ import annotations

import re
import textwrap
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
DEFAULT_WIDTH = 80
MIN_WIDTH = 40
# A bullet longer than this is cut: the summary shows what was understood, not the text.
_BULLET_CHARS = 240
_BULLET_INDENT = 10  # "    1234  " before a bullet's text
_LINE_REFERENCE = re.compile(r"\b(lines?) (?=\d)")


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


def _shorten(text: str, limit: int = _BULLET_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _declared(entry: SkillEntry) -> str:
    months = entry.declared_months
    if months is None:
        return entry.name
    if months % 12 == 0:
        years = months // 12
        return f"{entry.name} ({years} year{'s' if years != 1 else ''})"
    return f"{entry.name} ({months} months)"


class _Out:
    """The summary's lines, each wrapped to ``width`` with a hanging indent."""

    __slots__ = ("lines", "width")

    def __init__(self, width: int) -> None:
        self.width = max(MIN_WIDTH, width)
        self.lines: list[str] = []

    def add(self, line: str = "", *, hang: int | None = None) -> None:
        """Add ``line``; its wrapped rest starts ``hang`` columns in (its indent + 4)."""
        if len(line) <= self.width:
            self.lines.append(line)
            return
        indent = len(line) - len(line.lstrip(" "))
        wrapped = textwrap.wrap(
            _LINE_REFERENCE.sub("\\1\0", line.lstrip(" ")),  # keep "lines 22-26" whole
            width=self.width,
            initial_indent=" " * indent,
            subsequent_indent=" " * (indent + 4 if hang is None else hang),
            break_on_hyphens=False,
        )
        self.lines.extend(piece.replace("\0", " ") for piece in wrapped)

    def bullet(self, line_number: int, text: str) -> None:
        self.add(f"    {line_number:>4}  {_shorten(text)}", hang=_BULLET_INDENT)


def summary_text(resume: Resume, *, width: int = DEFAULT_WIDTH) -> str:
    """A readable summary: contact, sections with their lines, roles with bullets, skills.

    Lines longer than ``width`` (at least 40) wrap with a hanging indent.
    """
    out = _Out(width)
    document = resume.document
    contact = resume.contact
    out.add(contact.name or "(no name found)")
    out.add(
        f"  {document.source} · {document.format.value} · {len(document.lines)} lines"
        + (f" · {document.pages} pages" if document.pages > 1 else "")
    )
    for label, value in (
        ("email", contact.email),
        ("phone", contact.phone),
        ("location", contact.location),
    ):
        if value:
            out.add(f"  {label:<14}{value}", hang=16)
    for link in contact.links:
        out.add(f"  {link.kind.value:<14}{link.url}", hang=16)
    out.add()
    out.add("Sections")
    for section in resume.sections:
        heading = f'"{section.heading}"' if section.heading else ""
        where = _lines(section.first_line, section.last_line)
        if section.first_line > section.last_line:
            where = "empty"
        out.add(f"  {section.kind.value:<15}{heading:<34} {where}", hang=17)
    _roles(resume, out)
    _projects(resume, out)
    _skills(resume, out)
    if resume.education:
        out.add()
        out.add("Education")
        for entry in resume.education:
            what = " ".join(p for p in (entry.degree, entry.field) if p) or "(degree not found)"
            where = entry.institution or "(institution not found)"
            out.add(f"  {what} — {where} ({format_range(entry.dates)})")
    if resume.certifications:
        out.add()
        out.add("Certifications")
        for cert in resume.certifications:
            issuer = f" — {cert.issuer}" if cert.issuer else ""
            when = f" ({format_date(cert.date)})" if cert.date else ""
            out.add(f"  {cert.name}{issuer}{when}")
    return "\n".join(out.lines) + "\n"


def _roles(resume: Resume, out: _Out) -> None:
    if not resume.roles:
        return
    out.add()
    out.add(f"Roles ({len(resume.roles)})")
    for role in resume.roles:
        title = role.title or "(title not found)"
        employer = role.employer or "(employer not found)"
        place = f", {role.location}" if role.location else ""
        kind = " [volunteering]" if role.section is SectionKind.VOLUNTEERING else ""
        out.add(
            f"  {title} — {employer}{place} ({format_range(role.dates)}){kind}"
            f"  {_lines(role.first_line, role.last_line)}"
        )
        for bullet in role.bullets:
            out.bullet(bullet.span.line, bullet.text)


def _projects(resume: Resume, out: _Out) -> None:
    if not resume.projects:
        return
    out.add()
    out.add(f"Projects ({len(resume.projects)})")
    for project in resume.projects:
        links = f"  {' '.join(project.links)}" if project.links else ""
        kind = " [open source]" if project.section is SectionKind.OPEN_SOURCE else ""
        when = f" ({format_range(project.dates)})" if project.dates else ""
        where = _lines(project.first_line, project.last_line)
        out.add(f"  {project.name}{when}{kind}{links}  {where}")
        if project.description:
            out.add(f"          {_shorten(project.description)}", hang=_BULLET_INDENT)
        for bullet in project.bullets:
            out.bullet(bullet.span.line, bullet.text)


def _skills(resume: Resume, out: _Out) -> None:
    if not resume.skills:
        return
    out.add()
    out.add(f"Skills ({len(resume.skills)})")
    groups: dict[str | None, list[SkillEntry]] = {}
    for entry in resume.skills:
        groups.setdefault(entry.group, []).append(entry)
    for group, entries in groups.items():
        label = f"{group}: " if group else ""
        out.add(f"  {label}{', '.join(_declared(e) for e in entries)}")
