"""The library entry point: ``standout.analyze``, from a resume file to its report.

read → parse → extract → assess, all in process. Nothing leaves the machine, and nothing
is read but the given input (and the data files shipped in the package, once).
"""

from __future__ import annotations

import os
from datetime import date

from standout.errors import AnalyzeSourceError
from standout.model.document import Document
from standout.model.report import Report, TargetRole


def analyze(
    source: str | os.PathLike[str] | bytes | Document,
    *,
    role: TargetRole | str = "mid",
    filename: str | None = None,
    reference_date: date | None = None,
) -> Report:
    """The positioning report of a resume.

    ``source`` is a path, the file's bytes (``filename`` then hints at the format), or a
    ``Document`` already read. ``role`` is the target role: junior, mid, senior or staff.
    ``reference_date`` is what "present" means in date ranges (default: today).
    """
    from standout.assess import assess, target_role
    from standout.parse import parse
    from standout.read import read
    from standout.skills import extract

    chosen = target_role(role)  # fail on a bad role before any reading
    if isinstance(source, Document):
        document = source
    elif isinstance(source, str | os.PathLike | bytes | bytearray | memoryview):
        document = read(
            source if not isinstance(source, bytearray | memoryview) else bytes(source),
            filename=filename,
        )
    else:
        raise AnalyzeSourceError(
            f"analyze() can't read a {type(source).__name__}.",
            hint="Pass a path, the file's bytes, or a Document from standout.read().",
        )
    resume = parse(document, reference_date=reference_date)
    return assess(resume, extract(resume), role=chosen)


_WARM_UP_RESUME = b"""Jane Doe
jane@example.com

Experience
Backend Engineer, Example Corp, 2020 - 2024
- Built REST APIs in Python and PostgreSQL, cutting latency by 40%

Skills
Python, PostgreSQL, Docker
"""


def warm_up() -> None:
    """Do now what the first analysis of a process would: load the data files, build the
    skill matcher, compile the patterns. For servers and batch parents, before they start
    taking work (or forking the workers that will)."""
    analyze(_WARM_UP_RESUME, filename="warm-up.md", reference_date=date(2024, 6, 1))
