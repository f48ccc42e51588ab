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
from standout.model.resume import Bullet, DateRange, Role, SectionKind, TextSpan
from standout.parse.dates import FoundDates, find_dates
from standout.parse.headers import date_range, fields_from, is_title, label_of, parts_of
from standout.parse.segments import Segment, trim

_MAX_HEADER_WORDS = 12  # words outside the dates
_MAX_HEADER_LINES = 3
_SHORT_LINE_WORDS = 6
_MAX_TITLE_PART_WORDS = 5
_PROSE_LINES_WITH_DATES = 2  # "description - Pune, from February 2015 till present"
_SENTENCE_END = re.compile(r"[a-z]{4,}[.!?]$|[;:]$")


@dataclass(slots=True)
class _Line:
    """A non-bullet segment with what the role splitter needs to know about it."""

    segment: Segment
    dates: FoundDates | None
    words: int  # words outside the written dates
    titled: bool  # a part of it is a job title: "Senior Engineer" in "Senior Engineer, Acme"
    parts: int


@dataclass(slots=True)
class _Draft:
    header: list[Segment] = field(default_factory=list)
    labelled: dict[str, tuple[str, TextSpan]] = field(default_factory=dict)
    bullets: list[Segment] = field(default_factory=list)
    prose: list[Segment] = field(default_factory=list)
    dated: bool = False
    titled: bool = False

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
            current = _add_labelled(drafts, current, segment, *label)
            continue
        if labelled_employers and current is not None:
            current.prose.append(segment)
            continue
        line = _describe(segment)
        if current is None or current.is_empty:
            current = current or _new(drafts)
            _add(current, line, as_header=_is_header(line) or segment.kind is LineKind.HEADING)
        elif _starts_role(current, line, segments, index):
            current = _new(drafts)
            _add(current, line, as_header=True)
        elif not current.has_body and _extends_header(current, line):
            _add(current, line, as_header=True)
        else:
            current.prose.append(segment)
    roles = [role for draft in drafts if (role := _build(draft, section)) is not None]
    return _inherit_employers(roles)


def _new(drafts: list[_Draft]) -> _Draft:
    draft = _Draft()
    drafts.append(draft)
    return draft


def _describe(segment: Segment) -> _Line:
    text = segment.text
    found = find_dates(text) if len(text) < 300 else None
    outside = text if found is None else text[: found.begin] + " " + text[found.finish :]
    parts = parts_of(segment)
    titled = any(len(p.text.split()) <= _MAX_TITLE_PART_WORDS and is_title(p.text) for p in parts)
    return _Line(segment, found, len(outside.split()), titled, len(parts))


def _is_header(line: _Line) -> bool:
    """Short, not a sentence, starting with a capital or digit: could be a role's header."""
    text = line.segment.text
    if line.segment.kind is LineKind.HEADING:
        return True
    if line.words > _MAX_HEADER_WORDS or _SENTENCE_END.search(text):
        return False
    return text[:1].isupper() or text[:1].isdigit() or line.dates is not None


def _starts_role(current: _Draft, line: _Line, segments: Sequence[Segment], index: int) -> bool:
    if line.segment.kind is LineKind.HEADING:
        return True
    if not _is_header(line):
        return False
    if not current.has_body:
        # Header lines only so far: a second date or a second title line is a new role.
        return (line.dates is not None and current.dated) or (
            line.titled and line.parts >= 2 and current.titled
        )
    if line.dates is not None and line.words <= _MAX_HEADER_WORDS:
        return True
    if line.titled and line.parts >= 2 and line.words <= _MAX_HEADER_WORDS - 4:
        return True
    return _announces_dated_header(line, segments, index)


def _announces_dated_header(line: _Line, segments: Sequence[Segment], index: int) -> bool:
    """A short line followed by a dated header line or by a title then bullets."""
    if line.words > _SHORT_LINE_WORDS:
        return False
    following = segments[index + 1] if index + 1 < len(segments) else None
    if following is None:
        return False
    if following.bullet:
        return line.titled
    after = _describe(following)
    if not _is_header(after):
        return False
    if after.dates is not None:
        return True
    later = segments[index + 2] if index + 2 < len(segments) else None
    return (after.titled or line.titled) and later is not None and later.bullet


def _extends_header(current: _Draft, line: _Line) -> bool:
    if len(current.header) >= _MAX_HEADER_LINES or not _is_header(line):
        return False
    if line.dates is not None:
        return not current.dated
    return line.titled or line.words <= _SHORT_LINE_WORDS


def _add(draft: _Draft, line: _Line, *, as_header: bool) -> None:
    if as_header:
        draft.header.append(line.segment)
        draft.dated = draft.dated or line.dates is not None
        draft.titled = draft.titled or line.titled
    else:
        draft.prose.append(line.segment)


def _add_labelled(
    drafts: list[_Draft], current: _Draft | None, segment: Segment, name: str, value_at: int
) -> _Draft:
    """Labelled lines of scraped resumes: "company - Acme", "Position: Engineer"."""
    begin, finish = trim(segment.text, value_at, len(segment.text), " -:")
    if name == "description":
        current = current or _new(drafts)
        if begin < finish:
            current.prose.append(segment.with_text(begin, finish))
        return current
    starts_new = current is None or current.has_body or name in current.labelled
    if starts_new:
        current = _new(drafts)
    assert current is not None
    if begin < finish:
        value = segment.with_text(begin, finish)
        if name == "dates":
            current.header.append(value)
            current.dated = True
        else:
            current.labelled[name] = (value.text, value.span())
    return current


def _build(draft: _Draft, section: SectionKind) -> Role | None:
    fields = fields_from(draft.header, draft.labelled)
    dates = fields.dates or _dates_in_prose(draft.prose)
    prose = draft.prose
    if not (fields.title or fields.employer or dates or draft.bullets):
        return None
    lines = [s.line for s in (*draft.header, *draft.bullets, *prose)]
    lines.extend(span.line for _, span in draft.labelled.values())
    return Role(
        title=fields.title,
        employer=fields.employer,
        location=fields.location,
        dates=dates,
        bullets=tuple(Bullet(s.text, s.span()) for s in draft.bullets),
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
