"""Entries of a skills section, each with its group and self-declared experience.

Handles grouped lists ("Languages: Python, Go"), items separated by commas, pipes,
semicolons or bullets, table rows ("Python | 5 years"), parenthesised details
("AWS (EC2, S3)" gives three entries, "Go (3+ years)" one with 36 months) and the
"JAVA- Exprience - 147 months" lines of scraped resumes. Every entry keeps the span of its
name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from standout.model.document import LineKind
from standout.model.resume import SkillEntry, new_skill_entry
from standout.parse.segments import Segment, trim

_GROUP = re.compile(r"^(?P<group>[^:,;|()]{1,40}?)\s*\**\s*:\s*\**\s*")
# The number starts after no digit or point, so "147 months" is never read as "47 months".
_DURATION = (
    r"(?<![\d.])(?P<number>\d{1,3}(?:\.\d)?)\s*\+?\s*(?P<unit>years?|yrs?|y|months?|mos?|mths?)\b\.?"
    r"(?:\s*(?:and\s*)?(?P<extra>\d{1,2})\s*(?:months?|mos?|mths?)\b)?\+?"
)
_LESS_THAN_A_YEAR = r"(?P<under>less\s+than\s+(?:1|one)\s+years?(?:\s+months?)?)"
_EXPERIENCE_WORD = r"(?:(?:of\s+)?(?:experience|exprience|experiance|exp)\.?)"
# "Less than 1 year" is recorded as half a year: the middle of what it allows, below any
# whole year a resume declares, and still a declaration (None would read as "not said").
_UNDER_A_YEAR_MONTHS = 6
# Past fifty years a "declaration" is something else ("300 years of history").
_MAX_DECLARED_MONTHS = 600
# "Java - Experience - 24 months", "Python: 5 years", "Go 3 yrs", "Rust (2 years)".
_DECLARED_AFTER = re.compile(
    rf"\s*(?:[-–—:,]\s*)?(?:{_EXPERIENCE_WORD}\s*[-–—:]?\s*)?(?:{_DURATION}|{_LESS_THAN_A_YEAR})"
    rf"(?:\s*{_EXPERIENCE_WORD})?\s*$",
    re.IGNORECASE,
)
_DECLARED_ONLY = re.compile(
    rf"^\s*(?:{_EXPERIENCE_WORD}\s*[-–—:]?\s*)?(?:{_DURATION}|{_LESS_THAN_A_YEAR})"
    rf"(?:\s*{_EXPERIENCE_WORD})?\s*$",
    re.IGNORECASE,
)
# A cheap test before _DECLARED_AFTER: a digit, or "less than" in any case. Written with
# a leading character class, which the regex engine skips to without trying each position.
_MAY_DECLARE = re.compile(r"[\dLl](?:(?<=\d)|(?i:(?<=l)ess than))")
_LEVEL_WORDS = re.compile(
    r"^(?:basic|basics|beginner|intermediate|advanced|expert|proficient|familiar|fluent|native|"
    r"working knowledge|good|strong|learning|professional|conversational)$",
    re.IGNORECASE,
)
_SEPARATORS = ",;|•·▪/"
# Brackets and separators: the characters _items looks at.
_MARKS = re.compile(f"[][()]|[{re.escape(_SEPARATORS)}]")
_ITEM_TRIM = " \t*_`\"'.,;:·•-–—"
_MAX_ENTRY_WORDS = 5
_MAX_GROUP_WORDS = 4
_MAX_BARE_LABEL_WORDS = 3
# Enum members as module globals: a look-up such as LineKind.HEADING costs ten times more.
_HEADING = LineKind.HEADING
_TABLE_ROW = LineKind.TABLE_ROW


def find_skills(segments: Sequence[Segment]) -> list[SkillEntry]:
    entries: list[SkillEntry] = []
    group: str | None = None  # set by a label line, kept until the next one
    for index, segment in enumerate(segments):
        following = segments[index + 1] if index + 1 < len(segments) else None
        wrapped = index > 0 and segments[index - 1].text.endswith(",")
        label = None if wrapped else _group_label(segment, following)
        if label is not None:
            group = label
            continue
        _entries_of(segment, group, entries)
    return entries


def _group_label(segment: Segment, following: Segment | None) -> str | None:
    """A line that names the group of the lines below it: "Languages:", "### Data"."""
    if segment.bullet or following is None:
        return None
    text = segment.text.strip(" *_")
    bare = text.rstrip(":").strip(" *_")
    if not bare or len(bare.split()) > _MAX_GROUP_WORDS or any(c in bare for c in ",;|("):
        return None
    if segment.kind is _HEADING or text.endswith(":") or following.bullet:
        return bare
    if len(bare.split()) <= _MAX_BARE_LABEL_WORDS and "," in following.text:
        return bare  # a two-column layout: "Languages" above "Java, Kotlin, SQL"
    return None


def _entries_of(segment: Segment, group: str | None, out: list[SkillEntry]) -> None:
    """Append the entries of ``segment`` to ``out`` (lists, not generators: this is hot)."""
    text = segment.text
    begin = 0
    match = _GROUP.match(text)
    if segment.kind is _TABLE_ROW or (" | " in text and match is None):
        _table_row(segment, group, out)
        return
    if match is not None and _is_group_name(match.group("group"), text[match.end() :]):
        group = match.group("group").strip(" *_")
        begin = match.end()
    for item_begin, item_end in _items(text, begin, len(text)):
        _entry(segment, item_begin, item_end, group, out)


def _is_group_name(name: str, rest: str) -> bool:
    if not rest.strip() or len(name.split()) > _MAX_GROUP_WORDS:
        return False
    return _DECLARED_ONLY.match(rest) is None  # "Python: 5 years" is an entry, not a group


def _table_row(segment: Segment, group: str | None, out: list[SkillEntry]) -> None:
    text = segment.text
    cells = list(_cells(text))
    if len(cells) >= 2 and all(_DECLARED_ONLY.match(text[b:e]) is None for b, e in cells[:1]):
        declared = [c for c in cells[1:] if _DECLARED_ONLY.match(text[c[0] : c[1]])]
        if declared:
            months = _months(_DECLARED_ONLY.match(text[declared[0][0] : declared[0][1]]))
            name_begin, name_end = trim(text, *cells[0], _ITEM_TRIM)
            if name_begin < name_end:
                out.append(
                    new_skill_entry(
                        text[name_begin:name_end], group, months, segment.span(name_begin, name_end)
                    )
                )
            return
        first = text[cells[0][0] : cells[0][1]]
        if len(cells) == 2 and ("," in text[cells[1][0] : cells[1][1]] or first.endswith(":")):
            group = first.strip(" :*_")
            cells = cells[1:]
    for cell_begin, cell_end in cells:
        for item_begin, item_end in _items(text, cell_begin, cell_end):
            _entry(segment, item_begin, item_end, group, out)


def _cells(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    while True:
        bar = text.find(" | ", position)
        if bar < 0:
            yield position, len(text)
            return
        yield position, bar
        position = bar + 3


def _items(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the items of ``text[begin:end]``, split outside parentheses."""
    items: list[tuple[int, int]] = []
    depth = 0
    start = begin
    for mark in _MARKS.finditer(text, begin, end):  # only the characters that matter
        position = mark.start()
        char = text[position]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and _is_separator(text, position):
            items.append((start, position))
            start = position + 1
    items.append((start, end))
    return items


def _is_separator(text: str, position: int) -> bool:
    """ "/" splits "Python / Go" but not "CI/CD" or "TCP/IP"."""
    if text[position] != "/":
        return True
    before = text[position - 1 : position]
    after = text[position + 1 : position + 2]
    return before == " " and after == " "


def _entry(
    segment: Segment, begin: int, end: int, group: str | None, out: list[SkillEntry]
) -> None:
    text = segment.text
    begin, end = trim(text, begin, end, _ITEM_TRIM)
    if begin >= end:
        return
    months: int | None = None
    declared = (
        _DECLARED_AFTER.search(text, begin, end) if _MAY_DECLARE.search(text, begin, end) else None
    )
    if declared is not None and declared.start() > begin:
        months = _months(declared)
        end = trim(text, begin, declared.start(), _ITEM_TRIM)[1]
    details: tuple[int, int] | None = None
    paren = text.find("(", begin, end)
    if paren > begin and text[end - 1] == ")":
        inner_begin, inner_end = paren + 1, end - 1
        inner = text[inner_begin:inner_end]
        inner_declared = _DECLARED_ONLY.match(inner)
        if inner_declared is not None:
            months = _months(inner_declared)
        elif not _LEVEL_WORDS.match(inner.strip()):
            details = inner_begin, inner_end
        end = trim(text, begin, paren, _ITEM_TRIM)[1]
    name = text[begin:end]
    if begin < end and len(name.split()) <= _MAX_ENTRY_WORDS and not name.isdigit():
        out.append(new_skill_entry(name, group, months, segment.span(begin, end)))
    if details is not None:
        for item_begin, item_end in _items(text, *details):
            _entry(segment, item_begin, item_end, group, out)


def _months(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    if match.group("under"):
        return _UNDER_A_YEAR_MONTHS
    number = float(match.group("number"))
    unit = match.group("unit").lower()
    months = number * 12 if unit.startswith("y") else number
    if match.group("extra"):
        months += int(match.group("extra"))
    return round(months) if months <= _MAX_DECLARED_MONTHS else None
