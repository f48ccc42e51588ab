"""Recognising the headings of a posting and what each part is about.

Postings use a small vocabulary for their headings ("Requirements", "What you'll need",
"Bonus points", "Responsibilities", "Benefits"). A heading is recognised three ways: the
format says so (Markdown ``#``, HTML ``<h2>``); a short line made only of heading words; or,
inside one long paragraph (the usual shape of postings copied from job boards), a heading
phrase followed by a colon or written in capitals ("PREFERRED QUALIFICATIONS •").
"""

from __future__ import annotations

import re
from functools import cache

from standout.model.posting import PartKind

# Checked in this order: the first kind with a phrase in the heading wins, so that
# "Preferred qualifications" is nice-to-have and "Why you'll love it" is benefits.
_KIND_PHRASES: tuple[tuple[PartKind, tuple[str, ...]], ...] = (
    (
        PartKind.NICE_TO_HAVE,
        (
            "nice to have",
            "nice-to-have",
            "nice",
            "nice to haves",
            "bonus",
            "preferred",
            "plus",
            "pluses",
            "desired",
            "desirable",
            "good to have",
            "extra credit",
            "kudos",
            "brownie points",
            "would be great",
            "would be nice",
            "even better",
            "optional",
            "ideally",
            "not required",
        ),
    ),
    (
        PartKind.BENEFITS,
        (
            "benefit",
            "perks",
            "compensation",
            "salary",
            "what we offer",
            "we offer",
            "how to apply",
            "to apply",
            "equal opportunity",
            "eeo",
            "why you'll love",
            "why join",
            "why work",
            "reasons to work",
            "in it for you",
            "location",
            "pay range",
        ),
    ),
    (
        PartKind.ABOUT,
        (
            "about us",
            "about the company",
            "who we are",
            "our company",
            "our mission",
            "company overview",
            "company summary",
        ),
    ),
    (
        PartKind.REQUIREMENTS,
        (
            "what you'll need",
            "what you will need",
            "what you need",
            "what you'll bring",
            "what you bring",
            "what we're looking for",
            "what we are looking for",
            "we're looking for",
            "who you are",
            "about you",
            "you have",
            "you'll have",
            "you will have",
            "you bring",
            "your profile",
            "your background",
            "must have",
            "must-have",
        ),
    ),
    (
        PartKind.RESPONSIBILITIES,
        (
            "responsibilit",
            "what you'll do",
            "what you will do",
            "what you'll be doing",
            "what you will be doing",
            "what you'll be working on",
            "what you will be working on",
            "what you'll work on",
            "duties",
            "day to day",
            "day-to-day",
            "the role",
            "your role",
            "in this role",
            "your impact",
            "your mission",
            "key tasks",
            "tasks",
            "accountabilities",
            "you will",
            "you'll",
        ),
    ),
    (
        PartKind.REQUIREMENTS,
        (
            "requirement",
            "required",
            "qualification",
            "skills",
            "experience",
            "essential",
            "minimum",
            "knowledge",
            "competenc",
            "expertise",
            "profile",
            "criteria",
        ),
    ),
    # "Job Overview", "About the job": what the job is, read like the introduction.
    (
        PartKind.INTRO,
        ("overview", "about the job", "about the position", "job summary", "position summary"),
    ),
    (PartKind.ABOUT, ("about", "the team", "our team", "culture", "company")),
)

# Every word a heading made of heading words alone may contain.
_HEADING_WORDS = frozenset(
    """
    a about accountabilities additional and apply are basic benefits bonus bring company
    compensation competencies core day desirable desired do duties education essential even
    experience expertise extra for good great have helpful ideal ideally impact in is it job
    key knowledge looking love main major mission minimum must need nice of offer on optional
    our overview perks plus pluses points position preferred primary profile qualifications
    qualification required requirements responsibilities responsibility role salary skills
    skill summary tasks team technical the this to we we're what who why will work would you
    you'll your background better nice-to-have must-have day-to-day to-day what's expect
    expectations requisites prerequisites pre-requisites desirables us are looking be also
    if working here join doing on criteria hiring kudos table non
    """.split()
)

_KEYWORD = re.compile(
    "|".join(
        re.escape(phrase).replace(r"\ ", r"\s+")
        for _, phrases in _KIND_PHRASES
        for phrase in phrases
        if phrase not in {"you'll", "you will", "plus", "location", "tasks", "profile"}
    ),
    re.IGNORECASE,
)

# Where a heading inside a paragraph may end: a colon ("Requirements:") or a dash between
# spaces ("Nice to have - Kafka"). The words before it are read back from there.
HEADING_END = re.compile(r"(?<=[A-Za-z])[ \t]*(?::|[-–—](?=\s))")
# Up to six words ending where the heading ends.
HEADING_WORDS_BEFORE = re.compile(r"(?:[A-Za-z][\w'’/&-]*[ \t]+){0,5}[A-Za-z][\w'’/&-]*$")

# A heading glued to the text after it, as postings that lost their line breaks have it:
# "Requirements3+ years", "ResponsibilitiesProvide support". Case-sensitive on purpose.
GLUED_HEADING = re.compile(
    r"(?<![A-Za-z])(?:(?:Basic|Minimum|Preferred|Desired|Required|Additional|Key|Job)\s+)?"
    r"(?:Requirements|Qualifications|Responsibilities|Duties|Nice to [Hh]ave|Skills Required|"
    r"Required Skills)(?=[A-Z0-9])"
    r"|(?<=[a-z.!?)])(?:(?:Basic|Minimum|Preferred|Desired|Required|Additional|Key|Job)\s+)?"
    r"(?:Requirements|Qualifications|Responsibilities|Duties)(?=[A-Z0-9]|\s)"
)

# A heading in capitals inside a paragraph ("PREFERRED QUALIFICATIONS", "MAJOR TASKS,
# RESPONSIBILITIES AND KEY ACCOUNTABILITIES"). Case-sensitive on purpose.
CAPS_HEADING = re.compile(r"\b[A-Z][A-Z'’&/]+(?:,?[ \t]+[A-Z][A-Z'’&/]+){0,6}\b")


def _normal(text: str) -> str:
    text = text.strip().strip("*_#:=-–—•|").strip()
    return re.sub(r"\s+", " ", text.replace("’", "'")).lower()


def classify(heading: str) -> PartKind:
    """What the part under this heading is about (``OTHER`` when the words say nothing)."""
    normal = _normal(heading)
    for kind, pattern in _kind_patterns():
        if pattern.search(normal):
            return kind
    return PartKind.OTHER


@cache
def _kind_patterns() -> tuple[tuple[PartKind, re.Pattern[str]], ...]:
    """One pattern per kind; a phrase must start a word ("plus" is not in "surplus")."""
    return tuple(
        (kind, re.compile("|".join(rf"(?<![a-z]){re.escape(p)}" for p in phrases)))
        for kind, phrases in _KIND_PHRASES
    )


def is_heading_words(text: str) -> bool:
    """Whether a short line consists of heading words only ("What you'll need")."""
    words = re.findall(r"[a-z][a-z'&/-]*", _normal(text))
    if not words or len(words) > 8:
        return False
    return all(
        word in _HEADING_WORDS or all(part in _HEADING_WORDS for part in re.split(r"[/&-]", word))
        for word in words
    )


def line_heading(text: str) -> PartKind | None:
    """The part a whole line opens when the line is a heading, else ``None``."""
    stripped = text.strip()
    if not stripped or len(stripped) > 80:
        return None
    if stripped.endswith("."):
        return None
    if is_heading_words(stripped):
        kind = classify(stripped)
        return kind
    if stripped.endswith(":") and len(stripped.split()) <= 8 and _KEYWORD.search(stripped):
        return classify(stripped)
    return None


def has_heading_keyword(text: str) -> bool:
    return _KEYWORD.search(text) is not None
