"""Where in the resume a skill should be shown: the role whose bullets already mention the
skills closest to it.

A role earns 3 points for each skill it shows that implies the target or that the target
implies (Kafka Streams beside Kafka), 2 for each of the same category (another message
broker), 1 for each of the same guide area. Ties go to a dated role, then the most recent.
"""

from __future__ import annotations

from dataclasses import dataclass

from standout.match.evidence import ResumeEvidence
from standout.model.resume import Resume, Role, SectionKind


@dataclass(frozen=True, slots=True)
class Placement:
    role_index: int | None
    role: str | None  # "Backend Engineer, Acme"
    line: int | None  # the role's first line
    related: tuple[str, ...]  # names of the role's skills that make it the place


def role_label(role: Role) -> str:
    parts = [part for part in (role.title, role.employer) if part]
    return ", ".join(parts) if parts else f"the role at line {role.first_line}"


def _recency(role: Role) -> int:
    if role.dates is None:
        return -1
    if role.dates.current:
        return 10**6
    end = role.dates.end or role.dates.start
    return end.index() if end is not None else -1


def best_role(evidence: ResumeEvidence, skill_id: str) -> Placement:
    """The role to add a bullet showing ``skill_id`` to (no role: ``role_index`` None)."""
    roles = evidence.resume.roles
    if not roles:
        return Placement(None, None, None, ())
    taxonomy = evidence.taxonomy
    target = taxonomy.skills.get(skill_id)
    target_implies = taxonomy.implied(skill_id) if target is not None else frozenset()
    best_key: tuple[int, bool, int, int] | None = None
    best_index = 0
    best_related: list[tuple[int, str]] = []
    role_skills = evidence.role_skill_facts()
    for index, role in enumerate(roles):
        related: list[tuple[int, str]] = []
        if target is not None:
            for other_id, name, category, area, implies in role_skills.get(index, ()):
                if other_id == skill_id:
                    continue
                if other_id in target_implies or skill_id in implies:
                    related.append((3, name))
                elif category == target.category:
                    related.append((2, name))
                elif area == target.area:
                    related.append((1, name))
        key = (sum(p for p, _ in related), index in evidence.dated_roles, _recency(role), -index)
        if best_key is None or key > best_key:
            best_key, best_index, best_related = key, index, related
    role = roles[best_index]
    names = tuple(name for _, name in sorted(best_related, key=lambda r: (-r[0], r[1]))[:3])
    return Placement(best_index, role_label(role), role.first_line, names)


def section_line(resume: Resume, *kinds: SectionKind) -> tuple[str | None, int | None]:
    """The heading and line of the first section of one of ``kinds`` the resume has."""
    for kind in kinds:
        for section in resume.sections_of(kind):
            line = section.heading_line or section.first_line
            return section.heading or kind.value.replace("_", " ").title(), line
    return None, None
