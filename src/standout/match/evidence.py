"""What the resume shows, indexed for matching: per skill its strongest evidence, per role
its skills, the candidate's experience, level and degree.

Built once per resume; ranking many postings against one resume reuses it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from standout.match import formula
from standout.model.match import EvidenceLevel
from standout.model.posting import DEGREE_RANK, SENIORITY_RANK, DegreeLevel, Seniority
from standout.model.resume import DatePrecision, Resume, Role, SectionKind
from standout.model.skills import APPLIED_PLACES, Evidence, Place, SkillEvidence, SkillProfile
from standout.posting._levels import seniority_from_title, seniority_from_years
from standout.skills.taxonomy import Taxonomy

# (skill id, name, category, area, skills it implies)
RoleSkill = tuple[str, str, str, str, frozenset[str]]


class Shown(NamedTuple):
    """The strongest way the resume shows one skill (a tuple: made for every requirement of
    every resume ranked)."""

    skill_id: str  # the resume skill behind it (the skill itself or one implying it)
    level: EvidenceLevel
    implied: bool
    lines: tuple[int, ...]
    years: float | None

    @property
    def strength(self) -> float:
        return formula.requirement_credit(self.level, self.implied, 1.0)


_DEGREES: tuple[tuple[DegreeLevel, re.Pattern[str]], ...] = (
    (DegreeLevel.PHD, re.compile(r"\bph\.?\s?d\b|\bdoctor(?:ate|al)?\b|\bd\.?phil\b", re.I)),
    (
        DegreeLevel.MASTER,
        re.compile(r"\bmaster|\bm\.?\s?sc?\b\.?|\bm\.?eng\b|\bmba\b|\bm\.?tech\b|\bm\.a\.", re.I),
    ),
    (
        DegreeLevel.BACHELOR,
        re.compile(
            r"\bbachelor|\bb\.?\s?sc?\b\.?|\bb\.?eng\b|\bb\.?tech\b|\bb\.a\.|\bba\b|\bundergraduate",
            re.I,
        ),
    ),
    (DegreeLevel.ASSOCIATE, re.compile(r"\bassociate", re.I)),
)


_NON_WORD = re.compile(r"[^a-z0-9+#']+")


def normal_words(text: str) -> str:
    """Lowercased words separated by single spaces, punctuation dropped."""
    return _NON_WORD.sub(" ", text.lower().replace("’", "'")).strip()


# Enum members read through their class cost ~0.3 us each on CPython 3.11, and these run
# for every piece of evidence of every resume ranked: module-level names are read instead.
_LISTED = EvidenceLevel.LISTED
_APPLIED = EvidenceLevel.APPLIED
_APPLIED_DATED = EvidenceLevel.APPLIED_DATED
_LEVEL_CREDIT = formula.LEVEL_CREDIT
_IMPLIED_FACTOR = formula.IMPLIED_FACTOR


# A posting that asks for "web development" is answered by any web framework the resume
# shows (Django, Rails, Express...): the taxonomy doesn't make every framework imply the
# practice, which would put it in every report's skills.
_PRACTICE_OF_CATEGORY: dict[str, tuple[str, ...]] = {
    "web_framework": ("web-development", "backend-development"),
    "frontend": ("web-development", "frontend-development"),
    "mobile": ("mobile-development",),
}


def _applied(place: Place) -> bool:
    return place in APPLIED_PLACES


def _level_of(evidence: Evidence, dated_roles: frozenset[int]) -> EvidenceLevel:
    if evidence.place not in APPLIED_PLACES:
        return _LISTED
    if evidence.role_index is not None and evidence.role_index in dated_roles:
        return _APPLIED_DATED
    return _APPLIED


def _is_dated(role: Role) -> bool:
    return role.dates is not None and role.dates.start is not None


class ResumeEvidence:
    """The resume's evidence, looked up by skill and by role.

    Built for every resume of a ranking, so it does little up front: a skill's strongest
    evidence is worked out when a posting first asks for it, the skills per role when
    advice first needs them.
    """

    __slots__ = (
        "_direct_cache",
        "_implying",
        "_normal_text",
        "_role_facts",
        "_role_skills",
        "by_id",
        "dated_roles",
        "resume",
        "taxonomy",
    )

    def __init__(self, resume: Resume, profile: SkillProfile, taxonomy: Taxonomy) -> None:
        self.resume = resume
        self.taxonomy = taxonomy
        self.by_id: dict[str, SkillEvidence] = {s.skill_id: s for s in profile.skills}
        self.dated_roles = frozenset(i for i, role in enumerate(resume.roles) if _is_dated(role))
        self._direct_cache: dict[str, Shown | None] = {}
        self._normal_text: str | None = None
        self._role_facts: dict[int, list[RoleSkill]] | None = None
        self._role_skills: dict[int, set[str]] | None = None
        # Skills the resume's skills imply, whether or not the profile carries them itself.
        self._implying: dict[str, list[str]] = {}
        known = taxonomy.skills
        for skill_id in self.by_id:
            if skill_id in known:
                for implied in taxonomy.implied(skill_id):
                    self._implying.setdefault(implied, []).append(skill_id)
                for practice in _PRACTICE_OF_CATEGORY.get(known[skill_id].category, ()):
                    self._implying.setdefault(practice, []).append(skill_id)

    @property
    def role_skills(self) -> dict[int, set[str]]:
        """Per role index, the skills its title and bullets name themselves (not implied)."""
        if self._role_skills is None:
            self._role_skills = {}
            for skill in self.by_id.values():
                for evidence in skill.evidence:
                    if evidence.role_index is not None and evidence.implied_by is None:
                        self._role_skills.setdefault(evidence.role_index, set()).add(skill.skill_id)
        return self._role_skills

    def _direct(self, skill_id: str) -> Shown | None:
        if skill_id in self._direct_cache:
            return self._direct_cache[skill_id]
        skill = self.by_id.get(skill_id)
        found: Shown | None = None
        if skill is not None and skill.evidence:
            best_strength = -1.0
            best_level = _LISTED
            best_source: str | None = None
            strength_of: dict[int, float] = {}
            dated = self.dated_roles
            for evidence in skill.evidence:
                level = _level_of(evidence, dated)
                source = evidence.implied_by
                strength = _LEVEL_CREDIT[level] * (1.0 if source is None else _IMPLIED_FACTOR)
                if strength > best_strength:
                    best_strength, best_level, best_source = strength, level, source
                strength_of[evidence.line] = max(strength_of.get(evidence.line, 0.0), strength)
            # The strongest evidence's line first: advice about it ("give that role its
            # dates") cites the role the skill was used in, not the skills list above it.
            lines = sorted(strength_of, key=lambda line: -strength_of[line])
            years = skill.years_of_use if skill.years_of_use is not None else skill.declared_years
            # Shown through an implying skill ("Oracle" for relational databases): name
            # that skill, so the match says which line of the resume stands for it.
            behind = skill_id if best_source is None else best_source
            found = Shown(behind, best_level, best_source is not None, tuple(lines), years)
        self._direct_cache[skill_id] = found
        return found

    def shown(self, skill_id: str) -> Shown | None:
        """The strongest evidence for a skill, directly or through a skill implying it."""
        best = self._direct(skill_id)
        for other in self._implying.get(skill_id, ()):
            source = self._direct(other)
            if source is None:
                continue
            candidate = Shown(other, source.level, True, source.lines, source.years)
            if best is None or candidate.strength > best.strength:
                best = candidate
        return best

    def role_skill_facts(self) -> dict[int, list[RoleSkill]]:
        """Per role, its skills with what placement compares: name, category, area, implies."""
        if self._role_facts is None:
            skills = self.taxonomy.skills
            self._role_facts = {
                index: [
                    (
                        s,
                        skills[s].name,
                        skills[s].category,
                        skills[s].area,
                        self.taxonomy.implied(s),
                    )
                    for s in sorted(ids)
                    if s in skills
                ]
                for index, ids in self.role_skills.items()
            }
        return self._role_facts

    def uses_words(self, phrase: str) -> bool:
        """Whether the resume uses a phrase (lowercased words, singular or plural)."""
        if self._normal_text is None:
            self._normal_text = f" {normal_words(self.resume.document.text)} "
        words = normal_words(phrase).split()
        if not words:
            return False
        last = words[-1]
        variants = {last, last[:-1] if last.endswith("s") else last + "s"}
        return any(
            f" {' '.join([*words[:-1], variant])} " in self._normal_text for variant in variants
        )

    def listed_line(self, skill_id: str) -> int | None:
        skill = self.by_id.get(skill_id)
        if skill is None:
            return None
        for evidence in skill.evidence:
            if not _applied(evidence.place):
                return evidence.line
        return skill.evidence[0].line if skill.evidence else None


def _span(role: Role, reference: date) -> tuple[int, int] | None:
    dates = role.dates
    if dates is None or dates.start is None:
        return None
    end = dates.resolved_end(reference)
    if end is None:
        return None
    end_index = end.index()
    if end.precision is DatePrecision.YEAR and not dates.current:
        end_index = end.year * 12 + 11
    return dates.start.index(), end_index


def experience_years(resume: Resume) -> float | None:
    """Years covered by the dated experience roles, overlapping periods counted once."""
    spans = sorted(
        span
        for role in resume.roles
        if role.section is SectionKind.EXPERIENCE
        and (span := _span(role, resume.reference_date)) is not None
    )
    if not spans:
        return None
    months = 0
    current_start, current_end = spans[0]
    for start, end in spans[1:]:
        if start > current_end + 1:
            months += current_end - current_start + 1
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    months += current_end - current_start + 1
    return round(months / 12, 1)


def role_years(role: Role, reference: date) -> float | None:
    span = _span(role, reference)
    return None if span is None else round((span[1] - span[0] + 1) / 12, 1)


def candidate_level(resume: Resume, years: float | None) -> Seniority | None:
    """The level the resume reads at: from its years, raised by its latest titles."""
    levels: list[Seniority] = []
    if years is not None:
        levels.append(Seniority.INTERN if years < 0.5 else seniority_from_years(years))
        if years >= 8:
            levels.append(Seniority.STAFF)
    for role in resume.roles[:2]:
        titled = seniority_from_title(role.title)
        if titled is not None and titled is not Seniority.INTERN:
            levels.append(titled)
    if not levels:
        return None
    return max(levels, key=lambda level: SENIORITY_RANK[level])


def resume_degree(resume: Resume) -> tuple[DegreeLevel | None, int | None]:
    """The highest degree the education section names, and its line.

    The level comes from the parsed degree first: the education parser knows the
    abbreviations ("B.E", "MCA", "BCA"). The entry's words are the fallback for a degree
    the parser didn't isolate ("Undergraduate studies in Physics").
    """
    from standout.parse.education import degree_level

    best: tuple[DegreeLevel, int] | None = None
    for entry in resume.education:
        level = degree_level(entry.degree) if entry.degree else None
        if level is None:
            level = _level_in_words(resume, entry.degree, entry.first_line, entry.last_line)
        if level is not None and (best is None or DEGREE_RANK[level] > DEGREE_RANK[best[0]]):
            best = (level, entry.first_line)
    return (best[0], best[1]) if best else (None, None)


def _level_in_words(
    resume: Resume, degree: str | None, first_line: int, last_line: int
) -> DegreeLevel | None:
    lines = resume.document.lines[first_line - 1 : last_line]
    text = " ".join(filter(None, [degree or "", *(line.text for line in lines)]))
    for level, pattern in _DEGREES:
        if pattern.search(text):
            return level
    return None
