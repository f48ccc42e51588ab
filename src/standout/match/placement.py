"""Where in the resume a skill should be shown: the role whose bullets already show the
skills closest to it.

Closeness comes in three steps, and the closest step any of a role's skills reaches ranks
the role:

1. **same stack**: the role shows a skill that implies the target or that the target
   implies (Kafka Streams beside Kafka, Java beside Jakarta EE), or one built on the same
   language, framework or cloud platform (Spring Boot beside Jakarta EE: both are Java;
   Lambda beside S3: both are AWS);
2. **same category** (another message broker beside Kafka);
3. **same area** of the guide (any database work beside PostgreSQL).

Only the first two steps name the role's skills as the place to write beside: a skill that
merely shares the area (Windows for System design) ranks the role but is no neighbour.

Ties go to a dated role, then to the most recent, then to the one with more skills at that
step. Adding up every related skill instead would send Jakarta EE to a Django role full of
web frameworks rather than to the role that shows Java.
"""

from __future__ import annotations

from dataclasses import dataclass

from standout.match.evidence import ResumeEvidence
from standout.model.resume import Resume, Role, SectionKind
from standout.skills.taxonomy import Taxonomy

# What a skill is built on: its language, framework or cloud platform. SQL is a language
# every database speaks, so sharing it says nothing about the stack.
_STACK_CATEGORIES = frozenset({"language", "web_framework", "cloud_provider"})
_NOT_A_STACK = frozenset({"sql"})

_SAME_STACK, _SAME_CATEGORY, _SAME_AREA = 3, 2, 1


@dataclass(frozen=True, slots=True)
class Placement:
    role_index: int | None
    role: str | None  # "Backend Engineer, Acme"
    line: int | None  # the role's first line
    related: tuple[str, ...]  # the role's skills of the same stack or category as the target


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


class _StackCache:
    """Each skill's stacks, worked out once for the taxonomy in use (there is one per
    process; another one empties the cache)."""

    taxonomy: Taxonomy | None = None
    stacks: dict[str, frozenset[str]] = {}  # one cache shared by every call, on purpose


def _stacks(taxonomy: Taxonomy, skill_id: str, closure: frozenset[str]) -> frozenset[str]:
    """The languages, frameworks and platforms a skill is (or is built on)."""
    if _StackCache.taxonomy is not taxonomy:
        _StackCache.taxonomy, _StackCache.stacks = taxonomy, {}
    found = _StackCache.stacks.get(skill_id)
    if found is None:
        skills = taxonomy.skills
        found = frozenset(
            other
            for other in (skill_id, *closure)
            if other in skills
            and skills[other].category in _STACK_CATEGORIES
            and other not in _NOT_A_STACK
        )
        _StackCache.stacks[skill_id] = found
    return found


def best_role(evidence: ResumeEvidence, skill_id: str) -> Placement:
    """The role to add a bullet showing ``skill_id`` to (no role: ``role_index`` None)."""
    roles = evidence.resume.roles
    if not roles:
        return Placement(None, None, None, ())
    taxonomy = evidence.taxonomy
    target = taxonomy.skills.get(skill_id)
    target_implies = taxonomy.implied(skill_id) if target is not None else frozenset()
    target_stacks = (
        _stacks(taxonomy, skill_id, target_implies) if target is not None else frozenset()
    )
    best_key: tuple[int, bool, int, int, int] | None = None
    best_index = 0
    best_related: list[str] = []
    role_skills = evidence.role_skill_facts()
    for index, role in enumerate(roles):
        by_step: dict[int, list[str]] = {}
        if target is not None:
            for other_id, name, category, area, implies in role_skills.get(index, ()):
                if other_id == skill_id:
                    continue
                if (
                    other_id in target_implies
                    or skill_id in implies
                    or target_stacks & _stacks(taxonomy, other_id, implies)
                ):
                    step = _SAME_STACK
                elif category == target.category:
                    step = _SAME_CATEGORY
                elif area == target.area:
                    step = _SAME_AREA
                else:
                    continue
                by_step.setdefault(step, []).append(name)
        step = max(by_step, default=0)
        related = by_step.get(step, [])
        key = (step, index in evidence.dated_roles, _recency(role), len(related), -index)
        if best_key is None or key > best_key:
            best_key, best_index, best_related = key, index, related
    role = roles[best_index]
    # Only a skill of the same stack or category is worth naming as the neighbour: one that
    # merely shares the guide's area ("System design next to Windows") confuses the reader.
    named = best_related if best_key is not None and best_key[0] >= _SAME_CATEGORY else []
    return Placement(best_index, role_label(role), role.first_line, tuple(sorted(named)[:3]))


def section_line(resume: Resume, *kinds: SectionKind) -> tuple[str | None, int | None]:
    """The heading and line of the first section of one of ``kinds`` the resume has."""
    for kind in kinds:
        for section in resume.sections_of(kind):
            line = section.heading_line or section.first_line
            return section.heading or kind.value.replace("_", " ").title(), line
    return None, None
