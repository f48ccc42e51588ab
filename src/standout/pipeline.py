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
