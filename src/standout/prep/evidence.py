"""Tie questions to the resume lines that answer them.

A *story line* is a line a candidate can tell a story from: a bullet or description of a
role or project, or an entry of a talks, open-source, volunteering, awards or
certifications section. Headings, role title and date lines, the header, the summary and
the skills list are not stories: they claim, they don't show. Evidence that points at a
section heading stands for the first story lines under it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from standout.model.document import LineKind
from standout.model.prep import EvidenceRef
from standout.model.report import BulletCheck, EvidenceItem, Report
from standout.model.resume import DateRange, Resume, SectionKind
from standout.model.skills import APPLIED_PLACES, Area, SkillEvidence

# Sections whose lines are claims rather than stories.
_NOT_STORIES = frozenset({SectionKind.HEADER, SectionKind.SUMMARY, SectionKind.SKILLS})
_MAX_EVIDENCE = 3
_LINES_UNDER_HEADING = 2


def role_label(title: str | None, employer: str | None, dates: DateRange | None) -> str | None:
    """ "Staff Backend Engineer, Ledgerline (Feb 2022 – Present)", with what is known."""
    name = ", ".join(part for part in (title, employer) if part)
    when = dates.text if dates is not None else ""
    if name and when:
        return f"{name} ({when})"
    return name or when or None


class EvidenceIndex:
    """Per-report lookups: story lines, their context, skills' lines, criteria evidence."""

    __slots__ = (
        "_context",
        "_criteria",
        "_heading_lines",
        "_skill_lines",
        "_story",
        "bullets",
        "report",
    )

    def __init__(self, report: Report) -> None:
        self.report = report
        resume = report.resume
        self.bullets: dict[int, BulletCheck] = {b.line: b for b in report.bullets}
        self._context: dict[int, str | None] = {}
        self._story: set[int] = set()
        self._heading_lines: dict[int, tuple[int, ...]] = {}
        self._index_lines(resume)
        self._skill_lines: dict[str, tuple[int, ...]] = {}
        for skill in report.skills.skills:
            lines = sorted({e.line for e in skill.evidence if e.place in APPLIED_PLACES})
            self._skill_lines[skill.skill_id] = tuple(n for n in lines if n in self._story)
        self._criteria: dict[str, tuple[EvidenceItem, ...]] = {
            criterion.criterion_id: criterion.evidence
            for area in report.areas
            for criterion in area.criteria
        }

    def _index_lines(self, resume: Resume) -> None:
        lines = resume.document.lines
        not_story: set[int] = set()
        for role in resume.roles:
            label = role_label(role.title, role.employer, role.dates)
            for span in (
                role.title_span,
                role.employer_span,
                role.dates.span if role.dates else None,
            ):
                if span is not None:
                    not_story.add(span.line)
            for number in range(role.first_line, role.last_line + 1):
                self._context[number] = label
        for project in resume.projects:
            when = f" ({project.dates.text})" if project.dates is not None else ""
            for number in range(project.first_line, project.last_line + 1):
                self._context[number] = f"{project.name}{when}"
        for section in resume.sections:
            body = [
                n
                for n in range(section.first_line, section.last_line + 1)
                if 0 < n <= len(lines)
                and lines[n - 1].kind is not LineKind.HEADING
                and lines[n - 1].text.strip()
                and n not in not_story
            ]
            if section.kind in _NOT_STORIES:
                continue
            self._story.update(body)
            if section.heading_line is not None:
                self._heading_lines[section.heading_line] = tuple(body[:_LINES_UNDER_HEADING])
                for number in body:
                    self._context.setdefault(number, section.heading or None)
        self._story.update(self.bullets)  # a checked bullet is always a story

    def is_story(self, line: int) -> bool:
        return line in self._story

    def ref(self, line: int) -> EvidenceRef:
        lines = self.report.resume.document.lines
        text = lines[line - 1].text if 0 < line <= len(lines) else ""
        bullet = self.bullets.get(line)
        return EvidenceRef(
            line=line,
            text=text,
            context=self._context.get(line),
            has_outcome=bullet is not None and bullet.has_outcome,
            figures=bullet.outcomes if bullet is not None else (),
        )

    def skill_lines(self, skill_id: str) -> tuple[int, ...]:
        """Story lines where the skill is applied, in resume order."""
        return self._skill_lines.get(skill_id, ())

    def criteria_lines(self, criterion_ids: Iterable[str]) -> list[int]:
        """Story lines behind criteria; a heading stands for the first lines under it."""
        found: list[int] = []
        for criterion_id in criterion_ids:
            for item in self._criteria.get(criterion_id, ()):
                if item.line in self._story:
                    found.append(item.line)
                else:
                    found.extend(self._heading_lines.get(item.line, ()))
        return found

    def area_lines(self, area: Area) -> list[int]:
        return [item.line for item in self.report.area(area).evidence if item.line in self._story]

    def best(self, *sources: Sequence[int], limit: int = _MAX_EVIDENCE) -> tuple[EvidenceRef, ...]:
        """Up to ``limit`` distinct lines, source by source; within a source, bullets with a
        measured outcome first, then other bullets, then other lines."""
        seen: set[int] = set()
        refs: list[EvidenceRef] = []
        for source in sources:
            fresh = [self.ref(line) for line in dict.fromkeys(source) if line not in seen]
            # measured bullets, then other bullets, then other lines; resume order otherwise
            fresh.sort(key=lambda ref: (not ref.has_outcome, ref.line not in self.bullets))
            for ref in fresh:
                seen.add(ref.line)
                refs.append(ref)
            if len(refs) >= limit:
                break
        return tuple(refs[:limit])

    def story_items(self, items: Iterable[EvidenceItem]) -> tuple[EvidenceItem, ...]:
        """The evidence items that stand on story lines (headings replaced by their lines)."""
        kept: list[EvidenceItem] = []
        seen: set[int] = set()
        lines = self.report.resume.document.lines
        for item in items:
            numbers = (
                (item.line,) if item.line in self._story else self._heading_lines.get(item.line, ())
            )
            for number in numbers:
                if number not in seen and 0 < number <= len(lines):
                    seen.add(number)
                    same = number == item.line
                    kept.append(
                        item
                        if same
                        else EvidenceItem(lines[number - 1].text, number, item.skill_id)
                    )
        return tuple(kept)


def shown_skills(report: Report) -> dict[str, SkillEvidence]:
    return {skill.skill_id: skill for skill in report.skills.skills}
