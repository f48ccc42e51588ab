"""Seniority and degree: the level a posting hires at and the schooling it asks for."""

from __future__ import annotations

import re
from typing import NamedTuple

from standout.model.posting import DegreeLevel, Seniority, SenioritySource

# Title words by precedence: "Senior Engineering Manager" is a manager, "Lead Senior
# Engineer" a lead. Roman numerals follow the common ladders (Engineer I, II, III).
_TITLE_LEVELS: tuple[tuple[Seniority, re.Pattern[str]], ...] = (
    (
        Seniority.INTERN,
        re.compile(r"\b(?:intern|internship|co-?op|apprentice|trainee)\b", re.IGNORECASE),
    ),
    (
        Seniority.MANAGER,
        re.compile(
            r"\b(?:(?:engineering|software|development|dev|technical|team)\s+manager|"
            # A release, build or configuration manager is an engineer, not a people manager.
            r"(?<!release\s)(?<!build\s)(?<!configuration\s)(?<!package\s)(?<!deployment\s)"
            r"manager|director|head\s+of|vp|vice\s+president|cto)\b",
            re.IGNORECASE,
        ),
    ),
    (Seniority.PRINCIPAL, re.compile(r"\b(?:principal|distinguished|fellow)\b", re.IGNORECASE)),
    (Seniority.STAFF, re.compile(r"\b(?:staff|architect)\b", re.IGNORECASE)),
    (Seniority.LEAD, re.compile(r"\b(?:lead|leader)\b", re.IGNORECASE)),
    (
        Seniority.SENIOR,
        re.compile(r"\b(?:senior|sr\.?|iii|level\s*3|l5|experienced)(?=\W|$)", re.IGNORECASE),
    ),
    (
        Seniority.MID,
        re.compile(r"\b(?:mid|mid-level|intermediate|ii|level\s*2|l4)(?=\W|$)", re.IGNORECASE),
    ),
    (
        Seniority.JUNIOR,
        re.compile(
            r"\b(?:junior|jr\.?|entry[\s-]level|graduate|new\s+grad|associate|i|level\s*1|l3)(?=\W|$)",
            re.IGNORECASE,
        ),
    ),
)
_BODY_LEVELS: tuple[tuple[Seniority, re.Pattern[str]], ...] = (
    (Seniority.INTERN, re.compile(r"\b(?:internship|intern\s+position)\b", re.IGNORECASE)),
    (
        Seniority.JUNIOR,
        re.compile(
            r"\b(?:entry[\s-]level|new\s+grad(?:uate)?s?|junior\s+(?:developer|engineer))\b",
            re.IGNORECASE,
        ),
    ),
    (
        Seniority.SENIOR,
        re.compile(
            r"\bsenior\s+(?:backend\s+|software\s+)?(?:developer|engineer)\b", re.IGNORECASE
        ),
    ),
)


def seniority_from_title(title: str | None) -> Seniority | None:
    if not title:
        return None
    for level, pattern in _TITLE_LEVELS:
        if pattern.search(title):
            # "Associate Director" is a manager; "I" only counts at the end ("Engineer I").
            if level is Seniority.JUNIOR and not re.search(
                r"(?:junior|jr|entry|graduate|grad|associate|level\s*1|l3)|\bI\s*$",
                title,
                re.IGNORECASE,
            ):
                continue
            return level
    return None


def seniority_from_years(years: float) -> Seniority:
    """The level a years requirement usually means; years alone never make a lead or staff."""
    if years < 2:
        return Seniority.JUNIOR
    if years < 5:
        return Seniority.MID
    return Seniority.SENIOR


# The role a posting's body says it hires for ("is seeking a Java Architect to join"):
# as good as a title when the title is missing or silent.
_HIRING = re.compile(
    # The article is required: "the hiring manager" is not the role.
    r"\b(?:seeking|hiring|looking\s+for|searching\s+for|recruiting|in\s+search\s+of)\s+"
    r"(?:an?|our(?:\s+next)?|the)\s+(?:experienced\s+)?"
    r"(?P<role>(?:[\w./#+-]+\s+){0,4}?(?:engineer|developer|architect|lead|manager|programmer|"
    r"consultant|intern|director))\b",
    re.IGNORECASE,
)


def seniority_from_hiring_phrase(body: str) -> Seniority | None:
    """The level of the role the body says it hires for, from its first such phrase
    ("an experienced engineer" says nothing about the level)."""
    found = _HIRING.search(body, 0, 3000)
    return seniority_from_title(found.group("role")) if found is not None else None


def infer_seniority(
    title: str | None, body: str, years: float | None
) -> tuple[Seniority | None, SenioritySource]:
    level = seniority_from_title(title)
    if level is not None:
        return level, SenioritySource.TITLE
    level = seniority_from_hiring_phrase(body)
    if level is not None:
        return level, SenioritySource.TEXT
    if years is not None and years > 0:
        return seniority_from_years(years), SenioritySource.YEARS
    for level, pattern in _BODY_LEVELS:
        if pattern.search(body):
            return level, SenioritySource.TEXT
    return None, SenioritySource.UNKNOWN


_DEGREE_LEVELS: tuple[tuple[DegreeLevel, re.Pattern[str]], ...] = (
    (
        DegreeLevel.ASSOCIATE,
        re.compile(r"\bassociate(?:'s|’s|s)?\s+degree\b", re.IGNORECASE),
    ),
    (
        DegreeLevel.BACHELOR,
        re.compile(
            r"\bbachelor(?:'s|’s|s)?\b|\bb\.?\s?s\.?(?:c\.?)?(?=\s*(?:/|,|or\b|in\b|degree\b|\())|"
            r"\bb\.?\s?a\.?(?=\s*(?:/|or\b|in\b|degree\b))|\bb\.?\s?tech\b|\bbsc\b|\bbs/|"
            r"\b(?:4|four)[\s-]year\s+degree\b|\b(?:undergraduate|college|university)\s+degree\b",
            re.IGNORECASE,
        ),
    ),
    (
        DegreeLevel.MASTER,
        re.compile(
            r"(?<![\w-])(?<!scrum\s)master(?:'s|’s|s\b|(?=\s+(?:degree|of|in)\b|\s*(?:/|,|or\b|\()))|(?<![\w/])m\.?\s?s\.?(?:c\.?)?(?=\s*(?:/|,|or\b|in\b|degree\b|\())|"
            r"/\s*ms\b|\bmsc\b|\bm\.\s?tech\b",
            re.IGNORECASE,
        ),
    ),
    (
        DegreeLevel.PHD,
        re.compile(r"\bph\.?\s?d\b|\bdoctorate\b|\bdoctoral\b", re.IGNORECASE),
    ),
)
# "A degree in physics" names no level: the posting asks for a bachelor's, unless a level
# before it owns the word ("Master's degree in CS", "PhD degree in physics").
_PLAIN_DEGREE = re.compile(r"\bdegree\s+in\b", re.IGNORECASE)
_FIELDS = re.compile(
    r"\b(computer\s+science|computer\s+engineering|software\s+engineering|electrical\s+engineering|"
    r"information\s+technology|information\s+systems|mathematics|math|physics|statistics|"
    r"engineering|STEM|CS|related\s+(?:technical\s+)?(?:field|discipline|area)|technical\s+field)\b",
    re.IGNORECASE,
)
_EQUIVALENT = re.compile(
    r"\bor\s+(?:an?\s+)?equivalent\b|\bequivalent\s+(?:practical\s+|work\s+|professional\s+|"
    r"industry\s+|combination|experience)|\bor\s+(?:related|relevant)\s+experience\b|"
    r"\bin\s+lieu\s+of\b|\bor\s+comparable\b",
    re.IGNORECASE,
)


class DegreeFound(NamedTuple):
    level: DegreeLevel  # the lowest the unit accepts
    fields: tuple[str, ...]
    equivalent: bool  # experience may stand in
    start: int  # where the degree is named in the unit
    end: int


def _plain_degree(text: str) -> re.Match[str] | None:
    """The first "degree in" that no other level names right before it."""
    for plain in _PLAIN_DEGREE.finditer(text):
        window = max(plain.start() - 24, 0)
        owned = any(
            named.start() < plain.start() and not text[named.end() : plain.start()].strip()
            for level, pattern in _DEGREE_LEVELS
            if level is not DegreeLevel.BACHELOR
            for named in pattern.finditer(text, window, plain.end())
        )
        if not owned:
            return plain
    return None


def _level_named(level: DegreeLevel, pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """Where the unit first names ``level``; a plain "degree in" names a bachelor's."""
    match = pattern.search(text)
    if level is DegreeLevel.BACHELOR:
        plain = _plain_degree(text)
        if plain is not None and (match is None or plain.start() < match.start()):
            return plain
    return match


def find_degree(text: str) -> DegreeFound | None:
    """The lowest degree a unit accepts, its fields, and whether experience may stand in."""
    found = [
        (level, match)
        for level, pattern in _DEGREE_LEVELS
        if (match := _level_named(level, pattern, text))
    ]
    if not found:
        return None
    level, where = found[0]
    if level is DegreeLevel.BACHELOR and not re.search(
        r"degree|\bin\b|\bB\.?S|bachelor|BSc|BA\b", text, re.IGNORECASE
    ):
        return None
    fields: list[str] = []
    for match in _FIELDS.finditer(text):
        name = re.sub(r"\s+", " ", match.group(1).lower())
        name = "computer science" if name == "cs" else name
        if name not in fields:
            fields.append(name)
    return DegreeFound(
        level, tuple(fields), bool(_EQUIVALENT.search(text)), where.start(), where.end()
    )
