"""Education entries (institution, degree, field, dates) and certifications.

An education entry is one to a few lines: "BSc Computer Science — University of Porto,
2012 – 2016", or institution, degree and dates on lines of their own. A new entry starts
when a line brings a degree or an institution the current entry already has.

``degree_level`` says what level a degree found here is: the parser decides what a
degree is, so it also owns the abbreviations ("B.E", "MCA", "M.Sc") that say its level.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from standout.model.document import LineKind
from standout.model.posting import DegreeLevel
from standout.model.resume import Certification, DateRange, Education, PartialDate
from standout.parse.contact import url_offsets
from standout.parse.dates import find_dates
from standout.parse.headers import (
    SEPARATOR_KEEPING_BRACKETS,
    Part,
    date_range,
    parts_of,
    start_of_range,
)
from standout.parse.segments import Segment, trim

_DEGREE = re.compile(
    r"^(?:(?:bachelor|master|doctor|associate)(?:['’]?s)?(?:\s+degree)?"
    r"(?:\s+of\s+(?:science|arts|engineer(?:ing)?|technology|computer\s+applications|"
    r"business\s+administration|fine\s+arts|applied\s+science|philosophy|laws|computing|"
    r"information\s+technology|mathematics|commerce|education))?"
    r"|ph\.?\s?d\.?|d\.?\s?phil\.?|b\.?\s?sc\.?|m\.?\s?sc\.?|b\.?\s?tech\.?|m\.?\s?tech\.?"
    r"|b\.?\s?eng\.?|m\.?\s?eng\.?|m\.?b\.?a\.?|b\.?c\.?[as]\.?|m\.?c\.?[as]\.?|b\.?b\.?a\.?|b\.?\s?com\.?"
    r"|m\.?\s?com\.?|p\.?\s?g\.?[\s-]?d\.?c\.?a\.?|diploma"
    r"|hsc|ssc|high\s+school(?:\s+diploma)?|secondary\s+education|higher\s+secondary"
    r"|a[- ]levels?|abitur|licenciatura|bootcamp|nanodegree|certificate|m\.?\s?phil\.?"
    r"|(?-i:B\.?E\.?|B\.?S\.?|M\.?S\.?|B\.?A\.?|M\.?A\.?|M\.?E\.?|A\.?S\.?)"
    r"|.{0,60}\b(?:bootcamp|nanodegree|diploma|certificate|programme|program))"
    r"(?:\s*\((?:hons?|honours|honors)\.?\))?(?![\w])",
    re.IGNORECASE,
)
# Written-out levels: "Bachelor of Engineering", "Master's degree", "Doctor of Philosophy".
_LEVEL_WORD = re.compile(r"^(?:bachelor|master|doctor|associate)", re.IGNORECASE)
_LEVEL_OF_WORD = {
    "bachelor": DegreeLevel.BACHELOR,
    "master": DegreeLevel.MASTER,
    "doctor": DegreeLevel.PHD,
    "associate": DegreeLevel.ASSOCIATE,
}
# Abbreviations, without their points, spaces and case: "B.E." and "BE" are both "be".
# _DEGREE takes the two-letter ones ("BE", "ME", "MS", "BA") only in capitals, so "Me"
# in a sentence never reaches this table. M.Phil is a research master's; BCS and MCS are
# Indian bachelor's and master's of computer science. A PGDCA (postgraduate diploma in
# computer applications) is a one-year diploma, not a master's, so it has no level.
_LEVEL_OF_ABBREVIATION = {
    **dict.fromkeys(
        "be bs ba bsc btech beng bca bcs bba bcom".split(),
        DegreeLevel.BACHELOR,
    ),
    **dict.fromkeys(
        "me ms ma msc mtech meng mca mcs mba mcom mphil".split(),
        DegreeLevel.MASTER,
    ),
    **dict.fromkeys("phd dphil".split(), DegreeLevel.PHD),
    "as": DegreeLevel.ASSOCIATE,
}
_NOT_IN_KEY = re.compile(r"\(.*|[.\s'’]")
_FIELD_LEAD = re.compile(r"\s*(?:(?:in|of)\b|[,:–—-])?\s*", re.IGNORECASE)
# "MCA from Pune University": the words after the degree name where it was earned.
_FROM_LEAD = re.compile(r"(?:from|at)\s+", re.IGNORECASE)
_INSTITUTION = re.compile(
    r"\b(?:universit(?:y|ies|ät|at|é|e|à|a|idad|ade)|college|institute|institut|school|"
    r"academy|polytechnic|politecnico|hochschule|fachhochschule|iit|nit|eth|epfl|tu|mit|"
    r"ecole|école|faculty|campus|vidyalaya|vidyapeeth|gymnasium|lyceum)\b",
    re.IGNORECASE,
)
_MAX_LEFTOVER_WORDS = 6
# Certification levels that follow a dash inside the name: "Solutions Architect – Associate".
_CERT_LEVEL = re.compile(
    r"^(?:associate|professional|practitioner|specialty|speciality|expert|foundations?|"
    r"fundamentals|advanced|intermediate|beginner|level\s*\d|part\s*\d)$",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(
    r"^(?:issued|obtained|earned|completed|received|awarded|valid\s+until|expires?|date|since)$",
    re.IGNORECASE,
)
_ISSUED_BY = re.compile(r"\s+(?:issued\s+by|by|from)\s+", re.IGNORECASE)
# The lookahead settles at once the positions that cannot start a separator.
_CERT_SEPARATOR = re.compile(r"(?=[\s—|·,()])(?:\s*[—|·]\s*|\s+[–-]\s+|,\s+|\s*\(\s*|\s*\)\s*)")


@dataclass(slots=True)
class _Draft:
    institution: str | None = None
    degree: str | None = None
    field_of_study: str | None = None
    dates: DateRange | None = None
    lines: list[int] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)


def find_education(segments: Sequence[Segment]) -> list[Education]:
    drafts: list[_Draft] = []
    for segment in segments:
        if segment.bullet and drafts:
            drafts[-1].lines.append(segment.line)
            continue
        found = find_dates(segment.text)
        # "Pune University, from 2012 to 2016": the word opening the range goes with it.
        begin = start_of_range(segment.text, found.begin) if found else 0
        parts = _parts_outside(segment, begin, found.finish if found else 0)
        degree = next((p for p in parts if _DEGREE.match(p.text)), None)
        institution = next(
            (p for p in parts if _INSTITUTION.search(p.text) and p is not degree), None
        )
        current = drafts[-1] if drafts else None
        if (
            current is None
            or segment.kind is LineKind.HEADING
            or (degree is not None and current.degree is not None)
            or (institution is not None and current.institution is not None)
        ):
            current = _Draft()
            drafts.append(current)
        current.lines.append(segment.line)
        if found is not None and current.dates is None:
            current.dates = date_range(segment, found)
        if institution is not None:
            current.institution = institution.text
        if degree is not None:
            _set_degree(current, degree.text)
        if degree or institution or found:
            current.leftovers.extend(
                p.text
                for p in parts
                if p is not degree and p is not institution and ":" not in p.text
            )
    return [entry for draft in drafts if (entry := _build(draft)) is not None]


def degree_level(degree: str) -> DegreeLevel | None:
    """The level of a degree as ``find_education`` writes it: "B.E" -> bachelor, "MCA" ->
    master, "Ph.D" -> PhD; None for a diploma, a school leaving certificate or a bootcamp."""
    word = _LEVEL_WORD.match(degree)
    if word is not None:
        return _LEVEL_OF_WORD[word.group().lower()]
    return _LEVEL_OF_ABBREVIATION.get(_NOT_IN_KEY.sub("", degree).lower())


def _parts_outside(segment: Segment, begin: int, finish: int) -> list[Part]:
    cut = SEPARATOR_KEEPING_BRACKETS
    if begin == finish:
        return parts_of(segment, pattern=cut)
    return parts_of(segment, 0, begin, pattern=cut) + parts_of(segment, finish, pattern=cut)


def _set_degree(draft: _Draft, text: str) -> None:
    match = _DEGREE.match(text)
    if match is None:
        return
    draft.degree = text[: match.end()].strip()
    lead = _FIELD_LEAD.match(text, match.end())
    rest = text[lead.end() if lead else match.end() :].strip()
    if (where := _FROM_LEAD.match(rest)) is not None and _INSTITUTION.search(rest):
        rest = rest[where.end() :]
    if rest and _INSTITUTION.search(rest) and rest[:1].isupper() and draft.institution is None:
        draft.institution = rest  # "BCA Vinayaka Missions University": no field written
    elif rest:
        draft.field_of_study = rest


def _build(draft: _Draft) -> Education | None:
    if draft.degree is None and draft.institution is None:
        return None
    leftovers = [text for text in draft.leftovers if len(text.split()) <= _MAX_LEFTOVER_WORDS]
    # An institution without a keyword ("Northcoders") is more often written than a field
    # on its own, so a leftover is the field only when the institution is already known.
    if draft.institution is None and leftovers:
        draft.institution = leftovers.pop(0)
    elif draft.degree is not None and draft.field_of_study is None and leftovers:
        draft.field_of_study = leftovers.pop(0)
    return Education(
        institution=draft.institution,
        degree=draft.degree,
        field=draft.field_of_study,
        dates=draft.dates,
        first_line=min(draft.lines),
        last_line=max(draft.lines),
    )


def find_certifications(segments: Sequence[Segment]) -> list[Certification]:
    certifications: list[Certification] = []
    for segment in segments:
        if url_offsets(segment.text) and len(segment.text.split()) == 1:
            continue  # the certificate's address on a line of its own
        certification = _certification(segment)
        if certification is not None:
            certifications.append(certification)
        elif certifications and certifications[-1].date is None:
            # A date on the line below the name: "Issued Mar 2023".
            found = find_dates(segment.text)
            if found is not None:
                certifications[-1] = replace(certifications[-1], date=found.end or found.start)
    return certifications


def _certification(segment: Segment) -> Certification | None:
    text = segment.text
    end = len(text)
    found = find_dates(text)
    when: PartialDate | None = None
    if found is not None:
        when = found.end or found.start
        end = found.begin
    begin, end = trim(text, 0, end, " \t*_`|,;:·•–—-(")
    if begin >= end:
        return None
    issuer: str | None = None
    by = _ISSUED_BY.search(text, begin, end)
    if by is not None:
        issuer_begin, issuer_end = trim(text, by.end(), end, " \t*_,;:()")
        issuer = text[issuer_begin:issuer_end] or None
        end = by.start()
    else:
        pieces = _pieces(text, begin, end)
        if len(pieces) >= 2 and not _CERT_LEVEL.match(text[pieces[-1][0] : pieces[-1][1]]):
            issuer = text[pieces[-1][0] : pieces[-1][1]]
            end = pieces[-2][1]
    begin, end = trim(text, begin, end, " \t*_`|,;:·•–—-(")
    if (
        end < len(text)
        and text[end] == ")"
        and text.count("(", begin, end) > text.count(")", begin, end)
    ):
        end += 1  # keep the closing bracket of "Administrator (CKA)"
    if begin >= end or _DATE_WORDS.match(text[begin:end]):
        return None
    return Certification(text[begin:end], issuer, when, segment.span(begin, end))


def _pieces(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    position = begin
    for separator in _CERT_SEPARATOR.finditer(text, begin, end):
        piece = trim(text, position, separator.start(), " \t*_")
        if piece[0] < piece[1]:
            pieces.append(piece)
        position = separator.end()
    piece = trim(text, position, end, " \t*_()")
    if piece[0] < piece[1]:
        pieces.append(piece)
    return pieces
