"""Whole-document checks: contact, links, length, sections, dates, machine readability.

Each check passes or fails with a severity. A failed high-severity check costs readiness
3 points and a medium one 1 point (``scoring.penalties`` in the framework data); low ones
are reported without a penalty. Thresholds live in the framework data (``document``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from standout.model._build import constructor
from standout.model.document import InputFormat, LineKind
from standout.model.report import DocumentCheck, Severity, TargetRole
from standout.model.resume import DateRange, LinkKind, PartialDate, Resume, Role, SectionKind

# replacement characters, private-use glyphs (icon fonts), control characters, and the
# tell-tale first characters of UTF-8 read as Latin-1 ("Ã©", "â€™", "Â ") — one character
# class, which the regex engine scans much faster than alternatives
_ODD_GLYPHS = re.compile(r"[\ufffd\ue000-\uf8ff\x00-\x08\x0b-\x1fÃÂâ]")
_document_check = constructor(DocumentCheck)

# Which language a resume is in, from its small words: English ones, and those of the
# languages resumes here are most often written in instead (none that is also an English
# word: "die", "was", "do", "per", "met", "van" are left out).
_ENGLISH_WORDS = frozenset(
    "the and of to in for with on by at from as is was were are our my we that this which"
    " into over than".split()
)
_OTHER_WORDS = frozenset(
    # German, French, Spanish, Portuguese, Italian, Dutch
    """und der das den dem des mit für von zur zum bei sich nicht eine einer einem einen ist
    sind wurde auf aus durch über im die zu als oder sowie et les des du pour avec dans une
    sur aux est par au ces y los las del para con por una como sus em os uma dos das pelo
    pela não il della delle degli che nel nella sono gli het voor een bij naar"""
    # and the headings and words of a resume in those languages
    """berufserfahrung ausbildung kenntnisse fähigkeiten sprachen heute expérience
    compétences langues aujourd'hui experiencia educación formación habilidades idiomas
    actualidad experiência formação competências idiomas atual esperienza istruzione
    competenze lingue oggi werkervaring opleiding vaardigheden talen heden""".split()
)
# Letters of scripts other than Latin: Greek, Cyrillic, Hebrew, Arabic, Indic, CJK, Hangul.
_OTHER_SCRIPTS = re.compile(r"[\u0370-\u1fff\u3040-\u9fff\uac00-\ud7af]")


def document_checks(
    resume: Resume, role: TargetRole, rules: Mapping[str, Any]
) -> tuple[DocumentCheck, ...]:
    """Every document check, passed or not, in a stable order."""
    checks = [
        *_contact_checks(resume),
        *_length_checks(resume, role, rules),
        *_section_checks(resume, role),
        *_date_checks(resume, rules),
        *_readability_checks(resume, rules),
    ]
    return tuple(checks)


def _check(
    check_id: str,
    passed: bool,
    severity: Severity,
    message: str,
    advice: str,
    lines: tuple[int, ...] = (),
) -> DocumentCheck:
    return _document_check(check_id, passed, severity, message, lines, "" if passed else advice)


def _contact_checks(resume: Resume) -> list[DocumentCheck]:
    contact = resume.contact
    kinds = {link.kind: link for link in contact.links}
    github = kinds.get(LinkKind.GITHUB) or kinds.get(LinkKind.GITLAB)
    linkedin = kinds.get(LinkKind.LINKEDIN)
    email_line = (contact.email_span.line,) if contact.email_span else ()
    return [
        _check(
            "contact.email",
            contact.email is not None,
            Severity.HIGH,
            f"Email: {contact.email}." if contact.email else "No email address found.",
            "Put your email address in the header, on its own or next to your phone number.",
            email_line,
        ),
        _check(
            "contact.phone",
            contact.phone is not None,
            Severity.LOW,
            f"Phone: {contact.phone}." if contact.phone else "No phone number found.",
            "Add a phone number under your name if you are happy to be called.",
            (contact.phone_span.line,) if contact.phone_span else (),
        ),
        _check(
            "links.github",
            github is not None,
            Severity.MEDIUM,
            f"Code profile: {github.url}." if github else "No GitHub or GitLab link.",
            "Link your GitHub (or GitLab) profile in the header so reviewers can read your code.",
            (github.span.line,) if github else (),
        ),
        _check(
            "links.linkedin",
            linkedin is not None,
            Severity.LOW,
            f"LinkedIn: {linkedin.url}." if linkedin else "No LinkedIn link.",
            "Add your LinkedIn URL to the header; many recruiters look for it first.",
            (linkedin.span.line,) if linkedin else (),
        ),
    ]


def _length_checks(
    resume: Resume, role: TargetRole, rules: Mapping[str, Any]
) -> list[DocumentCheck]:
    document = resume.document
    words = document.word_count
    if document.format is InputFormat.PDF:
        pages, how = document.pages, f"{document.pages} page(s)"
    else:
        pages = max(1, math.ceil(words / float(rules["words_per_page"])))
        how = f"about {pages} page(s) at {rules['words_per_page']} words a page"
    limit = int(rules["max_pages"][role.value])
    minimum = int(rules["min_words"])
    return [
        _check(
            "length.pages",
            pages <= limit,
            Severity.MEDIUM,
            f"{words:,} words, {how}; a {role.value} resume should fit in {limit}.",
            f"Cut to {limit} page(s): drop roles older than ten years to one line each and "
            "remove bullets that state duties without results.",
        ),
        _check(
            "length.words",
            words >= minimum,
            Severity.MEDIUM,
            f"{words:,} words; under {minimum} reads as thin.",
            "Give each recent role three to five bullets that say what you built and what "
            "changed because of it.",
        ),
    ]


def _section_checks(resume: Resume, role: TargetRole) -> list[DocumentCheck]:
    def present(*kinds: SectionKind) -> bool:
        return any(s.kind in kinds and s.first_line <= s.last_line for s in resume.sections)

    experience_ok = bool(resume.roles) or (role is TargetRole.JUNIOR and bool(resume.projects))
    roles_without_bullets = tuple(
        r.first_line for r in resume.roles if not r.bullets and r.section is SectionKind.EXPERIENCE
    )
    return [
        _check(
            "sections.experience",
            experience_ok,
            Severity.HIGH,
            "Work experience found." if resume.roles else "No work experience section found.",
            "Add an Experience section (or, for a first job, a Projects section) with dated "
            "entries and bullets.",
        ),
        _check(
            "sections.skills",
            present(SectionKind.SKILLS),
            Severity.MEDIUM,
            "Skills section found." if present(SectionKind.SKILLS) else "No skills section.",
            "Add a Skills section grouped by kind (Languages, Frameworks, Databases, Cloud, "
            "Tools); applicant-tracking systems match keywords there.",
        ),
        _check(
            "sections.education",
            present(SectionKind.EDUCATION, SectionKind.CERTIFICATIONS),
            Severity.LOW,
            "Education found."
            if present(SectionKind.EDUCATION, SectionKind.CERTIFICATIONS)
            else "No education or certifications section.",
            "Add an Education section (degree, school, year) or relevant certifications.",
        ),
        _check(
            "experience.bullets",
            not roles_without_bullets,
            Severity.MEDIUM,
            "Every role has bullets."
            if not roles_without_bullets
            else f"{len(roles_without_bullets)} role(s) have no bullets.",
            "Write each role as bullets that start with a verb; prose paragraphs are skimmed.",
            roles_without_bullets,
        ),
    ]


def _end_index(dates: DateRange, resume: Resume) -> int | None:
    end = dates.resolved_end(resume.reference_date)
    if end is None:
        return None
    if end.precision.value == "year" and not dates.current:
        return end.year * 12 + 11  # "2019" as an end date runs to December
    return end.index()


def _is_concurrent_kind(role: Role, words: list[str]) -> bool:
    title = (role.title or "").lower()
    return any(word in title for word in words)


def _date_checks(resume: Resume, rules: Mapping[str, Any]) -> list[DocumentCheck]:
    roles = [r for r in resume.roles if r.section is SectionKind.EXPERIENCE]
    undated = tuple(r.first_line for r in roles if r.dates is None or r.dates.start is None)
    dated: list[tuple[int, int, Role]] = []
    for role in roles:
        if role.dates is not None and role.dates.start is not None:
            end = _end_index(role.dates, resume)
            if end is not None:
                dated.append((role.dates.start.index(), end, role))
    dated.sort(key=lambda entry: entry[0])
    gap_limit = int(rules["gap_months"])
    tolerance = int(rules["overlap_tolerance_months"])
    concurrent_words = list(rules["concurrent_title_words"])
    gaps: list[str] = []
    gap_lines: list[int] = []
    covered_until: int | None = None
    for start, end, role in dated:
        if covered_until is not None and start - covered_until - 1 > gap_limit:
            gaps.append(f"{start - covered_until - 1} months before line {role.first_line}")
            gap_lines.append(role.first_line)
        covered_until = end if covered_until is None else max(covered_until, end)
    overlaps: list[int] = []
    for index, (start, end, role) in enumerate(dated):
        for other_start, other_end, other in dated[index + 1 :]:
            shared = min(end, other_end) - max(start, other_start) + 1
            if shared > tolerance and not (
                _is_concurrent_kind(role, concurrent_words)
                or _is_concurrent_kind(other, concurrent_words)
            ):
                overlaps.extend((role.first_line, other.first_line))
    reference = PartialDate(resume.reference_date.year, resume.reference_date.month).index()
    future = tuple(
        r.dates.span.line
        for r in roles
        if r.dates is not None
        and (
            (r.dates.start is not None and r.dates.start.index() > reference)
            or (r.dates.end is not None and not r.dates.current and r.dates.end.index() > reference)
        )
    )
    return [
        _check(
            "dates.missing",
            not undated,
            Severity.MEDIUM,
            "Every role has dates." if not undated else f"{len(undated)} role(s) have no dates.",
            "Give every role a start and end month (for example 'Mar 2021 – Present'); "
            "years of experience are counted from them.",
            undated,
        ),
        _check(
            "dates.gaps",
            not gaps,
            Severity.LOW,
            "No gaps over six months between roles."
            if not gaps
            else "Gaps between roles: " + "; ".join(gaps) + ".",
            "Explain a long gap in one line (study, caring, a sabbatical, a side project) so "
            "a reviewer doesn't have to guess.",
            tuple(gap_lines),
        ),
        _check(
            "dates.overlaps",
            not overlaps,
            Severity.LOW,
            "No overlapping full-time roles."
            if not overlaps
            else "Some roles overlap by more than a month.",
            "Mark concurrent roles as part-time, freelance or contract, or correct the dates.",
            tuple(sorted(set(overlaps))),
        ),
        _check(
            "dates.future",
            not future,
            Severity.MEDIUM,
            "No dates in the future." if not future else "Some role dates are in the future.",
            "Correct the dates after today, or write 'Present' for a role you are in.",
            future,
        ),
    ]


def _readability_checks(resume: Resume, rules: Mapping[str, Any]) -> list[DocumentCheck]:
    document = resume.document
    checks: list[DocumentCheck] = []
    if document.format is InputFormat.PDF:
        per_page = document.word_count / max(1, document.pages)
        minimum = int(rules["min_words_per_pdf_page"])
        checks.append(
            _check(
                "ats.text_layer",
                per_page >= minimum,
                Severity.HIGH,
                f"{per_page:.0f} readable words per page.",
                "Much of this PDF's text can't be read by software: export it from your editor "
                "as a text PDF (not a scan or an image) and keep text out of graphics.",
            )
        )
    lines = document.lines
    table_rows = [line.number for line in lines if line.kind is LineKind.TABLE_ROW]
    share = len(table_rows) / len(lines) if lines else 0.0
    checks.append(
        _check(
            "ats.tables",
            share <= float(rules["table_share"]),
            Severity.MEDIUM,
            f"{share:.0%} of lines are table cells.",
            "Move content out of tables and text boxes into plain lines; many "
            "applicant-tracking systems read tables out of order.",
            tuple(table_rows[:5]),
        )
    )
    text = document.text
    odd = [
        match.start()
        for match in _ODD_GLYPHS.finditer(text)
        if match.group() != "â" or text[match.end() : match.end() + 1] == "€"
    ]
    odd_count = len(odd)
    odd_lines = sorted({document.line_at(offset).number for offset in odd[:50]})
    per_thousand = 1000 * odd_count / max(1, len(document.text))
    checks.append(
        _check(
            "ats.glyphs",
            per_thousand <= float(rules["unusual_glyphs_per_1000_chars"]),
            Severity.MEDIUM,
            f"{odd_count} unreadable or garbled characters.",
            "Some characters come out garbled (icons, a symbol font or a wrong encoding): "
            "replace icon fonts with plain words and save the file as UTF-8 or a text PDF.",
            tuple(odd_lines[:5]),
        )
    )
    checks.append(_language_check(text))
    email_span = resume.contact.email_span
    top = int(rules["contact_top_lines"])
    checks.append(
        _check(
            "ats.contact_position",
            email_span is None or email_span.line <= top,
            Severity.LOW,
            "Contact details are at the top."
            if email_span is None or email_span.line <= top
            else f"The email address first appears on line {email_span.line}.",
            "Put your contact details at the top of the first page, in the body text rather "
            "than a header or footer.",
            (email_span.line,) if email_span and email_span.line > top else (),
        )
    )
    return checks


def _language_check(text: str) -> DocumentCheck:
    """Whether the resume is in English, the only language standout reads: in another one
    its headings, dates and bullets go unrecognised and every score says little."""
    # Set look-ups over one split, not a loop or a regex: ~35 µs on a two-page resume.
    words = text.lower().split()
    other = len(list(filter(_OTHER_WORDS.__contains__, words)))
    foreign_words = other >= 6 and other > 2 * len(list(filter(_ENGLISH_WORDS.__contains__, words)))
    # Letters of other scripts, against all characters (spaces and digits included).
    foreign_script = not text.isascii() and len(_OTHER_SCRIPTS.findall(text)) > 0.3 * len(text)
    passed = not (foreign_script or foreign_words)
    return _check(
        "ats.language",
        passed,
        Severity.HIGH,
        "Written in English."
        if passed
        else "This resume seems to be written in another language than English.",
        "standout reads resumes in English only: in another language it misses headings, "
        "dates and achievements, so the scores here say little. Analyse an English version.",
    )
