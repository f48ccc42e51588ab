"""The header lines of a role: who (title), where (employer, location) and when (dates).

People write them in every order: "Senior Engineer — Acme, Berlin", "Senior Engineer at
Acme", "Acme | Senior Engineer | 2019-2021", "Acme, Senior Engineer", or title and
employer on two lines. The header is cut into parts at the usual separators; the part with
a job-title word is the title, the first other part the employer, and what follows it the
location.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from standout.model.resume import DateRange, TextSpan
from standout.parse.dates import FoundDates, find_dates
from standout.parse.lexicon import (
    COMPANY_SUFFIX,
    COMPANY_WORDS,
    EMPLOYMENT_TYPES,
    has_title_word,
)
from standout.parse.segments import Segment, trim

# Separators between the parts of a header line. " at " and "@" also say the order.
# The lookahead fails fast at the many positions that cannot start a separator.
_SEPARATOR = re.compile(
    r"(?=[\s—|•·▪,():])"
    r"(?:\s*—\s*|\s+[–-]\s+|\s*[|•·▪]\s*|\s*\t\s*|\s+@\s*|\s+at\s+|,\s+|\s*\(\s*|\s*\)\s*|\s*:\s+)"
)
# The same without brackets: "BSc (Hons) Computer Science" is one part.
SEPARATOR_KEEPING_BRACKETS = re.compile(
    r"(?=[\s—|•·▪,:])"
    r"(?:\s*—\s*|\s+[–-]\s+|\s*[|•·▪]\s*|\s*\t\s*|\s+@\s*|\s+at\s+|,\s+|\s*:\s+)"
)
_AT = re.compile(r"\s+@\s*|\s+at\s+")
_PART_TRIM = " \t*_`\"'|,;:·•–—-()[]"
# A place: capitalised words ("San Francisco", "Frankfurt am Main") or "Remote".
_LOCATION = re.compile(
    r"^(?!.*\d)(?:(?i:remote|hybrid|on-?site)\b.*"
    r"|[A-ZÀ-Þ][\w'.À-ÿ-]*(?: (?:[A-ZÀ-Þ][\w'.À-ÿ-]*|de|di|da|del|am|an|upon|on|la|le|im)){0,3})$"
)
_MAX_PART_WORDS = 9
_LONGEST_EMPLOYMENT_TYPE = len("self-employed\n")  # "$" matches before a final newline
_MAX_TITLE_PART_WORDS = 5
_MAX_DATED_CHARS = 300
# "Acme — From 1-Jan 2016 To 24th Dec 2016": the word that opens the range is no part of
# the employer or place before it (the date finder leaves it out of the written range).
_OPENS_RANGE = re.compile(r"\b(?:from|between)\s*$", re.IGNORECASE)
_OPENS_RANGE_WINDOW = 12
_LABEL = re.compile(
    r"^(?P<label>company|employer|organi[sz]ation|position|title|designation|role|"
    r"job title|duration|period|dates?|tenure|location|description)\s*(?::|\s-)\s*",
    re.IGNORECASE,
)
_LABEL_FIELDS = {
    "company": "employer",
    "employer": "employer",
    "organisation": "employer",
    "organization": "employer",
    "position": "title",
    "title": "title",
    "designation": "title",
    "role": "title",
    "job title": "title",
    "location": "location",
    "description": "description",
    "duration": "dates",
    "period": "dates",
    "date": "dates",
    "dates": "dates",
    "tenure": "dates",
}
# No case folding of another character gives one of these (as "ı" gives "i"), so a
# lower-cased first character settles whether _LABEL can match.
_LABEL_INITIALS = frozenset(name[0] for name in _LABEL_FIELDS)
# How long a role lasted ("2 yrs 2 months", "(18 months)", "1.5 Years"): neither an
# employer nor a place, and the dates say it better.
DURATION = re.compile(
    r"^\(?(?:\d+(?:\.\d+)?\+?\s*(?:yrs?|years?|mos?|months?)\.?\s*){1,2}\)?\.?$"
    r"|^(?:less than (?:a|one|1) (?:year|month)s?(?: months)?)$",
    re.IGNORECASE,
)


@dataclass(slots=True)  # not frozen: cheaper to create (see Segment)
class Part:
    text: str
    segment: Segment
    begin: int  # text is segment.text[begin:end]
    end: int
    after_at: bool  # written after " at " / "@": an employer
    before_at: bool  # written before " at " / "@": a title

    @property
    def span(self) -> TextSpan:
        """Built when asked for: most parts of a header are never a role's field."""
        return self.segment.span(self.begin, self.end)


@dataclass(frozen=True, slots=True)
class HeaderFields:
    title: str | None = None
    title_span: TextSpan | None = None
    employer: str | None = None
    employer_span: TextSpan | None = None
    location: str | None = None
    dates: DateRange | None = None


def label_of(segment: Segment) -> tuple[str, int] | None:
    """``(field, offset where the value starts)`` for "Company: Acme" or "company - Acme"."""
    text = segment.text
    if text[:1].lower() not in _LABEL_INITIALS:
        return None  # most lines: no regex needed
    match = _LABEL.match(text)
    if match is None:
        return None
    return _LABEL_FIELDS[match.group("label").lower()], match.end()


def date_range(segment: Segment, found: FoundDates) -> DateRange:
    text = segment.text[found.begin : found.finish]
    return DateRange(
        found.start, found.end, found.current, text, segment.span(found.begin, found.finish)
    )


def is_title(text: str) -> bool:
    return has_title_word(text) and not _is_company(text)


def _is_company(text: str) -> bool:
    return COMPANY_WORDS.search(text) is not None


def parts_of(
    segment: Segment,
    begin: int = 0,
    finish: int | None = None,
    *,
    pattern: re.Pattern[str] = _SEPARATOR,
) -> list[Part]:
    """The parts of ``segment.text[begin:finish]`` between separators, commas kept in names."""
    text = segment.text
    stop = len(text) if finish is None else finish
    if begin >= stop or text[begin:stop].isspace():
        return []
    raw: list[tuple[int, int, str]] = []  # (begin, end, separator that follows)
    position = begin
    for cut in pattern.finditer(text, begin, stop):
        raw.append((position, cut.start(), cut.group()))
        position = cut.end()
    raw.append((position, stop, ""))
    parts: list[Part] = []
    previous_separator = ""
    for index, (part_begin, part_end, separator) in enumerate(raw):
        start, end = trim(text, part_begin, part_end, _PART_TRIM)
        if start >= end:
            previous_separator = separator or previous_separator
            continue
        piece = text[start:end]
        if parts and previous_separator.strip() == "," and COMPANY_SUFFIX.match(piece):
            # "Acme, Inc.": glue the legal suffix back onto the name.
            last = parts.pop()
            piece = text[last.begin : end]
            start = last.begin
        after_at = _is_at(previous_separator)
        before_at = index < len(raw) and _is_at(separator)
        parts.append(Part(piece, segment, start, end, after_at, before_at))
        previous_separator = separator
    return parts


def _is_at(separator: str) -> bool:
    return ("@" in separator or "at" in separator) and _AT.fullmatch(separator) is not None


@dataclass(slots=True)  # not frozen: cheaper to create (see Segment)
class HeaderLine:
    """A line that may head a role: its dates and the parts written around them."""

    segment: Segment
    dates: FoundDates | None
    parts: tuple[Part, ...]  # empty for a line too long to be a header
    words: int  # words outside the dates
    titled: bool  # a part is a job title: "Senior Engineer" in "Senior Engineer, Acme"


def describe(segment: Segment, *, max_words: int) -> HeaderLine:
    """Dates and parts of ``segment``; parts only when it has at most ``max_words`` words."""
    text = segment.text
    found = find_dates(text) if len(text) < _MAX_DATED_CHARS else None
    if found is None:
        words = len(text.split())
        parts = parts_of(segment) if words <= max_words else []
    else:
        words = len(text[: found.begin].split()) + len(text[found.finish :].split())
        parts = []
        if words <= max_words:
            before = start_of_range(text, found.begin)
            parts = parts_of(segment, 0, before) + parts_of(segment, found.finish)
    titled = any(len(p.text.split()) <= _MAX_TITLE_PART_WORDS and is_title(p.text) for p in parts)
    return HeaderLine(segment, found, tuple(parts), words, titled)


def start_of_range(text: str, begin: int) -> int:
    """Where the date range found at ``begin`` really starts: before a "From" or "Between"
    that opens it, which belongs to neither the employer nor the place."""
    word = _OPENS_RANGE.search(text, max(0, begin - _OPENS_RANGE_WINDOW), begin)
    return begin if word is None else word.start()


def fields_from(
    header: Sequence[HeaderLine], labelled: dict[str, tuple[str, TextSpan]]
) -> HeaderFields:
    """Title, employer, location and dates from a role's header lines."""
    dates: DateRange | None = None
    parts: list[Part] = []
    for line in header:
        if dates is None and line.dates is not None:
            dates = date_range(line.segment, line.dates)
        parts.extend(line.parts)
    parts = [
        p
        for p in parts
        if len(p.text.split()) <= _MAX_PART_WORDS
        and not _is_employment_type(p.text)
        and not _is_duration(p.text)
    ]
    title_part = _pick_title(parts) if "title" not in labelled else None
    rest = [p for p in parts if p is not title_part]
    employer_part = None
    if "employer" not in labelled and rest:
        employer_part = next((p for p in rest if p.after_at), rest[0])
        if (
            title_part is None
            and "title" not in labelled
            and len(rest) > 1
            and not _is_company(employer_part.text)
        ):
            # No title word anywhere: the first of two parts is the title ("Wizard — Acme").
            title_part, employer_part = rest[0], rest[1]
        rest = [p for p in rest if p is not employer_part and p is not title_part]
    location = _location(rest) if "location" not in labelled else labelled["location"][0]
    title = labelled.get("title") or _text_span(title_part)
    employer = labelled.get("employer") or _text_span(employer_part)
    return HeaderFields(
        title=title[0] if title else None,
        title_span=title[1] if title else None,
        employer=employer[0] if employer else None,
        employer_span=employer[1] if employer else None,
        location=location,
        dates=dates,
    )


def _is_employment_type(text: str) -> bool:
    # No kind is longer than "self-employed": longer texts need no regex.
    return len(text) <= _LONGEST_EMPLOYMENT_TYPE and EMPLOYMENT_TYPES.match(text) is not None


def _is_duration(text: str) -> bool:
    # A duration starts with "(", a digit or "less than": most parts need no regex.
    first = text[:1]
    return (first == "(" or first in "lL" or first.isdigit()) and DURATION.match(text) is not None


def _text_span(part: Part | None) -> tuple[str, TextSpan] | None:
    return None if part is None else (part.text, part.span)


def _pick_title(parts: list[Part]) -> Part | None:
    for part in parts:
        if part.before_at:
            return part
    candidates = [p for p in parts if not p.after_at and is_title(p.text)]
    return candidates[0] if candidates else None


def is_place(text: str) -> bool:
    return _LOCATION.match(text) is not None and not has_title_word(text)


def _location(parts: list[Part]) -> str | None:
    places = [p.text for p in parts if is_place(p.text)]
    return ", ".join(places[:3]) if places else None
