"""What the assessment knows about one resume, gathered in one pass before scoring.

Every criterion reads from this: the achievement check of every bullet, the framework
phrases found on each line (one Aho-Corasick pass over the whole text), the skills by
category, the sections and links present, and how much a line counts (a line in a role,
project or other body section is *applied* evidence; a line in the header, summary or
skills list is only *claimed* and earns partial credit).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from operator import attrgetter
from typing import NamedTuple

from standout.assess._phrases import lower_same_length
from standout.assess.achievements import check_bullet
from standout.assess.framework import Framework
from standout.model._build import constructor
from standout.model.report import BulletCheck, EvidenceItem, TargetRole
from standout.model.resume import Link, LinkKind, Resume, Role, Section, SectionKind
from standout.model.skills import APPLIED_PLACES, SkillEvidence, SkillProfile

_CLAIMED_SECTIONS = frozenset({SectionKind.HEADER, SectionKind.SUMMARY, SectionKind.SKILLS})


class PhraseFind(NamedTuple):  # a named tuple: a resume has hundreds, cheap to make
    line: int
    group: str
    matched: str


_new_tuple = tuple.__new__  # a named tuple without the Python-level __new__ in between
_line_of = attrgetter("line")  # a C-level sort key
_evidence_item = constructor(EvidenceItem)


@dataclass(frozen=True, slots=True)
class ResumeContext:
    resume: Resume
    skills: SkillProfile
    role: TargetRole
    framework: Framework
    bullets: tuple[BulletCheck, ...]
    bullet_by_line: Mapping[int, BulletCheck]
    phrase_finds: Mapping[str, tuple[PhraseFind, ...]]  # criterion key -> finds, in line order
    line_credit: tuple[float, ...]  # index = line number; 1.0 applied, claimed credit else
    skills_by_category: Mapping[str, tuple[SkillEvidence, ...]]
    applied_lines: Mapping[str, tuple[int, ...]]  # skill id -> lines where it is applied
    sections: Mapping[SectionKind, Section]  # the first section of each kind with a body
    links: Mapping[LinkKind, Link]
    recent_role: Role | None
    _items: dict[tuple[int, str | None, str | None], EvidenceItem] = field(default_factory=dict)
    memo: dict[object, object] = field(default_factory=dict)  # per-resume results reused

    def evidence_of(
        self, pieces: Iterable[tuple[int, str | None, str | None]]
    ) -> tuple[EvidenceItem, ...]:
        """The evidence item of each (line, skill id, text), made once per resume and shared
        by every criterion citing it; one call per criterion, since criteria cite hundreds."""
        items = self._items
        keys = list(pieces)
        found = list(map(items.get, keys))
        if not all(found):  # an item is always true: a None is one not made yet
            for index, key in enumerate(keys):
                if found[index] is None:
                    if key not in items:  # the same key twice in one call: made once
                        line, skill_id, text = key
                        items[key] = _evidence_item(text or self.line_text(line), line, skill_id)
                    found[index] = items[key]
        return tuple(found)  # type: ignore[arg-type]

    def line_text(self, number: int) -> str:
        lines = self.resume.document.lines
        return lines[number - 1].text if 0 < number <= len(lines) else ""

    def credit(self, line: int) -> float:
        return self.line_credit[line] if 0 < line < len(self.line_credit) else 0.0


def check_bullets(resume: Resume) -> tuple[BulletCheck, ...]:
    """The achievement check of every role and project bullet, in resume order."""
    checks: list[BulletCheck] = []
    made: dict[str, BulletCheck] = {}  # a bullet repeated in this resume is checked once
    for index, role in enumerate(resume.roles):
        for bullet in role.bullets:
            checks.append(_check_once(made, bullet.text, bullet.span.line, index, None))
    for index, project in enumerate(resume.projects):
        for bullet in project.bullets:
            checks.append(_check_once(made, bullet.text, bullet.span.line, None, index))
    checks.sort(key=_line_of)
    return tuple(checks)


def _check_once(
    made: dict[str, BulletCheck],
    text: str,
    line: int,
    role_index: int | None,
    project_index: int | None,
) -> BulletCheck:
    earlier = made.get(text)
    if earlier is None:
        made[text] = check = check_bullet(
            text, line=line, role_index=role_index, project_index=project_index
        )
        return check
    # the check depends on the text alone, apart from where the bullet stands
    return replace(earlier, line=line, role_index=role_index, project_index=project_index)


def build_context(
    resume: Resume,
    skills: SkillProfile,
    role: TargetRole,
    framework: Framework,
    bullets: tuple[BulletCheck, ...] | None = None,
) -> ResumeContext:
    bullets = check_bullets(resume) if bullets is None else bullets
    document = resume.document
    line_credit = [framework.claimed_credit] * (len(document.lines) + 1)
    sections: dict[SectionKind, Section] = {}
    for section in resume.sections:
        credit = framework.claimed_credit if section.kind in _CLAIMED_SECTIONS else 1.0
        first = max(1, section.heading_line or section.first_line)
        last = min(section.last_line, len(document.lines))
        if first <= last:
            line_credit[first : last + 1] = [credit] * (last + 1 - first)
        if section.first_line <= section.last_line and section.kind not in sections:
            sections[section.kind] = section
    by_category: dict[str, list[SkillEvidence]] = {}
    applied_lines: dict[str, tuple[int, ...]] = {}
    for skill in skills.skills:
        by_category.setdefault(skill.category, []).append(skill)
        lines = [e.line for e in skill.evidence if e.place in APPLIED_PLACES]
        applied_lines[skill.skill_id] = tuple(sorted(set(lines)) if len(lines) > 1 else lines)
    links: dict[LinkKind, Link] = {}
    for link in resume.contact.links:
        links.setdefault(link.kind, link)
    return ResumeContext(
        resume=resume,
        skills=skills,
        role=role,
        framework=framework,
        bullets=bullets,
        bullet_by_line={check.line: check for check in bullets},
        phrase_finds=_find_phrases(resume, framework),
        line_credit=tuple(line_credit),
        skills_by_category={k: tuple(v) for k, v in by_category.items()},
        applied_lines=applied_lines,
        sections=sections,
        links=links,
        recent_role=most_recent_role(resume.roles, resume.reference_date),
    )


def _find_phrases(resume: Resume, framework: Framework) -> dict[str, tuple[PhraseFind, ...]]:
    """Framework phrases on each line; section headings ("Talks", "Profile") don't count,
    since a heading is not evidence (sections are signals of their own)."""
    document = resume.document
    text = document.text
    headings = {s.heading_line for s in resume.sections if s.heading_line is not None}
    found: dict[str, list[PhraseFind]] = {}
    # line numbers by offset; Document.line_at may rebuild its index on every call
    starts = [line.start for line in document.lines]
    # hits come in order of their end offset, and no phrase spans two lines: in line order,
    # so a criterion's finds on this line are the last ones it has
    for start, end, _phrase, tags in framework.phrases.find(lower_same_length(text)):
        line = bisect_right(starts, start)
        if line in headings:
            continue
        for key, group in tags:
            finds = found.get(key)
            if finds is None:
                finds = found[key] = []
            elif finds[-1][0] == line and _found_on_line(finds, line, group):
                continue  # one find per criterion, group and line is all scoring needs
            finds.append(_new_tuple(PhraseFind, (line, group, text[start:end])))
    return {key: tuple(finds) for key, finds in found.items()}


def _found_on_line(finds: list[PhraseFind], line: int, group: str) -> bool:
    """Whether ``finds`` (in line order) has one of ``group`` on ``line``."""
    for find in reversed(finds):
        if find.line != line:
            return False
        if find.group == group:
            return True
    return False


def most_recent_role(roles: tuple[Role, ...], reference: date) -> Role | None:
    """The role that ends last (current roles first); the first listed when none is dated."""
    best: Role | None = None
    best_end = -1
    for role in roles:
        end = role.dates.resolved_end(reference) if role.dates else None
        start = role.dates.start if role.dates else None
        point = end or start
        index = point.index() if point else -1
        if best is None or index > best_end:
            best, best_end = role, index
    return best
