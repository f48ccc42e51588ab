"""parse: a ``Document`` into a ``Resume`` (contact, sections, roles, skills, education...).

One pass cuts the document into segments (lines without bullet glyphs, with their exact
offsets), a second groups them into sections by heading, and each section goes to the
reader of its kind. Everything found keeps its line number and character offsets into
``Document.text``.
"""

from __future__ import annotations

import os
import re
from datetime import date

from standout.errors import NoContentError, ParseFailedError, StandoutError
from standout.model.document import Document
from standout.model.resume import (
    Certification,
    Education,
    Project,
    Resume,
    Role,
    SectionKind,
    SkillEntry,
)
from standout.parse.contact import find_contact
from standout.parse.education import find_certifications, find_education
from standout.parse.projects import find_projects
from standout.parse.roles import find_roles, titles_from_elsewhere
from standout.parse.sections import Block, split_sections
from standout.parse.segments import Segment, segments_of
from standout.parse.skills_section import find_skills

__all__ = ["load_resume", "parse"]

_WORD = re.compile(r"\w")
_ROLE_SECTIONS = (SectionKind.EXPERIENCE, SectionKind.VOLUNTEERING)
_PROJECT_SECTIONS = (SectionKind.PROJECTS, SectionKind.OPEN_SOURCE)


def parse(document: Document, *, reference_date: date | None = None) -> Resume:
    """The structure of ``document``; ``reference_date`` (default today) is what "present" means.

    Raises ``NoContentError`` when the document has no words.
    """
    if _WORD.search(document.text) is None:
        raise NoContentError(
            f"'{document.source}' has no words to read.",
            hint="Check that the file is the resume itself and not an empty export.",
        )
    try:
        return _parse(document, reference_date or date.today())
    except StandoutError:
        raise
    except Exception as exc:  # a parser bug must reach the user as a coded error
        raise ParseFailedError(
            f"standout could not understand the structure of '{document.source}' "
            f"({type(exc).__name__}: {exc}).",
            hint="Please report this with the file (or a redacted copy); "
            "saving it as plain text may work around it.",
        ) from exc


def load_resume(
    source: str | os.PathLike[str] | bytes,
    *,
    filename: str | None = None,
    reference_date: date | None = None,
) -> Resume:
    """Read a resume (path or bytes, any supported format) and parse it."""
    from standout.read import read

    return parse(read(source, filename=filename), reference_date=reference_date)


def _parse(document: Document, reference: date) -> Resume:
    segments = segments_of(document)
    blocks = split_sections(segments)
    roles: list[Role] = []
    projects: list[Project] = []
    skills: list[SkillEntry] = []
    education: list[Education] = []
    certifications: list[Certification] = []
    header = [s for b in blocks if b.section.kind is SectionKind.HEADER for s in b.segments]
    for block in blocks:
        kind = block.section.kind
        if kind in _ROLE_SECTIONS:
            roles.extend(find_roles(block.segments, kind))
        elif kind in _PROJECT_SECTIONS:
            projects.extend(find_projects(block.segments, kind))
        elif kind is SectionKind.SKILLS:
            skills.extend(find_skills(block.segments))
        elif kind is SectionKind.EDUCATION:
            education.extend(find_education(block.segments))
        elif kind is SectionKind.CERTIFICATIONS:
            certifications.extend(find_certifications(block.segments))
    roles = titles_from_elsewhere(roles, segments)
    contact = find_contact(header, _body_segments(blocks))
    return Resume(
        document=document,
        reference_date=reference,
        contact=contact,
        sections=tuple(b.section for b in blocks),
        roles=tuple(roles),
        projects=tuple(projects),
        skills=tuple(skills),
        education=tuple(education),
        certifications=tuple(certifications),
    )


def _body_segments(blocks: list[Block]) -> list[Segment]:
    return [s for b in blocks if b.section.kind is not SectionKind.HEADER for s in b.segments]
