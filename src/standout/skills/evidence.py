"""A resume's skills with the evidence behind each one and its years of use.

Every mention found in the resume's text becomes an ``Evidence``: the line it stands on,
its place (skills list, role bullet, role title, project, summary, education,
certification, other) and the role or project it belongs to. A mention also counts for
every skill it implies (Django for Python): that evidence carries the implying mention
itself and ``implied_by`` names its skill, so the two stay distinguishable. Mentions
inside contact details, employer names and date ranges are not evidence: working at
Oracle is not Oracle Database experience.

Years of use come only from dated roles whose title, bullets or description mention (or
imply) the skill: their periods are merged so overlapping jobs count once, and "present"
ends at ``Resume.reference_date``. Years the resume declares are reported beside them as
``declared_years`` (a skills section's "Python (5 years)"), never mixed in. A role names
every skill it touched but not for how long: when its own text states a figure ("having 2
years of experience in Python" in a role running since 2011), the role counts that many
months of it, its last ones, for the skills the figure covers (``standout.skills.stated``).
``years_conflict`` tells when the computed years still far exceed the declared ones, so
both should be shown.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date
from operator import itemgetter

from standout.model.resume import DatePrecision, DateRange, Resume, SectionKind, TextSpan
from standout.model.skills import (
    APPLIED_PLACES,
    Evidence,
    Place,
    SkillEvidence,
    SkillProfile,
)
from standout.skills._records import make_evidence, make_skill_evidence
from standout.skills.extract import Extractor, default_extractor
from standout.skills.stated import stated_figures, stated_months

_PLACE_OF_SECTION = {
    SectionKind.SKILLS: Place.SKILLS_LIST,
    SectionKind.SUMMARY: Place.SUMMARY,
    SectionKind.EXPERIENCE: Place.ROLE_BULLET,
    SectionKind.PROJECTS: Place.PROJECT,
    SectionKind.OPEN_SOURCE: Place.PROJECT,
    SectionKind.EDUCATION: Place.EDUCATION,
    SectionKind.CERTIFICATIONS: Place.CERTIFICATION,
}

_Where = tuple[Place, int | None, int | None]  # place, role index, project index

# A dated-role figure this far above the resume's own (and at least twice it) is no
# rounding: the roles name the skill but cannot have used it throughout.
CONFLICT_YEARS = 2.0


def extract(resume: Resume) -> SkillProfile:
    """Every skill the resume shows, strongest first, with evidence and years of use."""
    return build_profile(resume, default_extractor())


def build_profile(resume: Resume, extractor: Extractor) -> SkillProfile:
    """``extract`` with a given extractor (tests use a small taxonomy)."""
    layout = _Layout(resume)
    mentions = extractor.mentions(resume.document.text, list_spans=layout.list_spans())
    # Tallied in one pass over the mentions, per skill id: the evidence, how much of it
    # is direct, whether any is applied and which roles it comes from.
    found: dict[str, list[Evidence]] = {}
    direct_counts: dict[str, int] = {}
    applied: set[str] = set()
    roles: dict[str, set[int]] = {}
    hidden_starts, hidden_ends = layout.hidden_starts, layout.hidden_ends
    line_starts, line_places = layout.line_starts, layout.line_places
    shown = extractor.shown_by
    for mention in mentions:
        start = mention.start
        if start < hidden_ends[bisect_right(hidden_starts, start)]:
            continue
        line, place, role, project, title = line_places[bisect_right(line_starts, start)]
        if title is not None and title.start <= start < title.end:
            place = Place.ROLE_TITLE
        skill_id = mention.skill_id
        direct = make_evidence(mention, line, place, role, project, None)
        evidence = found.get(skill_id)
        if evidence is None:
            found[skill_id] = [direct]
            direct_counts[skill_id] = 1
        else:
            evidence.append(direct)
            direct_counts[skill_id] = direct_counts.get(skill_id, 0) + 1
        shown_by = shown[skill_id]
        if len(shown_by) > 1:
            # One shared record: the mention that shows them all, and who implies them.
            implied = make_evidence(mention, line, place, role, project, skill_id)
            for implied_id in shown_by[1:]:
                evidence = found.get(implied_id)
                if evidence is None:
                    found[implied_id] = [implied]
                else:
                    evidence.append(implied)
        if place in APPLIED_PLACES:
            applied.update(shown_by)
        if role is not None:
            for shown_id in shown_by:
                roles.setdefault(shown_id, set()).add(role)
    declared = _declared_months(resume, extractor)
    figures = stated_figures(resume.document.text, layout.role_at)
    stated = stated_months(figures, mentions, found)
    years = _YearsOfUse(resume)
    skills = extractor.taxonomy.skills
    ranked: list[tuple[tuple[bool, float, int, int, str], SkillEvidence]] = []
    for skill_id, evidence in found.items():
        skill = skills[skill_id]
        months = declared.get(skill_id) if declared else None
        role_set = roles.get(skill_id)
        years_of_use = years.of(role_set, stated.get(skill_id)) if role_set else None
        is_applied = skill_id in applied
        record = make_skill_evidence(
            skill_id,
            skill.name,
            skill.category,
            skill.area,
            tuple(evidence),
            is_applied,
            years_of_use,
            None if months is None else round(months / 12, 1),
        )
        # Strongest first: applied, then years of use, then direct and all mentions.
        strength = (
            not is_applied,
            -(years_of_use or 0.0),
            -direct_counts.get(skill_id, 0),
            -len(evidence),
            skill.name.lower(),
        )
        ranked.append((strength, record))
    ranked.sort(key=itemgetter(0))
    return SkillProfile(tuple(record for _, record in ranked))


class _Layout:
    """Which place, role and project each line of the resume belongs to.

    Read by ``build_profile`` through plain attributes, once per mention: ``line_places``
    holds, for each line of the document, its number, place, role, project and role
    title; ``line_starts`` where each line begins; ``hidden_starts`` and ``hidden_ends``
    the merged spans that are no evidence.
    """

    __slots__ = (
        "_resume",
        "hidden_ends",
        "hidden_starts",
        "line_places",
        "line_starts",
        "where_by_number",
    )

    def __init__(self, resume: Resume) -> None:
        self._resume = resume
        document_lines = resume.document.lines
        count = len(document_lines)
        lines: list[_Where] = [(Place.OTHER, None, None)] * (count + 2)
        previous_last = 0
        for section in resume.sections:
            place = _PLACE_OF_SECTION.get(section.kind, Place.OTHER)
            first = section.heading_line or section.first_line
            if first <= previous_last:
                # A heading glued to the end of the last section's last line ("LINUX-
                # Exprience - 6 monthsCompany Details"): that line stays the last section's.
                first = section.first_line
            previous_last = max(previous_last, section.last_line)
            first, last = max(first, 1), min(section.last_line, count) + 1
            if last > first:
                lines[first:last] = [(place, None, None)] * (last - first)
        for index, project in enumerate(resume.projects):
            first, last = project.first_line, min(project.last_line, count) + 1
            if last > first:
                lines[first:last] = [(Place.PROJECT, None, index)] * (last - first)
        titles: dict[int, TextSpan] = {}
        for index, role in enumerate(resume.roles):
            first, last = role.first_line, min(role.last_line, count) + 1
            if last > first:
                lines[first:last] = [(Place.ROLE_BULLET, index, None)] * (last - first)
            if role.title_span is not None:
                titles[role.title_span.line] = role.title_span
        for certification in resume.certifications:
            if 0 < certification.span.line <= count:
                lines[certification.span.line] = (Place.CERTIFICATION, None, None)
        self.where_by_number = lines
        # Both lookups are ``bisect_right`` of a mention's offset, without the usual
        # "- 1": each list starts with an entry for offsets before the first span.
        self.line_starts = [line.start for line in document_lines]
        self.line_places: list[tuple[int, Place, int | None, int | None, TextSpan | None]] = [
            (line.number, *lines[line.number], titles.get(line.number))
            for line in document_lines[:1] + document_lines
        ]
        hidden = _merged(_hidden_spans(resume))
        self.hidden_starts = [start for start, _ in hidden]
        self.hidden_ends = [-1, *(end for _, end in hidden)]

    def role_at(self, offset: int) -> int | None:
        """The index of the role whose lines hold ``offset``, if any."""
        return self.line_places[bisect_right(self.line_starts, offset)][2]

    def list_spans(self) -> list[tuple[int, int]]:
        """The lines of skills sections and skill entries: ambiguous names are taken as skills."""
        document = self._resume.document
        skills_list = Place.SKILLS_LIST
        numbers = {n for n, where in enumerate(self.where_by_number) if where[0] is skills_list}
        numbers.update(entry.span.line for entry in self._resume.skills)
        return [
            (document.lines[n - 1].start, document.lines[n - 1].end)
            for n in sorted(numbers)
            if 0 < n <= len(document.lines)
        ]


def _hidden_spans(resume: Resume) -> Iterable[tuple[int, int]]:
    contact = resume.contact
    spans = [
        contact.name_span,
        contact.email_span,
        contact.phone_span,
        contact.location_span,
        *(link.span for link in contact.links),
    ]
    for role in resume.roles:
        spans.append(role.employer_span)
        if role.dates is not None:
            spans.append(role.dates.span)
    return ((span.start, span.end) for span in spans if span is not None)


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _declared_months(resume: Resume, extractor: Extractor) -> dict[str, int]:
    """Self-declared months per skill: the largest over the entries that name it."""
    declared: dict[str, int] = {}
    for entry in resume.skills:
        if entry.declared_months is None:
            continue
        for mention in extractor.mentions(entry.name, list_context=True):
            previous = declared.get(mention.skill_id, 0)
            declared[mention.skill_id] = max(previous, entry.declared_months)
    return declared


def years_conflict(skill: SkillEvidence) -> bool:
    """Whether the years from dated roles far exceed what the resume itself declares.

    Both figures are kept; a report should show the declared one beside the computed one
    and not take the computed one at its word ("15.4 years in dated roles, 0.5 declared").
    """
    computed, declared = skill.years_of_use, skill.declared_years
    if computed is None or declared is None:
        return False
    return computed - declared >= CONFLICT_YEARS and computed >= 2 * declared


class _YearsOfUse:
    """Years of use from a set of roles: their dated periods merged, memoised per set."""

    __slots__ = ("_known", "_periods")

    def __init__(self, resume: Resume) -> None:
        reference = resume.reference_date
        self._periods = [
            None if role.dates is None else month_interval(role.dates, reference)
            for role in resume.roles
        ]
        self._known: dict[frozenset[int], float | None] = {}

    def of(self, roles: set[int] | None, stated: dict[int, int] | None = None) -> float | None:
        """Years over ``roles``; a role with ``stated`` months counts only its last ones."""
        if not roles:
            return None
        if stated:
            dated = [
                (max(first, last - stated[index] + 1), last) if index in stated else (first, last)
                for index in roles
                if (period := self._periods[index]) is not None
                for first, last in (period,)
            ]
            return round(merged_months(dated) / 12, 1) if dated else None
        key = frozenset(roles)
        if key not in self._known:
            dated = [period for index in key if (period := self._periods[index]) is not None]
            self._known[key] = round(merged_months(dated) / 12, 1) if dated else None
        return self._known[key]


def month_interval(dates: DateRange, reference: date) -> tuple[int, int] | None:
    """First and last month index of a date range (inclusive), as ``DateRange.months`` counts."""
    end = dates.resolved_end(reference)
    if dates.start is None or end is None:
        return None
    last = end.index()
    if end.precision is DatePrecision.YEAR and not dates.current:
        last = end.year * 12 + 11  # "2019-2021" runs to the end of 2021
    first = dates.start.index()
    return (first, last) if last >= first else None


def merged_months(periods: Iterable[tuple[int, int]]) -> int:
    """Months covered by the union of inclusive month intervals: overlaps count once."""
    total = 0
    current_first, current_last = -1, -2
    for first, last in sorted(periods):
        if first > current_last:
            total += current_last - current_first + 1
            current_first, current_last = first, last
        else:
            current_last = max(current_last, last)
    return total + current_last - current_first + 1
