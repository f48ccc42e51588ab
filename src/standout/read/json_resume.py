"""JSON Resume (schema 1.0.0) rendered into the canonical layout a resume parser expects.

Name first, then contact lines, then one HEADING per section ("Experience", "Skills"...),
each entry as a title line ("Position — Company, Location"), a date line
("Jan 2020 – Present"), its summary as text and its highlights as bullets.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from standout.errors import InvalidJsonResumeError
from standout.model.document import Document, InputFormat, LineKind
from standout.read.detect import looks_like_json_resume
from standout.read.text import Entry, squeeze

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-\d{1,2})?")

Obj = dict[str, Any]


class _Invalid(Exception):
    """What is wrong, with the JSON path of the offending value."""


def _at(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _text(obj: Obj, key: str, path: str) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _Invalid(f"'{_at(path, key)}' should be text, not {type(value).__name__}")
    return squeeze(str(value))


def _list(obj: Obj, key: str, path: str) -> list[Any]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Invalid(f"'{_at(path, key)}' should be a list, not {type(value).__name__}")
    return value


def _objects(obj: Obj, key: str, path: str) -> Iterator[tuple[Obj, str]]:
    for index, item in enumerate(_list(obj, key, path)):
        if not isinstance(item, dict):
            raise _Invalid(f"'{_at(path, key)}[{index}]' should be an object")
        yield item, f"{_at(path, key)}[{index}]"


def _strings(obj: Obj, key: str, path: str) -> list[str]:
    values = []
    for index, item in enumerate(_list(obj, key, path)):
        if not isinstance(item, str | int | float) or isinstance(item, bool):
            raise _Invalid(f"'{_at(path, key)}[{index}]' should be text")
        if text := squeeze(str(item)):
            values.append(text)
    return values


def _month_year(value: str) -> str:
    match = _ISO_DATE.match(value)
    if match is None:
        return value
    year, month = match.group(1), match.group(2)
    if month and 1 <= int(month) <= 12:
        return f"{_MONTHS[int(month) - 1]} {year}"
    return year


def _dates(item: Obj, path: str, *, ongoing: bool = True) -> str:
    start = _text(item, "startDate", path)
    end = _text(item, "endDate", path)
    if not start:
        return _month_year(end)
    end_text = _month_year(end) if end else ("Present" if ongoing else "")
    return f"{_month_year(start)} – {end_text}" if end_text else _month_year(start)


def _joined(*parts: str, separator: str = ", ") -> str:
    return separator.join(part for part in parts if part)


class _Renderer:
    def __init__(self) -> None:
        self.entries: list[Entry] = []

    def add(self, text: str, kind: LineKind = LineKind.TEXT, level: int = 0) -> None:
        if text:
            self.entries.append((text, kind, level, 1))

    def paragraphs(self, text: str) -> None:
        for paragraph in text.split("\n"):
            self.add(squeeze(paragraph))

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self.add(item, LineKind.BULLET)

    def section(
        self, title: str, entries: list[tuple[Obj, str]], render: Callable[..., None]
    ) -> None:
        if not entries:
            return
        self.add(title, LineKind.HEADING, 2)
        for item, path in entries:
            render(item, path)

    # ------------------------------------------------------------------ basics
    def basics(self, basics: Obj) -> None:
        path = "basics"
        self.add(_text(basics, "name", path))
        self.add(_text(basics, "label", path))
        self.add(_text(basics, "email", path))
        self.add(_text(basics, "phone", path))
        self.add(_text(basics, "url", path) or _text(basics, "website", path))
        location = basics.get("location")
        if isinstance(location, dict):
            place = "location"
            self.add(
                _joined(
                    _text(location, "city", f"{path}.{place}"),
                    _text(location, "region", f"{path}.{place}"),
                    _text(location, "countryCode", f"{path}.{place}"),
                )
            )
        elif location is not None:
            raise _Invalid("'basics.location' should be an object")
        for profile, where in _objects(basics, "profiles", path):
            network = _text(profile, "network", where)
            url = _text(profile, "url", where)
            username = _text(profile, "username", where)
            self.add(_joined(network, url or username, separator=": "))
        summary = _text(basics, "summary", path)
        if summary:
            self.add("Summary", LineKind.HEADING, 2)
            self.paragraphs(str(basics.get("summary", "")))

    # ----------------------------------------------------------------- entries
    def _entry(self, title: str, item: Obj, path: str, *, summary_key: str = "summary") -> None:
        self.add(title)
        self.add(_dates(item, path))
        raw_summary = item.get(summary_key)
        if _text(item, summary_key, path) and isinstance(raw_summary, str):
            self.paragraphs(raw_summary)
        self.bullets(_strings(item, "highlights", path))

    def work(self, item: Obj, path: str) -> None:
        employer = _text(item, "name", path) or _text(item, "company", path)
        where = _joined(employer, _text(item, "location", path))
        self._entry(_joined(_text(item, "position", path), where, separator=" — "), item, path)

    def volunteer(self, item: Obj, path: str) -> None:
        organization = _text(item, "organization", path)
        self._entry(
            _joined(_text(item, "position", path), organization, separator=" — "), item, path
        )

    def project(self, item: Obj, path: str) -> None:
        self._entry(_text(item, "name", path), item, path, summary_key="description")
        keywords = _strings(item, "keywords", path)
        if keywords:
            self.add("Technologies: " + ", ".join(keywords))
        self.add(_text(item, "url", path))

    def skill(self, item: Obj, path: str) -> None:
        name = _text(item, "name", path)
        keywords = ", ".join(_strings(item, "keywords", path))
        self.add(_joined(name, keywords, separator=": "))

    def education(self, item: Obj, path: str) -> None:
        study = _text(item, "studyType", path)
        area = _text(item, "area", path)
        degree = f"{study} in {area}" if study and area else study or area
        self.add(_joined(degree, _text(item, "institution", path), separator=" — "))
        self.add(_dates(item, path, ongoing=False))
        score = _text(item, "score", path)
        if score:
            self.add(f"Score: {score}")
        self.bullets(_strings(item, "courses", path))

    def certificate(self, item: Obj, path: str) -> None:
        self.add(_joined(_text(item, "name", path), _text(item, "issuer", path), separator=" — "))
        self.add(_month_year(_text(item, "date", path)))
        self.add(_text(item, "url", path))

    def publication(self, item: Obj, path: str) -> None:
        self.add(
            _joined(_text(item, "name", path), _text(item, "publisher", path), separator=" — ")
        )
        self.add(_month_year(_text(item, "releaseDate", path)))
        self.add(_text(item, "summary", path))
        self.add(_text(item, "url", path))

    def award(self, item: Obj, path: str) -> None:
        self.add(_joined(_text(item, "title", path), _text(item, "awarder", path), separator=" — "))
        self.add(_month_year(_text(item, "date", path)))
        self.add(_text(item, "summary", path))

    def language(self, item: Obj, path: str) -> None:
        language = _text(item, "language", path)
        fluency = _text(item, "fluency", path)
        self.add(f"{language} ({fluency})" if language and fluency else language)

    def interest(self, item: Obj, path: str) -> None:
        self.skill(item, path)


def _render(resume: Obj) -> list[Entry]:
    renderer = _Renderer()
    basics = resume.get("basics")
    if isinstance(basics, dict):
        renderer.basics(basics)
    elif basics is not None:
        raise _Invalid("'basics' should be an object")
    sections = (
        ("Experience", "work", renderer.work),
        ("Projects", "projects", renderer.project),
        ("Skills", "skills", renderer.skill),
        ("Education", "education", renderer.education),
        ("Certifications", "certificates", renderer.certificate),
        ("Publications", "publications", renderer.publication),
        ("Volunteering", "volunteer", renderer.volunteer),
        ("Awards", "awards", renderer.award),
        ("Spoken Languages", "languages", renderer.language),
        ("Interests", "interests", renderer.interest),
    )
    for title, key, render in sections:
        renderer.section(title, list(_objects(resume, key, "")), render)
    return renderer.entries


def read_json_resume(text: str, source: str) -> Document:
    hint = "Check it against the JSON Resume schema (jsonresume.org/schema) and try again."
    try:
        resume = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidJsonResumeError(
            f"'{source}' is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.",
            hint="Fix the JSON syntax, or save the resume in another format, and try again.",
        ) from None
    except RecursionError:
        raise InvalidJsonResumeError(
            f"'{source}' nests too deeply to be a resume.", hint=hint
        ) from None
    if not looks_like_json_resume(resume):
        raise InvalidJsonResumeError(
            f"'{source}' is JSON but not a JSON Resume: it has none of the keys "
            "'basics', 'work', 'education', 'skills' or 'projects'.",
            hint=hint,
        )
    try:
        entries = _render(resume)
    except _Invalid as exc:
        raise InvalidJsonResumeError(
            f"'{source}' is not a valid JSON Resume: {exc}.", hint=hint
        ) from None
    if not entries:
        raise InvalidJsonResumeError(f"'{source}' is a JSON Resume with nothing in it.", hint=hint)
    return Document.from_lines(source, InputFormat.JSON_RESUME, entries)
