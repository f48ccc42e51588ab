"""Projects (and open-source work): name, description, bullets, links and dates.

Two layouts: a header line per project ("queue-bench — github.com/dana/queue-bench")
followed by prose and bullets, or one bullet per project ("**queue-bench**: a benchmark
for message brokers"). The section's first line tells which one is used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from standout.model.document import LineKind
from standout.model.resume import Bullet, DateRange, Project, SectionKind
from standout.parse.contact import url_offsets
from standout.parse.dates import find_dates
from standout.parse.headers import date_range
from standout.parse.segments import Segment, trim

# Where a project's name ends: "Name — what it is", "Name: what it is", "Name (Go, Kafka)".
# The lookahead settles at once the positions that cannot start a separator.
_NAME_END = re.compile(r"(?=[\s—:|])(?:\s+[—–-]\s+|\s*—\s*|:\s+|\s*\|\s*|\s+\(|\s+@\s+)")
_NAME_TRIM = " \t*_`\"'|,;:·•–—-[]"
_MAX_NAME_WORDS = 8
_MAX_HEADER_WORDS = 10
_SENTENCE_END = re.compile(r"[a-z]{3,}[.!?]$")
_SPACES = re.compile(r"\s{2,}")
_LIST_SPLIT = re.compile(r"[,;|·•]")
_MAX_LIST_ITEM_WORDS = 3
_MAX_TITLE_TAIL_WORDS = 5
_LINK_TEXT = re.compile(
    r"\s*\((?:(?:source|code|repo|repository|demo|link|github|gitlab|website|site|live|here|"
    r"on|the|app)\s*){1,4}\)",
    re.IGNORECASE,
)
# "Technologies: Go, Kafka" inside a project is a detail of it, not the next project; so
# are "Database Used: My SQL." and "Position: Software Developer" in scraped resumes.
_DETAIL_LABEL = re.compile(
    r"^(?:tech(?:nologies|nology)?(?:\s+stack)?|stack|tools|built\s+with|languages?|role|url|"
    r"link|repo(?:sitory)?|source|demo|website|duration|period|team(?:\s+size)?|client|"
    r"environment|platform|description|status|license|stars|impact|outcome|result|"
    r"position|designation|synopsis|responsibilit(?:y|ies)|databases?|"
    r"(?:tools?|technolog(?:y|ies)|databases?|frameworks?|languages?)\s+used)\s*:",
    re.IGNORECASE,
)
# Enum members as module globals: a look-up such as LineKind.HEADING costs ten times more.
_HEADING = LineKind.HEADING


@dataclass(slots=True)
class _Draft:
    name: str = ""
    summary: str = ""  # what the header line says after the name
    description: list[str] = field(default_factory=list)
    bullets: list[Bullet] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    dates: DateRange | None = None
    lines: list[int] = field(default_factory=list)

    @property
    def has_body(self) -> bool:
        return bool(self.description or self.bullets)


def find_projects(segments: Sequence[Segment], section: SectionKind) -> list[Project]:
    drafts: list[_Draft] = []
    one_per_bullet = bool(segments) and segments[0].bullet
    for segment in segments:
        current = drafts[-1] if drafts else None
        if segment.bullet:
            if current is None or (one_per_bullet and segment.level == segments[0].level):
                _start(drafts, segment)
            else:
                current.bullets.append(Bullet(segment.text, segment.span()))
                _collect(current, segment)
        elif current is None or _is_header(segment, current):
            _start(drafts, segment)
        elif _only_links_or_dates(segment.text) or _is_header_detail(segment, current):
            _collect(current, segment)  # address, dates or "Go, SQLite · 2024" below the name
        else:
            current.description.append(segment.text)
            _collect(current, segment)
    return [_build(draft, section) for draft in drafts if draft.name]


def _is_header(segment: Segment, current: _Draft) -> bool:
    if segment.kind is _HEADING:
        return True
    text = segment.text
    # A match ends the text: searching its last five characters finds it, or none.
    sentence_end = _SENTENCE_END.search(text, max(0, len(text) - 5))
    if not current.has_body or sentence_end or segment.text[:1].islower():
        return False
    if _DETAIL_LABEL.match(segment.text) or _only_links_or_dates(segment.text):
        return False
    name_end = _NAME_END.search(segment.text)
    head = segment.text[: name_end.start()] if name_end else segment.text
    return len(head.split()) <= _MAX_NAME_WORDS and (
        name_end is not None or len(segment.text.split()) <= _MAX_HEADER_WORDS
    )


def _is_header_detail(segment: Segment, current: _Draft) -> bool:
    """A dated list right under the project's name: "Go, SQLite · Spring 2024"."""
    if current.has_body or current.dates is not None:
        return False
    text = segment.text
    found = find_dates(text)
    if found is None:
        return False
    outside = text[: found.begin] + "," + text[found.finish :]
    return all(len(piece.split()) <= _MAX_LIST_ITEM_WORDS for piece in _LIST_SPLIT.split(outside))


def _start(drafts: list[_Draft], segment: Segment) -> None:
    draft = _Draft()
    drafts.append(draft)
    text = segment.text
    found = find_dates(text)
    end = len(text)
    if found is not None:
        draft.dates = date_range(segment, found)
    name_end = _NAME_END.search(text)
    if name_end is not None and not segment.bullet and _keeps_colon(text, name_end):
        name_end = None
    stop = name_end.start() if name_end else end
    for url_begin, url_end in url_offsets(text):
        if url_begin == 0:
            stop = min(stop, url_end)  # the name is the address itself
    if found is not None and found.begin > 0:
        stop = min(stop, found.begin)
    begin, stop = trim(text, 0, stop, _NAME_TRIM)
    name = text[begin:stop]
    if len(name.split()) > _MAX_NAME_WORDS:
        words = name.split()[:_MAX_NAME_WORDS]
        name = " ".join(words)
    draft.name = name
    rest_begin, rest_end = trim(text, name_end.end() if name_end else end, end, _NAME_TRIM)
    rest = text[rest_begin:rest_end]
    if rest.endswith(")") and "(" not in rest:
        rest = rest[:-1]  # "Kafka log shipper (dissertation)"
    if rest and not _only_links_or_dates(rest):
        draft.summary = rest
    _collect(draft, segment)


def _keeps_colon(text: str, name_end: re.Match[str]) -> bool:
    """ "Conference talk: Zero-downtime schema changes" is one name; a sentence after is not."""
    rest = text[name_end.end() :]
    short_title = rest[:1].isupper() and len(rest.split()) <= _MAX_TITLE_TAIL_WORDS
    return name_end.group().strip() == ":" and short_title


def _only_links_or_dates(text: str) -> bool:
    remaining = text
    for begin, end in reversed(url_offsets(text)):
        remaining = remaining[:begin] + " " + remaining[end:]
    found = find_dates(remaining)
    if found is not None:
        remaining = remaining[: found.begin] + remaining[found.finish :]
    return not remaining.strip(_NAME_TRIM + "() ")


def _collect(draft: _Draft, segment: Segment) -> None:
    draft.lines.append(segment.line)
    for begin, end in url_offsets(segment.text):
        url = segment.text[begin:end]
        if url not in draft.links:
            draft.links.append(url)
    if draft.dates is None and not segment.bullet:
        found = find_dates(segment.text)
        if found is not None:
            draft.dates = date_range(segment, found)


def _without_urls(text: str) -> str:
    """Prose without the addresses already kept as links: "API (source code (https://...))"."""
    offsets = url_offsets(text)
    if not offsets:
        return text
    for begin, end in reversed(offsets):
        if begin > 0 and text[begin - 1] == "(" and text[end : end + 1] == ")":
            begin, end = begin - 1, end + 1
        text = text[:begin].rstrip() + text[end:]
    text = _LINK_TEXT.sub("", text)  # "(source code)" once its address is gone
    return _SPACES.sub(" ", text).strip()


def _build(draft: _Draft, section: SectionKind) -> Project:
    return Project(
        name=draft.name,
        description=_without_urls(" ".join(filter(None, [draft.summary, *draft.description]))),
        bullets=tuple(draft.bullets),
        links=tuple(draft.links),
        dates=draft.dates,
        first_line=min(draft.lines),
        last_line=max(draft.lines),
        section=section,
    )
