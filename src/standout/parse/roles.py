"""Roles of an experience (or volunteering) section: header lines, then bullets and prose.

One pass over the section's segments. A role starts at a header line: a heading, a line
with a date range, a "Title — Employer" line, or a short line that announces a dated one
below it. Up to three header lines form the role's header (title, employer, location and
dates in any order); bullets and the remaining prose are its body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from standout.model.document import LineKind
from standout.model.resume import DateRange, Role, SectionKind, TextSpan, new_bullet
from standout.parse.dates import find_dates
from standout.parse.headers import (
    HeaderLine,
    date_range,
    describe,
    fields_from,
    is_place,
    is_title,
    label_of,
    parts_of,
)
from standout.parse.segments import Segment, as_list_item, trim

_MAX_HEADER_WORDS = 12  # words outside the dates
_MAX_HEADER_LINES = 3
_SHORT_LINE_WORDS = 6
_MAX_LABELLED_TITLE_WORDS = 10
_PROSE_LINES_WITH_DATES = 3  # "description - Pune, from February 2015 till present"
_MAX_ELSEWHERE_CHARS = 120
_MAX_HEADER_CHARS = 160
_SENTENCE_END = re.compile(r"[a-z]{4,}[.!?]$|[;:]$")
# A label inside a description's value: "description - Type: DevOps Engineer."
_INNER_LABEL = re.compile(r"(?:type|role|position|designation|title)\s*:\s*", re.IGNORECASE)
# Enum members as module globals: a look-up such as LineKind.HEADING costs ten times more.
_HEADING = LineKind.HEADING


@dataclass(slots=True)
class _Draft:
    header: list[HeaderLine] = field(default_factory=list)
    labelled: dict[str, tuple[str, TextSpan]] = field(default_factory=dict)
    bullets: list[Segment] = field(default_factory=list)
    prose: list[Segment] = field(default_factory=list)
    dated: bool = False
    titled: bool = False
    # "company - " with nothing after it: the resume still says a role starts here. The
    # line itself stays out of the role's lines, so that a fix quotes its description.
    unnamed_employer: bool = False

    @property
    def has_body(self) -> bool:
        return bool(self.bullets or self.prose)

    @property
    def is_empty(self) -> bool:
        return not (self.header or self.labelled or self.has_body)


def find_roles(segments: Sequence[Segment], section: SectionKind) -> list[Role]:
    drafts: list[_Draft] = []
    current: _Draft | None = None
    labels = [label_of(segment) for segment in segments]
    lines = _Lines(segments)
    # Scraped resumes mark each employer ("company - Acme"); then only those start roles.
    labelled_employers = any(label is not None and label[0] == "employer" for label in labels)
    for index, segment in enumerate(segments):
        if segment.bullet:
            if current is None:
                current = _new(drafts)
            current.bullets.append(segment)
            continue
        label = labels[index]
        if label is not None:
            current = _add_labelled(
                drafts, current, segment, *label, by_employer=labelled_employers
            )
            continue
        if labelled_employers and current is not None:
            current.prose.append(segment)
            continue
        line = lines[index]
        if current is None or current.is_empty:
            current = current or _new(drafts)
            _add(current, line, as_header=_is_header(line) or segment.kind is _HEADING)
        elif _starts_role(current, line, lines, index):
            current = _new(drafts)
            _add(current, line, as_header=True)
        elif not current.has_body and _extends_header(current, line):
            _add(current, line, as_header=True)
        else:
            current.prose.append(segment)
    roles = [role for draft in drafts if (role := _build(draft, section)) is not None]
    return _inherit_employers(_join_repeated_employers(roles))


def _new(drafts: list[_Draft]) -> _Draft:
    draft = _Draft()
    drafts.append(draft)
    return draft


class _Lines:
    """Header descriptions of a section's segments, each worked out once when first needed."""

    __slots__ = ("_described", "segments")

    def __init__(self, segments: Sequence[Segment]) -> None:
        self.segments = segments
        self._described: dict[int, HeaderLine] = {}

    def __getitem__(self, index: int) -> HeaderLine:
        line = self._described.get(index)
        if line is None:
            line = describe(self.segments[index], max_words=_MAX_HEADER_WORDS)
            self._described[index] = line
        return line


def _is_header(line: HeaderLine) -> bool:
    """Short, not a sentence, starting with a capital or digit: could be a role's header."""
    text = line.segment.text
    if line.segment.kind is _HEADING:
        return True
    if line.words > _MAX_HEADER_WORDS or _ends_sentence(text):
        return False
    return text[:1].isupper() or text[:1].isdigit() or line.dates is not None


def _ends_sentence(text: str) -> bool:
    # A match ends the text: searching its last six characters finds it, or none.
    return _SENTENCE_END.search(text, max(0, len(text) - 6)) is not None


def _starts_role(current: _Draft, line: HeaderLine, lines: _Lines, index: int) -> bool:
    if line.segment.kind is _HEADING:
        return True
    if not _is_header(line):
        return False
    if not current.has_body:
        # Header lines only so far: a second date or a second title line is a new role.
        return (line.dates is not None and current.dated) or (
            len(line.parts) >= 2 and current.titled and line.titled
        )
    if line.dates is not None and line.words <= _MAX_HEADER_WORDS:
        return True
    if len(line.parts) >= 2 and line.words <= _MAX_HEADER_WORDS - 4 and line.titled:
        return True
    return _announces_dated_header(line, lines, index)


def _announces_dated_header(line: HeaderLine, lines: _Lines, index: int) -> bool:
    """A short line that opens a header block: a dated line, or a title then bullets, below."""
    if line.words > _SHORT_LINE_WORDS:
        return False
    titled = line.titled
    stop = min(len(lines.segments), index + _MAX_HEADER_LINES)
    for following_index in range(index + 1, stop):
        if lines.segments[following_index].bullet:
            return titled
        after = lines[following_index]
        if not _is_header(after):
            return False
        if after.dates is not None:
            return True
        titled = titled or after.titled
    return False


def _extends_header(current: _Draft, line: HeaderLine) -> bool:
    if len(current.header) >= _MAX_HEADER_LINES or not _is_header(line):
        return False
    if line.dates is not None:
        return not current.dated
    if line.titled:
        return not current.titled
    if line.words > _SHORT_LINE_WORDS:
        return False
    # Title and employer known: only a place may follow ("Berlin, Germany"), not a
    # short description ("Fintech start-up, 40 people").
    known_parts = sum(len(header.parts) for header in current.header)
    return known_parts < 2 or all(is_place(part.text) for part in line.parts)


def _add(draft: _Draft, line: HeaderLine, *, as_header: bool) -> None:
    if as_header:
        draft.header.append(line)
        draft.dated = draft.dated or line.dates is not None
        draft.titled = draft.titled or line.titled
    else:
        draft.prose.append(line.segment)


def _add_labelled(
    drafts: list[_Draft],
    current: _Draft | None,
    segment: Segment,
    name: str,
    value_at: int,
    *,
    by_employer: bool,
) -> _Draft:
    """Labelled lines of scraped resumes: "company - Acme", "Position: Engineer".

    ``by_employer``: the resume labels every employer, so a role runs from one "company"
    line to the next and the labelled lines between them (its dates, its title) belong
    to it even after its description.
    """
    text = segment.text
    begin, finish = trim(text, value_at, len(text), " -:")
    if name == "description":
        current = current or _new(drafts)
        item = as_list_item(segment.with_text(begin, finish)) if begin < finish else None
        if item is not None:
            current.bullets.append(item)  # "description - • Fixed bugs", items below
            return current
        title = _short_title(segment, begin, finish)
        if title is not None and "title" not in current.labelled:
            current.labelled["title"] = (title.text, title.span())  # "description - SRE"
        elif begin < finish:
            current.prose.append(segment.with_text(begin, finish))
        return current
    if name == "dates":
        return _add_labelled_dates(drafts, current, segment.with_text(begin, finish))
    if name == "title" and begin < finish and not _could_be_title(text[begin:finish]):
        # "Role: I was developing the sentence correction" describes the work.
        current = current or _new(drafts)
        current.prose.append(segment.with_text(begin, finish))
        return current
    if current is None or name in current.labelled:
        current = _new(drafts)
    elif name == "employer" and current.unnamed_employer:
        current = _new(drafts)
    elif current.has_body and not (by_employer and name != "employer"):
        current = _new(drafts)
    if name == "title":
        begin, finish = trim(text, begin, finish, " -:.")  # "Position: Business Analyst."
    if begin < finish:
        value = segment.with_text(begin, finish)
        current.labelled[name] = (value.text, value.span())
    elif name == "employer":
        current.unnamed_employer = True
    return current


def _add_labelled_dates(drafts: list[_Draft], current: _Draft | None, value: Segment) -> _Draft:
    """ "Period: 7 Dec 2006 to 20 March 2007" dates the open role unless it has dates."""
    line = describe(value, max_words=_MAX_HEADER_WORDS)
    if line.dates is None:
        return current or _new(drafts)  # "Duration: 2 yrs 2 months" says nothing datable
    if current is None or current.dated:
        current = _new(drafts)
    # Only the dates: what a label's value holds around them is no title or employer.
    current.header.append(HeaderLine(value, line.dates, (), line.words, False))
    current.dated = True
    return current


def _could_be_title(text: str) -> bool:
    words = len(text.split())
    if is_title(text):
        return words <= _MAX_LABELLED_TITLE_WORDS
    return words <= _SHORT_LINE_WORDS - 2 and not _ends_sentence(text)


def _short_title(segment: Segment, begin: int, finish: int) -> Segment | None:
    """The job title a description gives on its own: "SRE", "Type: DevOps Engineer."."""
    text = segment.text
    inner = _INNER_LABEL.match(text, begin, finish)
    if inner is not None:
        begin = inner.end()
    begin, finish = trim(text, begin, finish, " .:;-")
    value = text[begin:finish]
    if 0 < len(value.split()) <= _SHORT_LINE_WORDS and is_title(value) and not find_dates(value):
        return segment.with_text(begin, finish)
    return None


def _build(draft: _Draft, section: SectionKind) -> Role | None:
    fields = fields_from(draft.header, draft.labelled)
    dates = fields.dates or _dates_in_prose(draft.prose) or _dates_ending_a_bullet(draft.bullets)
    prose = draft.prose
    # An unnamed employer with a description is a role the resume writes, though it
    # gives it no name: dropping it would leave the section without roles.
    described = draft.unnamed_employer and bool(prose)
    if not (fields.title or fields.employer or dates or draft.bullets or described):
        return None
    lines = [line.segment.line for line in draft.header]
    lines.extend(s.line for s in (*draft.bullets, *prose))
    lines.extend(span.line for _, span in draft.labelled.values())
    return Role(
        title=fields.title,
        employer=fields.employer,
        location=fields.location,
        dates=dates,
        bullets=tuple([new_bullet(s.text, s.span()) for s in draft.bullets]),
        first_line=min(lines),
        last_line=max(lines),
        section=section,
        title_span=fields.title_span,
        employer_span=fields.employer_span,
        description=" ".join(s.text for s in prose),
    )


def _dates_in_prose(prose: list[Segment]) -> DateRange | None:
    for segment in prose[:_PROSE_LINES_WITH_DATES]:
        found = find_dates(segment.text)
        if found is not None and not found.single:
            return date_range(segment, found)
    return None


def _dates_ending_a_bullet(bullets: list[Segment]) -> DateRange | None:
    """The role's only dates, closing a header-like list item: "1. Project name: Stock
    Management System<tab><tab>December 2017 - Till Date" (the reader has already
    squeezed the tabs to one space, so the gap cannot be told from the text).

    Only a range that ends a short line not written as a sentence (no full stop after
    it), and only when nothing else dates the role: a range inside an achievement ("cut
    costs 2019 - 2020 by 30%", "worked there from 2016 to 2017.") heads nothing.
    """
    for segment in bullets[:_PROSE_LINES_WITH_DATES]:
        text = segment.text
        found = find_dates(text) if len(text) < _MAX_HEADER_CHARS else None
        if found is None or found.single:
            continue
        before = text[: found.begin].rstrip(" \t,|-–—(")
        if (
            not text[found.finish :].strip(" \t)")
            and len(before.split()) <= _MAX_HEADER_WORDS
            and not _ends_sentence(before)
        ):
            return date_range(segment, found)
    return None


def _join_repeated_employers(roles: list[Role]) -> list[Role]:
    """One job written twice in a row: "company - Exposys" with the skills used there, then
    "company - Exposys" again with its dates. Only when one of the two has no dates and
    their titles agree: two dated entries at one employer are a promotion."""
    result: list[Role] = []
    for role in roles:
        previous = result[-1] if result else None
        if (
            previous is not None
            and role.employer is not None
            and previous.employer is not None
            and role.employer.casefold() == previous.employer.casefold()
            and (previous.dates is None or role.dates is None)
            and (previous.title is None or role.title is None or previous.title == role.title)
        ):
            role = _joined(previous, role)
            result.pop()
        result.append(role)
    return result


def _joined(first: Role, second: Role) -> Role:
    titled = first if first.title is not None else second
    return replace(
        second,
        title=titled.title,
        title_span=titled.title_span,
        employer_span=first.employer_span,
        location=first.location or second.location,
        dates=first.dates or second.dates,
        bullets=first.bullets + second.bullets,
        first_line=first.first_line,
        last_line=max(first.last_line, second.last_line),
        description=" ".join(filter(None, (first.description, second.description))),
    )


def _inherit_employers(roles: list[Role]) -> list[Role]:
    """A promotion written under the employer's line: "Engineer, 2019-2021" below "Acme"."""
    result: list[Role] = []
    for role in roles:
        previous = result[-1] if result else None
        if (
            previous is not None
            and role.employer is None
            and role.title is not None
            and previous.employer is not None
            and previous.section is role.section
            and previous.title_span is not None
            and previous.employer_span is not None
            and previous.employer_span.line < previous.title_span.line
        ):
            role = _with_employer(role, previous)
        result.append(role)
    return result


def _with_employer(role: Role, previous: Role) -> Role:
    return replace(
        role,
        employer=previous.employer,
        employer_span=previous.employer_span,
        location=role.location or previous.location,
    )


def titles_from_elsewhere(roles: list[Role], segments: Sequence[Segment]) -> list[Role]:
    """Scraped resumes name the title apart from the role: "Java Developer - Acme Ltd"."""
    if all(role.title is not None or role.employer is None for role in roles):
        return roles
    result: list[Role] = []
    for role in roles:
        if role.title is None and role.employer:
            role = _title_from_elsewhere(role, role.employer, segments)
        result.append(role)
    return result


def _title_from_elsewhere(role: Role, employer: str, segments: Sequence[Segment]) -> Role:
    for segment in segments:
        if segment.bullet or len(segment.text) > _MAX_ELSEWHERE_CHARS:
            continue
        if employer not in segment.text or role.first_line <= segment.line <= role.last_line:
            continue
        for part in parts_of(segment):
            if part.text != employer and is_title(part.text):
                return replace(role, title=part.text, title_span=part.span)
    return role
