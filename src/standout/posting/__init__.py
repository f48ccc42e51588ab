"""posting: a job posting's text into what it asks for (``Posting``).

The posting is read like a resume (text, Markdown, HTML, PDF or DOCX), cut into parts
under its headings and into units (bullets, sentences, clauses), and every taxonomy skill
in it is found in one pass. Each skill becomes a must-have or a nice-to-have from the part
it stands in and the phrasing around it; years of experience (overall and per skill), the
degree, the seniority (from the title, else the years) and the posting's own vocabulary
are read beside. A posting without headings, the usual shape on job boards, falls back to
sentence-level cues. See ``docs/matching.md``.
"""

from __future__ import annotations

import os
import re

from standout.errors import (
    EmptyInputError,
    EmptyPostingError,
    InputNotFoundError,
    InvalidJsonResumeError,
    PostingTooLongError,
    ReadError,
    UnsupportedFormatError,
)
from standout.model.document import Document, InputFormat
from standout.model.posting import Posting

__all__ = ["MAX_POSTING_CHARS", "parse_posting"]

# The longest of 658 real postings has 11,700 characters; a text ten times longer is a
# whole web page or the wrong file, and would only cost time.
MAX_POSTING_CHARS = 120_000


def parse_posting(
    source: str | os.PathLike[str] | bytes | Document,
    *,
    filename: str | None = None,
    title: str | None = None,
) -> Posting:
    """Parse a job posting.

    ``source`` is a path, the file's bytes (raw text too: pass it encoded) or a ``Document``
    already read. ``title`` overrides the title found in the text (job boards keep it apart).
    Raises ``EmptyPostingError`` (E200) when there is no text; a posting in which no
    requirement is recognised still parses, with a warning in ``Posting.warnings``.
    """
    from standout.posting._parse import build_posting

    if isinstance(source, Document):
        return build_posting(source, title=title)
    from standout.read import read

    name = filename or (os.fspath(source) if not isinstance(source, bytes) else "<posting>")
    if isinstance(source, bytes) and not source.strip():
        raise _empty(name)
    if not isinstance(source, bytes) and not os.fspath(source).strip():
        raise InputNotFoundError(
            "No posting was given.",
            hint="Give the path of the job posting's file, or its text as bytes.",
        )
    try:
        document = read(source, filename=filename)
    except EmptyInputError as exc:
        raise _empty(name) from exc
    except InvalidJsonResumeError as exc:
        raise _json_posting(name) from exc
    except ReadError as exc:
        raise _about_the_posting(exc) from exc
    if document.format is InputFormat.JSON_RESUME:
        raise _json_posting(name)
    if len(document.text) > MAX_POSTING_CHARS:
        raise PostingTooLongError(
            f"The posting '{name}' has {len(document.text):,} characters of text; job "
            f"postings have a few thousand, and standout reads up to {MAX_POSTING_CHARS:,}.",
            hint="Give the job description alone: copy its text rather than the whole page.",
        )
    return build_posting(document, title=title)


# The reader speaks of "a resume" (its usual input); "JSON Resume", a format, keeps its name.
_RESUME_WORD = re.compile(r"\bresume\b")


def _about_the_posting(error: ReadError) -> ReadError:
    """The same error, worded about the posting the user gave."""
    return type(error)(
        _RESUME_WORD.sub("posting", error.message), hint=_RESUME_WORD.sub("posting", error.hint)
    )


def _json_posting(name: str) -> UnsupportedFormatError:
    """JSON is a resume format to the reader; no posting comes as JSON, so say what does."""
    return UnsupportedFormatError(
        f"The posting '{name}' is JSON, which standout doesn't read as a posting: postings "
        "are read from PDF, DOCX, Markdown, plain text or HTML.",
        hint="Save the job description's text in one of those formats (a .txt file will "
        "do) and try again.",
    )


def _empty(name: str) -> EmptyPostingError:
    return EmptyPostingError(
        f"The posting '{name}' is empty.",
        hint="Give the job description's full text (requirements included) and try again.",
    )
