"""Contact details: name, email, phone, location and profile links.

They are looked for in the header (what precedes the first section heading); email, phone
and profile links are also taken from anywhere else when the header lacks them, because
some layouts put contact details in a footer or a sidebar read after the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from standout.model.resume import Contact, Link, LinkKind, TextSpan
from standout.parse.dates import find_dates, has_date
from standout.parse.lexicon import (
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    SECTION_NAMES,
    has_title_word,
    normalise_heading,
)
from standout.parse.segments import Segment, trim

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# International and national forms: +49 30 1234 5678, (415) 555-0134, 0044-20-7946-0958.
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d\s().\-/]{5,22}\d(?![\w])")
_KNOWN_HOSTS = (
    r"github\.com|gitlab\.com|linkedin\.com|stackoverflow\.com|bitbucket\.org|medium\.com|"
    r"dev\.to|twitter\.com|x\.com|kaggle\.com|leetcode\.com|hashnode\.dev|substack\.com|"
    r"[\w-]+\.github\.io|behance\.net|dribbble\.com|codepen\.io|hackerrank\.com"
)
_TLDS = (
    r"com|org|net|io|dev|me|de|co|uk|app|page|tech|site|eu|ai|fr|nl|es|it|pt|pl|ch|at|info|xyz|blog"
)
_URL = re.compile(
    rf"(?<![\w@./-])(?:https?://[^\s<>()\[\]|,;\"']+"
    rf"|(?:www\.)[\w-]+(?:\.[\w-]+)+(?:/[^\s<>()\[\]|,;\"']*)?"
    rf"|(?:[\w-]+\.)*(?:{_KNOWN_HOSTS})(?:/[^\s<>()\[\]|,;\"']*)?"
    rf"|(?-i:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{_TLDS}))(?![\w@-])(?:/[^\s<>()\[\]|,;\"']*)?)",
    re.IGNORECASE,
)
# Every match of _URL holds "://" or a dot before a word character, and no white space.
_URL_HINT = re.compile(r"\.[\w-]|://")
_LINK_KINDS = (
    (re.compile(r"(?:^|\.)github\.com$", re.IGNORECASE), LinkKind.GITHUB),
    (re.compile(r"(?:^|\.)gitlab\.com$", re.IGNORECASE), LinkKind.GITLAB),
    (re.compile(r"(?:^|\.)linkedin\.com$", re.IGNORECASE), LinkKind.LINKEDIN),
    (re.compile(r"(?:^|\.)stackoverflow\.com$", re.IGNORECASE), LinkKind.STACKOVERFLOW),
)
_OTHER_HOSTS = re.compile(rf"^(?:[\w-]+\.)*(?:{_KNOWN_HOSTS})$", re.IGNORECASE)
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)
_PROFILE_PATH = re.compile(
    r"^(?:github\.com|gitlab\.com)/[\w.-]+/?$|^linkedin\.com/in/[\w%.-]+/?$"
    r"|^stackoverflow\.com/users/\d+",
    re.IGNORECASE,
)
_PROFILE_HOST = re.compile(r"(?:github|gitlab|linkedin|stackoverflow)\.com/", re.IGNORECASE)
_LOCATION_LABEL = re.compile(r"^(?:location|address|based in|city)\s*[:\-]\s*", re.IGNORECASE)
_PLACE = re.compile(
    r"^[A-ZÀ-Þ][\w'.À-ÿ-]*(?: [A-ZÀ-Þa-z][\w'.À-ÿ-]*){0,3}"
    r"(?:, ?[A-ZÀ-Þ][\w'.À-ÿ-]*(?: [A-ZÀ-Þ][\w'.À-ÿ-]*){0,3}){1,2}$"
)
_TOWN = re.compile(r"^[A-ZÀ-Þ][\w'.À-ÿ-]*(?: [A-ZÀ-Þ][\w'.À-ÿ-]*){0,2}$")
# The lookahead settles at once the positions that cannot start a separator.
_PIECE_SEPARATORS = re.compile(r"(?=[\s|·•◦▪⋅])\s*(?:[|·•◦▪⋅]|\s[–—-]\s|\s{2,}|\t)\s*")
_NAME_SHAPE = re.compile(r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,4}$")
_HEADER_LINES_FOR_NAME = 4
_NOT_NAMES = frozenset({"curriculum vitae", "resume", "cv", "rsum", "contact details"})


def find_contact(header: Sequence[Segment], rest: Sequence[Segment]) -> Contact:
    email = _first(_EMAIL, header) or _first(_EMAIL, rest)
    phone = _first_phone(header) or _first_phone(rest, labelled_only=True)
    links = _links(header, profiles_only=False)
    seen: set[LinkKind] = {link.kind for link in links if link.kind is not LinkKind.PERSONAL}
    for link in _links(rest, profiles_only=True):
        if link.kind not in seen:
            seen.add(link.kind)
            links.append(link)
    name = _name(header)
    location = _location(header)
    return Contact(
        name=name[0] if name else None,
        email=email[0] if email else None,
        phone=phone[0] if phone else None,
        location=location[0] if location else None,
        links=tuple(links),
        name_span=name[1] if name else None,
        email_span=email[1] if email else None,
        phone_span=phone[1] if phone else None,
        location_span=location[1] if location else None,
    )


def _first(pattern: re.Pattern[str], segments: Iterable[Segment]) -> tuple[str, TextSpan] | None:
    for segment in segments:
        match = pattern.search(segment.text)
        if match is not None:
            return match.group(), segment.span(match.start(), match.end())
    return None


def _first_phone(
    segments: Iterable[Segment], *, labelled_only: bool = False
) -> tuple[str, TextSpan] | None:
    for segment in segments:
        text = segment.text
        if labelled_only and not re.search(r"(?i)\b(?:phone|mobile|tel|cell|contact)\b", text):
            continue
        for match in _PHONE.finditer(text):
            found = match.group().strip()
            digits = sum(ch.isdigit() for ch in found)
            if not 7 <= digits <= 15 or _looks_like_dates(found):
                continue
            begin, finish = trim(text, match.start(), match.end(), " ./-")
            if text[begin] == "(" and ")" not in text[begin:finish]:
                begin += 1
            return text[begin:finish], segment.span(begin, finish)
    return None


def _looks_like_dates(candidate: str) -> bool:
    found = find_dates(candidate)
    return found is not None and not found.single


def _links(segments: Iterable[Segment], *, profiles_only: bool) -> list[Link]:
    links: list[Link] = []
    keys: set[str] = set()
    for segment in segments:
        text = segment.text
        if profiles_only and (".com/" not in text or _PROFILE_HOST.search(text) is None):
            continue
        for match in _url_matches(text):
            begin, finish = trim(text, match.start(), match.end(), " .,;:)]>*_")
            url = text[begin:finish]
            key = _SCHEME.sub("", url, count=1).rstrip("/").lower()
            if key in keys or "@" in text[max(0, begin - 1) : begin + 1]:
                continue
            kind = link_kind(url)
            if profiles_only and (kind is LinkKind.PERSONAL or not _PROFILE_PATH.match(key)):
                continue
            keys.add(key)
            links.append(Link(kind, url, segment.span(begin, finish)))
    return links


def link_kind(url: str) -> LinkKind:
    """GitHub, GitLab, LinkedIn, Stack Overflow, another known site, or a personal site."""
    # count=1: the pattern matches only at the start, so sub need not try every position.
    host = _SCHEME.sub("", url, count=1).split("/", 1)[0].split(":", 1)[0].lower()
    for pattern, kind in _LINK_KINDS:
        if pattern.search(host):
            return kind
    if _OTHER_HOSTS.match(host) and not host.endswith("github.io"):
        return LinkKind.OTHER
    return LinkKind.PERSONAL


def url_offsets(text: str) -> list[tuple[int, int]]:
    """``(begin, end)`` of every web address written in ``text``."""
    found = []
    for match in _url_matches(text):
        begin, finish = trim(text, match.start(), match.end(), " .,;:)]>*_")
        if begin < finish:
            found.append((begin, finish))
    return found


def _has_email(text: str) -> bool:
    return "@" in text and _EMAIL.search(text) is not None  # "@": no search of most lines


def _url_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_URL.finditer(text)``, looked for only in the words that may hold one.

    _URL tried at every position of a line cost about 100,000 instructions; a match never
    spans white space, so each word with a hint in it is searched on its own.
    """
    matches: list[re.Match[str]] = []
    if "." not in text and "://" not in text:
        return matches
    word_end = 0
    for hint in _URL_HINT.finditer(text):
        if hint.start() < word_end:
            continue  # a second hint in a word already searched
        word_start = hint.start()
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        word_end = hint.end()
        while word_end < len(text) and not text[word_end].isspace():
            word_end += 1
        # The lookbehind sees the text before word_start; at word_end the string seems to
        # end, which the lookaheads treat as they treat the white space that is there.
        matches.extend(_URL.finditer(text, word_start, word_end))
    return matches


def _pieces(segment: Segment) -> Iterable[tuple[int, int]]:
    text = segment.text
    position = 0
    for separator in _PIECE_SEPARATORS.finditer(text):
        yield trim(text, position, separator.start(), " ,;")
        position = separator.end()
    yield trim(text, position, len(text), " ,;")


def _name(header: Sequence[Segment]) -> tuple[str, TextSpan] | None:
    """The first short run of words in the header that looks like a personal name.

    Not contact data, a job title, a heading or a skill phrase; a list item is never the
    name. None when no line fits: a wrong name is worse than none.
    """
    for segment in header[:_HEADER_LINES_FOR_NAME]:
        if segment.bullet:
            continue
        text = segment.text
        for begin, finish in _pieces(segment):
            piece = text[begin:finish]
            if "name" in piece.lower()[:5] and ":" in piece:
                label_end = text.index(":", begin) + 1
                begin, finish = trim(text, label_end, finish, " ")
                piece = text[begin:finish]
            if _is_name(piece):
                return piece, segment.span(begin, finish)
            break  # only the first piece of a line can be the name
    return None


def _is_name(piece: str) -> bool:
    """Two to five words, first and last capitalised, none of them a title or a heading."""
    words = piece.split()
    if not 2 <= len(words) <= 5 or not _NAME_SHAPE.match(piece):
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    if piece.endswith(".") and len(words[-1]) > 4:
        return False  # "Ability to Learn From Mistakes." is a sentence; "Jr." may end a name
    if _url_matches(piece) or has_title_word(piece) or has_date(piece):
        return False
    key = normalise_heading(piece)
    if key in SECTION_NAMES or key in _NOT_NAMES:
        return False
    for word in key.split():
        if word in NOT_NAME_WORDS:
            return False
    # Lower-case words are particles ("van der"), never "and" or "to" between topics.
    return all(w[:1].isupper() or w in NAME_PARTICLES for w in words)


def _location(header: Sequence[Segment]) -> tuple[str, TextSpan] | None:
    for segment in header:
        text = segment.text
        contact_line = _has_email(text) or _PHONE.search(text) is not None
        for begin, finish in _pieces(segment):
            piece = text[begin:finish]
            label = _LOCATION_LABEL.match(piece)
            if label is not None:
                begin += label.end()
                piece = text[begin:finish]
                return piece, segment.span(begin, finish)
            if has_title_word(piece) or _has_email(piece):
                continue
            if _PLACE.match(piece) or (contact_line and _TOWN.match(piece)):
                # "Singapore" alone is a place only among email and phone on a contact line.
                return piece, segment.span(begin, finish)
    return None
